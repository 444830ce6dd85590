#!/bin/sh
# Run by `./mvnw verify` before the tests (exec-maven-plugin, phase process-test-classes): the browser tests
# need a Chromium and never download one. Uses $CORROBORATE_CHROMIUM or the system's Chromium when there is
# one (printing nothing); else installs Debian's package when it can (as root, or with sudo that needs no
# password); else fails with one line saying what to install. Keep the list of paths in step with
# src/test/java/org/corroborate/browser/BrowserSession.java.
for candidate in "${CORROBORATE_CHROMIUM-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    exit 0
  fi
done

install_chromium() {
  echo "[corroborate] No Chromium found: installing Debian's package 'chromium' for the browser tests" >&2
  DEBIAN_FRONTEND=noninteractive "$@" apt-get update -qq >/dev/null &&
    DEBIAN_FRONTEND=noninteractive "$@" apt-get install -y -qq chromium >/dev/null
}

if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    install_chromium env
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    install_chromium sudo -n env
  fi
  if [ -x /usr/bin/chromium ]; then
    exit 0
  fi
fi

echo "[corroborate] The browser tests need Chromium: install it (Debian/Ubuntu: 'sudo apt-get install chromium'), or set CORROBORATE_CHROMIUM to a Chromium binary, or run with -DskipTests." >&2
exit 1
