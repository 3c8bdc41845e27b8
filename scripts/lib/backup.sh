# shellcheck shell=bash
# T-6: backups of the application database and restores from them (make backup, make restore).
#
# A backup is `pg_dump --format=custom` of WERKBANK_DB_NAME into WERKBANK_BACKUP_DIR (default
# backups/, git-ignored), named werkbank-<UTC time>.dump. Rotation: after every successful
# backup, dumps older than WERKBANK_BACKUP_KEEP_DAYS (14) days are deleted, so with one backup a
# day there are always the last 14. The schema erasure_ledger is left out of every dump: the
# ledger must outlive a restore, so a restore may never bring back an old one.
#
# A restore replaces everything in the database that the dump holds (pg_restore --clean, in one
# transaction) and leaves the erasure ledger alone. The erasures it recorded after the dump was
# taken are applied again by the backend when it next starts, before it serves (ErasureReplay).
#
# Both talk to PostgreSQL as WERKBANK_DB_USER over TCP (WERKBANK_DB_HOST:WERKBANK_DB_PORT), so
# they work against any server, the local cluster of make run or the tests' embedded one.

_backup_dir() { echo "${WERKBANK_BACKUP_DIR:-$STACK_ROOT/backups}"; }

# _pg_client COMMAND ARGS...: a PostgreSQL client program with the stack's connection settings
_pg_client() {
  local program=$1
  shift
  PGPASSWORD="$WERKBANK_DB_PASSWORD" "$program" --host="$WERKBANK_DB_HOST" --port="$WERKBANK_DB_PORT" \
    --username="$WERKBANK_DB_USER" "$@"
}

cmd_backup() {
  local dir keep file t0
  dir=$(_backup_dir)
  keep=${WERKBANK_BACKUP_KEEP_DAYS:-14}
  [[ $keep =~ ^[1-9][0-9]*$ ]] || die "WERKBANK_BACKUP_KEEP_DAYS must be a whole number of days, not '$keep'" || return 1
  mkdir -p "$dir"
  file="$dir/werkbank-$(date -u +%Y%m%dT%H%M%SZ).dump"
  [[ ! -e $file ]] || die "$file exists already (one backup per second at most)" || return 1
  t0=$(date +%s%N)
  # written under a temporary name, so a failed dump never counts as a backup
  if ! _pg_client pg_dump --format=custom --exclude-schema=erasure_ledger \
      --dbname="$WERKBANK_DB_NAME" --file="$file.partial"; then
    rm -f "$file.partial"
    die "pg_dump of $WERKBANK_DB_NAME failed" || return 1
  fi
  mv "$file.partial" "$file"
  log "backup $file ($(du -h "$file" | cut -f1)) in $((($(date +%s%N) - t0) / 1000000)) ms"
  # rotation: -mtime +N is "more than N+1 days old", so this keeps KEEP days of backups
  local old
  while IFS= read -r -d '' old; do
    log "rotation: deleting $old (older than $keep days)"
    rm -f "$old"
  done < <(find "$dir" -maxdepth 1 -type f -name 'werkbank-*.dump' -mtime "+$((keep - 1))" -print0)
  echo "$file"
}

# cmd_restore FILE
cmd_restore() {
  local file=${1:-} t0 pending
  [[ -n $file ]] || die "usage: make restore FILE=backups/werkbank-<time>.dump" || return 1
  [[ -f $file ]] || die "no such backup: $file" || return 1
  if service_pid "backend-$WERKBANK_API_PORT" >/dev/null; then
    die "the backend on port $WERKBANK_API_PORT is running: 'make stop' first (it replays the erasure ledger when it starts again)" || return 1
  fi
  pg_restore --list "$file" >/dev/null || die "$file is not a pg_dump custom-format archive" || return 1
  log "restoring $file into database $WERKBANK_DB_NAME (the erasure ledger is kept)"
  t0=$(date +%s%N)
  _pg_client pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error \
    --dbname="$WERKBANK_DB_NAME" "$file" || die "pg_restore failed: nothing was changed (one transaction)" || return 1
  log "restored in $((($(date +%s%N) - t0) / 1000000)) ms"
  pending=$(_pg_client psql -X -q -A -t -v ON_ERROR_STOP=1 --dbname="$WERKBANK_DB_NAME" <<'SQL'
SELECT CASE WHEN to_regclass('erasure_ledger.entry') IS NULL THEN 0
            WHEN to_regclass('erasure_ledger_applied') IS NULL THEN (SELECT count(*) FROM erasure_ledger.entry)
            ELSE (SELECT count(*) FROM erasure_ledger.entry e
                  WHERE NOT EXISTS (SELECT 1 FROM erasure_ledger_applied a WHERE a.entry_id = e.id)) END
SQL
  ) || die "could not read the erasure ledger" || return 1
  log "erasure ledger: $pending erasure(s) recorded after this backup; the backend applies them again when it starts, before it serves"
}
