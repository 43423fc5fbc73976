from django.urls import path

from kidsnews.core import converters  # noqa: F401 - registers <id:...>

from . import views

app_name = "reactions"
urlpatterns = [
    path("<id:story_id>/", views.react, name="react"),
    path("<id:story_id>/totals/", views.reaction_results, name="totals"),
]
