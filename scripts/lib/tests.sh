# shellcheck shell=bash
# The test commands: backend (mvn verify), frontend unit tests (Vitest), browser tests, and
# `make test`, which runs the linters and then all of them (with the SBOM check, sbom.sh).

cmd_test_backend() {
  java_home
  log "backend tests: mvn -B verify"
  (cd "$STACK_ROOT" && _without_stack_env mvn -B verify)
}

cmd_test_frontend() {
  frontend_deps
  log "frontend unit tests: npm test"
  (cd "$FRONTEND_DIR" && CI=true _without_stack_env npm test)
}

# S-3 (issue 15): the SPA built against a login service on a dead port, in chromium; it serves
# the build on a free port and needs neither the stack nor its lock
cmd_test_keycloak_down() {
  ensure_chromium
  frontend_deps
  log "browser test, Keycloak down: npm run e2e:keycloak-down"
  (cd "$FRONTEND_DIR" && CI=true CHROMIUM_PATH="$(command -v chromium)" _without_stack_env npm run e2e:keycloak-down)
}

# downloads for the browser tests (Keycloak, GreenMail, chromium): network-bound, so make
# test fetches them while the linters and the backend tests run
prefetch_e2e() {
  java_home || return 1
  _keycloak_install || return 1
  [[ -f $GREENMAIL_JAR ]] || _mvn_fetch "com.icegreen:greenmail-standalone:${GREENMAIL_VERSION}" || return 1
  ensure_chromium
}

cmd_test_e2e() {
  trap 'stop_started' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  local api_port=$WERKBANK_E2E_API_PORT spa_port=$WERKBANK_E2E_SPA_PORT db="${WERKBANK_DB_NAME}_e2e"
  ensure_chromium
  java_home
  ensure_postgres
  if service_pid "backend-$api_port" >/dev/null; then stop_service "backend-$api_port"; fi
  reset_database "$db"
  ensure_keycloak
  ensure_greenmail
  build_backend
  # the consents scenario waits for a job-alert digest: run the digest job every 10 s, not every minute
  WERKBANK_JOB_ALERTS_INTERVAL=10s start_backend "$api_port" "$db" "http://localhost:$spa_port" false
  start_spa preview "$spa_port" "http://localhost:$api_port"
  log "browser tests: npm run e2e (SPA http://localhost:$spa_port)"
  (
    cd "$FRONTEND_DIR" &&
      CI=true SPA_URL="http://localhost:$spa_port" API_URL="http://localhost:$api_port" \
        OIDC_AUTHORITY="$WERKBANK_OIDC_ISSUER" KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" \
        MAIL_API_URL="http://localhost:$GREENMAIL_API_PORT" CHROMIUM_PATH="$(command -v chromium)" \
        npm run e2e
  )
}

# the linters, then all tests; keeps going after a failure, exits non-zero when any failed
cmd_test() {
  local step prefetch=""
  _mkdirs
  if [[ ! -x $KEYCLOAK_HOME/bin/kc.sh || ! -f $GREENMAIL_JAR ]] || ! command -v chromium >/dev/null 2>&1; then
    log "fetching Keycloak/GreenMail/chromium in the background (log: .run/logs/prefetch.log)"
    (prefetch_e2e) >"$LOG_DIR/prefetch.log" 2>&1 &
    prefetch=$!
  fi
  for step in "${LINT_STEPS[@]}" test-backend test-faults test-sbom test-frontend test-keycloak-down test-e2e; do
    if [[ $step == test-e2e && -n $prefetch ]]; then
      wait "$prefetch" || { warn "background fetch failed:"; _log_tail "$LOG_DIR/prefetch.log" 20; }
    fi
    _run_step "$step"
  done
  _steps_report "all linters and tests passed"
}
