from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "kidsnews.comments"
    label = "comments"
