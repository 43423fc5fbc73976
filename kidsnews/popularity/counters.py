"""Where hourly view counts live: the database by default, Redis when REDIS_URL is set.

Redis keeps one sorted set per hour (member = page id, score = views), so counting views is a
single ZINCRBY; `rollup_popularity` later moves finished hours into the database. Without Redis
the count goes straight into the `HourlyViews` row for the hour. Reads are added up in the
process first (`PendingViews`) and written once a second.
"""

import atexit
import logging
import multiprocessing.util
import os
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Sum
from redis.exceptions import RedisError

from .models import HourlyViews

logger = logging.getLogger(__name__)

KEY_TTL = timedelta(hours=72)


def hour_of(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def uses_redis() -> bool:
    return bool(getattr(settings, "REDIS_URL", None))


def redis_client():
    """django-redis's raw client for the default cache: the one wrapper for Redis commands the
    cache API has no word for (ZINCRBY here, HINCRBY for poll votes in polls/counting.py)."""
    from django_redis import get_redis_connection

    return get_redis_connection("default")


def _redis():
    return redis_client()


def key_prefix() -> str:
    prefix = settings.CACHES["default"].get("KEY_PREFIX", "")
    return f"{prefix}:popularity:hour:"


def hour_key(hour: datetime) -> str:
    return f"{key_prefix()}{hour:%Y%m%d%H}"


def add_to_database(*, page_id: int, hour: datetime, views: int = 1) -> None:
    updated = HourlyViews.objects.filter(page_id=page_id, hour=hour).update(
        views=F("views") + views
    )
    if updated:
        return
    try:
        with transaction.atomic():
            HourlyViews.objects.create(page_id=page_id, hour=hour, views=views)
    except IntegrityError:  # another worker created the row between our update and insert
        HourlyViews.objects.filter(page_id=page_id, hour=hour).update(views=F("views") + views)


def increment(*, page_id: int, hour: datetime, views: int = 1) -> None:
    if uses_redis():
        key = hour_key(hour)
        try:
            pipe = _redis().pipeline(transaction=False)
            pipe.zincrby(key, views, str(page_id))
            pipe.expire(key, int(KEY_TTL.total_seconds()))
            pipe.execute()
            return
        except RedisError:
            # Redis is an accelerator here, not the record: with it gone, count in the database.
            logger.warning("Redis unavailable; counting a view in the database", exc_info=True)
    add_to_database(page_id=page_id, hour=hour, views=views)


class PendingViews:
    """Views counted in this process and not yet written, added up per (page, hour).

    A cached story can be read thousands of times a second; writing each read (a database
    UPDATE, or a Redis round trip) would cost more than serving the page. Reads are added up
    here and written every POPULARITY_FLUSH_SECONDS by a background thread of this process
    (0: at once, by the request), and when the process exits. Each count keeps its own hour,
    so a late write still lands in the hour the read happened. A process killed outright loses
    at most its last interval's counts.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: Counter = Counter()
        self.flusher_pid: int | None = None

    def add(self, *, page_id: int, hour: datetime) -> None:
        with self.lock:
            self.counts[(page_id, hour)] += 1
        if settings.POPULARITY_FLUSH_SECONDS <= 0:
            self.flush()
        elif self.flusher_pid != os.getpid():
            self._start_flusher()

    def flush(self) -> int:
        """Write every pending count; returns how many views were written."""
        with self.lock:
            counts, self.counts = self.counts, Counter()
        written = 0
        for (page_id, hour), views in counts.items():
            try:
                increment(page_id=page_id, hour=hour, views=views)
                written += views
            except Exception:  # the page matters more than the count
                logger.warning("Could not write %d views of page %s", views, page_id, exc_info=True)
        return written

    @staticmethod
    def _announce() -> None:
        from .signals import views_written

        try:
            views_written.send(sender=PendingViews)
        except Exception:  # a receiver's failure must not stop the counting
            logger.warning("A views_written receiver failed", exc_info=True)

    def _start_flusher(self) -> None:
        # One thread per process, started by the first read (after a fork too: threads are
        # not inherited, hence the pid).
        with self.lock:
            if self.flusher_pid == os.getpid():
                return
            self.flusher_pid = os.getpid()
        threading.Thread(target=self._flush_forever, name="popularity-flush", daemon=True).start()

    def _flush_forever(self) -> None:
        written_at = time.monotonic()
        while settings.POPULARITY_FLUSH_SECONDS > 0:
            time.sleep(1)
            if time.monotonic() - written_at < settings.POPULARITY_FLUSH_SECONDS:
                continue
            written_at = time.monotonic()
            if self.counts and self.flush():
                self._announce()
            # Outside any request, so nothing else recycles this thread's connection.
            connection.close_if_unusable_or_obsolete()
        # Set to 0 (write at once): requests write their own counts from now on.
        with self.lock:
            self.flusher_pid = None
        self.flush()
        connection.close()


pending = PendingViews()
# Worker processes that exit through multiprocessing (granian's) skip atexit; its own exit
# hook runs this finalizer; other processes run it through atexit.
multiprocessing.util.Finalize(None, pending.flush, exitpriority=10)
atexit.register(pending.flush)


def totals_since(since: datetime) -> Counter:
    """Views per page id from the start of `since`'s hour until now."""
    start = hour_of(since)
    totals: Counter = Counter(
        {
            row["page_id"]: row["total"]
            for row in HourlyViews.objects.filter(hour__gte=start)
            .values("page_id")
            .annotate(total=Sum("views"))
        }
    )
    if uses_redis():
        hours = []
        hour = start
        now_hour = hour_of(datetime.now(UTC))
        while hour <= now_hour:
            hours.append(hour)
            hour += timedelta(hours=1)
        try:
            pipe = _redis().pipeline(transaction=False)
            for hour in hours:
                pipe.zrange(hour_key(hour), 0, -1, withscores=True)
            results = pipe.execute()
        except RedisError:
            # Pages must still serve without Redis: rank by what the database holds.
            logger.warning("Redis unavailable; most read uses database counts only", exc_info=True)
            results = []
        for members in results:
            for member, score in members:
                totals[int(member)] += int(score)
    return totals


def flush_finished_hours(*, now: datetime) -> int:
    """Move Redis hours that have ended into the database; returns how many hours moved."""
    if not uses_redis():
        return 0
    connection = _redis()
    current = hour_key(hour_of(now))
    moved = 0
    for raw_key in connection.scan_iter(match=f"{key_prefix()}*", count=500):
        key = raw_key.decode() if isinstance(raw_key, bytes) else raw_key
        if key.endswith(":flushing") or key >= current:
            continue
        # Rename first so a late increment to this hour lands in a fresh key, not lost mid-copy.
        flushing = f"{key}:flushing"
        if not connection.renamenx(key, flushing):
            continue
        hour = datetime.strptime(key.rsplit(":", 1)[1], "%Y%m%d%H").replace(tzinfo=UTC)
        with transaction.atomic():
            for member, score in connection.zrange(flushing, 0, -1, withscores=True):
                add_to_database(page_id=int(member), hour=hour, views=int(score))
        connection.delete(flushing)
        moved += 1
    return moved
