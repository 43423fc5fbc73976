from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from kidsnews.core import converters  # noqa: F401 - registers <id:...>

from . import admin_views
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
    ]
    return [path("comments/", include((urls, "comment_moderation")))]


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModeratorsMenuItem(
        "Comments", reverse("comment_moderation:queue"), icon_name="comment", order=250
    )
