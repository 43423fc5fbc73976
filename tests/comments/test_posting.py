"""Posting a comment: every rule is enforced by the server, whatever the form sent."""

import re

import pytest
from django.test import Client, override_settings
from wagtail.models import Site

from kidsnews.comments.models import Comment, CommentSettings
from kidsnews.comments.services import TooSoon, submit_comment

from .people import make_reader

pytestmark = pytest.mark.django_db


def _csrf_client(reader, story):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reader.user)
    html = client.get(story.url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    return client, token


def test_anonymous_reader_gets_a_link_no_form_no_token_no_cookie(story):
    response = Client().get(story.url)
    html = response.content.decode()
    assert "Sign in to comment" in html
    assert "csrfmiddlewaretoken" not in html and 'name="text"' not in html
    assert not response.cookies


def test_forged_forms_get_a_clear_4xx_and_change_nothing(story, closed_story, reader):
    other = make_reader("QuietLynx55")
    client, token = _csrf_client(reader, story)
    url = f"/comments/post/{story.pk}/"
    ok = {"csrfmiddlewaretoken": token, "text": "Penguins are great!", "action": "send"}
    form = "application/x-www-form-urlencoded"
    cases = {
        "no csrf token": (url, {"text": "Penguins are great!", "action": "send"}, 403),
        "another reader's id": (url, {**ok, "reader": other.pk}, 400),
        "a status of its own": (url, {**ok, "status": "approved"}, 400),
        "closed story": (f"/comments/post/{closed_story.pk}/", ok, 403),
        "5,000 characters": (url, {**ok, "text": "a" * 5000}, 400),
    }
    for name, (target, data, status) in cases.items():
        response = client.post(target, data)
        assert response.status_code == status, name
    raw_cases = {
        "invalid UTF-8": f"csrfmiddlewaretoken={token}&text=%FF%FEhello".encode(),
        "NUL bytes": f"csrfmiddlewaretoken={token}&text=hello%00there".encode(),
        "control characters": f"csrfmiddlewaretoken={token}&text=hello%07there".encode(),
    }
    for name, body in raw_cases.items():
        response = client.post(url, body, content_type=form)
        assert response.status_code == 400, name
    assert not Comment.objects.exists()
    # The genuine form still works afterwards.
    assert client.post(url, ok).status_code == 302
    assert Comment.objects.get().reader == reader


def test_text_length_and_kind_messages(story, reader):
    client = Client()
    client.force_login(reader.user)
    url = f"/comments/post/{story.pk}/"
    short = client.post(url, {"text": "a"})
    assert short.status_code == 400 and "a bit short" in short.content.decode()
    with override_settings(COMMENT_MAX_LENGTH=20):
        long = client.post(url, {"text": "Penguins are great and so are puffins"})
    assert long.status_code == 400 and "20 or fewer" in long.content.decode()
    assert not Comment.objects.exists()


def test_rate_limit_per_reader_and_daily_cap(story, reader):
    client = Client()
    client.force_login(reader.user)
    url = f"/comments/post/{story.pk}/"
    assert client.post(url, {"text": "First comment here"}).status_code == 302
    second = client.post(url, {"text": "Second comment here"})
    assert second.status_code == 429 and "Please wait 30 seconds" in second.content.decode()
    assert Comment.objects.count() == 1


def test_rate_limit_holds_when_the_cache_forgets(story, reader):
    from django.core.cache import cache

    submit_comment(reader=reader, story=story, text="One thing I liked")
    cache.clear()  # a Redis restart: the database is still the source of truth
    with pytest.raises(TooSoon):
        submit_comment(reader=reader, story=story, text="Another thing I liked")


@override_settings(COMMENT_RATE_SECONDS=0, COMMENT_DAILY_LIMIT=3)
def test_daily_cap_and_duplicates(story, reader):
    client = Client()
    client.force_login(reader.user)
    url = f"/comments/post/{story.pk}/"
    assert client.post(url, {"text": "Chicks are cute"}).status_code == 302
    duplicate = client.post(url, {"text": "chicks are CUTE!"})
    assert duplicate.status_code == 409 and "already sent" in duplicate.content.decode()
    assert client.post(url, {"text": "Zoo keepers are kind"}).status_code == 302
    assert client.post(url, {"text": "I want to visit"}).status_code == 302
    capped = client.post(url, {"text": "One more thing"})
    assert capped.status_code == 429 and "tomorrow" in capped.content.decode()
    assert Comment.objects.count() == 3


def test_no_consent_and_site_pause_refuse_posts(story, reader):
    waiting = make_reader("SunnyNewt44", consent=False)
    client = Client()
    client.force_login(waiting.user)
    assert "grown-up says yes" in client.get(story.url).content.decode()
    assert client.post(f"/comments/post/{story.pk}/", {"text": "Hello!"}).status_code == 403

    settings_row = CommentSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.is_paused = True
    settings_row.pause_message = "Comments are resting until 8am."
    settings_row.save()
    client.force_login(reader.user)
    assert "Comments are resting until 8am." in client.get(story.url).content.decode()
    response = client.post(f"/comments/post/{story.pk}/", {"text": "Hello there!"})
    assert response.status_code == 403 and "resting" in response.content.decode()
    assert not Comment.objects.exists()


def test_check_endpoint_returns_warnings_and_spans(reader):
    client = Client()
    client.force_login(reader.user)
    data = client.post("/comments/check/", {"text": "call me on 07700 900123"}).json()
    assert any("phone number" in warning for warning in data["warnings"])
    marked = [segment for segment in data["segments"] if segment["kind"] == "pii_phone"]
    assert marked and "07700 900123" in marked[0]["text"]
    assert Client().post("/comments/check/", {"text": "hello"}).status_code == 403


def test_distress_is_stored_urgent_not_refused(story, reader):
    comment = submit_comment(
        reader=reader, story=story, text="I want to disappear, nobody likes me"
    )
    assert comment.status == Comment.Status.PENDING
    assert comment.is_urgent and comment.screening_verdict == "hold"
