# shellcheck shell=bash
# The backend: the Quarkus jar (built when its sources changed), started with the stack's
# settings mapped by scripts/backend-env.sh.

BACKEND_JAR="$STACK_ROOT/backend/target/quarkus-app/quarkus-run.jar"

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

# where a backend on API port PORT serves health and metrics: the management interface of the
# prod profile, 1000 above the API port (8080 -> 9080), so that several run side by side
management_port() { echo $(($1 + 1000)); }

# start_backend PORT DBNAME [CORS_ORIGIN] [DEMO_DATA true|false]
start_backend() {
  local port=${1:-$WERKBANK_API_PORT} db=${2:-$WERKBANK_DB_NAME}
  local origin=${3:-$WERKBANK_SPA_URL} demo=${4:-true}
  local name="backend-$port" logf="$LOG_DIR/backend-$port.log"
  local management; management=$(management_port "$port")
  local health="http://localhost:$management/q/health/ready"
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
  # these settings only for this backend (the browser tests' one differs from make run's); the heap
  # is capped as in production (issue 14: resident memory under load below 512 MB, see bench/RESULTS.md)
  (
    cd "$STACK_ROOT" || exit 1
    WERKBANK_API_PORT="$port" WERKBANK_MANAGEMENT_PORT="$management" WERKBANK_DB_NAME="$db" WERKBANK_SPA_URL="$origin" WERKBANK_DEMO_DATA_ENABLED="$demo" \
      _start_bg "$name" "$logf" "$STACK_ROOT/scripts/backend-env.sh" "$JAVA_HOME/bin/java" "-Xmx${WERKBANK_BACKEND_HEAP:-256m}" -Dvertx.disableURIValidation=true -jar "$BACKEND_JAR"
  ) || return 1
  STACK_STARTED+=("$name") # _start_bg ran in a subshell
  _wait_http "$name" "$health" 90 "$logf" || return 1
  log "backend ready on port $port in $(($(_now) - t0)) s"
}
