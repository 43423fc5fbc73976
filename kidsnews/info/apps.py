from django.apps import AppConfig


class InfoConfig(AppConfig):
    name = "kidsnews.info"
    label = "info"
