"""Login-failure counting in Redis, falling back to the database when Redis is away.

With Redis configured, django-axes counts failures in the cache (fast, shared by every worker,
expiring by itself). If Redis stops answering, each call is made against the database handler
instead, so the "5 failures an hour" limit keeps holding during an outage rather than silently
switching off (which is what a cache that swallows errors would do). Failures counted during an
outage stay in the database; once Redis is back they are still honoured, because `get_failures`
takes the larger of the two counts.

Privacy (SAFETY.md item 3): the address axes sees is already a salted hash
(AXES_CLIENT_IP_CALLABLE = `privacy.pseudonymous_address`), and both handlers here replace the
browser string and Accept header with a hash / nothing before anything is counted, stored or
logged. Successful logins are not logged at all (AXES_DISABLE_ACCESS_LOG). A failure row lives
until the cool-off ends (`security.services.forget_expired_login_failures`, run daily) or the
account is deleted (`security.services.forget_login_records`).
"""

import logging

from axes.handlers.base import AbstractAxesHandler, AxesBaseHandler
from axes.handlers.cache import AxesCacheHandler
from axes.handlers.database import AxesDatabaseHandler
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

from .privacy import hash_text, pseudonymise_address

logger = logging.getLogger(__name__)

CACHE_DOWN = (ConnectionInterrupted, RedisError, OSError)


def keep_private(request) -> None:
    """Hash what axes took from the request before a handler stores or logs it. Idempotent."""
    if request is None or not hasattr(request, "axes_updated"):
        return
    request.axes_ip_address = pseudonymise_address(request.axes_ip_address)
    request.axes_user_agent = hash_text(request.axes_user_agent or "", purpose="user-agent")
    request.axes_http_accept = ""


class PrivateDatabaseHandler(AxesDatabaseHandler):
    """django-axes' database handler, storing hashes instead of the address and browser."""

    def get_failures(self, request, credentials=None) -> int:
        keep_private(request)
        return super().get_failures(request, credentials)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        keep_private(request)
        return super().user_login_failed(sender, credentials, request, **kwargs)

    def user_logged_in(self, sender, request, user, **kwargs):
        keep_private(request)
        return super().user_logged_in(sender, request, user, **kwargs)

    def user_logged_out(self, sender, request, user, **kwargs):
        keep_private(request)
        return super().user_logged_out(sender, request, user, **kwargs)

    def reset_attempts(self, *, ip_address=None, username=None, ip_or_username=False) -> int:
        # `manage.py axes_reset_ip 10.0.0.1` names the real address; the rows hold its hash.
        return super().reset_attempts(
            ip_address=pseudonymise_address(ip_address),
            username=username,
            ip_or_username=ip_or_username,
        )


class RedisWithDatabaseFallbackHandler(AbstractAxesHandler, AxesBaseHandler):
    def __init__(self):
        self.cache_handler = AxesCacheHandler()
        self.db_handler = PrivateDatabaseHandler()

    def _either(self, name: str, *args, **kwargs):
        try:
            return getattr(self.cache_handler, name)(*args, **kwargs)
        except CACHE_DOWN:
            logger.warning("Redis unavailable for login throttling; using the database")
            return getattr(self.db_handler, name)(*args, **kwargs)

    def get_failures(self, request, credentials=None) -> int:
        keep_private(request)
        in_db = self.db_handler.get_failures(request, credentials)
        try:
            in_cache = self.cache_handler.get_failures(request, credentials)
        except CACHE_DOWN:
            in_cache = 0
        return max(in_db, in_cache)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        keep_private(request)
        return self._either("user_login_failed", sender, credentials, request, **kwargs)

    def user_logged_in(self, sender, request, user, **kwargs):
        keep_private(request)
        self.db_handler.user_logged_in(sender, request, user, **kwargs)
        try:
            self.cache_handler.user_logged_in(sender, request, user, **kwargs)
        except CACHE_DOWN:
            logger.warning("Redis unavailable while resetting login failures")

    def user_logged_out(self, sender, request, user, **kwargs):
        return self.db_handler.user_logged_out(sender, request, user, **kwargs)

    def reset_attempts(self, *, ip_address=None, username=None, ip_or_username=False) -> int:
        ip_address = pseudonymise_address(ip_address)
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
