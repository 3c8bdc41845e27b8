# shellcheck shell=bash
# GreenMail, the mail catcher (SMTP 3025, IMAP 3143, REST API 8025; mail is kept in memory).
# greenmail.<protocol>.port/.hostname define a server each (same as -Dgreenmail.setup.test.smtp
# / .imap, whose ports are fixed at 3025/3143, but following stack.env); listens on 127.0.0.1 only.
# Any login works (auth disabled); a mailbox per recipient address is created on delivery.

GREENMAIL_JAR="$DL_DIR/greenmail-standalone-${GREENMAIL_VERSION}.jar"

ensure_greenmail() {
  _mkdirs
  if port_open "$GREENMAIL_SMTP_PORT"; then
    if service_pid greenmail >/dev/null; then
      log "GreenMail already running (SMTP $GREENMAIL_SMTP_PORT, started by this stack)"
      return 0
    elif http_ok "http://localhost:${GREENMAIL_API_PORT}/api/service/readiness"; then
      log "using the GreenMail that already answers on SMTP port $GREENMAIL_SMTP_PORT"
      return 0
    fi
    die "port $GREENMAIL_SMTP_PORT is in use by something that is not GreenMail (see: ss -ltnp | grep $GREENMAIL_SMTP_PORT)" || return 1
  fi
  java_home || return 1
  [[ -f $GREENMAIL_JAR ]] || _mvn_fetch "com.icegreen:greenmail-standalone:${GREENMAIL_VERSION}" || return 1
  log "starting GreenMail ${GREENMAIL_VERSION} (SMTP $GREENMAIL_SMTP_PORT, IMAP $GREENMAIL_IMAP_PORT, API http://localhost:$GREENMAIL_API_PORT)"
  _start_bg greenmail "$LOG_DIR/greenmail.log" "$JAVA_HOME/bin/java" -Xmx128m -XX:TieredStopAtLevel=1 \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$GREENMAIL_SMTP_PORT" \
    -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$GREENMAIL_IMAP_PORT" \
    -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$GREENMAIL_API_PORT" \
    -jar "$GREENMAIL_JAR" || return 1
  local i
  for ((i = 0; i < 60; i++)); do
    port_open "$GREENMAIL_SMTP_PORT" && http_ok "http://localhost:${GREENMAIL_API_PORT}/api/service/readiness" && return 0
    service_pid greenmail >/dev/null || break
    sleep 0.5
  done
  _log_tail "$LOG_DIR/greenmail.log"
  stop_service greenmail
  die "GreenMail did not start"
}
