from django.urls import path

from kidsnews.core import converters  # noqa: F401 - registers <id:...>

from . import views

app_name = "comments"
urlpatterns = [
    path("post/<id:story_id>/", views.post_comment, name="post"),
    path("check/", views.check_comment, name="check"),
    path("report/<id:comment_id>/", views.report, name="report"),
]
