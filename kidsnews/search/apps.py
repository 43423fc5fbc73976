from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "kidsnews.search"
    label = "sitesearch"
