"""The home page and a story cost the same number of SQL queries with 3 stories or 40, whatever
the view counts (and, through the listing's annotation, comment counts)."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kidsnews.comments.models import Comment
from kidsnews.home.models import TopStorySlot
from kidsnews.popularity import counters

from ..comments.people import make_reader
from ..factories import make_image, make_story

pytestmark = pytest.mark.django_db

_addresses = (f"10.1.{n // 250}.{n % 250}" for n in itertools.count(1))


def add_comments(stories, reader, per_story):
    Comment.objects.bulk_create(
        Comment(
            story=story,
            reader=reader,
            text=f"Comment {n} on {story.pk}",
            text_fingerprint=f"{story.pk}-{n}",
            status=Comment.Status.APPROVED if n % 3 else Comment.Status.PENDING,
            screening_verdict=Comment.Verdict.PUBLISHABLE,
        )
        for story in stories
        for n in range(per_story)
    )


def add_stories(tree, images, count, start):
    topics = [tree["space"], tree["animals"]]
    made = []
    for number in range(start, start + count):
        story = make_story(
            tree["stories"],
            title=f"Story number {number} about rockets and penguins",
            slug=f"story-{number}",
            topics=topics[: 1 + number % 2],
            hero_image=images[number % len(images)],
        )
        # Views in this hour, so reading a story updates an existing row the same way each time.
        counters.add_to_database(
            page_id=story.pk, hour=counters.hour_of(timezone.now()), views=number
        )
        made.append(story)
    return made


def queries_for(client, url) -> int:
    # Each request from a new address, so the view is counted every time (the costlier path).
    client.get(url, REMOTE_ADDR=next(_addresses), HTTP_USER_AGENT="Mozilla/5.0 test")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, REMOTE_ADDR=next(_addresses), HTTP_USER_AGENT="Mozilla/5.0 test")
    assert response.status_code == 200
    return len(captured)


def test_home_and_story_query_counts_do_not_grow_with_content(client, tree):
    images = [make_image(title=f"Picture {n}", alt=f"Picture {n}") for n in range(3)]
    reader = make_reader()
    small = add_stories(tree, images, 3, start=0)
    add_comments(small, reader, per_story=1)
    story = small[0]
    TopStorySlot.objects.create(page=tree["home"], story=small[1], sort_order=0)
    home_small = queries_for(client, "/")
    story_small = queries_for(client, story.url)

    large = add_stories(tree, images, 37, start=3)
    add_comments(small + large, reader, per_story=6)
    images.extend(make_image(title=f"More {n}", alt=f"More {n}") for n in range(3))
    home_large = queries_for(client, "/")
    story_large = queries_for(client, story.url)

    print(f"queries: home {home_small} -> {home_large}, story {story_small} -> {story_large}")  # noqa: T201
    assert (home_large, story_large) == (home_small, story_small)
    # A sanity bound, so a fixed but silly number would be noticed too.
    assert home_small <= 12 and story_small <= 4, (home_small, story_small)


def test_story_page_query_count_is_exact(client, tree, django_assert_num_queries):
    images = [make_image(title="Picture", alt="Picture")]
    stories = add_stories(tree, images, 4, start=0)
    expected = queries_for(client, stories[0].url)
    add_stories(tree, images, 8, start=4)
    # Publishing forgets cached lookups (the header's Watch link): one request warms them again.
    client.get(stories[0].url, REMOTE_ADDR="10.9.9.8", HTTP_USER_AGENT="Mozilla/5.0 test")
    with django_assert_num_queries(expected):
        client.get(stories[0].url, REMOTE_ADDR="10.9.9.9", HTTP_USER_AGENT="Mozilla/5.0 test")
