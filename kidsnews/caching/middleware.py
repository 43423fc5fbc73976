"""Serve anonymous readers' pages from the page cache, with ETags, 304s and CDN headers. Only
pages that opted in while rendering (`mark_cacheable`) are stored, and only when the response
is the same for every anonymous reader (`_storable`)."""

import hashlib
import logging
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from . import edge, store, tags

logger = logging.getLogger(__name__)

# Headers of one response only (the security middlewares outside add theirs on every one).
_NOT_STORED = {"set-cookie", "date", "etag", "last-modified", "cache-control", "expires"}
_REFUSING_DIRECTIVES = ("private", "no-store", "no-cache")


@dataclass(slots=True)
class PageCacheMark:
    """Filled in while the page renders: that it may be stored, for how long, and its date."""

    cacheable: bool = False
    timeout: int = field(default_factory=lambda: settings.PAGE_CACHE_SECONDS)
    last_modified: float | None = None


def mark_cacheable(request, *, timeout: int | None = None, last_modified=None) -> None:
    if (mark := getattr(request, "page_cache", None)) is None:
        return
    mark.cacheable = True
    if timeout is not None:
        mark.timeout = min(mark.timeout, timeout)
    if last_modified is not None:
        mark.last_modified = last_modified.timestamp()


def _storable(request, response) -> bool:
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or response.has_header("Set-Cookie"):  # theirs: a CSRF token, a message
        logger.warning("Not caching %s: the response sets a cookie", request.path)
        return False
    cache_control = response.get("Cache-Control", "").lower()
    private = any(directive in cache_control for directive in _REFUSING_DIRECTIVES)
    return not private and not getattr(getattr(request, "user", None), "is_authenticated", False)


def _finish(request, response, entry: store.Entry, state: str):
    """The response marked `X-Page-Cache: <state>`, with validators and caching headers, or its 304."""
    response["X-Page-Cache"] = state
    response["ETag"] = entry.etag
    response["Last-Modified"] = http_date(entry.last_modified)
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
        # A CDN must not keep a page longer than we would (a thread closing, Top Stories).
        s_maxage=max(0, min(settings.PAGE_CACHE_EDGE_SECONDS, int(entry.expires_at - time.time()))),
        # A shared cache may serve its copy this long past its time while one request
        # refreshes it, and this long while the app cannot be reached (deploy/nginx.conf).
        stale_while_revalidate=2,
        stale_if_error=settings.PAGE_CACHE_GRACE_SECONDS,
    )
    return get_conditional_response(
        request, etag=entry.etag, last_modified=int(entry.last_modified), response=response
    )


def _from_store(request, entry: store.Entry, *, state: str):
    response = HttpResponse(entry.content, headers=dict(entry.headers))
    if state != "stale":
        return _finish(request, response, entry, state)
    # Whole and kept by nobody: a 304 or a shared copy would renew the grace while the DB is down.
    response["X-Page-Cache"] = state
    response["Cache-Control"] = "no-store"
    return response


def page_cache_key(request) -> str | None:
    """The key this request's page is stored under, or None when it must not be cached: the
    one place that decides, for this middleware and the fast path (fastpath.py).
    request.get_host() raises DisallowedHost for a bad Host."""
    query = request.META.get("QUERY_STRING", "")  # parsed only when there is one: hits are hot
    if (
        request.method not in ("GET", "HEAD")
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or "HTTP_AUTHORIZATION" in request.META
        or request.path_info.startswith(tuple(settings.PAGE_CACHE_SKIP_PREFIXES))
        # Unknown query parameters would let anyone fill the cache with copies of one page.
        or (query and not set(request.GET).issubset(settings.PAGE_CACHE_QUERY_PARAMS))
    ):
        return None
    query = query and "&".join(f"{k}={v}" for k, v in sorted(request.GET.items()))
    return "pc:p:" + store.md5(f"{request.get_host()}|{request.path_info}|{query}")


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = page_cache_key(request) if settings.PAGE_CACHE_ENABLED else None
        if key is None:
            # Signed-in, or no page cache: the fragments inside still say what they show.
            with tags.collecting():
                return self.get_response(request)
        entry = cache.get(key)
        entry = entry if isinstance(entry, store.Entry) else None
        # Kept for the grace past its time: the last good copy while the database is down.
        if entry and time.time() < entry.expires_at and tags.still_valid(entry.versions):
            response = _from_store(request, entry, state="hit")
            # For the WSGI fast path (fastpath.py), which keeps the final response of a hit.
            response.page_cache_hit = (key, entry)
            return response

        extra = request.path_info.startswith(tuple(settings.PAGE_CACHE_EXTRA_PREFIXES))
        request.page_cache = mark = PageCacheMark(cacheable=extra)
        started = time.time_ns()
        with tags.collecting() as shown:
            response = self.get_response(request)
        if response.status_code == 503 and entry is not None:  # the database is down
            return _from_store(request, entry, state="stale")
        if not (mark.cacheable and _storable(request, response)):
            return response
        versions = tags.versions_at_store(shown, started_ns=started)
        # Not kept when what it shows changed while it rendered, or an edge could not purge it.
        if versions is None or not edge.add_tag_headers(response, shown):
            return response
        entry = store.Entry(
            content=response.content,
            headers=tuple((n, v) for n, v in response.items() if n.lower() not in _NOT_STORED),
            etag='"' + hashlib.md5(response.content, usedforsecurity=False).hexdigest() + '"',
            last_modified=mark.last_modified or time.time(),
            expires_at=time.time() + mark.timeout,
            versions=versions,
        )
        if request.method == "GET":
            cache.set(key, entry, timeout=mark.timeout + settings.PAGE_CACHE_GRACE_SECONDS)
        return _finish(request, response, entry, "miss")
