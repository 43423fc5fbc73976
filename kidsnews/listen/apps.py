from django.apps import AppConfig


class ListenConfig(AppConfig):
    name = "kidsnews.listen"
    label = "listen"
    verbose_name = "Listen (read-aloud audio)"

    def ready(self):
        from . import signals

        signals.connect()
