"""The home page's Top Stories follow the most read: when their order changes, purge the page."""

from django.core.cache import cache
from wagtail.models import Page

from kidsnews.caching.services import path_for_url_path, purge_paths

from .models import HomePage
from .queries import most_read_ids

LAST_SEEN_KEY = "home:most-read-ids"


def purge_when_most_read_changes(**kwargs) -> bool:
    """Receiver for `views_written` (about once a second while stories are read): if the most
    read stories Top Stories take from changed order, purge every home page, so a story
    entering or leaving Top Stories is on the next request. Returns whether it purged."""
    ids = most_read_ids()
    if cache.get(LAST_SEEN_KEY) == ids:
        return False
    cache.set(LAST_SEEN_KEY, ids, timeout=None)
    homes = Page.objects.type(HomePage).live().values_list("url_path", flat=True)
    purge_paths(paths={path_for_url_path(url_path) for url_path in homes})
    return True
