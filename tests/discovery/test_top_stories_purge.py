"""A story entering or leaving Top Stories through the most read purges the home page at the
next write of the view counts (about once a second), not when its cached copy expires."""

import pytest
from django.utils import timezone

from kidsnews.home.signals import invalidate_when_most_read_changes
from kidsnews.popularity import counters
from kidsnews.popularity.counters import PendingViews

from ..factories import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def add_views(story, views):
    counters.add_to_database(page_id=story.pk, hour=counters.hour_of(timezone.now()), views=views)


def top_stories(html: str) -> str:
    return html[html.index('id="top-stories-heading"') :]


def test_a_story_entering_the_most_read_is_on_the_next_home_request(client, tree):
    # Seven stories: the newest leads, six fill Top Stories, so the oldest is not shown.
    stories = [make_story(tree["stories"], title=f"Story {n}", slug=f"story-{n}") for n in range(8)]
    oldest = stories[0]
    for story in stories[1:]:
        add_views(story, 5)
    assert invalidate_when_most_read_changes() is True  # first look: nothing seen before
    assert "Story 0" not in top_stories(client.get("/").content.decode())
    assert client.get("/")["X-Page-Cache"] == "hit"

    assert invalidate_when_most_read_changes() is False  # same order: nothing purged
    assert client.get("/")["X-Page-Cache"] == "hit"

    add_views(oldest, 100)  # the oldest story is suddenly the most read
    assert invalidate_when_most_read_changes() is True
    page = client.get("/")
    assert page["X-Page-Cache"] == "miss"
    assert "Story 0" in top_stories(page.content.decode())


def test_the_home_page_listens_to_written_counts(tree):
    from kidsnews.popularity.signals import views_written

    story = make_story(tree["stories"])
    pending = PendingViews()
    with pending.lock:
        pending.counts[(story.pk, counters.hour_of(timezone.now()))] += 3
    assert pending.flush() == 3
    receivers = [receiver for receiver, _answer in views_written.send(sender=PendingViews)]
    assert invalidate_when_most_read_changes in receivers
