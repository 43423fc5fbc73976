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
