"""Signals other apps listen to. Sent by comments/services.py only, after the change commits."""

from django.dispatch import Signal

# Sent (sender=ArticlePage, story=<ArticlePage>) after anything readers can see about a story's
# comments changed: a comment approved, an approved one removed, its count moved. The page cache
# listens to purge the story and every list that prints its count (home, topics, feeds).
story_comments_changed = Signal()


def forget_word_lists(**kwargs) -> None:
    """An edited word list applies to the next comment screened, without a restart."""
    from django.core.cache import cache

    from .queries import WORD_LISTS_CACHE_KEY

    cache.delete(WORD_LISTS_CACHE_KEY)


def audit_settings_edit(sender, instance, created=False, **kwargs) -> None:
    """Edits made in Wagtail's settings form bypass services.py; record them all the same.

    Wagtail's settings view does not tell the model who saved it, so the row says where the
    change came from; changes made through `set_comments_paused` are logged there with the
    moderator's name and are not logged twice.
    """
    # `created`: Wagtail makes the row with its defaults on first read; nobody changed anything.
    if created or getattr(instance, "_audited", False):
        return
    from django.forms.models import model_to_dict

    from .models import AuditLog

    AuditLog.objects.create(
        actor=None,
        actor_label="admin settings form",
        action=f"edit_{sender._meta.model_name}",
        detail="settings changed",
        data={k: str(v) for k, v in model_to_dict(instance).items()},
    )
