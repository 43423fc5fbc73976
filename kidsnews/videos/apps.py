from django.apps import AppConfig


class VideosConfig(AppConfig):
    name = "kidsnews.videos"
    label = "videos"
