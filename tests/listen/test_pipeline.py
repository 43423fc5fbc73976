"""The pipeline on a short story, offline: speak each sentence, join, encode Opus (WebM) and
MP3 with imageio-ffmpeg's ffmpeg, write one WebVTT cue per sentence. The files decode and last
as long as the timings say, with the floor engine (espeak-ng) and the shipped one (hibari)."""

import re
from pathlib import Path

import numpy as np
import pytest

from kidsnews.listen import audio, engines
from kidsnews.listen.models import StoryAudio
from kidsnews.listen.services import generate_story_audio
from kidsnews.listen.text import story_sentences

pytestmark = pytest.mark.django_db

# Opus and MP3 frames are 20-26 ms; the encoders pad the ends a little.
TOLERANCE_SECONDS = 0.08


def _check_audio(stored: StoryAudio, sentences):
    vtt = Path(stored.timings.path).read_text()
    assert vtt.startswith("WEBVTT\n")
    cue_ids = re.findall(r"^(ls-[\w-]+)$", vtt, flags=re.MULTILINE)
    assert cue_ids == [s.cue_id for s in sentences]
    ends = audio.parse_webvtt_ends(vtt)
    assert len(ends) == len(sentences) == stored.sentence_count
    assert ends == sorted(ends) and ends[0] > 0.3
    for field in (stored.opus, stored.mp3):
        played = audio.decoded_seconds(field.path)
        assert abs(played - ends[-1]) < TOLERANCE_SECONDS, (field.name, played, ends[-1])
    assert abs(stored.duration_seconds - ends[-1]) < 0.002
    assert Path(stored.opus.path).read_bytes()[:4] == b"\x1aE\xdf\xa3"  # EBML: WebM
    assert stored.opus.name.endswith(".webm") and stored.mp3.name.endswith(".mp3")


@pytest.mark.parametrize(
    ("engine_name", "engine_label", "voice"),
    [("espeak", "espeak-ng", "en-gb"), ("hibari", "hibari", "heart")],
)
def test_a_short_story_is_spoken_and_timed_offline(
    no_network, short_story, engine_name, engine_label, voice
):
    engine = engines.get_engine(engine_name, voice="")
    stored = generate_story_audio(page=short_story, engine=engine)

    assert (stored.engine, stored.voice) == (engine_label, voice)
    sentences = story_sentences(short_story)
    assert [s.text for s in sentences] == [
        "A pool for penguins",
        "The zoo's penguins have somewhere new to swim.",
        "Penguins at the zoo got a new pool.",
        "The keepers filled it with cold water!",
        "Why cold?",
        "Penguins like the cold.",
        "They dived in at once.",
        "Would you like to go to space?",
    ][: len(sentences)]
    _check_audio(stored, sentences)


def test_the_engines_speak_rather_than_stay_silent(no_network):
    for name in ("espeak", "hibari"):
        samples = engines.get_engine(name, voice="").synthesise("Hello, readers!")
        assert samples.dtype == np.float32
        assert 0.4 < len(samples) / engines.get_engine(name, voice="").sample_rate < 3
        assert float(np.sqrt(np.mean(samples**2))) > 0.01  # not silence


def test_same_words_keep_their_files_and_new_words_replace_them(
    no_network, short_story, django_capture_on_commit_callbacks
):
    engine = engines.get_engine("espeak", voice="")
    first = generate_story_audio(page=short_story, engine=engine)
    first_names = (first.opus.name, first.mp3.name, first.timings.name)
    first_generated_at = first.generated_at

    again = generate_story_audio(page=short_story, engine=engine)
    assert (again.opus.name, again.mp3.name, again.timings.name) == first_names
    assert again.generated_at == first_generated_at  # nothing was spoken again

    short_story.title = "A bigger pool for penguins"
    short_story.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        changed = generate_story_audio(page=short_story, engine=engine)
    assert changed.opus.name != first_names[0]
    assert StoryAudio.objects.count() == 1
    assert not Path(first.opus.path).exists()  # the old words' audio is gone
    assert "A bigger pool for penguins" in Path(changed.timings.path).read_text()


def test_an_unknown_engine_or_a_voice_that_would_be_downloaded_is_refused(settings):
    with pytest.raises(engines.EngineError):
        engines.get_engine("no.such.Engine", voice="")
    settings.LISTEN_MODEL_PATH = ""
    with pytest.raises(engines.EngineError, match="not in the wheel"):
        engines.get_engine("hibari", voice="emma")
