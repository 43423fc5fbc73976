from django.urls import path

from . import views

app_name = "comments"
urlpatterns = [
    path("post/<int:story_id>/", views.post_comment, name="post"),
    path("check/", views.check_comment, name="check"),
    path("report/<int:comment_id>/", views.report, name="report"),
]
