"""State changes for account security, one function each."""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from .queries import has_confirmed_totp

TWO_FACTOR_ENROLLED = "kidsnews.two_factor_enrolled"
TWO_FACTOR_RESET = "kidsnews.two_factor_reset"

logger = logging.getLogger(__name__)


def end_user_sessions(*, user) -> int:
    """Delete every live session that belongs to `user`; returns how many ended.

    Works for the database and cached_db session engines (the two this project uses): the
    rows are the list of sessions, and deleting through the session store also drops the cached
    copy. For belt and braces, AuthenticationMiddleware refuses an inactive user on every request
    anyway (ModelBackend.user_can_authenticate), so a session this misses still cannot be used.
    """
    store_class = import_string(f"{settings.SESSION_ENGINE}.SessionStore")
    ended = 0
    wanted = str(user.pk)
    live = Session.objects.filter(expire_date__gt=timezone.now()).iterator()
    for session in live:
        if str(session.get_decoded().get(SESSION_KEY)) == wanted:
            store_class(session_key=session.session_key).delete()
            ended += 1
    logger.info("Ended %d session(s) of user %s", ended, user.pk)
    return ended


class AlreadyEnrolled(Exception):
    """The account already has a confirmed authenticator: only an administrator's reset
    (`reset_two_factor`) makes room for a new one, never the password alone."""


class NotAnAdministrator(PermissionDenied):
    pass


def start_totp_setup(*, user) -> TOTPDevice:
    """An unconfirmed authenticator for `user`, replacing any earlier unconfirmed one."""
    if has_confirmed_totp(user=user):
        raise AlreadyEnrolled
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


@transaction.atomic
def confirm_totp(*, device: TOTPDevice, token: str) -> bool:
    """Confirm a new authenticator once it has produced one valid code.

    Refused (AlreadyEnrolled) when the account already has a confirmed one, so an unconfirmed
    device made before enrolment cannot be confirmed beside it later.
    """
    # Lock the account's row so two confirmations cannot both pass the check.
    type(device.user).objects.select_for_update().filter(pk=device.user_id).first()
    if has_confirmed_totp(user=device.user):
        raise AlreadyEnrolled
    if not device.verify_token(token):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    log(instance=device.user, action=TWO_FACTOR_ENROLLED, user=device.user)
    logger.info("User %s set up two-step sign-in", device.user_id)
    return True


@transaction.atomic
def reset_two_factor(*, user, by, reason: str = "") -> int:
    """An administrator removes every authenticator of `user` so they can set up a new one.

    Audited in Wagtail's log (Reports > Site history, action "Two-step sign-in reset"). The
    person's other sessions end, so re-enrolment starts from a fresh sign-in. Returns how many
    devices were removed.
    """
    if not (by and by.is_active and by.is_superuser):
        raise NotAnAdministrator("Only administrators can reset two-step sign-in.")
    removed, _ = TOTPDevice.objects.filter(user=user).delete()
    log(
        instance=user, action=TWO_FACTOR_RESET, user=by, data={"devices": removed, "reason": reason}
    )
    logger.info("User %s reset two-step sign-in of user %s", by.pk, user.pk)
    if user.pk != by.pk:
        end_user_sessions(user=user)
    return removed


def forget_login_records(*, username: str) -> int:
    """Delete django-axes' records of `username` (database and cache); when an account goes."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from axes.utils import reset

    count = reset(username=username)
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        count += model.objects.filter(username=username).delete()[0]
    logger.info("Forgot %d login record(s) of a deleted account", count)
    return count


def forget_expired_login_failures(*, now) -> int:
    """Delete failure counts whose cool-off is over, and any login log (run daily).

    The lock needs a failure only for AXES_COOLOFF_TIME; logs of logins are never kept (rows
    from before AXES_DISABLE_ACCESS_LOG are removed here too)."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    cool_off = settings.AXES_COOLOFF_TIME
    if isinstance(cool_off, int | float):
        cool_off = timedelta(hours=cool_off)
    elif not isinstance(cool_off, timedelta):  # a callable or a path: keep one day, no more
        cool_off = timedelta(days=1)
    count = AccessAttempt.objects.filter(attempt_time__lt=now - cool_off).delete()[0]
    count += AccessFailureLog.objects.all().delete()[0]
    count += AccessLog.objects.all().delete()[0]
    return count
