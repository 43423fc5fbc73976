"""Answer anonymous page-cache hits before Django's handler and middleware chain.

`PageCacheFastPath` wraps the WSGI application (kidsnews/wsgi.py). It keeps no header logic
of its own: every status line and header it sends was produced by the Django path. When
Django answers a page-cache hit (AnonymousPageCacheMiddleware), this wrapper sees the final
response, after every middleware (security headers, CSP, the read counter), and keeps it in a
small per-process memory store under the page's cache key, with the versions of the tags it
was stored with (tags.py).

On each request the wrapper applies the same rules as the middleware (one function,
`middleware.page_cache_key`): GET/HEAD, no session cookie, no Authorization, an allowed path
and query, a valid Host; and refuses what RequestLimitsMiddleware refuses (invalid UTF-8 or NUL
bytes), leaving those to Django. The kept page's tag versions are read from the shared cache
(one get_many) on every request, so a publish is visible to the very next request in every
process; anything it cannot answer exactly as Django would goes to Django:

- a conditional request is answered 304 only with the 304 headers Django itself sent for that
  key (the first one goes through Django), 412 always goes through Django;
- the copy is served only while the `s-maxage` Django computed for it still holds (it shrinks
  in the page's last seconds, e.g. before a thread closes), and never after the page expires;
- the scheme must be the one Django answered (HSTS and the SSL redirect depend on it).

A story read served here is counted exactly as on the Django path (popularity.record_view).
"""

import functools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.utils.cache import get_conditional_response

from kidsnews.core.start_response import remembering
from kidsnews.popularity.middleware import READ_HEADER
from kidsnews.popularity.services import record_view
from kidsnews.security.middleware import is_malformed_read

from . import middleware, store, tags


@dataclass(slots=True)
class Ready:
    """One page as Django's hit path answered it, kept in this process only."""

    scheme: str
    body: bytes
    entry: store.Entry
    edge_seconds: int
    read_page_id: int | None
    # Status line and headers exactly as Django passed them to start_response (a tuple, the
    # same object on every hit: the ASGI adapter keeps its encoding by it).
    ok: tuple[str, tuple[tuple[str, str], ...]] | None = None
    not_modified: tuple[str, tuple[tuple[str, str], ...]] | None = None
    size: int = 0
    # The invalidation generation at which its tags were last found unchanged (tags.py).
    checked_at: object = None


class LocalPages:
    """A byte-bounded, first-in-first-out store of `Ready` pages, safe across threads.

    Lookups take no lock (a dict read); the oldest copies leave first when the budget is
    exceeded, and one Django hit puts a hot page back.
    """

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.pages: dict[str, Ready] = {}
        self.bytes = 0
        self.lock = threading.Lock()

    def get(self, key: str) -> Ready | None:
        return self.pages.get(key)

    def put(self, key: str, ready: Ready) -> None:
        ready.size = len(ready.body) + 2048  # headers and bookkeeping, roughly
        if ready.size > self.max_bytes:
            return
        with self.lock:
            old = self.pages.pop(key, None)
            if old is not None:
                self.bytes -= old.size
            while self.pages and self.bytes + ready.size > self.max_bytes:
                _, evicted = self._pop_oldest()
                self.bytes -= evicted.size
            self.pages[key] = ready
            self.bytes += ready.size

    def _pop_oldest(self) -> tuple[str, Ready]:
        oldest = next(iter(self.pages))
        return oldest, self.pages.pop(oldest)


@dataclass(frozen=True, slots=True)
class Answer:
    """A stored page as it is to be sent: Django's status line and headers, the body, and
    what counts the read (a story's 200), to run once it is sent."""

    status: str
    headers: tuple[tuple[str, str], ...]
    body: list[bytes]
    count: Callable[[], object] | None = None


def _read_page_id(entry: store.Entry) -> int | None:
    for name, value in entry.headers:
        if name.lower() == READ_HEADER.lower() and value.isdigit():
            return int(value)
    return None


