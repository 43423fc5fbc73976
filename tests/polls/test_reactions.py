""" "How does this story make you feel?": four faces, counted like poll votes, totals shown."""

import pytest
from django.urls import reverse

from kidsnews.polls import counting
from kidsnews.polls.models import VoteCount
from kidsnews.polls.queries import reaction_totals
from tests.factories import make_story

from .helpers import headers

pytestmark = pytest.mark.django_db


def react_url(story):
    return reverse("reactions:react", kwargs={"story_id": story.pk})


def test_every_story_offers_four_faces(client, tree):
    story = make_story(tree["stories"])
    html = client.get(story.url, **headers()).content.decode()
    assert "How does this story make you feel?" in html
    assert html.count('name="reaction"') == 4
    for label in ("Happy", "Surprised", "Sad", "Worried"):
        assert f'value="{label.lower()}"' in html


def test_a_reaction_counts_once_and_shows_the_totals(client, tree):
    story = make_story(tree["stories"])
    response = client.post(react_url(story), {"reaction": "surprised"}, **headers())
    assert response.status_code == 303 and not response.cookies
    html = client.get(response["Location"], **headers()).content.decode()
    assert "Thanks for telling us!" in html
    assert "1 reader so far, from readers like you" in html
    again = client.post(react_url(story), {"reaction": "sad"}, **headers())
    assert again["Location"].endswith("said=again")
    client.post(react_url(story), {"reaction": "sad"}, **headers(address="198.51.100.9"))
    totals = reaction_totals(story_id=story.pk)
    assert [(row.key, row.votes) for row in totals.rows] == [
        ("happy", 0),
        ("surprised", 1),
        ("sad", 1),
        ("worried", 0),
    ]
    if not counting.uses_redis():  # with Redis, the counts are in its hash (test_counting.py)
        assert set(VoteCount.objects.values_list("kind", flat=True)) == {"reaction"}


def test_with_javascript_the_totals_replace_the_faces(client, tree):
    story = make_story(tree["stories"])
    response = client.post(react_url(story) + "?fragment=1", {"reaction": "happy"}, **headers())
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert 'class="reactions__totals"' in html and ">1</strong>" in html


def test_an_unknown_reaction_is_a_kind_400(client, tree):
    story = make_story(tree["stories"])
    response = client.post(react_url(story), {"reaction": "angry"}, **headers())
    assert response.status_code == 400
    assert "Please pick one of the faces" in response.content.decode()
    assert not VoteCount.objects.exists()
    missing = reverse("reactions:react", kwargs={"story_id": 999999})
    assert client.post(missing, {"reaction": "happy"}).status_code == 404
