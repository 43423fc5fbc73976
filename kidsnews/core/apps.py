from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "kidsnews.core"
    label = "core"

    def ready(self):
        from . import signals  # noqa: F401 - signals connects the receivers
