from django.apps import AppConfig
from django.db.models.signals import post_save


class CommentsConfig(AppConfig):
    name = "kidsnews.comments"
    label = "comments"

    def ready(self) -> None:
        from .models import ScreeningWords
        from .signals import forget_word_lists

        post_save.connect(forget_word_lists, sender=ScreeningWords, dispatch_uid="word-lists")
