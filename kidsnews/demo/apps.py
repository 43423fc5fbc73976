from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "kidsnews.demo"
    label = "demo"
