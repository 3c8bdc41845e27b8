#!/usr/bin/env bash
# Werkbank local stack: PostgreSQL, Keycloak, GreenMail, the backend jar and the SPA,
# without Docker. Settings come from config/stack.env (the single source, also used by
# docker-compose.yml); a variable already set in the environment wins over the file.
#
# Two ways to use it:
#   source scripts/stack.sh; java_home; ensure_postgres; ...      (library of functions)
#   scripts/stack.sh run | stop | status | infra | lint | format | test | test-backend |
#                    test-frontend | test-keycloak-down | test-sbom | test-faults | test-e2e | sbom |
#                    openapi | backup | cluster | cluster-test | restore FILE (what the Makefile calls)
#
# The functions live in scripts/lib/, one file per service (postgres, keycloak, greenmail,
# backend, spa, chromium, cluster), common.sh (settings, logging, pids, waits, Java), tests.sh,
# sbom.sh and lint.sh. All local state lives in .run/ (git-ignored): downloads, the Keycloak
# install and its dev database, pid files and logs. Every ensure_*/start_* function is idempotent: it
# reuses a service that already runs and records what it started itself in STACK_STARTED,
# so that stop_started stops only those; stop_all stops everything this stack ever started.

STACK_LIB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib"
# shellcheck source=lib/common.sh
source "$STACK_LIB/common.sh" || return 1 2>/dev/null || exit 1
# shellcheck source=lib/postgres.sh
source "$STACK_LIB/postgres.sh"
# shellcheck source=lib/keycloak.sh
source "$STACK_LIB/keycloak.sh"
# shellcheck source=lib/greenmail.sh
source "$STACK_LIB/greenmail.sh"
# shellcheck source=lib/backend.sh
source "$STACK_LIB/backend.sh"
# shellcheck source=lib/spa.sh
source "$STACK_LIB/spa.sh"
# shellcheck source=lib/chromium.sh
source "$STACK_LIB/chromium.sh"
# shellcheck source=lib/lint.sh
source "$STACK_LIB/lint.sh"
# shellcheck source=lib/tests.sh
source "$STACK_LIB/tests.sh"
# shellcheck source=lib/sbom.sh
source "$STACK_LIB/sbom.sh"
# shellcheck source=lib/backup.sh
source "$STACK_LIB/backup.sh"
# shellcheck source=lib/cluster.sh
source "$STACK_LIB/cluster.sh"
# shellcheck source=lib/faults.sh
source "$STACK_LIB/faults.sh"

