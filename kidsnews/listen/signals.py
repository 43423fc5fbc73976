"""Publishing a page with words to read enqueues its audio; the publish never waits for it."""

import logging

from django.conf import settings
from django.db import transaction
from wagtail.signals import page_published

logger = logging.getLogger(__name__)


def enqueue_story_audio(sender, instance, **kwargs):
    if not settings.LISTEN_ON_PUBLISH:
        return
    page_id = instance.pk

    def enqueue():
        from .tasks import generate_story_audio

        try:
            generate_story_audio.enqueue(page_id)
        except Exception:
            # The story is published; the audio can be made later (manage.py generate_audio).
            logger.exception("Listen: could not make the audio of page %s", page_id)

    transaction.on_commit(enqueue)


def connect() -> None:
    from kidsnews.articles.models import ArticlePage

    page_published.connect(
        enqueue_story_audio, sender=ArticlePage, dispatch_uid="listen-enqueue-audio"
    )
