from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from kidsnews.core import converters  # noqa: F401 - registers <id:...>

from . import admin_views
from .queries import pending_summary
from .safeguarding import can_handle_cases
from .services import can_moderate


class ModeratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_moderate(request.user)


@hooks.register("register_admin_urls")
def register_moderation_urls():
    urls = [
        path("", admin_views.queue, name="queue"),
        path("<id:comment_id>/act/", admin_views.act, name="act"),
        path("bulk/", admin_views.bulk, name="bulk"),
        path("pause/", admin_views.pause, name="pause"),
        path("log/", admin_views.audit_log, name="log"),
        path("cases/", admin_views.cases, name="cases"),
        path("cases/<id:case_id>/", admin_views.case, name="case"),
        path("cases/<id:case_id>/act/", admin_views.case_act, name="case_act"),
    ]
    return [path("comments/", include((urls, "comment_moderation")))]


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModeratorsMenuItem(
        "Comments", reverse("comment_moderation:queue"), icon_name="comment", order=250
    )


class CaseHandlersMenuItem(MenuItem):
    def is_shown(self, request):
        return can_handle_cases(request.user)


@hooks.register("register_admin_menu_item")
def register_safeguarding_menu_item():
    return CaseHandlersMenuItem(
        "Safeguarding", reverse("comment_moderation:cases"), icon_name="warning", order=260
    )


class PendingCommentsPanel(Component):
    """The dashboard's "Comments waiting" panel: pending and urgent counts, for moderators."""

    name = "pending_comments"
    order = 50
    template_name = "comments/admin/home_panel.html"

    def get_context_data(self, parent_context=None):
        return {"summary": pending_summary()}


@hooks.register("construct_homepage_panels")
def add_pending_comments_panel(request, panels):
    if can_moderate(request.user):
        panels.insert(0, PendingCommentsPanel())
