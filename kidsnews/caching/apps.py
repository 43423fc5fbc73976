from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "kidsnews.caching"
    verbose_name = "Caching: pages, fragments and the edge, by tag"

    def ready(self):
        from . import signals

        signals.connect()
