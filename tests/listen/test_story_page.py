"""The story page's Listen player: sentences marked with the cue ids of the timings track,
the plain player once the audio exists (also in a page stored in the page cache), an editor's
recording played instead, and publishing enqueuing the audio without ever failing the publish."""

import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from wagtailmedia.models import Media

from kidsnews.listen import engines
from kidsnews.listen.models import StoryAudio
from kidsnews.listen.services import generate_story_audio
from kidsnews.listen.text import story_sentences

from ..factories import make_story
from ..foundation.test_story_page import json_ld
from .conftest import SHORT_BODY

pytestmark = pytest.mark.django_db


def test_without_audio_the_words_are_not_marked(client, short_story):
    html = client.get(short_story.url).content.decode()
    assert "<h1>A pool for penguins</h1>" in html
    assert "listen-s" not in html and "data-listen" not in html


def test_the_player_appears_when_the_audio_is_made_even_in_a_cached_page(
    client, settings, short_story
):
    settings.PAGE_CACHE_ENABLED = True
    assert "<audio" not in client.get(short_story.url).content.decode()
    assert client.get(short_story.url).headers.get("X-Page-Cache") == "hit"

    stored = generate_story_audio(page=short_story, engine=engines.get_engine("espeak", voice=""))

    response = client.get(short_story.url)
    html = response.content.decode()
    assert response.headers.get("X-Page-Cache") != "hit"
    assert f"a{short_story.pk}" in response.headers["Surrogate-Key"].split()
    assert '<audio class="listen__audio" controls preload="none"' in html
    assert f'<source src="{stored.opus.url}" type="audio/webm; codecs=opus">' in html
    assert f'<source src="{stored.mp3.url}" type="audio/mpeg">' in html
    assert f'<track kind="metadata" src="{stored.timings.url}"' in html
    assert "js/listen.js" in html
    # Each sentence in the page carries its cue's id, the body's stored fragment included.
    for sentence in story_sentences(short_story):
        assert f'id="{sentence.cue_id}"' in html
    heading = re.search(r"<h1>(.*?)</h1>", html).group(1)
    assert re.sub(r"<[^>]+>", "", heading) == "A pool for penguins"  # reads the same
    (article,) = [item for item in json_ld(html) if item["@type"] == "NewsArticle"]
    assert article["audio"]["@type"] == "AudioObject"
    assert article["audio"]["contentUrl"].endswith(stored.mp3.url)
    assert article["audio"]["duration"] == f"PT{round(stored.duration_seconds)}S"
    # The files are served from our own origin at their stored URLs.
    assert client.get(stored.timings.url).status_code == 200


def test_publishing_enqueues_the_audio(settings, tree, django_capture_on_commit_callbacks):
    settings.LISTEN_ON_PUBLISH = True
    with django_capture_on_commit_callbacks(execute=True) as enqueued:
        story = make_story(tree["stories"], title="Owls at night", slug="owls", body=SHORT_BODY)
    assert enqueued  # queued for after the commit: the publish does not wait for it
    # The test settings run tasks at once (ImmediateBackend); the site's worker runs them later.
    stored = StoryAudio.objects.get(page_id=story.pk)
    assert stored.sentence_count == len(story_sentences(story))


def test_a_failing_engine_never_fails_the_publish(
    settings, tree, caplog, django_capture_on_commit_callbacks
):
    settings.LISTEN_ON_PUBLISH = True
    settings.LISTEN_ENGINE = "no.such.Engine"
    with django_capture_on_commit_callbacks(execute=True):
        story = make_story(tree["stories"], title="Bats at dawn", slug="bats", body=SHORT_BODY)
    story.refresh_from_db()
    assert story.live
    assert not StoryAudio.objects.filter(page_id=story.pk).exists()
    assert "is not an engine" in caplog.text  # logged by the task runner, for the operator


def test_an_editors_recording_is_played_and_never_replaced(client, short_story):
    media = Media(title="Read by Sam", type="audio")
    media.file.save("sam-reads.mp3", ContentFile(b"ID3 not really audio"), save=False)
    media.save()
    short_story.listen_recording = media
    short_story.save_revision().publish()

    assert (
        generate_story_audio(page=short_story, engine=engines.get_engine("espeak", voice=""))
        is None
    )
    assert not StoryAudio.objects.exists()
    html = client.get(short_story.url).content.decode()
    assert f'<source src="{media.file.url}" type="audio/mpeg">' in html
    assert "Read aloud by one of our team." in html
    assert "<track" not in html
    assert Path(media.file.path).exists()


def test_a_glossary_word_is_marked_inside_a_sentence_being_read(client, short_story):
    """The story body goes through both: Listen's sentence marks, then the glossary's first-use
    mark inside them, so the highlighted sentence still holds the tappable word."""
    from kidsnews.glossary.services import add_term

    add_term(word="keeper", forms="keepers", definition="A person who looks after zoo animals.")
    generate_story_audio(page=short_story, engine=engines.get_engine("espeak", voice=""))
    html = client.get(short_story.url).content.decode()
    assert re.search(
        r'<span class="listen-s"[^>]*>The <a class="glossary-word" [^>]*>keepers</a> filled',
        html,
    )
    for cue in story_sentences(short_story):
        assert f'id="{cue.cue_id}"' in html
    assert "A person who looks after zoo animals." in html  # the Words in this story box
