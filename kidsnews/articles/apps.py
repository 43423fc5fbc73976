from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "kidsnews.articles"
    label = "articles"
