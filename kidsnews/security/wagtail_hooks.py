"""Admin pieces of account security: administrators reset a person's two-step sign-in."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import admin_views
from .services import TWO_FACTOR_ENROLLED, TWO_FACTOR_RESET


@hooks.register("register_admin_urls")
def register_security_urls():
    return [
        path(
            "security/two-factor/<int:user_id>/reset/",
            admin_views.reset_two_factor,
            name="security_reset_two_factor",
        )
    ]


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions):
    actions.register_action(
        TWO_FACTOR_ENROLLED, "Set up two-step sign-in", "Two-step sign-in set up"
    )
    actions.register_action(TWO_FACTOR_RESET, "Reset two-step sign-in", "Two-step sign-in reset")


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    if request_user.is_superuser and user.is_staff:
        yield Button(
            "Reset two-step sign-in",
            reverse("security_reset_two_factor", args=[user.pk]),
            priority=90,
            icon_name="key",
        )
