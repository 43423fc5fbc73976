"""The home page: lead story, Top Stories (picks, then most read, then newest), topics, JSON-LD."""

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from kidsnews.home.models import TopStorySlot
from kidsnews.home.queries import front_page
from kidsnews.popularity import counters

from ..factories import make_image, make_story

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


@pytest.fixture
def stories(tree):
    return [
        make_story(tree["stories"], title=f"Story {n}", slug=f"story-{n}", published_at=days_ago(n))
        for n in range(1, 10)
    ]


def test_lead_is_the_newest_and_top_stories_follow_newest_first(tree, stories):
    shown = front_page(home=tree["home"])
    assert shown["lead_story"] == stories[0]
    assert shown["top_stories"] == stories[1:7]


def test_editor_picks_then_most_read_then_newest(tree, stories):
    home = tree["home"]
    TopStorySlot.objects.create(page=home, story=stories[8], sort_order=0)
    TopStorySlot.objects.create(page=home, story=stories[7], sort_order=1)
    hour = counters.hour_of(timezone.now())
    counters.add_to_database(page_id=stories[5].pk, hour=hour, views=9)
    counters.add_to_database(page_id=stories[6].pk, hour=hour, views=4)
    # Views older than 48 hours do not count any more.
    counters.add_to_database(page_id=stories[4].pk, hour=counters.hour_of(days_ago(3)), views=500)
    shown = front_page(home=home)
    assert shown["lead_story"] == stories[0]
    assert shown["top_stories"] == [
        stories[8],
        stories[7],
        stories[5],
        stories[6],
        stories[1],
        stories[2],
    ]


def test_an_editors_lead_story_is_not_repeated_below(tree, stories):
    home = tree["home"]
    home.lead_story = stories[3]
    home.save()
    shown = front_page(home=home)
    assert shown["lead_story"] == stories[3]
    assert stories[3] not in shown["top_stories"]
    assert len(shown["top_stories"]) == 6


def test_home_page_shows_pictures_with_alt_text_topics_and_structured_data(client, tree):
    image = make_image(alt="An astronaut waving from a window")
    make_story(tree["stories"], title="Lead story", published_at=days_ago(0))
    make_story(tree["stories"], title="Astronaut waves", hero_image=image, published_at=days_ago(1))
    response = client.get("/")
    html = response.content.decode()
    assert not response.cookies
    top = html.split('id="top-stories-heading"', 1)[1]
    assert "Astronaut waves" in top
    assert 'alt="An astronaut waving from a window"' in top
    assert tree["space_page"].url in html and "Animals" in html

    graph = {node["@type"]: node for node in json_ld(html)["@graph"]}
    action = graph["WebSite"]["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == "http://testserver/search/?q={search_term_string}"
    items = graph["ItemList"]["itemListElement"]
    assert [item["name"] for item in items] == ["Astronaut waves"]
    assert items[0]["url"].startswith("http://testserver/")


def test_top_stories_show_approved_comment_counts(client, tree, stories):
    from kidsnews.comments.models import Comment

    from ..comments.people import make_reader

    reader = make_reader()
    for n, status in enumerate(["approved", "approved", "pending", "rejected"]):
        Comment.objects.create(
            story=stories[1],
            reader=reader,
            text=f"Comment {n}",
            text_fingerprint=str(n),
            status=status,
            screening_verdict=Comment.Verdict.PUBLISHABLE,
        )
    shown = front_page(home=tree["home"])
    assert [story.approved_comment_count for story in shown["top_stories"][:2]] == [2, 0]
    top = client.get("/").content.decode().split('id="top-stories-heading"', 1)[1]
    assert "2 comments" in top and "0 comments" in top
