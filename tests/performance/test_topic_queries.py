"""A topic page renders in a fixed, small number of SQL queries whatever it lists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ..factories import make_image, make_story

pytestmark = pytest.mark.django_db

MAX_TOPIC_QUERIES = 20


def count_queries(client, url) -> int:
    client.get(url)  # per-process lookups (site root paths, content types) are warm after one
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_topic_page_queries_do_not_grow_with_stories_or_pictures(client, tree):
    url = tree["space_page"].url
    pictures = [make_image(title=f"Picture {n}") for n in range(3)]
    make_story(
        tree["stories"], title="The only one", topics=[tree["space"]], hero_image=pictures[0]
    )
    few = count_queries(client, url)

    for number in range(13):
        make_story(
            tree["stories"],
            title=f"Story {number}",
            topics=[tree["space"], tree["animals"]],
            hero_image=pictures[number % 3],
        )
    many = count_queries(client, url)
    second_page = count_queries(client, url + "?page=2")

    assert many == few, f"{few} queries with one story, {many} with a full page of 12"
    assert second_page <= many
    assert many <= MAX_TOPIC_QUERIES
