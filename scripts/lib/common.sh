# shellcheck shell=bash
# Shared by every part of the local stack (sourced by scripts/stack.sh): the settings of
# config/stack.env, paths under .run/, logging, background processes with pid files and
# process groups, readiness waits, the JDK and downloads from Maven Central.

# ---------------------------------------------------------------------------------------
# Paths and settings
# ---------------------------------------------------------------------------------------
STACK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
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
_stack_load_env || return 1

# runs a command without the stack.env variables: the unit/integration tests are
# self-contained and must behave exactly as when run by hand
_without_stack_env() {
  local key unset_args=()
  for key in "${STACK_ENV_KEYS[@]}"; do unset_args+=(-u "$key"); done
  env "${unset_args[@]}" "$@"
}

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

# _apt_install PACKAGE: installs a Debian package (PostgreSQL, chromium, shellcheck)
_apt_install() {
  log "installing $1 (apt-get)"
  { _as_root apt-get update -qq && _as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null; } \
    || die "apt-get install $1 failed"
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
_starttime() { # field 22 of /proc/PID/stat (the 20th after "PID (COMM) ")
  local stat fields
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  read -ra fields <<<"${stat##*) }"
  echo "${fields[19]}"
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
  # The inner bash writes its own pid ($$, escaped: expanded there, not here), which the
  # command keeps through exec; setsid makes it the leader of a new process group.
  setsid bash -c "echo \$\$ > \"\$0\"; exec nohup \"\$@\"" "$pidf.tmp" "$@" >"$logf" 2>&1 </dev/null &
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

# _mvn_fetch GROUP:ARTIFACT:VERSION[:TYPE] → copies the artifact into .run/downloads (Maven Central)
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
# Steps (make test, make lint): each runs as `scripts/stack.sh STEP` in its own process;
# a failure is recorded and the next step still runs
# ---------------------------------------------------------------------------------------
STEP_SUMMARY=()
STEP_FAILED=()

_run_step() {
  local step=$1 rc=0 t0 result=ok
  t0=$(_now)
  log "=== $step ==="
  "$STACK_ROOT/scripts/stack.sh" "$step" || rc=$?
  ((rc == 0)) || { result=FAILED; STEP_FAILED+=("$step"); }
  STEP_SUMMARY+=("$(printf '  %-14s %-6s %4d s' "$step" "$result" $(($(_now) - t0)))")
}

# prints the summary; fails when any step failed
_steps_report() {
  log "=== summary ==="
  printf '%s\n' "${STEP_SUMMARY[@]}" >&2
  if ((${#STEP_FAILED[@]})); then die "failed: ${STEP_FAILED[*]}"; return 1; fi
  log "$1"
}

# stay_in_foreground SESSION_FILE SERVICE...: make run and make cluster wait here until 'make stop'
# removes the session file (exit 0) or one of the services dies (its log's tail, exit 1)
stay_in_foreground() {
  local session=$1 name
  shift
  while true; do
    for name in "$@"; do
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
