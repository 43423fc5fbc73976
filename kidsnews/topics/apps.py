from django.apps import AppConfig


class TopicsConfig(AppConfig):
    name = "kidsnews.topics"
    label = "topics"
