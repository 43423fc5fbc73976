"""The video page, its VideoObject JSON-LD, the header's Watch link and the related video."""

import json
import re

import pytest
from django.test import Client

from tests.factories import make_story

from .helpers import make_video, make_video_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def bulletin(tree):
    index = make_video_index(tree["home"])
    return make_video(index, title="Daily bulletin", topics=[tree["space"]])


def json_ld(html):
    return json.loads(re.search(r'application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_player_has_captions_no_autoplay_and_a_transcript(bulletin):
    response = Client().get(bulletin.url)
    html = response.content.decode()
    assert not response.cookies
    video = re.search(r"<video[^>]*>", html).group(0)
    assert "controls" in video and 'preload="metadata"' in video and "poster=" in video
    assert "autoplay" not in html
    assert f'<source src="{bulletin.video.url}" type="video/mp4">' in html
    assert (
        f'<track kind="captions" src="{bulletin.captions.url}" srclang="en" label="English" default>'
        in html
    )
    assert bulletin.video.url.startswith("/media/") and bulletin.captions.url.startswith("/media/")
    assert "Hello and welcome to the news. Astronauts are home again." in html


def test_video_object_json_ld(bulletin):
    data = json_ld(Client().get(bulletin.url).content.decode())
    assert data["@type"] == "VideoObject"
    assert data["name"] == "Daily bulletin"
    assert data["description"] == bulletin.summary
    assert data["thumbnailUrl"][0].startswith("http://testserver/media/images/")
    assert data["uploadDate"].startswith(str(bulletin.first_published_at.date()))
    assert data["duration"] == "PT3S"
    assert data["contentUrl"] == f"http://testserver{bulletin.video.url}"
    assert data["transcript"].startswith("Hello and welcome")


def test_header_watch_link_opens_the_videos_and_the_slot_the_latest_bulletin(tree, bulletin):
    index = bulletin.get_parent()
    newer = make_video(index, title="Today's bulletin", days_ago=0)
    make_video(index, title="An explainer", is_bulletin=False, days_ago=0)
    html = Client().get("/").content.decode()
    # The header links the Watch section (issue 16, item 13), marked only when inside it.
    assert re.search(r'<a href="/watch/">Watch</a>', html)
    # The home page's Watch slot shows the latest bulletin.
    slot = html[html.index('id="watch-heading"') :]
    assert newer.title.replace("'", "&#x27;") in slot[:1500]


def test_story_more_like_this_shows_the_related_video_with_running_time(tree, bulletin):
    story = make_story(tree["stories"], topics=[tree["space"]])
    html = Client().get(story.url).content.decode()
    card = html[html.index('class="video-card"') :]
    assert bulletin.url in card[:600]
    assert '<span class="visually-hidden">Running time </span>0:03' in card
