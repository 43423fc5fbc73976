import math

from django.conf import settings
from django.utils import timezone
from wagtail import hooks

from . import tags
from .middleware import mark_cacheable


@hooks.register("before_serve_page")
def let_anonymous_page_be_cached(page, request, serve_args, serve_kwargs):
    """Every live Wagtail page may be stored for anonymous readers; the middleware still
    refuses responses that set a cookie or are marked private (signed-in readers' pages).
    The page shows itself, even when routing found it in the cache rather than the database."""
    tags.add(*tags.tags_for(page))
    timeout = settings.PAGE_CACHE_SECONDS
    if page._meta.label in settings.PAGE_CACHE_SHORT_PAGE_TYPES:
        # Top Stories follow "most read", which changes without any publish.
        timeout = settings.PAGE_CACHE_SHORT_SECONDS
    close_at = getattr(page, "comments_close_at", None)
    if close_at is not None:
        seconds_left = math.ceil((close_at - timezone.now()).total_seconds())
        if seconds_left > 0:
            # The first request after the thread closes renders "comments are now closed".
            timeout = min(timeout, seconds_left)
    mark_cacheable(request, timeout=timeout, last_modified=page.last_published_at)
