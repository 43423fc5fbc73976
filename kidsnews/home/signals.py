"""The home page's Top Stories follow the most read: when their order changes, it is stale."""

from django.core.cache import cache

from kidsnews.caching import tags

from .queries import most_read_ids

LAST_SEEN_KEY = "home:most-read-ids"


def invalidate_when_most_read_changes(**kwargs) -> bool:
    """Receiver for `views_written` (about once a second while stories are read): whatever shows
    the most read is stale when their order changed. Returns whether it changed."""
    ids = most_read_ids()
    if cache.get(LAST_SEEN_KEY) == ids:
        return False
    cache.set(LAST_SEEN_KEY, ids, timeout=None)
    tags.invalidate({tags.MOST_READ})
    return True
