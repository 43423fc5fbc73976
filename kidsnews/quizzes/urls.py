from django.urls import path

from kidsnews.core import converters  # noqa: F401 - registers <id:...>

from . import views

app_name = "quizzes"
urlpatterns = [
    path("<id:page_id>/check/", views.check_answer, name="check"),
    path("<id:page_id>/result/", views.final_result, name="result"),
    path("<id:page_id>/results/", views.results_page, name="results"),
]
