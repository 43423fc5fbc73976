"""Where anonymous pages are kept: the Django cache (Redis, or files shared by every worker).

A page's key carries a version token stored per path (or per group of paths, such as every
feed). Purging bumps the token, so every variant of the path (each host, each `?page=`) is
gone at once, and a render that began before the purge stores its bytes under the old token,
where no later request looks: a slow render can never put stale content back.
"""

import hashlib
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from kidsnews.core.content_cache import version_token

VERSION_PREFIX = "pc:v:"
PAGE_PREFIX = "pc:p:"


@dataclass(frozen=True, slots=True)
class Entry:
    """One stored anonymous response: only what is identical for every anonymous reader."""

    content: bytes
    headers: tuple[tuple[str, str], ...]
    etag: str
    last_modified: float
    expires_at: float


def group_for_path(path: str) -> str:
    """The version key a path belongs to: a named group (feeds, sitemaps) or the path itself."""
    for prefix, group in settings.PAGE_CACHE_PATH_GROUPS.items():
        if path.startswith(prefix):
            return f"group:{group}"
    return path


def _version_key(name: str) -> str:
    # Paths can be long and hold any character; hash them so every backend accepts the key.
    return VERSION_PREFIX + hashlib.md5(name.encode(), usedforsecurity=False).hexdigest()


def current_version(path: str) -> str:
    return version_token(_version_key(group_for_path(path)))


def page_key(*, host: str, path: str, query: str, version: str) -> str:
    raw = f"{version}|{host}|{path}|{query}"
    return PAGE_PREFIX + hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()


def get(key: str) -> Entry | None:
    entry = cache.get(key)
    return entry if isinstance(entry, Entry) else None


def put(key: str, entry: Entry, *, timeout: int) -> None:
    if timeout > 0:
        cache.set(key, entry, timeout=timeout)


def bump(names: set[str]) -> None:
    """Invalidate every stored variant of these paths or groups."""
    if names:
        cache.set_many({_version_key(name): secrets.token_hex(6) for name in names}, timeout=None)
