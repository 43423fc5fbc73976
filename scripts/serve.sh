#!/usr/bin/env bash
# Serve the site for `make run`: granian in front, the django-tasks database worker beside it
# (emails and other background jobs). Ctrl-C (or SIGTERM) stops both cleanly.
set -euo pipefail
: "${HOST:=127.0.0.1}" "${PORT:=8000}" "${WORKERS:=2}" "${THREADS:=4}"

.venv/bin/python manage.py db_worker --queue-name '*' --interval 1 &
worker=$!
# granian (HTTP in Rust, our WSGI app in Python): one worker process per core, a few threads
# each, so a slow render or database call does not hold up cached pages. Its request line is
# limited only by the 64 KB URI limit of its HTTP library: long search URLs (the search box
# sends 200 characters at most) still get Django's friendly page, not a bare 414
# (tests/security/test_app_server.py).
.venv/bin/granian kidsnews.wsgi:application --interface wsgi --http 1 \
    --host "$HOST" --port "$PORT" --workers "$WORKERS" --blocking-threads "$THREADS" \
    --respawn-failed-workers --workers-kill-timeout 5 --access-log &
server=$!

stop() {
    trap - INT TERM
    kill -TERM "$server" "$worker" 2>/dev/null || true
    wait "$server" "$worker" 2>/dev/null || true
    echo "kidsnews stopped."
}
trap stop INT TERM
# Whichever exits first (a crash, or Ctrl-C) brings the other down too.
wait -n "$server" "$worker" || true
stop
