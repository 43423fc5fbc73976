"""Cache tags: every stored response and fragment names what it shows, and `invalidate` is the
one way anything is made stale (docs/caching.md).

While a page renders, the code that reads what it shows adds tags to the active collector: a
model instance loaded from the database adds its own (`tags_for`, connected in apps.py), a
listing query its listing tag, the comment count its story's. A stored thing keeps its tag set
and each tag's version as it was when stored; it is served only while every version is
unchanged (one `get_many`). `invalidate` gives the tags new versions in the Django cache (Redis
at scale, so every process and machine sees it on the next request) and hands them to the edge.

Versions start with the time they were made. A render that began before a version changed may
have read the old rows, so what it produced is not stored (`versions_at_store`): no race can
keep stale content. Each invalidation is repeated when the transaction commits for the same
reason. A version lost from the cache reads as a change: that costs renders, never freshness.
"""

import contextlib
import hashlib
import logging
import secrets
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar

from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)

_VERSION_PREFIX = "tag:"
# Counts invalidations anywhere: a process that checked a stored page's tags at generation N
# need not check them again while the generation is N (fastpath.py).
GENERATION_KEY = "tag:generation"
# Carried by everything stored: a change of a site, a view restriction or of the URLs under a
# page (a section renamed or moved) reaches every page at once.
SITE = "site"
MOST_READ = "most-read"

_stack: ContextVar[tuple[set[str], ...]] = ContextVar("cache_tag_collectors", default=())
# Versions read during one request (the outermost collector), so a page's fragments and
# cached results, which share most of their tags, read each tag once.
_read: ContextVar[dict[str, str] | None] = ContextVar("cache_tag_versions_read", default=None)


def page_tag(page_id: int) -> str:
    return f"p{page_id}"


def comments_tag(story_id: int) -> str:
    """A story's public comments: its thread, and its count wherever a card shows it."""
    return f"c{story_id}"


def listing_tag(model) -> str:
    """Which live pages of a model exist, in which order: the lists of its newest."""
    return f"l:{model._meta.label_lower}"


def children_tag(parent_path: str) -> str:
    """Which pages sit directly under the page at treebeard `parent_path`: a new child appears
    (a child that changes, moves or goes changes its own page tag)."""
    return f"u{parent_path}"


def topic_tag(topic_id: int) -> str:
    """Which live pages are filed under a topic: its topic page's lists."""
    return f"t{topic_id}"


def tags_for(instance) -> list[str]:
    """The tags of one row read from the database (signals.tag_loaded_row)."""
    from wagtail.models import Page, PageViewRestriction, Site

    if isinstance(instance, Page):
        return [page_tag(instance.pk)]
    if isinstance(instance, (Site, PageViewRestriction)):
        return [SITE]
    label = instance._meta.label_lower
    # A row not stored yet (a default settings object) is tagged by its model: the save that
    # creates it invalidates both.
    return [f"{label}:{instance.pk}"] if instance.pk is not None else [label]


def is_collecting() -> bool:
    return bool(_stack.get())


def add(*names: str) -> None:
    """Tell the innermost collector this render shows these things."""
    stack = _stack.get()
    if stack:
        stack[-1].update(names)


@contextlib.contextmanager
def collecting(*, propagate: bool = True, seed: Iterable[str] = ()) -> Iterator[set[str]]:
    """Collect the tags added inside the block into the set yielded; on leaving, hand them to
    the collector outside (unless `propagate` is false: a result that is not what the page
    shows, such as routing)."""
    collected = {SITE, *seed}
    outermost = not _stack.get()
    token = _stack.set((*_stack.get(), collected))
    read_token = _read.set({}) if outermost else None
    try:
        yield collected
    finally:
        _stack.reset(token)
        if read_token is not None:
            _read.reset(read_token)
        if propagate:
            add(*collected)


@contextlib.contextmanager
def instead(*names: str) -> Iterator[None]:
    """Tag what the block renders by `names` only: for a list of every page (a sitemap), whose
    listing tag already changes whenever one of them does."""
    with collecting(propagate=False):
        yield
    add(*names)


def current() -> frozenset[str]:
    stack = _stack.get()
    return frozenset(stack[-1]) if stack else frozenset()


def _key(tag: str) -> str:
    # Tags can hold any character (model labels, topics): hashed so every backend takes them.
    return _VERSION_PREFIX + hashlib.md5(tag.encode(), usedforsecurity=False).hexdigest()


def _new_version(*, at_ns: int | None = None) -> str:
    return f"{time.time_ns() if at_ns is None else at_ns:x}-{secrets.token_hex(3)}"


def _made_at(version: str) -> int:
    return int(version.split("-", 1)[0], 16)


def versions_at_store(names: Iterable[str], *, started_ns: int) -> dict[str, str] | None:
    """The versions to store with a result rendered since `started_ns`, or None when one of
    its tags changed during the render (the result may show rows read before the change)."""
    names = sorted(set(names))
    keys = {name: _key(name) for name in names}
    found = cache.get_many(list(keys.values()))
    missing = [name for name in names if keys[name] not in found]
    if missing:
        # Never changed, or forgotten by the cache: a version older than any render.
        for name in missing:
            cache.add(keys[name], _new_version(at_ns=0), None)
        found.update(cache.get_many([keys[name] for name in missing]))
    versions = {}
    for name in names:
        version = found.get(keys[name])
        if version is None or _made_at(version) > started_ns:
            return None
        versions[name] = version
    return versions


def still_valid(versions: dict[str, str]) -> bool:
    """Whether nothing a stored result shows has changed since it was stored."""
    if not versions:
        return False
    read = _read.get()
    if read is None:
        read = {}
    wanted = [name for name in versions if name not in read]
    if wanted:
        keys = {_key(name): name for name in wanted}
        read.update({keys[key]: version for key, version in cache.get_many(list(keys)).items()})
    return all(read.get(name) == version for name, version in versions.items())


def invalidate(names: Iterable[str]) -> None:
    """Make everything that shows one of these things stale, everywhere: now, again when the
    current transaction commits, and at the edge (edge.py) once it has committed."""
    names = {name for name in names if name}
    if not names:
        return
    if transaction.get_connection().in_atomic_block:
        _bump(names)

    def after_commit():
        _bump(names)
        from . import edge

        edge.purge(names)

    transaction.on_commit(after_commit)


def generation():
    """A number that changes whenever any tag is invalidated, anywhere."""
    local = getattr(cache, "tag_generation", None)
    if local is not None:  # the embedded default: a memory-mapped file (backend.py)
        return local()
    found = cache.get(GENERATION_KEY)
    if found is None:  # a new value differs from any a process has seen
        cache.add(GENERATION_KEY, secrets.randbits(48), None)
        found = cache.get(GENERATION_KEY)
    return found


def _bump_generation() -> None:
    local = getattr(cache, "bump_tag_generation", None)
    if local is not None:
        local()
        return
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # never made, or evicted: a new value differs from any seen
        cache.set(GENERATION_KEY, secrets.randbits(48), timeout=None)


def _bump(names: set[str]) -> None:
    cache.set_many({_key(name): _new_version() for name in names}, timeout=None)
    # After the versions: a reader that saw the old generation re-checks at the new one.
    _bump_generation()
    read = _read.get()
    if read:
        for name in names:
            read.pop(name, None)
