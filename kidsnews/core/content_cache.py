"""Results computed from published pages, kept in the Django cache until the pages change.

Every key includes a version token. Any change to a page (its inline rows and topics too), a
view restriction, a site, a site setting, a snippet (topics), an image or a media file drops
the token (at once, and again when the transaction commits), so every stored result is
forgotten together and the next reader computes it afresh. The token is read before the rows
are, so a render that read the rows before a publish stores its result under the old token,
which nobody reads again: no race can keep a stale result. The timeout is a backstop.

Results that show comment counts also carry a second token, dropped whenever a story's public
comments change (`forget_comment_counts`), so an approval never waits for a page change.

Rendered fragments of a page (`fragment`, the `{% fragment %}` tag) are kept the same way: the
work a published page needs (its body, its pictures, its "More like this") is done once per
change, not once per reader. Previews never read or store anything here.
"""

import functools
import hashlib
import uuid
from pathlib import Path

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models
from wagtailmedia.models import AbstractMedia

VERSION_KEY = "content-cache:version"
COMMENTS_VERSION_KEY = "content-cache:comments-version"
TIMEOUT_SECONDS = 300
_MISSING = object()


def version_token(key: str) -> str:
    """The current version token stored at `key`, made on first use. add() is atomic, so
    workers racing here agree on one token; bumping or deleting the key forgets everything
    stored under the old one. Shared with the page cache (kidsnews/caching/store.py)."""
    version = cache.get(key)
    if version is None:
        cache.add(key, uuid.uuid4().hex, None)
        version = cache.get(key) or "none"
    return version


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


def cached(name: str, compute, *, counts: bool = False):
    """compute(), or what it returned since the pages last changed (None included).

    With `counts`, also since any story's public comments last changed.
    """
    version = f"{code_version()}.{version_token(VERSION_KEY)}"
    if counts:
        version += "." + version_token(COMMENTS_VERSION_KEY)
    key = f"content-cache:{version}:{name}"
    if len(key) > 200:  # memcached's limit; paths and hosts can be long
        key = (
            f"content-cache:{version}:"
            + hashlib.md5(name.encode(), usedforsecurity=False).hexdigest()
        )
    found = cache.get(key, _MISSING)
    if found is not _MISSING:
        return found
    value = compute()
    cache.set(key, value, TIMEOUT_SECONDS)
    return value


def fragment(request, name: str, render, *, counts: bool = False):
    """render() for this request's page: what it rendered for the same scheme, host and path
    since the pages last changed, unless the request is a preview (a draft is never stored)."""
    if request is None or getattr(request, "is_preview", False):
        return render()
    return cached(
        f"fragment:{name}:{request.scheme}://{request.get_host()}{request.path}",
        render,
        counts=counts,
    )


def forget_all() -> None:
    cache.delete(VERSION_KEY)


def forget_comment_counts(**kwargs) -> None:
    """Receiver for `story_comments_changed` (sent after the transaction committed)."""
    cache.delete(COMMENTS_VERSION_KEY)


@functools.cache
def _is_page_part(model) -> bool:
    # An editor's inline rows saved with a page (pinned stories, top story slots).
    return any(isinstance(field, ParentalKey) for field in model._meta.fields)


_CONTENT_TYPES = (Page, PageViewRestriction, Site, BaseSiteSetting, AbstractImage, AbstractMedia)


def _forget_on_change(sender, instance=None, **kwargs):
    if (
        isinstance(instance, _CONTENT_TYPES)
        or _is_page_part(type(instance))
        or type(instance) in get_snippet_models()
    ):
        forget_all()
        transaction.on_commit(forget_all)


def connect_receivers() -> None:
    post_save.connect(_forget_on_change, dispatch_uid="content_cache_saved")
    post_delete.connect(_forget_on_change, dispatch_uid="content_cache_deleted")
    page_published.connect(_forget_on_change, dispatch_uid="content_cache_published")
    page_unpublished.connect(_forget_on_change, dispatch_uid="content_cache_unpublished")
    post_page_move.connect(_forget_on_change, dispatch_uid="content_cache_moved")
    m2m_changed.connect(_forget_on_change, dispatch_uid="content_cache_m2m")  # a page's topics
