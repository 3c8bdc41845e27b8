# shellcheck shell=bash
# Issue 15: software bills of materials (CycloneDX JSON). The backend's is written by
# `mvn package`/`mvn verify` (cyclonedx-maven-plugin, backend/target/bom.json), the frontend's by
# `npm run build` or `npm run sbom` from package-lock.json alone (frontend/bom.json).
# tools/sbom/check-sbom.mjs fails when one is missing, empty, or lacks a known component.

BACKEND_BOM="$STACK_ROOT/backend/target/bom.json"
FRONTEND_BOM="$FRONTEND_DIR/bom.json"

_check_boms() {
  local check="$STACK_ROOT/tools/sbom/check-sbom.mjs"
  node "$check" "$BACKEND_BOM" io.quarkus:quarkus-rest org.apache.pdfbox:pdfbox || return 1
  node "$check" "$FRONTEND_BOM" react react-dom
}

_frontend_bom() {
  frontend_deps
  rm -f "$FRONTEND_BOM"
  log "frontend SBOM: npm run sbom (from package-lock.json)"
  (cd "$FRONTEND_DIR" && _without_stack_env npm run --silent sbom) || return 1
}

# make sbom: writes both SBOMs and checks them
cmd_sbom() {
  java_home
  log "backend SBOM: mvn cyclonedx:makeBom"
  (cd "$STACK_ROOT/backend" && _without_stack_env mvn -B -q org.cyclonedx:cyclonedx-maven-plugin:makeBom) || return 1
  _frontend_bom || return 1
  _check_boms
}

# make test, after test-backend: the backend's SBOM must be what its mvn verify wrote
cmd_test_sbom() {
  [[ -f $BACKEND_BOM ]] ||
    die "$BACKEND_BOM is missing: mvn verify (test-backend) did not write it" || return 1
  _frontend_bom || return 1
  _check_boms
}
