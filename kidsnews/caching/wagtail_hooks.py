import math

from django.conf import settings
from django.utils import timezone
from wagtail import hooks

from . import tags
from .middleware import mark_cacheable


@hooks.register("before_serve_page")
def let_anonymous_page_be_cached(page, request, serve_args, serve_kwargs):
    """Every live page may be stored for anonymous readers (the middleware still refuses what
    sets a cookie or is private), and shows itself, even when routing found it in the cache."""
    tags.add(*tags.tags_for(page))
    # Top Stories follow "most read", which changes without any publish.
    short = page._meta.label in settings.PAGE_CACHE_SHORT_PAGE_TYPES
    timeout = settings.PAGE_CACHE_SHORT_SECONDS if short else settings.PAGE_CACHE_SECONDS
    close_at = getattr(page, "comments_close_at", None)
    # The first request after the thread closes renders "comments are now closed".
    if close_at and (seconds_left := math.ceil((close_at - timezone.now()).total_seconds())) > 0:
        timeout = min(timeout, seconds_left)
    mark_cacheable(request, timeout=timeout, last_modified=page.last_published_at)
