"""Counting a tap once per reader, durably, with nothing about the reader kept: shared by poll
votes and story reactions.

Once per reader: `cache.add` of a salted HMAC of (address, browser, language, what was
answered), the fingerprint "most read" uses (`popularity.services.reader_fingerprint`), kept in
the cache only, until the poll closes (a reaction: REACTION_REMEMBER_DAYS). `cache.add` is
atomic, so two taps at the same moment count once.

Durably, before the reader is told: with REDIS_URL, one `HINCRBY` on the subject's hash (the
Redis call returns once Redis has the count; Redis is run with its append-only file, see
docs/operations.md); without, or when Redis cannot be reached, one atomic upsert on `VoteCount`
(`INSERT ... ON CONFLICT DO UPDATE SET votes = votes + 1`). Totals add both up, like "most read".
Unlike page views these are not buffered in the process: a vote is written before the answer.
"""

import enum
import logging
from collections import Counter

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from redis.exceptions import RedisError

from kidsnews.popularity import counters as popularity_counters
from kidsnews.popularity.services import is_bot, reader_fingerprint

from .models import VoteCount

logger = logging.getLogger(__name__)


class Outcome(enum.Enum):
    COUNTED = "counted"
    ALREADY = "already"  # this reader's tap was counted before: not again
    NOT_COUNTED = "not-counted"  # a robot, or the count could not be written


def uses_redis() -> bool:
    return popularity_counters.uses_redis()


def redis_client():
    return popularity_counters.redis_client()


def hash_key(kind: str, subject_id: int) -> str:
    prefix = settings.CACHES["default"].get("KEY_PREFIX", "")
    return f"{prefix}:votes:{kind}:{subject_id}"


_UPSERT = (
    "INSERT INTO {table} (kind, subject_id, choice, votes) VALUES (%s, %s, %s, 1) "
    "ON CONFLICT (kind, subject_id, choice) DO UPDATE SET votes = {table}.votes + 1"
)


def _add_to_database(*, kind: str, subject_id: int, choice: str) -> None:
    """One statement, atomic on its own: insert the count at 1, or add one to it (an upsert,
    which SQLite and PostgreSQL both speak; the ORM cannot add to a count on conflict)."""
    # The table name is the model's own; every value is a parameter.
    sql = _UPSERT.format(table=connection.ops.quote_name(VoteCount._meta.db_table))  # nosec B608
    with connection.cursor() as cursor:
        cursor.execute(sql, [kind, subject_id, choice])


def add_one(*, kind: str, subject_id: int, choice: str) -> None:
    """Add one to a choice's count where it is kept for good; raises if it could not be."""
    if uses_redis():
        try:
            redis_client().hincrby(hash_key(kind, subject_id), choice, 1)
            return
        except RedisError:
            # Redis gone: the database is the record for this one (totals read both).
            logger.warning("Redis unavailable; counting a %s in the database", kind, exc_info=True)
    _add_to_database(kind=kind, subject_id=subject_id, choice=choice)


def count_once(
    *, request, kind: str, subject_id: int, choice: str, remember_seconds: int
) -> Outcome:
    """Count one tap for `choice` unless this reader's was counted already.

    COUNTED is returned only after the count is stored. If storing fails, the reader's mark
    is taken back so they may try again.
    """
    if is_bot(request.META.get("HTTP_USER_AGENT", "")):
        return Outcome.NOT_COUNTED
    fingerprint = reader_fingerprint(
        request=request, purpose="votes", subject=f"{kind}:{subject_id}"
    )
    seen_key = f"votes:seen:{fingerprint}"
    if not cache.add(seen_key, 1, timeout=max(1, remember_seconds)):
        return Outcome.ALREADY
    try:
        add_one(kind=kind, subject_id=subject_id, choice=choice)
    except Exception:
        logger.exception("Could not count a %s for %s", kind, subject_id)
        cache.delete(seen_key)
        return Outcome.NOT_COUNTED
    return Outcome.COUNTED


def totals(*, kind: str, subject_id: int) -> Counter:
    """Votes per choice: the database's rows plus Redis's hash (when Redis is used)."""
    found: Counter = Counter(
        dict(
            VoteCount.objects.filter(kind=kind, subject_id=subject_id).values_list(
                "choice", "votes"
            )
        )
    )
    if uses_redis():
        try:
            for choice, votes in redis_client().hgetall(hash_key(kind, subject_id)).items():
                name = choice.decode() if isinstance(choice, bytes) else choice
                found[name] += int(votes)
        except RedisError:
            logger.warning("Redis unavailable; showing database counts only", exc_info=True)
    return found
