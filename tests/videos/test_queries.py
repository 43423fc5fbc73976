import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kidsnews.videos.queries import latest_bulletin, latest_bulletin_url, related_video
from tests.factories import make_story

from .helpers import make_video, make_video_index

pytestmark = pytest.mark.django_db


def test_latest_bulletin_is_newest_live_bulletin(tree):
    index = make_video_index(tree["home"])
    assert latest_bulletin() is None
    assert latest_bulletin_url() is None
    make_video(index, title="Older bulletin", is_bulletin=True, days_ago=2)
    newest = make_video(index, title="Newest bulletin", is_bulletin=True, days_ago=1)
    make_video(index, title="Not a bulletin", is_bulletin=False, days_ago=0)
    draft = make_video(index, title="Draft bulletin", is_bulletin=True, publish=False)
    assert latest_bulletin() == newest
    assert latest_bulletin_url() == newest.url
    assert draft.live is False


def test_related_video_shares_a_topic_newest_first_in_one_query(tree):
    index = make_video_index(tree["home"])
    story = make_story(tree["stories"], topics=[tree["space"]])
    make_video(index, title="Penguins", topics=[tree["animals"]], days_ago=0)
    make_video(index, title="Old rockets", topics=[tree["space"]], days_ago=3)
    newer = make_video(index, title="New rockets", topics=[tree["space"]], days_ago=1)
    story = type(story).objects.get(pk=story.pk)
    with CaptureQueriesContext(connection) as queries:
        found = related_video(story=story)
    assert found == newer
    assert len(queries) == 1
    assert found.video.duration > 0  # selected with it: the card needs no second query


def test_related_video_none_without_shared_topic(tree):
    index = make_video_index(tree["home"])
    story = make_story(tree["stories"], topics=[tree["space"]])
    make_video(index, title="Penguins", topics=[tree["animals"]])
    assert related_video(story=story) is None
