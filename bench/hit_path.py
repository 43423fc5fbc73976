"""Microseconds per cached story hit, in-process: Django's hit path against the WSGI fast path.

    .venv/bin/python bench/hit_path.py /tmp/kidsnews-bench-1000   # a site bench/run.py built

Calls kidsnews.wsgi's `django_application` (handler and middleware chain down to
AnonymousPageCacheMiddleware) and `application` (kidsnews/caching/fastpath.py in front) with
a fake environ in a loop, under the production settings and that site's cache (files, or Redis
when REDIS_URL is set). No server, no network: the figure wrk's noise on a shared machine
cannot move much. Prints one JSON line; best of three runs of N (default 3,000) hits each.
"""

import io
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131 Safari/537.36"


def environ(path: str, **extra) -> dict:
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SCRIPT_NAME": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "127.0.0.1:8000",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.version": (1, 0),
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        **extra,
    }


def microseconds_per_hit(app, path: str, count: int, **extra) -> float:
    statuses = []

    def start_response(status, headers, exc_info=None):
        statuses.append(status)

    def hit():
        body = app(environ(path, **extra), start_response)
        b"".join(body)
        if hasattr(body, "close"):
            body.close()

    for _ in range(5):  # a miss, a hit through Django, then hits
        hit()
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _ in range(count):
            hit()
        best = min(best, (time.perf_counter() - started) / count * 1e6)
    if statuses[-1] != "200 OK":
        sys.exit(f"{path} answered {statuses[-1]}")
    return round(best, 1)


def main() -> None:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kidsnews-bench-1000")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="kidsnews.settings.base",
        SECRET_KEY=os.environ.get("SECRET_KEY", "bench-only-not-secret"),
        KIDSNEWS_VAR_DIR=str(site),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        LOG_LEVEL="WARNING",
    )
    sys.path.insert(0, str(ROOT))
    from kidsnews import wsgi  # noqa: PLC0415 - after the environment is set
    from kidsnews.articles.models import ArticlePage  # noqa: PLC0415

    path = ArticlePage.objects.live().order_by("-first_published_at").first().url
    count = int(os.environ.get("N", "3000"))
    result = {"story": path, "cache": "redis" if os.environ.get("REDIS_URL") else "files"}
    for name, app in (("django", wsgi.django_application), ("fast_path", wsgi.application)):
        # No User-Agent: not counted (as wrk); a browser's: the reload check runs every time.
        result[f"{name}_us"] = microseconds_per_hit(app, path, count)
        result[f"{name}_browser_us"] = microseconds_per_hit(
            app, path, count, HTTP_USER_AGENT=BROWSER
        )
    print(json.dumps(result))  # noqa: T201


if __name__ == "__main__":
    main()
