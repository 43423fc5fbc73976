"""Reads of the view counts."""

from datetime import datetime, timedelta

from django.utils import timezone

from . import counters

MOST_READ_HOURS = 48


def most_read_page_ids(*, hours: int = MOST_READ_HOURS, now: datetime | None = None) -> list[int]:
    """Page ids by views over the last `hours`, most read first (newer id first on ties)."""
    now = now or timezone.now()
    totals = counters.totals_since(now - timedelta(hours=hours))
    return [page_id for page_id, views in sorted(totals.items(), key=lambda i: (-i[1], -i[0]))]


def views_of(*, page_id: int, hours: int = MOST_READ_HOURS) -> int:
    return counters.totals_since(timezone.now() - timedelta(hours=hours)).get(page_id, 0)
