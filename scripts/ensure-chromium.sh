#!/usr/bin/env bash
# Browser tests drive Debian's chromium with Playwright (never a downloaded browser).
# Install it when missing and we are root; otherwise say what to do.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
    echo "The browser tests need /usr/bin/chromium: run 'sudo apt-get install chromium'." >&2
    exit 1
fi
