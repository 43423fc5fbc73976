from django.apps import AppConfig


class ImagesConfig(AppConfig):
    name = "kidsnews.images"
    label = "images"
