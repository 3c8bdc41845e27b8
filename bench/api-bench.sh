#!/usr/bin/env bash
# make bench (issue 14, S-8, F-2): the packaged backend (prod profile, the stack's PostgreSQL and
# Keycloak, as make run starts it) on the database make seed-large filled, measured per endpoint
# with wrk, next to pgbench running the SQL statements that endpoint executed, at the same
# concurrency. Prints one table and writes bench/results/api-bench-TIME.json (git-ignored).
#
#   flock /tmp/werkbank-stack.lock make bench
#   BENCH_CONCURRENCY=8 BENCH_DURATION=20 BENCH_WARMUP=5 bench/api-bench.sh
#
# What one run does:
#   1. Starts PostgreSQL, Keycloak and GreenMail when they do not run, builds the jar when stale.
#   2. Capture: sets log_min_duration_statement = 0 for the application's role in its database,
#      starts the backend with its scheduler off (so nothing but the requests reaches the log),
#      sends each request twice (the second is the one kept: no first-use work), each preceded by
#      a marker statement from psql, and turns the setting off again. bench/lib/benchlog.py reads
#      the statements and their bind parameters from the server log into one pgbench script per
#      endpoint, counts them, and names the slowest as the endpoint's main statement.
#   3. Load: starts the backend as make run does (scheduler on; only the feed's per-board rate
#      limit raised so that it measures the feed and not its 429), then per endpoint a warm-up and
#      a measured wrk run, sampling the backend's resident memory every second.
#   4. pgbench with each endpoint's script, same concurrency and duration (the response's
#      statements end in ROLLBACK instead of COMMIT: they insert fixed ids).
#   5. EXPLAIN (ANALYZE, BUFFERS) of every main statement into bench/results/.
# Everything it started is stopped at the end, also after a failure.
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

concurrency=${BENCH_CONCURRENCY:-8}
duration=${BENCH_DURATION:-20}
warmup=${BENCH_WARMUP:-5}
feed_depth=${BENCH_FEED_DEPTH:-10000} # pages of the default size (20) before the deep feed page
threads=2
port=$WERKBANK_API_PORT
api="http://localhost:$port"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
results="$BENCH_DIR/results"
run_dir="$results/api-bench-$stamp"
mkdir -p "$run_dir"
export BENCH_LIB="$BENCH_DIR/lib"

command -v wrk >/dev/null 2>&1 || _apt_install wrk
command -v python3 >/dev/null 2>&1 || _apt_install python3
pgbench=$(compgen -G '/usr/lib/postgresql/*/bin/pgbench' | sort -V | tail -n 1)
[[ -x $pgbench ]] || die "pgbench is missing (Debian package postgresql-client)"

logging_on=false
logging() { # on|off: every statement of the application's role in its database goes to the server log
  if [[ $1 == on ]]; then
    _pg_psql -v user="$WERKBANK_DB_USER" -v db="$WERKBANK_DB_NAME" <<'SQL'
SELECT format('ALTER ROLE %I IN DATABASE %I SET log_min_duration_statement = 0', :'user', :'db') \gexec
SQL
    logging_on=true
  else
    _pg_psql -v user="$WERKBANK_DB_USER" -v db="$WERKBANK_DB_NAME" <<'SQL'
SELECT format('ALTER ROLE %I IN DATABASE %I RESET log_min_duration_statement', :'user', :'db') \gexec
SQL
    logging_on=false
  fi
}
cleanup() {
  if [[ $logging_on == true ]]; then logging off || true; fi
  stop_started
}
trap cleanup EXIT

java_home
ensure_postgres
bench_seeded || die "database $WERKBANK_DB_NAME is not seeded: run make seed-large first (inside the stack lock)"
ensure_keycloak
ensure_greenmail
build_backend

