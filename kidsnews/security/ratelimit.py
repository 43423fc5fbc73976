"""Counting uses of something per key in a time window, in the project's cache.

Keys are hashed with a secret salt before they reach the cache, so an email address or a
client address is never a cache key. A window starts with the first use and lasts
`per_seconds`; uses beyond `limit` in it are refused.

If the cache cannot count (an outage with the errors ignored), the use is allowed: the site
keeps working and the refusal comes back with the cache.
"""

import logging

from django.core.cache import cache

from .privacy import hash_text

logger = logging.getLogger(__name__)


def allow(*, scope: str, key: str, limit: int, per_seconds: int) -> bool:
    """Count one use of `key` in `scope`; True while at most `limit` uses in the window."""
    cache_key = f"ratelimit:{scope}:{hash_text(key.strip().lower(), purpose=f'ratelimit:{scope}')}"
    try:
        if cache.add(cache_key, 1, timeout=per_seconds):
            return limit >= 1
        count = cache.incr(cache_key)
    except ValueError:  # the window ended between add() and incr()
        cache.add(cache_key, 1, timeout=per_seconds)
        return limit >= 1
    except Exception:  # the cache is away; never let that break the page
        logger.warning("Rate limit %s could not be counted", scope, exc_info=True)
        return True
    if count is None:
        return True
    return count <= limit
