"""Editors: polls in the admin, a warning (never a block) when the screener would hold a
poll's words, and the page cache kept only while a poll is open."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from kidsnews.caching.middleware import PageCacheMark
from kidsnews.polls.models import Poll
from kidsnews.polls.queries import poll_warnings
from kidsnews.polls.wagtail_hooks import keep_page_only_while_its_poll_is_open

from .helpers import PHONE, make_poll, story_with_poll

pytestmark = pytest.mark.django_db


def test_screener_rules_find_problems_in_a_polls_words():
    assert poll_warnings(question="Which pet would you like?", answers=["A dog", "A cat"]) == []
    found = poll_warnings(
        question="Which pet would you like?",
        answers=["A dog", "call me on 07700 900123"],
    )
    assert found and all(line.startswith("Answer 2:") for line in found)


@pytest.fixture
def editor_client(client):
    admin = get_user_model().objects.create_superuser("editor-ed", "ed@example.com", "pw-long-1")
    client.force_login(admin)
    return client


def form_data(question, answers):
    data = {
        "question": question,
        "closes_at": "2099-01-01 12:00",
        "answers-TOTAL_FORMS": str(len(answers)),
        "answers-INITIAL_FORMS": "0",
        "answers-MIN_NUM_FORMS": "2",
        "answers-MAX_NUM_FORMS": "6",
    }
    for number, text in enumerate(answers):
        data[f"answers-{number}-text"] = text
        data[f"answers-{number}-ORDER"] = str(number + 1)
        data[f"answers-{number}-DELETE"] = ""
        data[f"answers-{number}-id"] = ""
    return data


def test_a_poll_with_risky_words_is_saved_with_a_warning(editor_client, tree):
    url = reverse("wagtailsnippets_polls_poll:add")
    data = form_data("Add me on roblox?", ["Yes", "No"])
    response = editor_client.post(url, data, follow=True)
    assert response.status_code == 200
    assert Poll.objects.filter(question="Add me on roblox?").exists(), "a warning, not a gate"
    messages = [str(message) for message in response.context["messages"]]
    assert any("Check this poll's words: Question:" in message for message in messages)


def test_one_answer_is_not_a_poll(editor_client, tree):
    url = reverse("wagtailsnippets_polls_poll:add")
    editor_client.post(url, form_data("Lonely?", ["Yes"]))
    assert not Poll.objects.filter(question="Lonely?").exists()


def test_a_stored_page_with_an_open_poll_lasts_only_until_the_poll_ends(rf, tree, settings):
    poll = make_poll(closes_in=timedelta(seconds=90))
    story = story_with_poll(tree, poll)
    request = rf.get(story.url)
    request.page_cache = PageCacheMark()
    keep_page_only_while_its_poll_is_open(story, request, (), {})
    assert request.page_cache.timeout <= 90
    assert request.page_cache.timeout < settings.PAGE_CACHE_SECONDS


def test_a_story_with_a_poll_and_reactions_is_stored_whole_for_everyone(client, tree, settings):
    settings.PAGE_CACHE_ENABLED = True
    story = story_with_poll(tree, make_poll())
    phone = {"HTTP_USER_AGENT": PHONE}  # a read that counts towards "most read"
    first = client.get(story.url, **phone)
    second = client.get(story.url, **phone)
    third = client.get(story.url, **phone)
    assert [r["X-Page-Cache"] for r in (first, second, third)] == ["miss", "hit", "hit"]
    assert f"polls.poll:{story.poll_id}" in second["Surrogate-Key"].split()
