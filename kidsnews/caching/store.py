"""What is kept in the Django cache (Redis, or the embedded default's files): anonymous pages,
rendered fragments and results computed from published content, each with the versions of
the tags it was made from (tags.py), and used only while they are unchanged."""

import functools
import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

from . import tags

TIMEOUT_SECONDS = 300  # the backstop for what no tag names (a new story in "More like this")
_MISSING = object()


@dataclass(frozen=True, slots=True)
class Entry:
    """One stored anonymous response: only what is identical for every anonymous reader."""

    content: bytes
    headers: tuple[tuple[str, str], ...]
    etag: str
    last_modified: float
    expires_at: float
    versions: dict[str, str] = field(default_factory=dict)


def _md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def page_key(*, host: str, path: str, query: str) -> str:
    return "pc:p:" + _md5(f"{host}|{path}|{query}")


def get_page(key: str) -> tuple[Entry | None, bool]:
    """The stored copy, if any, and whether it may be served: within its time, and nothing it
    shows changed since. One that may not is still the last good copy while the database is
    down: it is kept for PAGE_CACHE_GRACE_SECONDS past its time (middleware.py)."""
    entry = cache.get(key)
    if not isinstance(entry, Entry):
        return None, False
    return entry, time.time() < entry.expires_at and tags.still_valid(entry.versions)


def put_page(key: str, entry: Entry, *, timeout: int) -> None:
    if timeout > 0 and entry.versions:
        cache.set(key, entry, timeout=timeout + settings.PAGE_CACHE_GRACE_SECONDS)


@functools.cache
def code_version() -> str:
    """Changes when a deploy changes the templates or static files, so rendered parts stored
    by the previous code (old markup, old hashed file names) are never served by the new."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.md5(usedforsecurity=False)
    for folder in ("templates", "static"):
        for path in sorted((package / folder).rglob("*")):
            if path.is_file():  # by content, so every machine of one deploy agrees
                digest.update(str(path.relative_to(package)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def cached(name: str, compute, *, seed=(), propagate: bool = True):
    """compute(), or what it returned (None included) while nothing it read has changed.

    The tags of what compute() reads are collected as it runs, with `seed` (what it reads that
    was loaded before it began), and handed to the render around it (unless not `propagate`).
    """
    key = f"cc:{code_version()}:{name if len(name) < 180 else _md5(name)}"  # memcached: 250
    found = cache.get(key, _MISSING)
    if found is not _MISSING and tags.still_valid(found[0]):
        if propagate:
            tags.add(*found[0])
        return found[1]
    started = time.time_ns()
    with tags.collecting(seed=seed, propagate=propagate) as collected:
        value = compute()
    versions = tags.versions_at_store(collected, started_ns=started)
    if versions is not None:
        cache.set(key, (versions, value), TIMEOUT_SECONDS)
    return value


def fragment(request, name: str, render):
    """render() for this request's page: what it rendered for the same scheme, host and path
    while nothing it shows has changed, unless the request is a preview (a draft is never
    stored). What the page read before the fragment began (the page, its picture, stories
    another fragment loaded) may be shown in it: the fragment carries those tags too."""
    if request is None or getattr(request, "is_preview", False):
        return render()
    return cached(
        f"fragment:{name}:{request.scheme}://{request.get_host()}{request.path}",
        render,
        seed=tags.current(),
    )
