from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "kidsnews.caching"
    label = "caching"
    verbose_name = "Anonymous page cache"

    def ready(self):
        from . import signals

        signals.connect_purge_receivers()
