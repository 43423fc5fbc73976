"""Login-failure counting in Redis, falling back to the database when Redis is away.

With Redis configured, django-axes counts failures in the cache (fast, shared by every worker,
expiring by itself). If Redis stops answering, each call is made against the database handler
instead, so the "5 failures an hour" limit keeps holding during an outage rather than silently
switching off (which is what a cache that swallows errors would do). Failures counted during an
outage stay in the database; once Redis is back they are still honoured, because `get_failures`
takes the larger of the two counts.
"""

import logging

from axes.handlers.base import AbstractAxesHandler, AxesBaseHandler
from axes.handlers.cache import AxesCacheHandler
from axes.handlers.database import AxesDatabaseHandler
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

CACHE_DOWN = (ConnectionInterrupted, RedisError, OSError)


class RedisWithDatabaseFallbackHandler(AbstractAxesHandler, AxesBaseHandler):
    def __init__(self):
        self.cache_handler = AxesCacheHandler()
        self.db_handler = AxesDatabaseHandler()

    def _either(self, name: str, *args, **kwargs):
        try:
            return getattr(self.cache_handler, name)(*args, **kwargs)
        except CACHE_DOWN:
            logger.warning("Redis unavailable for login throttling; using the database")
            return getattr(self.db_handler, name)(*args, **kwargs)

    def get_failures(self, request, credentials=None) -> int:
        in_db = self.db_handler.get_failures(request, credentials)
        try:
            in_cache = self.cache_handler.get_failures(request, credentials)
        except CACHE_DOWN:
            in_cache = 0
        return max(in_db, in_cache)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        return self._either("user_login_failed", sender, credentials, request, **kwargs)

    def user_logged_in(self, sender, request, user, **kwargs):
        self.db_handler.user_logged_in(sender, request, user, **kwargs)
        try:
            self.cache_handler.user_logged_in(sender, request, user, **kwargs)
        except CACHE_DOWN:
            logger.warning("Redis unavailable while resetting login failures")

    def user_logged_out(self, sender, request, user, **kwargs):
        return self.db_handler.user_logged_out(sender, request, user, **kwargs)

    def reset_attempts(self, *, ip_address=None, username=None, ip_or_username=False) -> int:
        kwargs = {"ip_address": ip_address, "username": username, "ip_or_username": ip_or_username}
        count = self.db_handler.reset_attempts(**kwargs)
        try:
            count += self.cache_handler.reset_attempts(**kwargs)
        except CACHE_DOWN:
            logger.warning("Redis unavailable while lifting a lock")
        return count

    def reset_logs(self, *, age_days=None) -> int:
        return self.db_handler.reset_logs(age_days=age_days)

    def reset_failure_logs(self, *, age_days=None) -> int:
        return self.db_handler.reset_failure_logs(age_days=age_days)

    def remove_out_of_limit_failure_logs(self, *, username, limit=None) -> int:
        return self.db_handler.remove_out_of_limit_failure_logs(username=username, limit=limit)

    def post_save_access_attempt(self, instance, **kwargs):
        return self.db_handler.post_save_access_attempt(instance, **kwargs)

    def post_delete_access_attempt(self, instance, **kwargs):
        return self.db_handler.post_delete_access_attempt(instance, **kwargs)
