from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "kidsnews.home"
    label = "home"

    def ready(self) -> None:
        from kidsnews.popularity.signals import views_written

        from .signals import invalidate_when_most_read_changes

        views_written.connect(invalidate_when_most_read_changes, dispatch_uid="home-most-read")
