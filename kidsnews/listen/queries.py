"""Reads for the Listen player: what a page plays, tagged so its cached copies renew."""

from __future__ import annotations

from dataclasses import dataclass

from kidsnews.caching import store, tags


def listen_tag(page_id: int) -> str:
    """A page's read-aloud audio: its player and the audio in its JSON-LD."""
    return f"a{page_id}"


@dataclass(frozen=True)
class Player:
    sources: list[tuple[str, str]]  # (URL, MIME type), best first
    timings_url: str  # "" for an editor's recording (no sentence timings)
    duration_seconds: float | None
    is_human: bool
    engine: str = ""
    voice: str = ""

    @property
    def download_url(self) -> str:
        return self.sources[-1][0]  # the MP3 when there is one: it plays everywhere


def has_own_recording(page) -> bool:
    return bool(getattr(page, "listen_recording_id", None))


def player_for(page) -> Player | None:
    """What the page's Listen player plays: the editor's recording if there is one, else the
    generated audio, else nothing (audio not made yet). Tags the render either way, so the
    player appears once the audio is generated."""
    from .models import StoryAudio

    tags.add(listen_tag(page.pk))
    if has_own_recording(page):
        media = page.listen_recording
        if media and media.file:
            return Player(
                sources=[(media.file.url, _mime(media.file.name))],
                timings_url="",
                duration_seconds=media.duration or None,
                is_human=True,
            )
    # Kept in the cache under the player's tag (invalidated when audio is made or replaced), so
    # a story whose fragments are stored costs no query for it.
    stored = store.cached(
        f"listen-audio:{page.pk}",
        lambda: StoryAudio.objects.filter(page_id=page.pk).first(),
        seed=[listen_tag(page.pk)],
    )
    if stored is None:
        return None
    return Player(
        sources=[(stored.opus.url, "audio/webm; codecs=opus"), (stored.mp3.url, "audio/mpeg")],
        timings_url=stored.timings.url,
        duration_seconds=stored.duration_seconds,
        is_human=False,
        engine=stored.engine,
        voice=stored.voice,
    )


def audio_urls(page) -> list[str]:
    """Every URL the page's player may fetch (for the offline edition's service worker)."""
    player = player_for(page)
    if player is None:
        return []
    return [url for url, _ in player.sources] + ([player.timings_url] if player.timings_url else [])


def _mime(name: str) -> str:
    lowered = name.lower()
    for ending, mime in (
        (".mp3", "audio/mpeg"),
        (".m4a", "audio/mp4"),
        (".ogg", "audio/ogg"),
        (".oga", "audio/ogg"),
        (".opus", "audio/ogg; codecs=opus"),
        (".webm", "audio/webm"),
        (".wav", "audio/wav"),
    ):
        if lowered.endswith(ending):
            return mime
    return "audio/mpeg"
