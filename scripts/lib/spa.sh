# shellcheck shell=bash
# The SPA (Vite): the dev server for make run, a production build served by vite preview for
# the browser tests.

FRONTEND_DIR="$STACK_ROOT/frontend"

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