# ---------------------------------------------------------------------------------------------
# Tokens: the demo users of the realm log in with the SPA's authorization code flow (PKCE), as
# the browser does; the job board uses client credentials.
# ---------------------------------------------------------------------------------------------
oidc="http://localhost:$KEYCLOAK_PORT/realms/werkbank/protocol/openid-connect"
json_field() { python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

user_token() { # user_token USERNAME PASSWORD
  local jar verifier challenge redirect="http://localhost:5173/" page action location code
  jar=$(mktemp)
  verifier=$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
  challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')
  page=$(curl -fsS -c "$jar" -b "$jar" -G "$oidc/auth" -d client_id=werkbank-spa -d response_type=code \
    -d scope=openid --data-urlencode "redirect_uri=$redirect" -d "code_challenge=$challenge" \
    -d code_challenge_method=S256)
  action=$(grep -o 'action="[^"]*"' <<<"$page" | head -n 1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g')
  [[ -n $action ]] || { rm -f "$jar"; die "no login form for $1"; return 1; }
  location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "username=$1" --data-urlencode "password=$2" "$action")
  rm -f "$jar"
  code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$location")
  [[ -n $code ]] || { die "login of $1 did not return a code"; return 1; }
  curl -fsS "$oidc/token" -d grant_type=authorization_code -d client_id=werkbank-spa \
    --data-urlencode "code=$code" --data-urlencode "redirect_uri=$redirect" -d "code_verifier=$verifier" \
    | json_field access_token
}
board_token() {
  curl -fsS "$oidc/token" -d grant_type=client_credentials -d client_id=werkbank-jobboard \
    -d client_secret=jobboard-dev-secret | json_field access_token
}

# ---------------------------------------------------------------------------------------------
# What the requests use, read from the seeded database
# ---------------------------------------------------------------------------------------------
detail_id=$(bench_value "SELECT id FROM assignment WHERE status = 'PUBLISHED' ORDER BY published_at DESC, id DESC OFFSET 1000 LIMIT 1")
# The feed pages by the keyset (changed_at, assignment_id): the cursor after entry 10,000 x 20 is
# what a board holds after walking 10,000 pages of the default size (constructed, not walked).
feed_position=$(bench_value "SELECT 'v1|' || to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || '|' || assignment_id
                             FROM feed_entry ORDER BY changed_at, assignment_id OFFSET $((feed_depth * 20 - 1)) LIMIT 1")
[[ -n $feed_position ]] || die "the feed has fewer than $((feed_depth * 20)) entries: is the database seeded?"
feed_cursor=$(printf '%s' "$feed_position" | base64 -w 0 | tr '+/' '-_' | tr -d '=')
# Published assignments the demo professional has not responded to, for the response requests.
bench_value "SELECT a.id FROM assignment a WHERE a.status = 'PUBLISHED' AND a.questions = '[]'
               AND NOT EXISTS (SELECT FROM response r JOIN account acc ON acc.subject_id = r.respondent_subject_id
                                WHERE r.assignment_id = a.id AND acc.oidc_subject = 'de000000-0000-4000-8000-000000000001')
             ORDER BY a.id" > "$run_dir/respond-ids.txt"
respond_ids=$(wc -l < "$run_dir/respond-ids.txt")
((respond_ids > 100)) || die "fewer than 100 published assignments left to respond to"
warm_end=$((10 + (respond_ids - 10) / 5))
head -n 10 "$run_dir/respond-ids.txt" > "$run_dir/respond-ids-capture.txt"
sed -n "11,${warm_end}p" "$run_dir/respond-ids.txt" > "$run_dir/respond-ids-warmup.txt"
sed -n "$((warm_end + 1)),\$p" "$run_dir/respond-ids.txt" > "$run_dir/respond-ids-load.txt"

# name|token (public, professional, client, board)|path  — the measured endpoints
endpoints=(
  "search|public|/api/v1/assignments"
  "search_text|public|/api/v1/assignments?q=kubernetes"
  "detail|public|/api/v1/assignments/$detail_id"
  "feed_first|board|/api/v1/feed/assignments"
  "feed_deep|board|/api/v1/feed/assignments?cursor=$feed_cursor"
  "profiles|client|/api/v1/profiles?skill=java"
  "my_responses|professional|/api/v1/me/responses"
)
# the same lists with limit=100: only their statement counts are used
page_size_variants=(
  "search_limit100|public|/api/v1/assignments?limit=100"
  "feed_limit100|board|/api/v1/feed/assignments?limit=100"
  "profiles_limit100|client|/api/v1/profiles?skill=java&limit=100"
  "my_responses_limit100|professional|/api/v1/me/responses?limit=100"
)

declare -A token
fresh_tokens() { # access tokens live 5 minutes: taken again before each endpoint
  token[public]=""
  token[professional]=$(user_token professional demo)
  token[client]=$(user_token client demo)
  token[board]=$(board_token)
}

respond_once() { # respond_once ASSIGNMENT_ID: one response as the demo professional, prints the status
  curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${token[professional]}" \
    -F 'response={"motivation":"Graag reageer ik op deze opdracht.","answers":[],"thisAssignmentOnly":false,"useProfileCv":false};type=application/json' \
    "$api/api/v1/assignments/$1/responses"
}

get_once() { # get_once TOKEN_KIND PATH: prints the status
  local auth=()
  [[ -n ${token[$1]} ]] && auth=(-H "Authorization: Bearer ${token[$1]}")
  curl -sS -o /dev/null -w '%{http_code}' "${auth[@]}" -H 'Accept: application/json' "$api$2"
}

marker() { bench_value "SELECT 'bench-marker:$1'" >/dev/null; }

# ---------------------------------------------------------------------------------------------
# 2. Capture
# ---------------------------------------------------------------------------------------------
read -r pg_version pg_name _ < <(_pg_cluster)
pg_log="/var/log/postgresql/postgresql-$pg_version-$pg_name.log"
[[ -r $pg_log ]] || die "cannot read the server log $pg_log"
logging on
log "capture: one request per endpoint with every statement logged"
QUARKUS_SCHEDULER_ENABLED=false WERKBANK_FEED_REQUESTS_PER_MINUTE=1000000000 \
  start_backend "$port" "$WERKBANK_DB_NAME" "$WERKBANK_SPA_URL" false
fresh_tokens
capture_ids=()
mapfile -t capture_ids < "$run_dir/respond-ids-capture.txt"
# the first round warms every path; the second is logged
for round in 1 2; do
  [[ $round == 2 ]] && log_start=$(stat -c %s "$pg_log")
  for entry in "${endpoints[@]}" "${page_size_variants[@]}"; do
    IFS='|' read -r name kind path <<<"$entry"
    [[ $round == 2 ]] && marker "$name"
    status=$(get_once "$kind" "$path")
    [[ $status == 200 ]] || die "capture: $name answered $status ($path)"
  done
  [[ $round == 2 ]] && marker respond
  status=$(respond_once "${capture_ids[$round]}")
  [[ $status == 202 ]] || die "capture: respond answered $status"
done
marker end
sleep 1
tail -c +"$((log_start + 1))" "$pg_log" > "$run_dir/capture.log"
logging off
stop_service "backend-$port"
python3 "$BENCH_DIR/lib/benchlog.py" capture "$run_dir/capture.log" "$run_dir" "$WERKBANK_DB_USER@$WERKBANK_DB_NAME"
# pgbench repeats the response's transaction and rolls it back; the response the capture made is
# marked withdrawn, so that the one-active-response rule (R-1) lets the repetition insert it again
sed -i 's/^COMMIT;$/ROLLBACK;/' "$run_dir/respond.pgbench.sql"
bench_value "UPDATE response SET status = 'WITHDRAWN', withdrawn_at = now()
              WHERE assignment_id IN ('${capture_ids[1]}', '${capture_ids[2]}')
                AND respondent_subject_id = (SELECT subject_id FROM account
                                              WHERE oidc_subject = 'de000000-0000-4000-8000-000000000001')" >/dev/null

# ---------------------------------------------------------------------------------------------
# 3. Load
# ---------------------------------------------------------------------------------------------
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log "load: the backend as make run starts it; concurrency $concurrency, ${duration}s per endpoint after ${warmup}s warm-up"
WERKBANK_FEED_REQUESTS_PER_MINUTE=1000000000 start_backend "$port" "$WERKBANK_DB_NAME" "$WERKBANK_SPA_URL" false
backend_pid=$(service_pid "backend-$port")

sample_rss() { # sample_rss OUT_FILE: the highest VmRSS (KiB) seen until killed
  local max=0 rss
  trap 'echo "$max" > "$1"; exit 0' TERM
  while true; do
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$backend_pid/status" 2>/dev/null || echo 0)
    ((rss > max)) && max=$rss
    echo "$max" > "$1"
    sleep 1
  done
}

run_wrk() { # run_wrk NAME SCRIPT SECONDS OUT_JSON URL
  local sampler
  sample_rss "$run_dir/$1.rss" &
  sampler=$!
  BENCH_OUT="$4" wrk -t "$threads" -c "$concurrency" -d "${3}s" --timeout 10s -s "$BENCH_LIB/$2" "$5" \
    > "$run_dir/$1.wrk.txt" 2>&1 || { kill "$sampler"; die "wrk failed for $1: $(cat "$run_dir/$1.wrk.txt")"; return 1; }
  kill "$sampler"
  wait "$sampler" 2>/dev/null || true
}

for entry in "${endpoints[@]}"; do
  IFS='|' read -r name kind path <<<"$entry"
  fresh_tokens
  log "  $name: $path"
  BENCH_TOKEN=${token[$kind]} run_wrk "$name-warmup" wrk-get.lua "$warmup" "$run_dir/$name-warmup.wrk.json" "$api$path"
  BENCH_TOKEN=${token[$kind]} run_wrk "$name" wrk-get.lua "$duration" "$run_dir/$name.wrk.json" "$api$path"
done
fresh_tokens
log "  respond: POST /api/v1/assignments/{id}/responses, another assignment each time"
BENCH_TOKEN=${token[professional]} BENCH_THREADS=$threads BENCH_IDS="$run_dir/respond-ids-warmup.txt" \
  run_wrk respond-warmup wrk-respond.lua "$warmup" "$run_dir/respond-warmup.wrk.json" "$api"
BENCH_TOKEN=${token[professional]} BENCH_THREADS=$threads BENCH_IDS="$run_dir/respond-ids-load.txt" \
  run_wrk respond wrk-respond.lua "$duration" "$run_dir/respond.wrk.json" "$api"
vmhwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$backend_pid/status")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
stop_service "backend-$port"

# ---------------------------------------------------------------------------------------------
# 4. pgbench, 5. plans
# ---------------------------------------------------------------------------------------------
log "pgbench: each endpoint's statements, concurrency $concurrency, ${duration}s"
for name in search search_text detail feed_first feed_deep profiles my_responses respond; do
  PGPASSWORD="$WERKBANK_DB_PASSWORD" "$pgbench" -n -M prepared -c "$concurrency" -j "$threads" -T "$duration" \
    -f "$run_dir/$name.pgbench.sql" -h "$WERKBANK_DB_HOST" -p "$WERKBANK_DB_PORT" -U "$WERKBANK_DB_USER" \
    "$WERKBANK_DB_NAME" > "$run_dir/$name.pgbench.txt" 2>&1 || warn "pgbench failed for $name (see $run_dir/$name.pgbench.txt)"
  log "  $name: $(grep -o 'tps = [0-9.]* (without initial connection time)' "$run_dir/$name.pgbench.txt" || echo 'no rate')"
done

plans="$run_dir/plans.txt"
: > "$plans"
for name in search search_text detail feed_first feed_deep profiles my_responses respond; do
  main=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]]["main_statement"] or "")' \
    "$run_dir/capture.json" "$name")
  [[ -n $main ]] || continue
  {
    echo "=== $name"
    echo "$main"
    echo "---"
    if [[ $name == respond ]]; then
      printf 'BEGIN;\nEXPLAIN (ANALYZE, BUFFERS) %s;\nROLLBACK;\n' "$main" | bench_psql 2>&1 || true
    else
      printf 'EXPLAIN (ANALYZE, BUFFERS) %s;\n' "$main" | bench_psql 2>&1 || true
    fi
    echo
  } >> "$plans"
