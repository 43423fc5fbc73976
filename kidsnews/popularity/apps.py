from django.apps import AppConfig


class PopularityConfig(AppConfig):
    name = "kidsnews.popularity"
    label = "popularity"
    verbose_name = "Most read"