class PageCacheFastPath:
    def __init__(self, app, *, max_bytes: int | None = None):
        self.app = app
        self.local = LocalPages(
            max_bytes if max_bytes is not None else settings.PAGE_CACHE_LOCAL_BYTES
        )

    def __call__(self, environ, start_response):
        request, key = self._eligible(environ)
        if key is None:
            return self.app(environ, start_response)
        answer = self._stored_answer(request, key)
        if answer is None:
            return self._through_django(request, key, environ, start_response)
        start_response(answer.status, list(answer.headers))
        if answer.count is not None:
            answer.count()
        return answer.body

    def answer_at_once(self, environ) -> Answer | None:
        """The stored answer to this request, if this process has it: for the server's event
        loop (core/bodyfront.py), which sends it without taking a thread. The read is not
        counted here: the caller runs `answer.count` (if any) once the answer is on its way."""
        request, key = self._eligible(environ)
        return None if key is None else self._stored_answer(request, key)

    def _eligible(self, environ):
        """(request, key) when a stored page may answer this request, else (None, None)."""
        if (
            not settings.PAGE_CACHE_ENABLED
            or not self.local.max_bytes
            or environ.get("REQUEST_METHOD") not in ("GET", "HEAD")
        ):
            return None, None
        # A copy: WSGIRequest rewrites PATH_INFO in the dict it is given, and Django's own
        # handler must still see the server's original environ.
        request = WSGIRequest(dict(environ))
        try:
            key = None if is_malformed_read(request) else middleware.page_cache_key(request)
        except DisallowedHost:
            key = None
        return (request, key) if key is not None else (None, None)

    def _stored_answer(self, request, key: str) -> Answer | None:
        ready = self.local.get(key)
        if ready is None:
            return None
        entry = ready.entry
        if request.scheme != ready.scheme:
            return None
        now = time.time()
        if now >= entry.expires_at:
            return None
        if middleware.edge_seconds(entry.expires_at, now=now) != ready.edge_seconds:
            return None
        generation = tags.generation()
        if generation is None or generation != ready.checked_at:
            if not tags.still_valid(entry.versions):
                return None
            ready.checked_at = generation
        meta = request.META
        if (
            "HTTP_IF_NONE_MATCH" in meta
            or "HTTP_IF_MODIFIED_SINCE" in meta
            or "HTTP_IF_MATCH" in meta
            or "HTTP_IF_UNMODIFIED_SINCE" in meta
        ):
            conditional = get_conditional_response(
                request, etag=entry.etag, last_modified=int(entry.last_modified)
            )
            if conditional is not None:
                if conditional.status_code != 304 or ready.not_modified is None:
                    return None  # 412, or no 304 from Django yet: Django answers it
                return Answer(*ready.not_modified, body=[])
        if ready.ok is None:
            return None
        if request.method == "HEAD":
            return Answer(*ready.ok, body=[])
        count = None
        if ready.read_page_id is not None:
            # As StoryReadCounterMiddleware does on a 200 (bots, prefetches, reloads skipped).
            count = functools.partial(record_view, request=request, page_id=ready.read_page_id)
        return Answer(*ready.ok, body=[ready.body], count=count)

    def _through_django(self, request, key: str, environ, start_response):
        sent = []
        before = time.time()
        response = self.app(environ, remembering(start_response, sent))
        hit = getattr(response, "page_cache_hit", None)
        if hit is None or not sent or hit[0] != key:
            return response
        status, headers = sent[-1]
        if any(name.lower() == "set-cookie" for name, _ in headers):
            return response  # never the case on a hit; never kept if it were
        entry = hit[1]
        edge = middleware.edge_seconds(entry.expires_at)
        # The s-maxage Django sent was computed between `before` and now; it only shrinks, so
        # when both ends agree that is the value in `headers`.
        if edge != middleware.edge_seconds(entry.expires_at, now=before):
            return response
        ready = self.local.get(key)
        if ready is None or ready.edge_seconds != edge or ready.scheme != request.scheme:
            ready = Ready(
                scheme=request.scheme,
                body=entry.content,
                entry=entry,
                edge_seconds=edge,
                read_page_id=_read_page_id(entry),
            )
        copy = (status, tuple(headers))
        code = status.split(" ", 1)[0]
        if code == "200":
            ready.ok = copy
        elif code == "304":
            ready.not_modified = copy
        else:
            return response
        self.local.put(key, ready)
        return response
