#!/usr/bin/env bash
# The Debian programs the test suite drives for real: chromium (browser tests, through
# Playwright; never a downloaded browser), nginx (deploy/nginx.conf is tested), varnish with
# the xkey module of varnish-modules (deploy/varnish.vcl is tested) and redis-server
# (throwaway servers for outage tests), espeak-ng (the Listen floor voice, also used by the
# site when LISTEN_ENGINE=espeak). Install what is missing when we are root; otherwise say
# what to do. PostgreSQL's initdb comes with the machine's PostgreSQL server.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v varnishd >/dev/null || [ -x /usr/sbin/varnishd ] || missing+=(varnish)
compgen -G "/usr/lib/*/varnish/vmods/libvmod_xkey.so" >/dev/null || missing+=(varnish-modules)
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages for the tests: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "The tests need: ${missing[*]}. Run 'sudo apt-get install ${missing[*]}'." >&2
    exit 1
fi
