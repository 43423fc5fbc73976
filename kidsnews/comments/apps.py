from django.apps import AppConfig
from django.db.models.signals import post_save


class CommentsConfig(AppConfig):
    name = "kidsnews.comments"
    label = "comments"

    def ready(self) -> None:
        from kidsnews.core import content_cache

        from .models import CommentSettings, ScreeningWords
        from .signals import audit_settings_edit, forget_word_lists, story_comments_changed

        post_save.connect(forget_word_lists, sender=ScreeningWords, dispatch_uid="word-lists")
        for model in (CommentSettings, ScreeningWords):
            post_save.connect(audit_settings_edit, sender=model, dispatch_uid=f"audit-{model}")
        # Comment counts shown in stored fragments ("More like this" cards) change with these.
        story_comments_changed.connect(
            content_cache.forget_comment_counts, dispatch_uid="content-cache-comment-counts"
        )
