"""WebVTT checking and the running time read from a real encoded file."""

import pytest
from django.core.exceptions import ValidationError

from kidsnews.videos.captions import parse_webvtt, transcript_paragraphs
from kidsnews.videos.models import iso_duration
from kidsnews.videos.probe import parse_duration, read_duration

from .helpers import CAPTIONS, make_media, tiny_mp4


def test_webvtt_cues_are_read_without_markup():
    cues = parse_webvtt(CAPTIONS)
    assert [(c.start, c.end) for c in cues] == [(0.0, 1.5), (1.5, 3.0)]
    assert cues[1].text == "Astronauts are home again."


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1\n00:00:01.000 --> 00:00:02.000\nHi\n", "first line must be WEBVTT"),
        ("WEBVTT\n", "no captions"),
        ("WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nHi\n", "not valid WebVTT"),
        ("WEBVTT\n\n00:00:03.000 --> 00:00:02.000\nHi\n", "must end after it starts"),
        ("WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nHi\n", "first line must be WEBVTT"),
    ],
)
def test_not_webvtt_is_refused_with_a_reason(text, reason):
    with pytest.raises(ValidationError, match=reason):
        parse_webvtt(text)


def test_transcript_breaks_paragraphs_at_pauses():
    cues = [
        {"start": 0, "end": 1, "text": "Hello."},
        {"start": 1, "end": 2, "text": "Welcome."},
        {"start": 5, "end": 6, "text": "Next story."},
    ]
    assert transcript_paragraphs(cues) == ["Hello. Welcome.", "Next story."]


def test_duration_is_parsed_from_ffmpeg_output():
    assert parse_duration("  Duration: 00:01:32.04, start: 0.000000") == pytest.approx(92.04)
    assert parse_duration("Invalid data found") is None


def test_duration_is_read_from_a_real_encoded_file(tmp_path):
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(tiny_mp4())
    assert read_duration(str(clip)) == pytest.approx(3.0, abs=0.1)
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video")
    assert read_duration(str(broken)) is None


@pytest.mark.django_db
def test_uploading_a_video_sets_its_running_time():
    media = make_media()
    media.refresh_from_db()
    assert media.duration == pytest.approx(3.0, abs=0.1)


@pytest.mark.parametrize(
    ("seconds", "iso"), [(92.4, "PT1M32S"), (3, "PT3S"), (3600, "PT1H"), (60, "PT1M"), (0, "PT0S")]
)
def test_iso_8601_durations(seconds, iso):
    assert iso_duration(seconds) == iso


@pytest.mark.django_db
def test_a_typed_running_time_does_not_survive_a_save():
    media = make_media()
    media.duration = 999
    media.save()
    media.refresh_from_db()
    assert media.duration == pytest.approx(3.0, abs=0.1)
