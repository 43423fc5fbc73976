"""Reads about a signed-in person's security state."""

from typing import Literal

from django.conf import settings
from django.http import HttpRequest
from django_otp.plugins.otp_totp.models import TOTPDevice


def has_confirmed_totp(*, user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def needs_second_factor(*, request: HttpRequest) -> Literal["verify", "setup"] | None:
    """Which two-factor step, if any, stands between this staff member and the admin.

    Anyone who has set up an authenticator must use it at every login, whether or not the site
    requires it; staff without one are sent to set it up only when STAFF_REQUIRE_2FA is on.
    """
    user = request.user
    if not (user.is_authenticated and user.is_staff) or user.is_verified():
        return None
    if has_confirmed_totp(user=user):
        return "verify"
    if settings.STAFF_REQUIRE_2FA:
        return "setup"
    return None
