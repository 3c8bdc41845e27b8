# shellcheck shell=bash
# Keycloak in dev mode with the werkbank realm (keycloak/werkbank-realm.json), installed from
# Maven Central into .run/keycloak-VERSION; its H2 dev database is under .run/keycloak-*/data/h2.

KEYCLOAK_HOME="$RUN_DIR/keycloak-${KEYCLOAK_VERSION}"
REALM_FILE="$STACK_ROOT/keycloak/werkbank-realm.json"

_realm_url() { echo "http://localhost:${KEYCLOAK_PORT}/realms/werkbank"; }

_keycloak_install() {
  [[ -x $KEYCLOAK_HOME/bin/kc.sh ]] && return 0
  local zip="$DL_DIR/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip"
  if [[ ! -f $zip ]]; then
    local m2zip="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/${KEYCLOAK_VERSION}/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip"
    if [[ -f $m2zip ]]; then zip=$m2zip; else _mvn_fetch "org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip" || return 1; fi
  fi
  log "unpacking Keycloak ${KEYCLOAK_VERSION} into ${KEYCLOAK_HOME#"$STACK_ROOT"/}"
  rm -rf "$KEYCLOAK_HOME.tmp" && mkdir -p "$KEYCLOAK_HOME.tmp"
  unzip -q "$zip" -d "$KEYCLOAK_HOME.tmp" || die "unzip of $zip failed" || return 1
  mv "$KEYCLOAK_HOME.tmp/keycloak-${KEYCLOAK_VERSION}" "$KEYCLOAK_HOME" && rm -rf "$KEYCLOAK_HOME.tmp"
  # the maven copy stays in ~/.m2; no need for a second 165 MB copy
  rm -f "$DL_DIR/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip"
}

ensure_keycloak() {
  _mkdirs
  local url; url="$(_realm_url)/.well-known/openid-configuration"
  local sumf="$RUN_DIR/keycloak-realm.sha256" want have=""
  want=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
  [[ -f $sumf ]] && have=$(<"$sumf")

  if port_open "$KEYCLOAK_PORT"; then
    if service_pid keycloak >/dev/null; then
      if [[ $want == "$have" ]]; then
        log "Keycloak already running on port $KEYCLOAK_PORT (started by this stack)"
        _wait_http keycloak "$url" 120 "$LOG_DIR/keycloak.log"
        return
      fi
      log "realm file changed since Keycloak imported it: restarting Keycloak with a fresh import"
      stop_service keycloak
    elif http_ok "$url"; then
      [[ $want == "$have" ]] || warn "Keycloak on port $KEYCLOAK_PORT was not started by this stack; it may serve an older werkbank realm (make stop there, then retry)"
      log "using the Keycloak that already answers on port $KEYCLOAK_PORT"
      return 0
    else
      die "port $KEYCLOAK_PORT is in use by something that is not a Keycloak with realm werkbank (see: ss -ltnp | grep $KEYCLOAK_PORT)" || return 1
    fi
  fi

  java_home || return 1
  _keycloak_install || return 1
  mkdir -p "$KEYCLOAK_HOME/data/import"
  if [[ $want != "$have" && -d $KEYCLOAK_HOME/data/h2 ]]; then
    log "realm file changed: wiping Keycloak's dev database so the realm is imported again"
    rm -rf "$KEYCLOAK_HOME/data/h2"
  fi
  rm -f "$sumf"
  cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/werkbank-realm.json"
  # the Werkbank login theme, linked so that edits show at once (start-dev caches no themes)
  ln -sfn "$STACK_ROOT/keycloak/themes/werkbank" "$KEYCLOAK_HOME/themes/werkbank"

  log "starting Keycloak ${KEYCLOAK_VERSION} on port $KEYCLOAK_PORT (log: .run/logs/keycloak.log)"
  local t0; t0=$(_now)
  # Faster start for a dev IdP (measured here: ready in 5 s instead of 9 s, logins as fast):
  # C1 JIT only, and a class-data-sharing archive the JVM writes on its first exit.
  local jopts="-XX:TieredStopAtLevel=1 -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$RUN_DIR/keycloak-${KEYCLOAK_VERSION}.jsa"
  JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:+$JAVA_OPTS_APPEND }$jopts" \
  KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    _start_bg keycloak "$LOG_DIR/keycloak.log" "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
      --http-port "$KEYCLOAK_PORT" --import-realm --hostname "http://localhost:${KEYCLOAK_PORT}" || return 1
  _wait_http keycloak "$url" 120 "$LOG_DIR/keycloak.log" || return 1
  echo "$want" > "$sumf"
  log "Keycloak ready in $(($(_now) - t0)) s"
}
