from django.apps import AppConfig


class OfflineConfig(AppConfig):
    name = "kidsnews.offline"
    label = "offline"
    verbose_name = "Today's edition offline"
