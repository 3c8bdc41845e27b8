# shellcheck shell=bash
# Shared by bench/seed-large.sh and bench/api-bench.sh (issue 14): the stack's library (settings
# of config/stack.env, PostgreSQL, Keycloak, the backend jar) and psql as the application's role.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../../scripts/stack.sh
source "$BENCH_DIR/../scripts/stack.sh"

# psql as the application's role on the stack's database; extra arguments are psql's
bench_psql() {
  PGPASSWORD="$WERKBANK_DB_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h "$WERKBANK_DB_HOST" -p "$WERKBANK_DB_PORT" \
    -U "$WERKBANK_DB_USER" -d "$WERKBANK_DB_NAME" "$@"
}

# one value from one query
bench_value() { bench_psql -At -c "$1"; }

# true when make seed-large has filled the database
bench_seeded() {
  [[ $(bench_value "SELECT to_regclass('public.account') IS NOT NULL") == t ]] \
    && [[ $(bench_value "SELECT EXISTS (SELECT FROM account WHERE oidc_subject = 'seed-p1')") == t ]]
}
