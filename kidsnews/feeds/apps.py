from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "kidsnews.feeds"
    label = "feeds"
