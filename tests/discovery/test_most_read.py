"""'Most read' counts views per hour on the server, ignoring bots and reloads, storing no reader."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from kidsnews.popularity import counters
from kidsnews.popularity.models import HourlyViews
from kidsnews.popularity.queries import most_read_page_ids, views_of
from kidsnews.popularity.services import record_view, rollup_views

from ..factories import make_story
from ..security.servers import throwaway_redis

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130 Mobile Safari/537.36"

pytestmark = pytest.mark.django_db


def read(client, story, *, agent=BROWSER, address="10.0.0.1"):
    return client.get(story.url, HTTP_USER_AGENT=agent, REMOTE_ADDR=address)


def test_a_read_is_counted_and_sets_no_cookie(client, tree):
    story = make_story(tree["stories"], title="Comet seen")
    response = read(client, story)
    assert response.status_code == 200
    assert not response.cookies
    assert views_of(page_id=story.pk) == 1


def test_reloads_within_a_minute_from_one_fingerprint_count_once(client, tree):
    story = make_story(tree["stories"], title="Comet seen")
    for _ in range(4):
        read(client, story)
    assert views_of(page_id=story.pk) == 1
    read(client, story, agent=BROWSER + " Firefox/133")
    read(client, story, address="10.0.0.2")
    assert views_of(page_id=story.pk) == 3


@pytest.mark.parametrize(
    "agent",
    ["", "Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5", "python-requests/2.32"],
)
def test_bots_are_not_counted(client, tree, agent):
    story = make_story(tree["stories"], title="Comet seen")
    read(client, story, agent=agent)
    assert views_of(page_id=story.pk) == 0


def test_reads_served_from_the_page_cache_count_too(client, tree, settings):
    settings.PAGE_CACHE_ENABLED = True
    story = make_story(tree["stories"], title="Comet seen")
    first = read(client, story)
    second = read(client, story, address="10.0.0.2")
    assert second.get("X-Page-Cache") == "hit", first.get("X-Page-Cache")
    assert "X-Kidsnews-Story-Read" not in second
    assert views_of(page_id=story.pk) == 2


def test_prefetches_and_posts_are_not_counted(tree):
    story = make_story(tree["stories"], title="Comet seen")
    factory = RequestFactory()
    prefetch = factory.get("/", HTTP_USER_AGENT=BROWSER, HTTP_SEC_PURPOSE="prefetch")
    post = factory.post("/", HTTP_USER_AGENT=BROWSER)
    assert not record_view(request=prefetch, page_id=story.pk)
    assert not record_view(request=post, page_id=story.pk)


def test_nothing_about_the_reader_reaches_the_database(tree):
    story = make_story(tree["stories"], title="Comet seen")
    request = RequestFactory().get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.9")
    two_hours_ago = timezone.now() - timedelta(hours=2)
    assert record_view(request=request, page_id=story.pk, now=two_hours_ago)
    rollup_views()  # with Redis, finished hours reach the database only now
    row = HourlyViews.objects.get()
    stored = {field.name for field in HourlyViews._meta.fields}
    assert stored == {"id", "page", "hour", "views"}
    assert (row.page_id, row.views) == (story.pk, 1)
    assert row.hour.minute == row.hour.second == 0


def test_most_read_ranks_by_views_in_the_window(tree):
    older = make_story(tree["stories"], title="Old favourite")
    fresh = make_story(tree["stories"], title="New favourite")
    now = timezone.now()
    counters.add_to_database(
        page_id=older.pk, hour=counters.hour_of(now - timedelta(hours=60)), views=50
    )
    counters.add_to_database(page_id=older.pk, hour=counters.hour_of(now), views=2)
    counters.add_to_database(page_id=fresh.pk, hour=counters.hour_of(now), views=3)
    assert most_read_page_ids(hours=48) == [fresh.pk, older.pk]


def test_rollup_drops_old_hours_and_keeps_recent_ones(tree):
    story = make_story(tree["stories"], title="Comet seen")
    now = timezone.now()
    counters.add_to_database(
        page_id=story.pk, hour=counters.hour_of(now - timedelta(hours=100)), views=5
    )
    counters.add_to_database(page_id=story.pk, hour=counters.hour_of(now), views=1)
    assert rollup_views(keep_hours=72)["dropped_rows"] == 1
    assert list(HourlyViews.objects.values_list("views", flat=True)) == [1]
    call_command("rollup_popularity", "--keep-hours", "48", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert HourlyViews.objects.count() == 1


@pytest.fixture
def redis_counters(monkeypatch):
    """The counters' Redis path against a real Redis: our own throwaway server, so the test
    runs (and may stop it) on the embedded default and in CI alike."""
    import redis

    with throwaway_redis() as server:
        client = redis.Redis.from_url(server.url())
        monkeypatch.setattr(counters, "uses_redis", lambda: True)
        monkeypatch.setattr(counters, "_redis", lambda: client)
        yield server


def test_redis_counts_then_flushes_finished_hours_to_the_database(tree, redis_counters):
    story = make_story(tree["stories"], title="Comet seen")
    now = timezone.now()
    earlier = counters.hour_of(now - timedelta(hours=2))
    counters.increment(page_id=story.pk, hour=earlier)
    counters.increment(page_id=story.pk, hour=earlier)
    counters.increment(page_id=story.pk, hour=counters.hour_of(now))
    assert HourlyViews.objects.count() == 0
    assert views_of(page_id=story.pk) == 3
    assert rollup_views(now=now)["flushed_hours"] == 1
    assert HourlyViews.objects.get().views == 2
    assert views_of(page_id=story.pk) == 3


def test_with_redis_gone_views_are_counted_in_the_database(tree, redis_counters):
    story = make_story(tree["stories"], title="Comet seen")
    hour = counters.hour_of(timezone.now())
    counters.increment(page_id=story.pk, hour=hour)
    redis_counters.stop()
    counters.increment(page_id=story.pk, hour=hour)
    assert HourlyViews.objects.get(page_id=story.pk).views == 1
    assert views_of(page_id=story.pk) == 1, "ranking falls back to what the database holds"
