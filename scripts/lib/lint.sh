# shellcheck shell=bash
# Linters and formatters: ShellCheck on every shell script, the frontend's `npm run lint`,
# the backend's Spotless format check, Spectral with the OWASP ruleset on openapi.yaml.
# `make lint` runs them all; `make test` runs them first.

LINT_STEPS=(lint-shell lint-frontend lint-backend lint-openapi)

ensure_shellcheck() {
  command -v shellcheck >/dev/null 2>&1 && return 0
  _apt_install shellcheck
}

# every shell script of the repository, relative to its root: *.sh, and files whose #! line
# names sh or bash (such as .ci/run)
_shell_files() {
  (
    cd "$STACK_ROOT" || exit 1
    find . \( -name .git -o -name node_modules -o -name .run -o -name target -o -name dist \) -prune \
      -o -type f -print0 \
      | xargs -0 awk 'FNR == 1 && (FILENAME ~ /\.sh$/ || /^#!.*[\/ ](ba)?sh([[:space:]]|$)/) { print substr(FILENAME, 3) } { nextfile }' \
      | LC_ALL=C sort
  )
}

# settings in .shellcheckrc (sourced files are followed from the script's directory)
cmd_lint_shell() {
  ensure_shellcheck
  local files=()
  mapfile -t files < <(_shell_files)
  ((${#files[@]})) || die "no shell scripts found" || return 1
  log "ShellCheck $(shellcheck --version | sed -n 's/^version: //p'): ${files[*]}"
  (cd "$STACK_ROOT" && shellcheck "${files[@]}")
}

cmd_lint_frontend() {
  frontend_deps
  log "frontend lint: npm run lint"
  (cd "$FRONTEND_DIR" && _without_stack_env npm run lint)
}

cmd_lint_backend() {
  java_home
  log "backend format check: mvn -B -q spotless:check (make format fixes it)"
  (cd "$STACK_ROOT/backend" && _without_stack_env mvn -B -q spotless:check)
}

# tools/openapi-lint/.spectral.yaml says which rules are switched off and why
cmd_lint_openapi() {
  local tool="$STACK_ROOT/tools/openapi-lint"
  if [[ ! -d $tool/node_modules || $tool/package-lock.json -nt $tool/node_modules ]]; then
    log "installing Spectral: npm ci in tools/openapi-lint"
    (cd "$tool" && npm ci --no-audit --no-fund >/dev/null) || return 1
  fi
  log "OpenAPI lint: Spectral + OWASP ruleset on openapi.yaml"
  (cd "$tool" && _without_stack_env npm run --silent lint)
}

cmd_lint() {
  local step
  for step in "${LINT_STEPS[@]}"; do _run_step "$step"; done
  _steps_report "all linters passed"
}

cmd_format() {
  java_home
  log "backend: mvn -B -q spotless:apply"
  (cd "$STACK_ROOT/backend" && _without_stack_env mvn -B -q spotless:apply)
  frontend_deps
  log "frontend: npm run format --if-present (runs only when package.json defines it)"
  (cd "$FRONTEND_DIR" && _without_stack_env npm run format --if-present)
}
