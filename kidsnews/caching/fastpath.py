"""Answer anonymous page-cache hits before Django, with no header logic of its own: it keeps
the final response Django sent for a page-cache hit (after every middleware) and sends it again
to requests the same rules would answer from that key, while nothing it shows has changed and
the s-maxage Django sent still holds. Anything else goes to Django (docs/caching.md)."""

import functools
import threading
import time
from collections import namedtuple
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

_CONDITIONAL = {
    "HTTP_IF_" + name for name in ["MATCH", "NONE_MATCH", "MODIFIED_SINCE", "UNMODIFIED_SINCE"]
}


@dataclass(slots=True)
class Ready:
    """One page as Django's hit path answered it, kept in this process only."""

    scheme: str
    entry: store.Entry
    story_id: int | None  # a story's page: its reads are counted
    # Status line and headers exactly as Django passed them to start_response (a tuple, the
    # same object on every hit: the ASGI adapter keeps its encoding by it).
    ok: tuple[str, tuple] | None = None
    not_modified: tuple[str, tuple] | None = None
    size: int = 0
    checked_at: object = None  # the generation at which its tags were last found unchanged


# A stored page as it is to be sent, and what counts the read (a story's 200) once it is sent.
Answer = namedtuple("Answer", "status headers body count", defaults=[None])


def _full_edge_time(entry: store.Entry, now: float) -> bool:
    """Whether it is within its time and the `s-maxage` sent for it is still the whole
    PAGE_CACHE_EDGE_SECONDS (middleware._finish: it shrinks in a page's last seconds)."""
    return 0 < entry.expires_at - now >= settings.PAGE_CACHE_EDGE_SECONDS


class PageCacheFastPath:
    """The kept pages are a byte-bounded, first-in-first-out store, safe across threads:
    lookups take no lock (a dict read), the oldest leave first, a Django hit puts one back."""

    def __init__(self, app, *, max_bytes: int | None = None):
        self.app = app
        self.max_bytes = settings.PAGE_CACHE_LOCAL_BYTES if max_bytes is None else max_bytes
        self.pages: dict[str, Ready] = {}
        self.bytes = 0
        self.lock = threading.Lock()

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
        """The stored answer to this request, if any: for the server's event loop, which sends
        it without taking a thread and then runs `answer.count` (core/bodyfront.py)."""
        request, key = self._eligible(environ)
        return None if key is None else self._stored_answer(request, key)

    def _eligible(self, environ):
        """(request, key), the key None when no stored page may answer this request."""
        method = environ.get("REQUEST_METHOD")  # a POST (a vote, a comment) is never a hit
        if method not in ("GET", "HEAD") or not (settings.PAGE_CACHE_ENABLED and self.max_bytes):
            return None, None
        # A copy: WSGIRequest rewrites PATH_INFO in the dict it is given, and Django's own
        # handler must still see the server's original environ.
        request = WSGIRequest(dict(environ))
        try:
            malformed = is_malformed_read(request)  # Django answers it the kind 400
            return request, None if malformed else middleware.page_cache_key(request)
        except DisallowedHost:
            return request, None

    def _stored_answer(self, request, key: str) -> Answer | None:
        ready = self.pages.get(key)
        if ready is None or request.scheme != ready.scheme:
            return None
        entry = ready.entry
        if not _full_edge_time(entry, time.time()):
            return None
        generation = tags.generation()
        if generation is None or generation != ready.checked_at:
            if not tags.still_valid(entry.versions):
                return None
            ready.checked_at = generation
        if not _CONDITIONAL.isdisjoint(request.META):
            conditional = get_conditional_response(
                request, etag=entry.etag, last_modified=int(entry.last_modified)
            )
            if conditional is not None:
                if conditional.status_code != 304 or ready.not_modified is None:
                    return None  # 412, or no 304 from Django yet: Django answers it
                return Answer(*ready.not_modified, body=[])
        if ready.ok is None:
            return None
        if request.method == "HEAD" or ready.story_id is None:
            return Answer(*ready.ok, body=[] if request.method == "HEAD" else [entry.content])
        # As StoryReadCounterMiddleware does on a 200 (bots, prefetches, reloads skipped).
        count = functools.partial(record_view, request=request, page_id=ready.story_id)
        return Answer(*ready.ok, body=[entry.content], count=count)

    def _through_django(self, request, key: str, environ, start_response):
        sent = []
        response = self.app(environ, remembering(start_response, sent))
        hit = getattr(response, "page_cache_hit", None)
        if hit is None or not sent or hit[0] != key:
            return response
        status, headers = sent[-1]
        entry = hit[1]
        # Django's s-maxage was computed before now; it only shrinks, so if it is still whole
        # now, it was whole in `headers`. A hit never sets a cookie; never kept if it did.
        if not _full_edge_time(entry, time.time()) or any(
            name.lower() == "set-cookie" for name, _ in headers
        ):
            return response
        if (code := status.split(" ", 1)[0]) not in ("200", "304"):
            return response
        ready = self.pages.get(key)
        if ready is None or ready.entry != entry or ready.scheme != request.scheme:
            read = [int(v) for n, v in entry.headers if n.lower() == READ_HEADER.lower()]
            ready = Ready(scheme=request.scheme, entry=entry, story_id=(read or [None])[0])
        setattr(ready, "ok" if code == "200" else "not_modified", (status, tuple(headers)))
        self._keep(key, ready)
        return response

    def _keep(self, key: str, ready: Ready) -> None:
        ready.size = len(ready.entry.content) + 2048  # headers and bookkeeping, roughly
        if ready.size > self.max_bytes:
            return
        with self.lock:
            old = self.pages.pop(key, None)
            self.bytes += ready.size - (old.size if old else 0)
            while self.bytes > self.max_bytes:
                self.bytes -= self.pages.pop(next(iter(self.pages))).size
            self.pages[key] = ready
