"""Cache tags: every stored response and fragment names what it shows, and `invalidate` is the
one way anything is made stale. A stored thing keeps its tags' versions and is served only
while all are unchanged; the whole model is in docs/caching.md.
"""

import contextlib
import hashlib
import secrets
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar

from django.core.cache import cache
from django.db import transaction
from wagtail.models import Page, PageViewRestriction, Site

from . import edge

# Counts invalidations anywhere: a page's tags found unchanged at generation N need not be
# read again while it is N (fastpath.py). One key read, where the tags are one per tag.
GENERATION_KEY = "tag:generation"
# Carried by everything stored: a site, a view restriction, the URLs under a moved section.
SITE = "site"
MOST_READ = "most-read"

_stack: ContextVar[tuple[set[str], ...]] = ContextVar("cache_tag_collectors", default=())
# Versions read during one request, so a page's fragments, which share tags, read each once.
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
    """Which pages sit directly under the page at treebeard `parent_path`."""
    return f"u{parent_path}"


def topic_tag(topic_id: int) -> str:
    """Which live pages are filed under a topic: its topic page's lists."""
    return f"t{topic_id}"


def tags_for(instance) -> list[str]:
    """The tags of one row read from the database (signals.tag_loaded_row)."""
    if isinstance(instance, Page):
        return [page_tag(instance.pk)]
    if isinstance(instance, (Site, PageViewRestriction)):
        return [SITE]
    label = instance._meta.label_lower
    # A row not stored yet (default settings) has its model's tag, which its first save bumps.
    return [f"{label}:{instance.pk}"] if instance.pk is not None else [label]


def add(*names: str) -> None:
    """Tell the innermost collector this render shows these things."""
    if stack := _stack.get():
        stack[-1].update(names)


def current() -> frozenset[str]:
    return frozenset(stack[-1]) if (stack := _stack.get()) else frozenset()


@contextlib.contextmanager
def collecting(*, propagate: bool = True, seed: Iterable[str] = ()) -> Iterator[set[str]]:
    """Collect the tags added inside the block into the set yielded, and hand them to the
    collector outside unless `propagate` is false (what is not shown, such as routing)."""
    collected = {SITE, *seed}
    read_token = None if _stack.get() else _read.set({})
    token = _stack.set((*_stack.get(), collected))
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
    """Tag what the block renders by `names` only: for a read of every row of a table (a
    sitemap, the glossary), whose listing tag already changes whenever one of them does."""
    with collecting(propagate=False):
        yield
    add(*names)


def _key(tag: str) -> str:
    # Tags can hold any character (model labels, topics): hashed so every backend takes them.
    return "tag:" + hashlib.md5(tag.encode(), usedforsecurity=False).hexdigest()


def versions_at_store(names: Iterable[str], *, started_ns: int) -> dict[str, str] | None:
    """The versions to store with a result rendered since `started_ns`, or None when one of
    its tags changed during the render (the result may show rows read before the change)."""
    keys = {name: _key(name) for name in set(names)}
    found = cache.get_many(list(keys.values()))
    if missing := [key for key in keys.values() if key not in found]:
        # Never changed, or forgotten by the cache: a version older than any render.
        for key in missing:
            # The random part tells it from the one it replaces, if that was lost.
            cache.add(key, f"0-{secrets.token_hex(3)}", None)
        found.update(cache.get_many(missing))
    versions = {name: found.get(key) for name, key in keys.items()}
    if any(v is None or int(v.split("-")[0], 16) > started_ns for v in versions.values()):
        return None
    return versions


def still_valid(versions: dict[str, str]) -> bool:
    """Whether nothing a stored result shows has changed since it was stored."""
    if not versions:
        return False
    read = _read.get()
    read = {} if read is None else read
    if wanted := {_key(name): name for name in versions if name not in read}:
        read.update({wanted[key]: version for key, version in cache.get_many(list(wanted)).items()})
    return all(read.get(name) == version for name, version in versions.items())


def invalidate(names: Iterable[str]) -> None:
    """Make everything that shows one of these things stale, everywhere: now, again when the
    current transaction commits, and at the edge (edge.py) once it has committed."""
    if not (names := {name for name in names if name}):
        return
    if transaction.get_connection().in_atomic_block:
        _bump(names)

    def after_commit():
        _bump(names)
        edge.purge(names)

    transaction.on_commit(after_commit)


def generation():
    """A number that changes whenever any tag is invalidated, anywhere."""
    if local := getattr(cache, "tag_generation", None):  # the embedded default (backend.py)
        return local()
    # A value made afresh (never made, or evicted) differs from any a process has seen.
    return cache.get_or_set(GENERATION_KEY, lambda: secrets.randbits(48), None)


def _bump(names: set[str]) -> None:
    version = f"{time.time_ns():x}-{secrets.token_hex(3)}"  # made at, as versions_at_store reads
    cache.set_many(dict.fromkeys(map(_key, names), version), timeout=None)
    # After the versions: a reader that saw the old generation re-checks at the new one.
    if hasattr(cache, "bump_tag_generation"):
        cache.bump_tag_generation()
    else:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:
            cache.set(GENERATION_KEY, secrets.randbits(48), timeout=None)
    read = _read.get() or {}
    for name in names:
        read.pop(name, None)
