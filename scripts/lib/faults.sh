# shellcheck shell=bash
# make test-faults (S-7, issue 15): the packaged backend against faults, by tools/faults/FaultTest.java.
# It runs its own PostgreSQL cluster (Debian's binaries, in a temporary directory, on a random
# port), its own token issuer and the backend jar on random ports, so it needs no lock and leaves
# make run alone: PostgreSQL stopped under load, and SIGKILL during response submissions, a
# retention sweep and privacy exports. Figures and verdicts are printed at the end.

_pg_bin_dir() { # the newest Debian PostgreSQL binaries, installed when missing
  local dir
  if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    _apt_install postgresql || return 1
  fi
  dir=$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n 1)
  [[ -x $dir/initdb && -x $dir/pg_ctl ]] || die "no initdb/pg_ctl in $dir" || return 1
  echo "$dir"
}

cmd_test_faults() {
  java_home || return 1
  local pg_bin work driver as=() rc=0
  pg_bin=$(_pg_bin_dir) || return 1
  build_backend || return 1
  driver=$(compgen -G "$STACK_ROOT/backend/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar" | head -n 1)
  [[ -n $driver ]] || die "the PostgreSQL driver is missing from backend/target/quarkus-app/lib/main" || return 1
  work=$(mktemp -d "${TMPDIR:-/tmp}/werkbank-faults.XXXXXX")
  # initdb refuses to run as root: the cluster belongs to the postgres user then
  if [[ $EUID -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the postgres user (Debian's postgresql package creates it)" || return 1
    chmod 755 "$work"
    mkdir -p "$work/pg" && chown postgres: "$work/pg" && chmod 700 "$work/pg"
    touch "$work/postgres.log" "$work/pg_ctl.log" && chown postgres: "$work/postgres.log" "$work/pg_ctl.log"
    as=(--pg-as="runuser -u postgres --")
  fi
  log "fault tests: PostgreSQL stopped under load, SIGKILL during responses, a sweep, exports (work dir $work)"
  "$JAVA_HOME/bin/java" -cp "$driver" "$STACK_ROOT/tools/faults/FaultTest.java" \
    --work="$work" --pg-bin="$pg_bin" --java="$JAVA_HOME/bin/java" --jar="$BACKEND_JAR" "${as[@]}" || rc=$?
  if ((rc == 0)); then
    rm -rf "$work"
  else
    warn "fault tests failed; logs kept in $work"
  fi
  return "$rc"
}
