#!/usr/bin/env bash
# shellcheck disable=SC2031 # start_backend changes WERKBANK_* in a subshell, on purpose
# Werkbank local stack: PostgreSQL, Keycloak, GreenMail, the backend jar and the SPA,
# without Docker. Settings come from config/stack.env (the single source, also used by
# docker-compose.yml); a variable already set in the environment wins over the file.
#
# Two ways to use it:
#   source scripts/stack.sh; java_home; ensure_postgres; ...      (library of functions)
#   scripts/stack.sh run | stop | status | test | test-backend | test-frontend | test-e2e | openapi
#                                                                  (what the Makefile calls)
#
# All local state lives in .run/ (git-ignored): downloads, the Keycloak install and its dev
# database, pid files and logs. Every ensure_*/start_* function is idempotent: it reuses a
# service that already runs and records what it started itself in STACK_STARTED, so that
# stop_started stops only those; stop_all stops everything this stack ever started.

# ---------------------------------------------------------------------------------------
# Paths and settings
# ---------------------------------------------------------------------------------------
STACK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="$STACK_ROOT/.run"
PID_DIR="$RUN_DIR/pids"
LOG_DIR="$RUN_DIR/logs"
DL_DIR="$RUN_DIR/downloads"
STACK_STARTED=()
STACK_ENV_KEYS=() # the variables of config/stack.env

