# shellcheck shell=bash
# PostgreSQL: the Debian cluster of this machine (installed and started when needed), the
# role WERKBANK_DB_USER and the databases WERKBANK_DB_NAME and WERKBANK_DB_NAME_e2e.

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
    _apt_install postgresql || return 1
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
