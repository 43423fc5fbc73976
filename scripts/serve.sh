#!/usr/bin/env bash
# Serve the site for `make run`: gunicorn in front, the django-tasks database worker beside it
# (emails and other background jobs). Ctrl-C (or SIGTERM) stops both cleanly.
set -euo pipefail
: "${HOST:=127.0.0.1}" "${PORT:=8000}" "${WORKERS:=3}"

.venv/bin/python manage.py db_worker --queue-name '*' --interval 1 &
worker=$!
# --limit-request-line 0: gunicorn would answer a long search URL with its own bare 414 page;
# Django gives the friendly one and the search view trims the query itself.
.venv/bin/gunicorn kidsnews.wsgi:application --bind "$HOST:$PORT" --workers "$WORKERS" \
    --access-logfile - --graceful-timeout 5 --limit-request-line 0 &
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
