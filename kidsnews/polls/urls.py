from django.urls import path

from kidsnews.core import converters  # noqa: F401 - registers <id:...>

from . import views

app_name = "polls"
urlpatterns = [
    path("<id:poll_id>/vote/", views.vote, name="vote"),
    path("<id:poll_id>/results/", views.results, name="results"),
]
