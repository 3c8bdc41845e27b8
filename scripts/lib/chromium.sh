# shellcheck shell=bash
# Debian's chromium, driven by playwright-core in the browser tests (never a downloaded browser).

ensure_chromium() {
  command -v chromium >/dev/null 2>&1 && return 0
  _apt_install chromium
}
