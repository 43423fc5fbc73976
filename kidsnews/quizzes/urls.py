from django.urls import path

from . import views

app_name = "quizzes"
urlpatterns = [
    path("<int:page_id>/check/", views.check_answer, name="check"),
    path("<int:page_id>/result/", views.final_result, name="result"),
    path("<int:page_id>/results/", views.results_page, name="results"),
]
