#!/usr/bin/env bash
# Lighthouse in mobile emulation on the home, list and an assignment page (issue 16, fast on a
# phone): a production build of the SPA (vite preview) against the real API with demo data, on
# the browser-test ports. It uses the shared ports, so run it inside the stack lock:
#   flock /tmp/werkbank-stack.lock tools/lighthouse/measure.sh
# Everything it starts is stopped when it ends.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../../scripts/stack.sh
source "$here/../../scripts/stack.sh"

trap 'stop_started' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

api_port=$WERKBANK_E2E_API_PORT
spa_port=$WERKBANK_E2E_SPA_PORT
db="${WERKBANK_DB_NAME}_lighthouse"

_mkdirs
java_home
ensure_postgres
if service_pid "backend-$api_port" >/dev/null; then stop_service "backend-$api_port"; fi
reset_database "$db"
ensure_keycloak
build_backend
start_backend "$api_port" "$db" "http://localhost:$spa_port" true
start_spa preview "$spa_port" "http://localhost:$api_port"

if [[ ! -d $here/node_modules || $here/package-lock.json -nt $here/node_modules ]]; then
  log "installing Lighthouse: npm ci in tools/lighthouse"
  (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
fi
(cd "$here" && CHROME_PATH="$(command -v chromium)" node lighthouse.mjs "http://localhost:$spa_port" "http://localhost:$api_port")
