from django.apps import AppConfig
from django.db.models.signals import post_save


class CommentsConfig(AppConfig):
    name = "kidsnews.comments"
    label = "comments"

    def ready(self) -> None:
        from .models import CommentSettings, ScreeningWords
        from .signals import audit_settings_edit, forget_word_lists

        post_save.connect(forget_word_lists, sender=ScreeningWords, dispatch_uid="word-lists")
        for model in (CommentSettings, ScreeningWords):
            post_save.connect(audit_settings_edit, sender=model, dispatch_uid=f"audit-{model}")
