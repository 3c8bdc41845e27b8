#!/usr/bin/env bash
# make seed-large (issue 14, S-8): fills the stack's database (config/stack.env: WERKBANK_DB_NAME,
# the one make run uses) with national volumes, set-based (bench/seed-large.sql): 1,000,000
# assignments (7 % published, 78 % closed), 200,000 profiles (one in five with a CV), 5,000,000
# responses, 20,000 organisations with 40,000 clients, 100,000 visitors. The demo users of the
# realm keep their logins: the client's organisation gets 5,000 of the assignments and the demo
# professional about 3,000 responses.
#
#   make seed-large                   (run it inside: flock /tmp/werkbank-stack.lock make seed-large)
#   SEED_ASSIGNMENTS=100000 SEED_PROFILES=20000 SEED_RESPONSES=500000 bench/seed-large.sh
#
# It starts what it needs (PostgreSQL, Keycloak, the backend once so that Flyway makes the schema
# and the demo data loads) and stops what it started. A database that is already seeded is left
# as it is (to seed again, drop the database first: see bench/RESULTS.md).
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"

assignments=${SEED_ASSIGNMENTS:-1000000}
profiles=${SEED_PROFILES:-200000}
responses=${SEED_RESPONSES:-5000000}
organisations=${SEED_ORGANISATIONS:-20000}
for n in "$assignments" "$profiles" "$responses" "$organisations"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || die "the volumes must be positive whole numbers, not '$n'"
done
((assignments > 5000)) || die "SEED_ASSIGNMENTS must be above 5000 (the demo client's share)"

trap stop_started EXIT
java_home
ensure_postgres
ensure_database "$WERKBANK_DB_NAME"
if bench_seeded; then
  log "database $WERKBANK_DB_NAME is already seeded (account seed-p1 exists): nothing to do"
  exit 0
fi
# The schema is Flyway's and the demo users are the backend's: start it once, then stop it.
ensure_keycloak
build_backend
start_backend "$WERKBANK_API_PORT" "$WERKBANK_DB_NAME" "$WERKBANK_SPA_URL" true
stop_service "backend-$WERKBANK_API_PORT"

skills=$(grep -v -e '^#' -e '^[[:space:]]*$' "$BENCH_DIR/data/skills.txt" \
  | sed 's/["\\]/\\&/g; s/.*/"&"/' | paste -sd, -)
# two-digit postcode areas; the Randstad provinces three times, where most of the work is
areas=$(grep -E '^[0-9]{2},' "$BENCH_DIR/../backend/src/main/resources/reference/postcode-areas.csv" \
  | awk -F, '{ n = ($2 ~ /^(NOORD_HOLLAND|ZUID_HOLLAND|UTRECHT)$/) ? 3 : 1; for (i = 0; i < n; i++) print $1 }' \
  | paste -sd, -)

log "seeding $WERKBANK_DB_NAME: $assignments assignments, $profiles profiles, $responses responses, $organisations organisations"
t0=$(_now)
bench_psql -v skills="{$skills}" -v areas="{$areas}" -v n_assignments="$assignments" -v n_profiles="$profiles" \
  -v n_responses="$responses" -v n_organisations="$organisations" --single-transaction -f "$BENCH_DIR/seed-large.sql"
log "loaded in $(($(_now) - t0)) s; vacuum and statistics"
bench_psql -c 'VACUUM (ANALYZE) subject, account, organisation, organisation_member, profile, cv_file, assignment,
  assignment_poster, feed_entry, response, response_cv'
log "seeded in $(($(_now) - t0)) s; database size $(bench_value "SELECT pg_size_pretty(pg_database_size(current_database()))")"
