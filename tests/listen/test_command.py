"""`manage.py generate_audio`: speaks live stories now (make dev has no worker), skips those
already matching, and says kindly when the engine named does not exist."""

import pytest
from django.core.management import CommandError, call_command

from kidsnews.listen.models import StoryAudio

pytestmark = pytest.mark.django_db


def test_generate_audio_speaks_live_stories_once(no_network, short_story, capsys):
    call_command("generate_audio", "--engine", "espeak")
    stored = StoryAudio.objects.get(page_id=short_story.pk)
    assert stored.engine == "espeak-ng"
    assert "1 stories have audio" in capsys.readouterr().out

    call_command("generate_audio", "--engine", "espeak", "--page", str(short_story.pk))
    assert StoryAudio.objects.get().generated_at == stored.generated_at  # unchanged words


def test_an_unknown_engine_is_a_clear_error(short_story):
    with pytest.raises(CommandError, match="is not an engine"):
        call_command("generate_audio", "--engine", "nowhere.Voice")
    assert not StoryAudio.objects.exists()
