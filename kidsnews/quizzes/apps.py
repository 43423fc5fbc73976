from django.apps import AppConfig


class QuizzesConfig(AppConfig):
    name = "kidsnews.quizzes"
    label = "quizzes"
