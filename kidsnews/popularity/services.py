"""Counting a story view, and tidying old counts.

Nothing about the reader is kept. To ignore reloads we hash (daily salt, address, browser,
language, page) into a key that lives in the cache for one minute and is never written to the
database; the count itself records only the page and the hour.
"""

import hashlib
import hmac
import logging
import re
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from . import counters
from .models import HourlyViews

logger = logging.getLogger(__name__)

RELOAD_WINDOW_SECONDS = 60
# Crawlers, link previewers, monitors and scripts announce themselves in the User-Agent.
BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|pingdom|"
    r"lighthouse|curl|wget|python-requests|httpx|aiohttp|go-http-client|java/|libwww|scrapy|"
    r"feedfetcher|feedparser",
    re.IGNORECASE,
)


def is_bot(user_agent: str) -> bool:
    return not user_agent.strip() or bool(BOT_PATTERN.search(user_agent))


def reader_fingerprint(*, request, purpose: str, subject: str, salt_period: str = "") -> str:
    """A salted hash of (address, browser, language, subject): who it was cannot be read back,
    and a different purpose, subject or salt period gives an unrelated value. Kept only in the
    cache, never in the database. Also used to count poll votes and reactions once per reader
    (kidsnews/polls/counting.py), with the poll's life as the salt period."""
    salt = f"{settings.SECRET_KEY}:{purpose}:{salt_period}".encode()
    meta = request.META
    message = "|".join(
        [
            meta.get("REMOTE_ADDR", ""),
            meta.get("HTTP_USER_AGENT", ""),
            meta.get("HTTP_ACCEPT_LANGUAGE", ""),
            subject,
        ]
    )
    return hmac.new(salt, message.encode(), hashlib.sha256).hexdigest()[:32]


def request_fingerprint(*, request, page_id: int, now: datetime) -> str:
    """A short-lived, salted hash: the salt changes every day, so yesterday's cannot be linked."""
    return reader_fingerprint(
        request=request, purpose="popularity", subject=str(page_id), salt_period=f"{now:%Y-%m-%d}"
    )


def is_countable(request) -> bool:
    if request.method != "GET" or getattr(request, "is_preview", False):
        return False
    meta = request.META  # not request.headers: this runs on every cached story read
    purpose = meta.get("HTTP_SEC_PURPOSE", "") + meta.get("HTTP_PURPOSE", "")
    if "prefetch" in purpose.lower():
        return False
    return not is_bot(meta.get("HTTP_USER_AGENT", ""))


def record_view(*, request, page_id: int, now: datetime | None = None) -> bool:
    """Count one read of a page, unless it is a bot, a prefetch or a reload within a minute.

    Returns whether it counted. Never raises: a broken counter must not break the story.
    """
    if not is_countable(request):
        return False
    now = now or timezone.now()
    try:
        fingerprint = request_fingerprint(request=request, page_id=page_id, now=now)
        if not cache.add(f"popularity:seen:{fingerprint}", 1, timeout=RELOAD_WINDOW_SECONDS):
            return False
        counters.pending.add(page_id=page_id, hour=counters.hour_of(now))
    except Exception:  # the page matters more than the count
        logger.warning("Could not count a view of page %s", page_id, exc_info=True)
        return False
    return True


def rollup_views(*, now: datetime | None = None, keep_hours: int | None = None) -> dict:
    """Move finished Redis hours into the database and drop hours older than `keep_hours`."""
    now = now or timezone.now()
    keep_hours = keep_hours if keep_hours is not None else settings.POPULARITY_KEEP_HOURS
    flushed = counters.flush_finished_hours(now=now)
    cutoff = counters.hour_of(now - timedelta(hours=keep_hours))
    dropped, _ = HourlyViews.objects.filter(hour__lt=cutoff).delete()
    return {"flushed_hours": flushed, "dropped_rows": dropped}