done

# ---------------------------------------------------------------------------------------------
# The machine and the result
# ---------------------------------------------------------------------------------------------
python3 - "$run_dir/machine.json" <<PY
import json, sys
json.dump({
    "time": "$stamp",
    "cpus": $(nproc),
    "cpu_model": """$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)""",
    "memory": "$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)",
    "kernel": "$(uname -r)",
    "postgres": """$(bench_value 'SELECT version()' | cut -d, -f1)""",
    "postgres_settings": """$(bench_value "SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_connections', 'synchronous_commit', 'random_page_cost')")""",
    "jdk": """$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p)""",
    "wrk": """$(wrk -v 2>&1 | head -n 1 | cut -d' ' -f2)""",
    "pgbench": """$("$pgbench" --version)""",
    "concurrency": $concurrency, "wrk_threads": $threads, "duration_s": $duration, "warmup_s": $warmup,
    "load_before": "$load_before", "load_after": "$load_after",
    "backend_vmhwm_kib": ${vmhwm:-0},
    "database_size": "$(bench_value "SELECT pg_size_pretty(pg_database_size(current_database()))")",
    "rows": {"assignment": $(bench_value "SELECT count(*) FROM assignment"), "published": $(bench_value "SELECT count(*) FROM assignment WHERE status = 'PUBLISHED'"),
             "profile": $(bench_value "SELECT count(*) FROM profile"), "response": $(bench_value "SELECT count(*) FROM response"),
             "feed_entry": $(bench_value "SELECT count(*) FROM feed_entry")},
}, open(sys.argv[1], "w"), indent=2)
PY
result="$results/api-bench-$stamp.json"
echo
echo "API benchmark (issue 14) — $stamp; files: ${run_dir#"$BENCH_DIR/../"}"
echo
python3 "$BENCH_DIR/lib/benchlog.py" finish "$run_dir" "$result" | tee "$results/api-bench-latest.txt"
echo
echo "plans of the main statements: ${plans#"$BENCH_DIR/../"}; result: ${result#"$BENCH_DIR/../"}"
