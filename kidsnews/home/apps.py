from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "kidsnews.home"
    label = "home"
