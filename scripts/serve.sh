#!/usr/bin/env bash
# Serve the site for `make run`: granian in front, the django-tasks database worker beside it
# (emails, and the housekeeping timetable of kidsnews/core/schedule.py). Ctrl-C (or SIGTERM) stops both cleanly.
set -euo pipefail
: "${HOST:=127.0.0.1}" "${PORT:=8000}" "${WORKERS:=2}" "${THREADS:=4}"

.venv/bin/python manage.py run_worker --queue-name '*' --interval 1 &
worker=$!
# granian, with the command line kidsnews/core/appserver.py keeps for make run, the bench and
# the tests (it replaces the Python process, so $! is granian's pid). No access log unless
# ACCESS_LOG=true, and then without client addresses (docs/operations.md, "Logs").
.venv/bin/python -m kidsnews.core.appserver &
server=$!

stop() {
    trap - INT TERM
    kill -TERM "$server" "$worker" 2>/dev/null || true
    wait "$server" "$worker" 2>/dev/null || true
    echo "kidsnews stopped."
    exit 0
}
trap stop INT TERM
# Whichever exits first (a crash, or Ctrl-C) brings the other down too.
wait -n "$server" "$worker" || true
stop
