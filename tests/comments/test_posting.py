"""Posting a comment: every rule is enforced by the server, whatever the form sent."""

import re
from datetime import timedelta

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import Site

from kidsnews.comments.models import Comment, CommentSettings
from kidsnews.comments.services import Duplicate, TooSoon, submit_comment

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


def test_a_checked_form_is_still_screened_and_a_stale_check_is_not_trusted(story, reader):
    """comments.js sends `checked` = the text's fingerprint: the view then skips its own check
    step, and submit_comment still screens the comment it stores."""
    from kidsnews.comments.queries import text_fingerprint

    client = Client()
    client.force_login(reader.user)
    url = f"/comments/post/{story.pk}/"
    held = "add me on roblox im SkyRacer_44"
    stale = client.post(url, {"text": held, "checked": text_fingerprint("something else")})
    assert stale.status_code == 200 and stale.context["warnings"]  # the check page again
    assert not Comment.objects.exists()

    checked = {"text": held, "checked": text_fingerprint(held)}
    asked = client.post(url, {**checked, "action": "send"})  # personal information: ask first
    assert asked.status_code == 200 and asked.context["question"]
    assert not Comment.objects.exists()
    sent = client.post(url, {**checked, "confirm": text_fingerprint(held)})
    assert sent.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.screening_verdict == Comment.Verdict.HOLD
    assert {reason["kind"] for reason in comment.screening_reasons} >= {"pii_social_handle"}
    assert comment.has_personal_info


def _age(comment, **delta):
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(**delta))


@override_settings(COMMENT_RATE_SECONDS=30, COMMENT_DAILY_LIMIT=20)
def test_the_rate_limit_counts_only_its_own_seconds(story, reader):
    first = submit_comment(reader=reader, story=story, text="Owls can turn their heads")
    with pytest.raises(TooSoon, match="wait 30 seconds"):
        submit_comment(reader=reader, story=story, text="Foxes live in towns too")
    _age(first, seconds=31)
    submit_comment(reader=reader, story=story, text="Foxes live in towns too")


@override_settings(COMMENT_RATE_SECONDS=0, COMMENT_DAILY_LIMIT=2)
def test_the_daily_cap_counts_only_the_last_day(story, reader):
    first = submit_comment(reader=reader, story=story, text="Owls can turn their heads")
    submit_comment(reader=reader, story=story, text="Foxes live in towns too")
    with pytest.raises(TooSoon, match="tomorrow"):
        submit_comment(reader=reader, story=story, text="Badgers dig big setts")
    _age(first, hours=25)
    submit_comment(reader=reader, story=story, text="Badgers dig big setts")


@override_settings(COMMENT_RATE_SECONDS=0, COMMENT_DAILY_LIMIT=20)
def test_a_repeat_is_refused_for_seven_days(story, reader):
    first = submit_comment(reader=reader, story=story, text="Owls can turn their heads")
    _age(first, days=2)  # outside the rate limit and the daily cap, still a repeat
    with pytest.raises(Duplicate):
        submit_comment(reader=reader, story=story, text="owls can turn their HEADS!")
    _age(first, days=8)
    submit_comment(reader=reader, story=story, text="owls can turn their HEADS!")
    other = make_reader("QuietLynx55", parent_email="other@example.org")
    submit_comment(reader=other, story=story, text="Owls can turn their heads")  # not a repeat


@pytest.mark.django_db(transaction=True)
def test_the_limits_are_read_under_the_write_lock(story, reader):
    """Two posts sent at once are counted one after the other: the limits are read only once
    this transaction holds the lock (SQLite: BEGIN IMMEDIATE takes the database's write lock;
    elsewhere the reader's row is locked FOR UPDATE), and the comment is committed before
    submit_comment returns."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        submit_comment(reader=reader, story=story, text="Penguins huddle to keep warm")
    sql = [query["sql"] for query in captured.captured_queries]

    def first(test):
        return next(index for index, statement in enumerate(sql) if test(statement))

    if connection.vendor == "sqlite":
        lock = first(lambda statement: statement == "BEGIN IMMEDIATE")
    else:
        lock = first(lambda statement: "FOR UPDATE" in statement)
    limits = first(lambda s: s.startswith("SELECT") and 'FROM "comments_comment"' in s)
    insert = first(lambda s: s.startswith('INSERT INTO "comments_comment"'))
    assert lock < limits < insert
    assert not connection.in_atomic_block
    assert Comment.objects.filter(text="Penguins huddle to keep warm").count() == 1
