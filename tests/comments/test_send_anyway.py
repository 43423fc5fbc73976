"""Issue 16, items 5 and 6: personal information is sent only after "Send anyway", and every
refusal of the comment form gives the child's words back in the box."""

import pytest
from django.test import Client, override_settings
from wagtail.models import Site

from kidsnews.comments.models import Comment, CommentSettings
from kidsnews.comments.queries import text_fingerprint
from kidsnews.comments.services import NeedsConfirmation, submit_comment

from .people import make_reader

pytestmark = pytest.mark.django_db

PHONE = "my number is 07700 900123 call me"
QUESTION = "It looks like this has a phone number in it. Send anyway, or change it?"


def _client(reader):
    client = Client()
    client.force_login(reader.user)
    return client


def test_the_service_refuses_personal_information_until_confirmed(story, reader):
    with pytest.raises(NeedsConfirmation) as asked:
        submit_comment(reader=reader, story=story, text=PHONE)
    assert asked.value.message == QUESTION
    assert not Comment.objects.exists()
    comment = submit_comment(reader=reader, story=story, text=PHONE, personal_info_confirmed=True)
    assert comment.status == Comment.Status.PENDING and comment.has_personal_info


@pytest.mark.parametrize("checked_by_javascript", [False, True])
def test_send_asks_once_more_then_send_anyway_stores_it_pending(
    story, reader, checked_by_javascript
):
    """Without JavaScript the first send shows the check page; with it, comments.js has set
    `checked`, and the server still asks. Either way the text stays in the box."""
    client = _client(reader)
    url = f"/comments/post/{story.pk}/"
    first = {"text": PHONE, "action": "send"}
    if checked_by_javascript:
        first["checked"] = text_fingerprint(PHONE)
    asked = client.post(url, first)
    html = asked.content.decode()
    assert asked.status_code == 200
    assert QUESTION in html
    assert f">{PHONE}</textarea>" in html
    assert f'name="confirm" value="{text_fingerprint(PHONE)}"' in html and "Send anyway" in html
    assert not Comment.objects.exists()

    # A "yes" for other words is no "yes" for these.
    other = client.post(
        url, {"text": PHONE, "checked": text_fingerprint(PHONE), "confirm": "x" * 64}
    )
    assert other.status_code == 200 and QUESTION in other.content.decode()
    assert not Comment.objects.exists()

    sent = client.post(
        url, {"text": PHONE, "checked": text_fingerprint(PHONE), "confirm": text_fingerprint(PHONE)}
    )
    assert sent.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING and comment.has_personal_info


def test_clean_comments_are_not_asked(story, reader):
    text = "Chicks are cute"
    sent = _send(_client(reader), f"/comments/post/{story.pk}/", text)
    assert sent.status_code == 302 and Comment.objects.count() == 1


def test_the_check_endpoint_tells_comments_js_to_ask(reader):
    data = _client(reader).post("/comments/check/", {"text": PHONE}).json()
    assert data["question"] == QUESTION
    assert (
        _client(reader).post("/comments/check/", {"text": "I like owls"}).json()["question"] == ""
    )


def _send(client, url, text):
    """As comments.js sends it (checked), so the learned screener's view of a harmless
    sentence cannot turn a refusal test into a check-page test."""
    return client.post(url, {"text": text, "checked": text_fingerprint(text)})


def _assert_text_back(response, status, text, words):
    html = response.content.decode()
    assert response.status_code == status, html
    assert words in html
    assert f">{text}</textarea>" in html, "the child's words must come back in the box"


@override_settings(COMMENT_RATE_SECONDS=30)
def test_rate_limit_keeps_the_text(story, reader):
    client = _client(reader)
    url = f"/comments/post/{story.pk}/"
    assert _send(client, url, "First comment here").status_code == 302
    text = "Second comment here, and I typed a lot"
    _assert_text_back(_send(client, url, text), 429, text, "Please wait 30 seconds")


@override_settings(COMMENT_RATE_SECONDS=0)
def test_duplicate_keeps_the_text(story, reader):
    client = _client(reader)
    url = f"/comments/post/{story.pk}/"
    assert _send(client, url, "Chicks are cute").status_code == 302
    _assert_text_back(_send(client, url, "Chicks are cute"), 409, "Chicks are cute", "already sent")


def test_too_long_keeps_the_text(story, reader):
    text = "Penguins are great and so are puffins"
    with override_settings(COMMENT_MAX_LENGTH=20):
        response = _client(reader).post(f"/comments/post/{story.pk}/", {"text": text})
    _assert_text_back(response, 400, text, "20 or fewer")


def test_closed_and_paused_keep_the_text(story, closed_story, reader):
    client = _client(reader)
    text = "I loved this story about the old days"
    closed = client.post(f"/comments/post/{closed_story.pk}/", {"text": text})
    _assert_text_back(closed, 403, text, "These comments are now closed")

    settings_row = CommentSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.is_paused = True
    settings_row.pause_message = "Comments are resting until 8am."
    settings_row.save()
    paused = client.post(f"/comments/post/{story.pk}/", {"text": text})
    _assert_text_back(paused, 403, text, "resting until 8am")
    assert not Comment.objects.exists()


def test_no_consent_keeps_the_text(story):
    waiting = make_reader("SunnyNewt44", consent=False)
    response = _client(waiting).post(f"/comments/post/{story.pk}/", {"text": "Hello there!"})
    _assert_text_back(response, 403, "Hello there!", "grown-up says yes")
