"""Making a page's read-aloud audio: the one state change of Listen."""

from __future__ import annotations

import hashlib
import json
import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from kidsnews.caching import tags

from . import audio, engines
from .models import StoryAudio
from .queries import has_own_recording, listen_tag
from .text import story_sentences

logger = logging.getLogger(__name__)


def text_hash(*, sentences, engine) -> str:
    """What the audio depends on: the sentences (and their cue ids), the engine and voice."""
    payload = json.dumps(
        [engine.name, engine.voice, [(s.cue_id, s.text) for s in sentences]], ensure_ascii=False
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def generate_story_audio(*, page, engine=None, force: bool = False) -> StoryAudio | None:
    """Speak the live page's words and store the audio, its MP3 and its timings track, unless
    they already match the words (then the stored audio is returned untouched) or an editor
    gave the story a recording of their own (None: a person's reading is never replaced).
    Pages that show the player are invalidated once the new audio is in place."""
    page = page.specific
    if has_own_recording(page):
        logger.info("Listen: page %s has an editor's recording; nothing generated", page.pk)
        return None
    sentences = story_sentences(page)
    if not sentences:
        return None
    engine = engine or engines.get_engine()
    digest = text_hash(sentences=sentences, engine=engine)
    existing = StoryAudio.objects.filter(page_id=page.pk).first()
    if existing and existing.text_hash == digest and not force:
        return existing

    recording = audio.speak(sentences, engine)
    encoded = audio.encode(recording)
    vtt = audio.webvtt(recording.cues)

    stored = existing or StoryAudio(page_id=page.pk)
    old_files = [f.name for f in (stored.opus, stored.mp3, stored.timings) if f]
    stored.text_hash = digest
    stored.engine = engine.name
    stored.voice = engine.voice
    stored.duration_seconds = recording.duration
    stored.sentence_count = len(recording.cues)
    stored.generated_at = timezone.now()
    stem = digest[:16]
    for field, name, content in (
        (stored.opus, f"{stem}.webm", encoded["webm"]),
        (stored.mp3, f"{stem}.mp3", encoded["mp3"]),
        (stored.timings, f"{stem}.vtt", vtt.encode()),
    ):
        full_name = field.field.generate_filename(stored, name)
        if field.storage.exists(full_name):  # the same words again (force): same URL
            field.storage.delete(full_name)
        field.save(name, ContentFile(content), save=False)
    with transaction.atomic():
        stored.save()
        tags.invalidate([listen_tag(page.pk)])
    new_files = {stored.opus.name, stored.mp3.name, stored.timings.name}
    storage = stored.opus.storage
    for name in old_files:
        if name not in new_files:
            transaction.on_commit(lambda name=name: storage.delete(name))
    logger.info(
        "Listen: page %s, %d sentences, %.1f s of audio (%s/%s)",
        page.pk,
        stored.sentence_count,
        stored.duration_seconds,
        stored.engine,
        stored.voice,
    )
    return stored
