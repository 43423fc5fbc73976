"""What is kept in the Django cache: anonymous pages, rendered fragments and results computed
from published content, each with its tags' versions (tags.py), used while they are unchanged."""

import functools
import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from django.core.cache import cache

from . import tags

TIMEOUT_SECONDS = 300  # the backstop for what no tag names (a new story in "More like this")


@dataclass(frozen=True, slots=True)
class Entry:
    """One stored anonymous response: only what is identical for every anonymous reader."""

    content: bytes
    headers: tuple[tuple[str, str], ...]
    etag: str
    last_modified: float
    expires_at: float
    versions: dict[str, str]


def md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


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
    """compute(), or what it returned (None included) while nothing it read has changed: the
    tags collected as it runs, with `seed` (what it uses that was loaded before it began). They
    are handed to the render around it unless not `propagate`."""
    key = f"cc:{code_version()}:{name if len(name) < 180 else md5(name)}"  # memcached: 250
    found = cache.get(key)  # (versions, value): never None
    if found is not None and tags.still_valid(found[0]):
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
    """render() for this request's page (scheme, host, path), stored while nothing it shows has
    changed; never for a preview. It carries the tags of what the page read before it began."""
    if request is None or getattr(request, "is_preview", False):
        return render()
    return cached(
        f"fragment:{name}:{request.scheme}://{request.get_host()}{request.path}",
        render,
        seed=tags.current(),
    )
