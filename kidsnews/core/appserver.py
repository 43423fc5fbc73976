"""How kidsnews is served: one granian command line for `make run` (scripts/serve.sh runs
`python -m kidsnews.core.appserver`), `make bench` and the tests that start a real server.

granian: HTTP in Rust, our WSGI app in Python; one worker process per core, a few threads each,
so a slow render or database call does not hold up cached pages. granian speaks ASGI to
kidsnews/asgi.py, which reads each request body on the event loop (10 s at most, then 408)
before running the WSGI app on one of THREADS threads (kidsnews/core/bodyfront.py): a client
trickling a body can no longer hold a thread (tests/security/test_slow_bodies.py). Its request line is limited
only by the 64 KB URI limit of its HTTP library: long search URLs (the search box sends 200
characters at most) still get Django's friendly page, not a bare 414
(tests/security/test_app_server.py). No Django import here: it runs before Django starts.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GRANIAN = ROOT / ".venv" / "bin" / "granian"


def granian_command(*, host: str, port: int, workers: int, threads: int, extra=()) -> list[str]:
    return [
        # env(1) hands the app's thread count to kidsnews/asgi.py, then becomes granian.
        "/usr/bin/env",
        f"APP_THREADS={threads}",
        str(GRANIAN),
        "kidsnews.asgi:application",
        "--interface",
        "asgi",
        "--no-ws",
        "--http",
        "1",
        "--host",
        host,
        "--port",
        str(port),
        "--workers",
        str(workers),
        # The Django threads are the adapter's pool; granian's own stay one (its ASGI rule).
        "--blocking-threads",
        "1",
        # A worker still busy 10 s after a stop is killed: Ctrl-C and a deploy never hang on
        # a client that keeps its connection open.
        "--workers-kill-timeout",
        "10",
        *extra,
    ]


# Readers are children: no line of any log names their address (SAFETY.md item 3). The access
# log is off unless ACCESS_LOG=true, and its format never has granian's %(addr)s, even when it
# is switched on some other way (GRANIAN_LOG_ACCESS_ENABLED).
ANONYMOUS_ACCESS_LOG_FORMAT = '[%(time)s] "%(method)s %(path)s %(protocol)s" %(status)d %(dt_ms).3f'


def access_log_args(environ) -> tuple[str, ...]:
    enabled = environ.get("ACCESS_LOG", "false").strip().lower() in {"1", "true", "yes", "on"}
    return (
        "--access-log" if enabled else "--no-access-log",
        "--access-log-fmt",
        ANONYMOUS_ACCESS_LOG_FORMAT,
    )


def run_command(environ) -> list[str]:
    """granian's command line for `make run` (HOST, PORT, WORKERS, THREADS, ACCESS_LOG)."""
    return granian_command(
        host=environ.get("HOST", "127.0.0.1"),
        port=int(environ.get("PORT", "8000")),
        workers=int(environ.get("WORKERS", "2")),
        threads=int(environ.get("THREADS", "4")),
        extra=(
            "--respawn-failed-workers",
            "--workers-kill-timeout",
            "5",
            *access_log_args(environ),
        ),
    )


def main() -> None:
    """Become granian with `make run`'s settings."""
    command = run_command(os.environ)
    sys.stdout.flush()
    os.execv(command[0], command)  # noqa: S606 # nosec B606 - our own server, fixed arguments


if __name__ == "__main__":
    main()