# ---------------------------------------------------------------------------------------
# Stopping
# ---------------------------------------------------------------------------------------
# stop what this shell session started, newest first
stop_started() {
  local i name
  for ((i = ${#STACK_STARTED[@]} - 1; i >= 0; i--)); do
    name=${STACK_STARTED[i]}
    if [[ $name == postgres ]]; then stop_postgres; else stop_service "$name"; fi
  done
  STACK_STARTED=()
}

# stop everything this stack ever started (pid files), and PostgreSQL if it started it
stop_all() {
  local f name order=()
  _mkdirs
  rm -f "$RUN_DIR/run.session" # tells a running 'make run' that this stop is intended
  for f in "$PID_DIR"/spa-*.pid "$PID_DIR"/haproxy-*.pid "$PID_DIR"/backend-*.pid "$PID_DIR"/greenmail.pid "$PID_DIR"/keycloak.pid; do
    [[ -f $f ]] && order+=("$(basename "$f" .pid)")
  done
  for name in "${order[@]}"; do stop_service "$name"; done
  stop_postgres
}

status() {
  local f name pid
  shopt -s nullglob
  for f in "$PID_DIR"/*.pid; do
    name=$(basename "$f" .pid)
    if pid=$(service_pid "$name"); then echo "  $name: running (pid $pid)"; else echo "  $name: not running (stale pid file)"; fi
  done
  shopt -u nullglob
  if [[ -f $RUN_DIR/postgres.started-by-stack ]]; then echo "  postgres: started by this stack ($(<"$RUN_DIR/postgres.started-by-stack"))"; fi
  if command -v pg_lsclusters >/dev/null; then pg_lsclusters | sed 's/^/  /'; fi
}

# ---------------------------------------------------------------------------------------
# What the Makefile calls
# ---------------------------------------------------------------------------------------
print_info() {
  local api="http://localhost:${WERKBANK_API_PORT}"
  cat <<EOF

  Werkbank is running (Ctrl-C stops what this command started; 'make stop' stops everything)

  SPA                 http://localhost:${WERKBANK_SPA_PORT}
  API                 $api/api/v1
  OpenAPI UI          $api/q/swagger-ui
  Health, metrics     http://localhost:$(management_port "$WERKBANK_API_PORT")/q/health, /q/metrics   (management port)
  Mail catcher        http://localhost:${GREENMAIL_API_PORT}   (GreenMail API; mail of one recipient:
                      curl http://localhost:${GREENMAIL_API_PORT}/api/user/petra.devries@example.nl/messages/INBOX)
  Keycloak admin      http://localhost:${KEYCLOAK_PORT}/admin   (login ${KEYCLOAK_ADMIN_USER} / ${KEYCLOAK_ADMIN_PASSWORD}, realm werkbank)
  PostgreSQL          ${WERKBANK_DB_HOST}:${WERKBANK_DB_PORT}/${WERKBANK_DB_NAME} (user ${WERKBANK_DB_USER} / ${WERKBANK_DB_PASSWORD})
  Logs                .run/logs/

  Demo logins (password "demo" for all; development only)
    username        role              name             locale
    professional    professional      Petra de Vries   nl
    professional2   professional      Bram Smit        en
    client          client            Kees Jansen      nl
    coach           coach             Cora Bakker      en
    coach2          coach             Daan Mulder      nl
    privacy         privacy-officer   Pim Visser       nl
    admin           admin             Anna de Boer     en
    job board:      client werkbank-jobboard / secret jobboard-dev-secret (client credentials, role feed-reader)

EOF
}

cmd_run() {
  _mkdirs
  local session="$RUN_DIR/run.session" other
  if [[ -f $session ]] && read -r other < "$session" && [[ $other =~ ^[0-9]+$ ]] && _pid_alive "$other" \
     && [[ $(tr '\0' ' ' < "/proc/$other/cmdline" 2>/dev/null) == *stack.sh* ]]; then
    log "Werkbank is already running (make run, pid $other). Use that terminal, or 'make stop'."
    print_info
    return 0
  fi
  echo $$ > "$session"
  trap 'stop_started; rm -f "'"$session"'"' EXIT
  trap 'echo >&2; exit 0' INT # Ctrl-C is the normal way to end make run
  trap 'exit 143' TERM
  local t0; t0=$(_now)
  java_home
  ensure_postgres
  ensure_keycloak
  ensure_greenmail
  build_backend
  start_backend "$WERKBANK_API_PORT" "$WERKBANK_DB_NAME" "$WERKBANK_SPA_URL" true
  if [[ -f $FRONTEND_DIR/package.json ]]; then
    start_spa dev "$WERKBANK_SPA_PORT" "$WERKBANK_API_URL"
  else
    warn "frontend/package.json is missing: not starting the SPA"
  fi
  log "stack up in $(($(_now) - t0)) s"
  print_info
  stay_in_foreground "$session" "backend-$WERKBANK_API_PORT" "spa-$WERKBANK_SPA_PORT" keycloak greenmail
}

cmd_openapi() {
  build_backend
  local src="$STACK_ROOT/backend/target/openapi/openapi.yaml"
  if [[ ! -f $src ]]; then build_backend --force; fi
  [[ -f $src ]] || die "$src was not generated (quarkus.smallrye-openapi.store-schema-directory=target/openapi?)" || return 1
  cp "$src" "$STACK_ROOT/openapi.yaml"
  log "openapi.yaml updated from backend/target/openapi/openapi.yaml"
}

_stack_main() {
  set -euo pipefail
  local cmd=${1:-}
  shift || true
  case $cmd in
    run) cmd_run ;;
    stop) stop_all; log "stopped" ;;
    status) status ;;
    infra) # postgres + keycloak + greenmail only (left running; make stop stops them)
      java_home; ensure_postgres; ensure_keycloak; ensure_greenmail ;;
    lint) cmd_lint ;;
    lint-shell) cmd_lint_shell ;;
    lint-frontend) cmd_lint_frontend ;;
    lint-backend) cmd_lint_backend ;;
    lint-openapi) cmd_lint_openapi ;;
    format) cmd_format ;;
    test) cmd_test ;;
    test-backend) cmd_test_backend ;;
    test-frontend) cmd_test_frontend ;;
    test-keycloak-down) cmd_test_keycloak_down ;;
    test-sbom) cmd_test_sbom ;;
    sbom) cmd_sbom ;;
    test-e2e) cmd_test_e2e ;;
    test-faults) cmd_test_faults ;;
    openapi) cmd_openapi ;;
    backup) cmd_backup ;;
    restore) cmd_restore "$@" ;;
    cluster) cmd_cluster ;;
    cluster-test) cmd_cluster_test ;;
    *)
      echo "usage: scripts/stack.sh run|stop|status|infra|lint|lint-shell|lint-frontend|lint-backend|lint-openapi|format|test|test-backend|test-frontend|test-keycloak-down|test-sbom|test-faults|test-e2e|sbom|openapi|backup|cluster|cluster-test|restore FILE" >&2
      return 2 ;;
  esac
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  _stack_main "$@"
fi