_stack_load_env() {
  local file="$STACK_ROOT/config/stack.env" line key
  [[ -f $file ]] || { echo "stack: $file is missing" >&2; return 1; }
  while IFS= read -r line || [[ -n $line ]]; do
    line="${line%$'\r'}"
    [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
    if [[ $line =~ ^([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]]; then
      key="${BASH_REMATCH[1]}"
      STACK_ENV_KEYS+=("$key")
      # the environment wins, so `KEYCLOAK_PORT=8280 make run` works
      [[ -n ${!key+x} ]] || export "$key=${BASH_REMATCH[2]}"
    fi
  done < "$file"
}
_stack_load_env || return 1 2>/dev/null || exit 1

KEYCLOAK_HOME="$RUN_DIR/keycloak-${KEYCLOAK_VERSION}"
GREENMAIL_JAR="$DL_DIR/greenmail-standalone-${GREENMAIL_VERSION}.jar"
REALM_FILE="$STACK_ROOT/keycloak/werkbank-realm.json"
BACKEND_JAR="$STACK_ROOT/backend/target/quarkus-app/quarkus-run.jar"
FRONTEND_DIR="$STACK_ROOT/frontend"

# ---------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------
log()  { printf '\033[1;34m[stack]\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;33m[stack] WARNING:\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31m[stack] ERROR:\033[0m %s\n' "$*" >&2; return 1; }

_mkdirs() { mkdir -p "$PID_DIR" "$LOG_DIR" "$DL_DIR"; }

# run as root (directly when we are root, else through sudo)
_as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
# run as the postgres OS user (peer authentication on the local socket)
_as_postgres() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

# true when something accepts TCP connections on localhost:PORT (IPv4 or IPv6)
port_open() {
  local port=$1 host
  for host in 127.0.0.1 ::1; do
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then return 0; fi
  done
  return 1
}

# true when URL answers with a 2xx status
http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

# tail of a log file, for error messages
_log_tail() {
  local file=$1 n=${2:-60}
  [[ -f $file ]] || return 0
  echo "----- last $n lines of ${file#"$STACK_ROOT"/} -----" >&2
  tail -n "$n" "$file" >&2
  echo "-----" >&2
}

_now() { date +%s; }

# ---------------------------------------------------------------------------------------
# Background processes: each service runs in its own session/process group (setsid), so
# Ctrl-C in a terminal does not hit it and stopping it also stops its children.
# The pid file holds "PID STARTTIME" so a recycled pid is never mistaken for ours.
# ---------------------------------------------------------------------------------------
_starttime() { # field 22 of /proc/PID/stat
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  # shellcheck disable=SC2086
  set -- $stat
  echo "${20}"
}

_pid_alive() { # alive and not a zombie
  local state
  [[ -r /proc/$1/stat ]] || return 1
  state=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  state=${state##*) }
  [[ ${state:0:1} != Z ]]
}

# prints the pid of service NAME when it runs (started by this stack), else fails
service_pid() {
  local f="$PID_DIR/$1.pid" pid start
  [[ -f $f ]] || return 1
  read -r pid start < "$f" || true
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  _pid_alive "$pid" || return 1
  [[ -z $start || $(_starttime "$pid") == "$start" ]] || return 1
  echo "$pid"
}

# _start_bg NAME LOGFILE CMD...  (environment is inherited)
_start_bg() {
  local name=$1 logf=$2 pidf="$PID_DIR/$1.pid" pid i
  shift 2
  _mkdirs
  rm -f "$pidf" "$pidf.tmp"
  [[ -f $logf ]] && mv -f "$logf" "$logf.1"
  # shellcheck disable=SC2016 # expanded by the inner bash
  setsid bash -c 'echo $$ > "$0"; exec nohup "$@"' "$pidf.tmp" "$@" >"$logf" 2>&1 </dev/null &
  for ((i = 0; i < 100; i++)); do [[ -s $pidf.tmp ]] && break; sleep 0.05; done
  read -r pid < "$pidf.tmp" || die "could not start $name" || return 1
  echo "$pid $(_starttime "$pid")" > "$pidf"
  rm -f "$pidf.tmp"
  STACK_STARTED+=("$name")
}

_group_alive() { # any non-zombie process in process group $1
  ps -e -o pgid=,stat= 2>/dev/null | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'
}

# stop service NAME (TERM to its process group, KILL after 30 s), remove its pid file
stop_service() {
  local name=$1 pidf="$PID_DIR/$1.pid" pid i
  if pid=$(service_pid "$name"); then
    log "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do
      _group_alive "$pid" || break
      sleep 0.1
    done
    if _group_alive "$pid"; then
      warn "$name did not stop within 30 s: killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
    fi
  fi
  rm -f "$pidf"
}

# ---------------------------------------------------------------------------------------
# Java: a JDK >= 21 (Temurin 25 preferred)
# ---------------------------------------------------------------------------------------
_java_major() { # major version of $1/bin/java, or nothing
  local v
  [[ -x $1/bin/java ]] || return 1
  v=$("$1/bin/java" -version 2>&1 | sed -nE '1s/.*version "([^"]+)".*/\1/p')
  [[ -n $v ]] || return 1
  if [[ $v == 1.* ]]; then v=${v#1.}; fi
  echo "${v%%[.+-]*}"
}

java_home() {
  local candidate major best="" best_major=0
  local preferred=/usr/lib/jvm/temurin-25-jdk-amd64
  if major=$(_java_major "$preferred") && ((major >= 21)); then
    best=$preferred best_major=$major
  elif [[ -n ${JAVA_HOME:-} ]] && major=$(_java_major "$JAVA_HOME") && ((major >= 21)); then
    best=$JAVA_HOME best_major=$major
  else
    for candidate in /usr/lib/jvm/*/; do
      candidate=${candidate%/}
      [[ -x $candidate/bin/javac ]] || continue   # a JDK, not a JRE
      major=$(_java_major "$candidate") || continue
      if ((major >= 21 && major > best_major)); then best=$candidate best_major=$major; fi
    done
  fi
  if [[ -z $best ]]; then
    die "no JDK >= 21 found (looked at $preferred, \$JAVA_HOME and /usr/lib/jvm/*). Install one, e.g. Temurin 25, or set JAVA_HOME to it."
    return 1
  fi
  export JAVA_HOME=$best
  case ":$PATH:" in *":$JAVA_HOME/bin:"*) ;; *) export PATH="$JAVA_HOME/bin:$PATH" ;; esac
  # Maven 3.8's own libraries (guava) trip the sun.misc.Unsafe warnings of Java 24+
  if ((best_major >= 24)) && [[ ${MAVEN_OPTS:-} != *sun-misc-unsafe-memory-access* ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
  fi
  [[ -n ${_STACK_JAVA_LOGGED:-} ]] || log "JAVA_HOME=$JAVA_HOME (Java $best_major)"
  _STACK_JAVA_LOGGED=1
}

# mvn_fetch GROUP:ARTIFACT:VERSION[:TYPE] → copies the artifact into .run/downloads (Maven Central)
_mvn_fetch() {
  _mkdirs
  log "downloading $1 from Maven Central"
  if ! mvn -B -q dependency:copy -Dartifact="$1" -DoutputDirectory="$DL_DIR" >"$LOG_DIR/download.log" 2>&1; then
    _log_tail "$LOG_DIR/download.log" 30
    die "download of $1 failed"
    return 1
  fi
}

# ---------------------------------------------------------------------------------------
# PostgreSQL (the Debian cluster of this machine)
# ---------------------------------------------------------------------------------------
_pg_cluster() { # prints "VERSION NAME PORT STATUS" of the cluster to use
  local ver name port status rest chosen=""
  while read -r ver name port status rest; do
    [[ $ver =~ ^[0-9]+$ ]] || continue
    if [[ $port == "$WERKBANK_DB_PORT" ]]; then chosen="$ver $name $port $status"; break; fi
    [[ -n $chosen ]] || chosen="$ver $name $port $status"
  done < <(pg_lsclusters -h 2>/dev/null)
  [[ -n $chosen ]] && echo "$chosen"
}

_pg_psql() { # psql as the postgres superuser on the cluster's port; SQL on stdin
  _as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$WERKBANK_DB_PORT" -d postgres "$@"
}

ensure_postgres() {
  _mkdirs
  if ! command -v pg_lsclusters >/dev/null 2>&1 || ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
    log "installing PostgreSQL (apt-get)"
    _as_root apt-get update -qq && _as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql \
      || die "apt-get install postgresql failed" || return 1
  fi
  local cluster ver name port status
  cluster=$(_pg_cluster) || true
  if [[ -z $cluster ]]; then
    ver=$(basename "$(compgen -G '/usr/lib/postgresql/*' | sort -V | tail -n 1)")
    log "creating PostgreSQL cluster $ver/main on port $WERKBANK_DB_PORT"
    _as_root pg_createcluster --port "$WERKBANK_DB_PORT" "$ver" main >/dev/null || die "pg_createcluster failed" || return 1
    cluster=$(_pg_cluster)
  fi
  read -r ver name port status <<<"$cluster"
  if [[ $port != "$WERKBANK_DB_PORT" ]]; then
    die "PostgreSQL cluster $ver/$name listens on port $port, but WERKBANK_DB_PORT=$WERKBANK_DB_PORT (config/stack.env)" || return 1
  fi
  if [[ $status != online* ]]; then
    log "starting PostgreSQL cluster $ver/$name (port $port)"
    _as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start || die "could not start PostgreSQL $ver/$name" || return 1
    echo "$ver $name" > "$RUN_DIR/postgres.started-by-stack"
    STACK_STARTED+=(postgres)
  else
    log "PostgreSQL $ver/$name already running (port $port)"
  fi
  local i
  for ((i = 0; i < 60; i++)); do
    pg_isready -q -h "$WERKBANK_DB_HOST" -p "$WERKBANK_DB_PORT" && break
    sleep 0.5
  done
  pg_isready -q -h "$WERKBANK_DB_HOST" -p "$WERKBANK_DB_PORT" || die "PostgreSQL does not accept connections on $WERKBANK_DB_HOST:$WERKBANK_DB_PORT" || return 1
  _pg_ensure_role && ensure_database "$WERKBANK_DB_NAME" && ensure_database "${WERKBANK_DB_NAME}_e2e"
}

_pg_ensure_role() { # role WERKBANK_DB_USER with WERKBANK_DB_PASSWORD (kept in sync with stack.env)
  _pg_psql -v user="$WERKBANK_DB_USER" -v pw="$WERKBANK_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'user', :'pw')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'user', :'pw') \gexec
SQL
}

# ensure_database NAME: creates it (owner WERKBANK_DB_USER) when missing
ensure_database() {
  _pg_psql -v db="$1" -v user="$WERKBANK_DB_USER" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL
}

# reset_database NAME: drops and re-creates it (used for the browser tests' database)
reset_database() {
  log "resetting database $1"
  _pg_psql -v db="$1" -v user="$WERKBANK_DB_USER" <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user') \gexec
SQL
}

stop_postgres() { # only when this stack started the cluster
  local marker="$RUN_DIR/postgres.started-by-stack" ver name
  [[ -f $marker ]] || return 0
  read -r ver name < "$marker"
  log "stopping PostgreSQL cluster $ver/$name (started by this stack)"
  _as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" stop -m fast || warn "could not stop PostgreSQL $ver/$name"
  rm -f "$marker"
}

# ---------------------------------------------------------------------------------------
# Keycloak (dev mode, H2 dev database under .run/keycloak-*/data/h2)
# ---------------------------------------------------------------------------------------
_realm_url() { echo "http://localhost:${KEYCLOAK_PORT}/realms/werkbank"; }

_keycloak_install() {
  [[ -x $KEYCLOAK_HOME/bin/kc.sh ]] && return 0
  local zip="$DL_DIR/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip"
  if [[ ! -f $zip ]]; then
    local m2zip="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/${KEYCLOAK_VERSION}/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip"
    if [[ -f $m2zip ]]; then zip=$m2zip; else _mvn_fetch "org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip" || return 1; fi
  fi
  log "unpacking Keycloak ${KEYCLOAK_VERSION} into ${KEYCLOAK_HOME#"$STACK_ROOT"/}"
  rm -rf "$KEYCLOAK_HOME.tmp" && mkdir -p "$KEYCLOAK_HOME.tmp"
  unzip -q "$zip" -d "$KEYCLOAK_HOME.tmp" || die "unzip of $zip failed" || return 1
  mv "$KEYCLOAK_HOME.tmp/keycloak-${KEYCLOAK_VERSION}" "$KEYCLOAK_HOME" && rm -rf "$KEYCLOAK_HOME.tmp"
  # the maven copy stays in ~/.m2; no need for a second 165 MB copy
  rm -f "$DL_DIR/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip"
}

ensure_keycloak() {
  _mkdirs
  local url; url="$(_realm_url)/.well-known/openid-configuration"
  local sumf="$RUN_DIR/keycloak-realm.sha256" want have=""
  want=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
  [[ -f $sumf ]] && have=$(<"$sumf")

  if port_open "$KEYCLOAK_PORT"; then
    if service_pid keycloak >/dev/null; then
      if [[ $want == "$have" ]]; then
        log "Keycloak already running on port $KEYCLOAK_PORT (started by this stack)"
        _wait_http keycloak "$url" 120 "$LOG_DIR/keycloak.log"
        return
      fi
      log "realm file changed since Keycloak imported it: restarting Keycloak with a fresh import"
      stop_service keycloak
    elif http_ok "$url"; then
      [[ $want == "$have" ]] || warn "Keycloak on port $KEYCLOAK_PORT was not started by this stack; it may serve an older werkbank realm (make stop there, then retry)"
      log "using the Keycloak that already answers on port $KEYCLOAK_PORT"
      return 0
    else
      die "port $KEYCLOAK_PORT is in use by something that is not a Keycloak with realm werkbank (see: ss -ltnp | grep $KEYCLOAK_PORT)" || return 1
    fi
  fi

  java_home || return 1
  _keycloak_install || return 1
  mkdir -p "$KEYCLOAK_HOME/data/import"
  if [[ $want != "$have" && -d $KEYCLOAK_HOME/data/h2 ]]; then
    log "realm file changed: wiping Keycloak's dev database so the realm is imported again"
    rm -rf "$KEYCLOAK_HOME/data/h2"
  fi
  rm -f "$sumf"
  cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/werkbank-realm.json"

  log "starting Keycloak ${KEYCLOAK_VERSION} on port $KEYCLOAK_PORT (log: .run/logs/keycloak.log)"
  local t0; t0=$(_now)
  # Faster start for a dev IdP (measured here: ready in 5 s instead of 9 s, logins as fast):
  # C1 JIT only, and a class-data-sharing archive the JVM writes on its first exit.
  local jopts="-XX:TieredStopAtLevel=1 -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$RUN_DIR/keycloak-${KEYCLOAK_VERSION}.jsa"
  JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:+$JAVA_OPTS_APPEND }$jopts" \
  KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    _start_bg keycloak "$LOG_DIR/keycloak.log" "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
      --http-port "$KEYCLOAK_PORT" --import-realm --hostname "http://localhost:${KEYCLOAK_PORT}" || return 1
  _wait_http keycloak "$url" 120 "$LOG_DIR/keycloak.log" || return 1
  echo "$want" > "$sumf"
  log "Keycloak ready in $(($(_now) - t0)) s"
}

# _wait_http NAME URL TIMEOUT LOGFILE: waits for URL to answer 2xx; fails early if NAME died
_wait_http() {
  local name=$1 url=$2 timeout=$3 logf=$4 deadline
  deadline=$(($(_now) + timeout))
  while ! http_ok "$url"; do
    if [[ -f $PID_DIR/$name.pid ]] && ! service_pid "$name" >/dev/null; then
      _log_tail "$logf"
      rm -f "$PID_DIR/$name.pid"
      die "$name exited during start-up" || return 1
    fi
    if (($(_now) >= deadline)); then
      _log_tail "$logf"
      stop_service "$name"
      die "$name did not answer $url within $timeout s" || return 1
    fi
    sleep 1
  done
}

# ---------------------------------------------------------------------------------------
# GreenMail (SMTP 3025, IMAP 3143, REST API 8025; mail is kept in memory)
# greenmail.<protocol>.port/.hostname define a server each (same as -Dgreenmail.setup.test.smtp
# / .imap, whose ports are fixed at 3025/3143, but following stack.env); listens on 127.0.0.1 only.
# Any login works (auth disabled); a mailbox per recipient address is created on delivery.
# ---------------------------------------------------------------------------------------
ensure_greenmail() {
  _mkdirs
  if port_open "$GREENMAIL_SMTP_PORT"; then
    if service_pid greenmail >/dev/null; then
      log "GreenMail already running (SMTP $GREENMAIL_SMTP_PORT, started by this stack)"
      return 0
    elif http_ok "http://localhost:${GREENMAIL_API_PORT}/api/service/readiness"; then
      log "using the GreenMail that already answers on SMTP port $GREENMAIL_SMTP_PORT"
      return 0
    fi
    die "port $GREENMAIL_SMTP_PORT is in use by something that is not GreenMail (see: ss -ltnp | grep $GREENMAIL_SMTP_PORT)" || return 1
  fi
  java_home || return 1
  [[ -f $GREENMAIL_JAR ]] || _mvn_fetch "com.icegreen:greenmail-standalone:${GREENMAIL_VERSION}" || return 1
  log "starting GreenMail ${GREENMAIL_VERSION} (SMTP $GREENMAIL_SMTP_PORT, IMAP $GREENMAIL_IMAP_PORT, API http://localhost:$GREENMAIL_API_PORT)"
  _start_bg greenmail "$LOG_DIR/greenmail.log" "$JAVA_HOME/bin/java" -Xmx128m -XX:TieredStopAtLevel=1 \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$GREENMAIL_SMTP_PORT" \
    -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$GREENMAIL_IMAP_PORT" \
    -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$GREENMAIL_API_PORT" \
    -jar "$GREENMAIL_JAR" || return 1
  local i
  for ((i = 0; i < 60; i++)); do
    port_open "$GREENMAIL_SMTP_PORT" && http_ok "http://localhost:${GREENMAIL_API_PORT}/api/service/readiness" && return 0
    service_pid greenmail >/dev/null || break
    sleep 0.5
  done
  _log_tail "$LOG_DIR/greenmail.log"
  stop_service greenmail
  die "GreenMail did not start"
}

# ---------------------------------------------------------------------------------------
# Backend (Quarkus jar)
# ---------------------------------------------------------------------------------------
# true when the jar is missing or any file of the root pom / backend module is newer
_backend_stale() {
  [[ -f $BACKEND_JAR ]] || return 0
  [[ -n $(cd "$STACK_ROOT" && find pom.xml backend/pom.xml backend/src -type f -newer "$BACKEND_JAR" -print -quit 2>/dev/null) ]]
}

build_backend() { # builds backend/target/quarkus-app unless it is up to date
  java_home || return 1
  if [[ ${1:-} != --force ]] && ! _backend_stale; then
    log "backend jar is up to date (backend/target/quarkus-app)"
    return 0
  fi
  log "building the backend: mvn -B -q -DskipTests package"
  local t0; t0=$(_now)
  (cd "$STACK_ROOT" && mvn -B -q -DskipTests package) || die "backend build failed" || return 1
  [[ -f $BACKEND_JAR ]] || die "the build did not produce $BACKEND_JAR" || return 1
  log "backend built in $(($(_now) - t0)) s"
}

# start_backend PORT DBNAME [CORS_ORIGIN] [DEMO_DATA true|false]
start_backend() {
  local port=${1:-$WERKBANK_API_PORT} db=${2:-$WERKBANK_DB_NAME}
  local origin=${3:-$WERKBANK_SPA_URL} demo=${4:-true}
  local name="backend-$port" logf="$LOG_DIR/backend-$port.log"
  local health="http://localhost:$port/q/health/ready"
  java_home || return 1
  [[ -f $BACKEND_JAR ]] || die "$BACKEND_JAR is missing: build it first (build_backend / mvn -B -DskipTests package)" || return 1
  if service_pid "$name" >/dev/null; then
    if [[ $BACKEND_JAR -nt $PID_DIR/$name.pid ]]; then
      log "backend jar rebuilt since the backend on port $port started: restarting it"
      stop_service "$name"
    else
      log "backend already running on port $port (started by this stack)"
      _wait_http "$name" "$health" 90 "$logf"
      return
    fi
  fi
  if port_open "$port"; then
    die "port $port is in use by a process this stack did not start (see: ss -ltnp | grep :$port)" || return 1
  fi
  log "starting the backend on port $port (database $db, CORS origin $origin; log: .run/logs/backend-$port.log)"
  local t0; t0=$(_now)
  (
    cd "$STACK_ROOT" || exit 1
    # shellcheck disable=SC2030 # on purpose: only for this backend
    export WERKBANK_API_PORT="$port" WERKBANK_DB_NAME="$db" WERKBANK_SPA_URL="$origin" \
      WERKBANK_DEMO_DATA_ENABLED="$demo"
    _start_bg "$name" "$logf" "$STACK_ROOT/scripts/backend-env.sh" "$JAVA_HOME/bin/java" -jar "$BACKEND_JAR"
  ) || return 1
  STACK_STARTED+=("$name") # _start_bg ran in a subshell
  _wait_http "$name" "$health" 90 "$logf" || return 1
  log "backend ready on port $port in $(($(_now) - t0)) s"
}

# ---------------------------------------------------------------------------------------
# SPA (Vite): dev server for make run, production build + preview for the browser tests
# ---------------------------------------------------------------------------------------
frontend_deps() { # npm ci when node_modules is missing or older than package-lock.json
  [[ -f $FRONTEND_DIR/package.json ]] || die "frontend/package.json is missing" || return 1
  local stamp="$FRONTEND_DIR/node_modules/.package-lock.json"
  if [[ ! -d $FRONTEND_DIR/node_modules || ! -f $stamp || $FRONTEND_DIR/package-lock.json -nt $stamp ]]; then
    log "installing frontend dependencies (npm ci)"
    (cd "$FRONTEND_DIR" && npm ci --no-audit --no-fund) || die "npm ci failed" || return 1
  fi
}

# start_spa dev|preview PORT [API_URL]
start_spa() {
  local mode=${1:-dev} port=${2:-$WERKBANK_SPA_PORT} api=${3:-$WERKBANK_API_URL}
  local name="spa-$port" logf="$LOG_DIR/spa-$port.log" url="http://localhost:$port/"
  frontend_deps || return 1
  # what the SPA reads at build time (preview) or start-up (dev server)
  local vite_env=(VITE_API_URL="$api" VITE_OIDC_AUTHORITY="$WERKBANK_OIDC_ISSUER" VITE_OIDC_CLIENT_ID=werkbank-spa)
  if service_pid "$name" >/dev/null; then
    if [[ $mode == dev ]]; then
      log "SPA dev server already running on port $port (started by this stack)"
      _wait_http "$name" "$url" 60 "$logf"
      return
    fi
    stop_service "$name" # a preview serves a build: rebuild and restart
  fi
  if port_open "$port"; then
    die "port $port is in use by a process this stack did not start (see: ss -ltnp | grep :$port)" || return 1
  fi
  local t0; t0=$(_now)
  if [[ $mode == dev ]]; then
    log "starting the SPA dev server on port $port (API $api; log: .run/logs/spa-$port.log)"
    (cd "$FRONTEND_DIR" && export "${vite_env[@]}" && _start_bg "$name" "$logf" npm run dev -- --port "$port" --strictPort) || return 1
  else
    log "building the SPA (API $api)"
    (cd "$FRONTEND_DIR" && export "${vite_env[@]}" && npm run build) >"$LOG_DIR/spa-build.log" 2>&1 \
      || { _log_tail "$LOG_DIR/spa-build.log"; die "npm run build failed"; return 1; }
    log "serving the SPA build on port $port (log: .run/logs/spa-$port.log)"
    (cd "$FRONTEND_DIR" && export "${vite_env[@]}" && _start_bg "$name" "$logf" npm run preview -- --port "$port" --strictPort) || return 1
  fi
  STACK_STARTED+=("$name")
  _wait_http "$name" "$url" 60 "$logf" || return 1
  log "SPA ready on $url in $(($(_now) - t0)) s"
}

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
  for f in "$PID_DIR"/spa-*.pid "$PID_DIR"/backend-*.pid "$PID_DIR"/greenmail.pid "$PID_DIR"/keycloak.pid; do
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
  Health              $api/q/health
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
  # stay in the foreground; leave when a service we depend on dies
  local name
  while true; do
    for name in "backend-$WERKBANK_API_PORT" "spa-$WERKBANK_SPA_PORT" keycloak greenmail; do
      if [[ ! -f $session ]]; then log "stopped by 'make stop'"; exit 0; fi
      if [[ -f $PID_DIR/$name.pid ]] && ! service_pid "$name" >/dev/null; then
        sleep 0.5
        if [[ ! -f $session ]]; then log "stopped by 'make stop'"; exit 0; fi
        _log_tail "$LOG_DIR/$name.log" 40
        die "$name stopped unexpectedly"
        exit 1
      fi
    done
    sleep 2
  done
}

# runs a command without the stack.env variables: the unit/integration tests are
# self-contained and must behave exactly as when run by hand
_without_stack_env() {
  local key unset_args=()
  for key in "${STACK_ENV_KEYS[@]}"; do unset_args+=(-u "$key"); done
  env "${unset_args[@]}" "$@"
}

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

ensure_chromium() {
  command -v chromium >/dev/null 2>&1 && return 0
  log "installing chromium (apt-get)"
  { _as_root apt-get update -qq && _as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
    || die "apt-get install chromium failed"
}

# downloads for the browser tests (Keycloak, GreenMail, chromium): network-bound, so make
# test fetches them while the backend tests run
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
  start_backend "$api_port" "$db" "http://localhost:$spa_port" false
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

# all tests; keeps going after a failure, exits non-zero when any failed
cmd_test() {
  local step rc failed=() t0 summary=() prefetch=""
  _mkdirs
  if [[ ! -x $KEYCLOAK_HOME/bin/kc.sh || ! -f $GREENMAIL_JAR ]] || ! command -v chromium >/dev/null 2>&1; then
    log "fetching Keycloak/GreenMail/chromium in the background (log: .run/logs/prefetch.log)"
    (prefetch_e2e) >"$LOG_DIR/prefetch.log" 2>&1 &
    prefetch=$!
  fi
  for step in backend frontend e2e; do
    if [[ $step == e2e && -n $prefetch ]]; then
      wait "$prefetch" || { warn "background fetch failed:"; _log_tail "$LOG_DIR/prefetch.log" 20; }
    fi
    t0=$(_now)
    log "=== test-$step ==="
    rc=0
    ("$STACK_ROOT/scripts/stack.sh" "test-$step") || rc=$?
    summary+=("$(printf '  test-%-9s %-6s %4d s' "$step" "$([[ $rc == 0 ]] && echo ok || echo FAILED)" $(($(_now) - t0)))")
    ((rc == 0)) || failed+=("test-$step")
  done
  log "=== summary ==="
  printf '%s\n' "${summary[@]}" >&2
  if ((${#failed[@]})); then die "failed: ${failed[*]}"; return 1; fi
  log "all tests passed"
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
    test) cmd_test ;;
    test-backend) cmd_test_backend ;;
    test-frontend) cmd_test_frontend ;;
    test-e2e) cmd_test_e2e ;;
    openapi) cmd_openapi ;;
    infra) # postgres + keycloak + greenmail only (left running; make stop stops them)
      java_home; ensure_postgres; ensure_keycloak; ensure_greenmail ;;
    *)
      echo "usage: scripts/stack.sh run|stop|status|infra|test|test-backend|test-frontend|test-e2e|openapi" >&2
      return 2 ;;
  esac
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  _stack_main "$@"
fi
