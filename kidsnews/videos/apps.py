from django.apps import AppConfig


class VideosConfig(AppConfig):
    name = "kidsnews.videos"
    label = "videos"

    def ready(self):
        import mimetypes

        from . import signals  # noqa: F401 - connects the running-time receivers

        # Served from /media/ by Django's static view in development; the type must be right
        # for browsers to load the file as a <track>.
        mimetypes.add_type("text/vtt", ".vtt")
