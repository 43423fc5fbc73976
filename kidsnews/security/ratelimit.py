"""Per-source rate limits kept in the cache: how many times one address did something lately.

The address is never stored: the key is an HMAC of (secret, day, scope, address), so the cache
holds only a number under a name nobody can turn back into an address, gone after the window.
Fixed windows (`cache.add` then `cache.incr`); if the cache is away, everything is allowed.
"""

import hashlib
import hmac
import logging
import time

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)


def source_of(request) -> str:
    """The client's address, through the trusted proxies (TRUSTED_PROXY_COUNT), as axes sees it."""
    return get_client_ip_address(request) or request.META.get("REMOTE_ADDR", "")


def _key(*, scope: str, source: str, window: int, now: float) -> str:
    slot = int(now // window)
    salt = f"{settings.SECRET_KEY}:ratelimit:{time.strftime('%Y-%m-%d', time.gmtime(now))}"
    digest = hmac.new(salt.encode(), f"{scope}|{source}".encode(), hashlib.sha256).hexdigest()
    return f"ratelimit:{scope}:{slot}:{digest[:32]}"


def allow(
    *, request, scope: str, limit: int, window_seconds: int, now: float | None = None
) -> bool:
    """Count one more `scope` from this request's source; False once it is over `limit` in
    the current window. Never raises."""
    if limit <= 0:
        return True
    now = time.time() if now is None else now
    key = _key(scope=scope, source=source_of(request), window=window_seconds, now=now)
    try:
        cache.add(key, 0, timeout=window_seconds + 1)
        return cache.incr(key) <= limit
    except Exception:  # a missing cache must not stop children playing
        logger.warning("Rate limit %s could not be counted", scope, exc_info=True)
        return True
