"""The issue's acceptance journey, through the real views, as a new family would try it."""

import json
import re

import pytest
from django.core import mail
from django.test import Client

from kidsnews.comments.models import Comment

PHONE_IN_WORDS = "my number is seven seven zero zero nine double-oh one two three"
CLEAN = "I love penguins! I hope the chicks stay warm."


def _json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def _path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


@pytest.mark.django_db
def test_sign_up_consent_warn_post_moderate_publish(story, moderator, tree):
    child = Client()
    form = child.get("/accounts/sign-up/").context["form"]
    nickname = form.fields["nickname"].choices[0][0]
    response = child.post(
        "/accounts/sign-up/",
        {
            "nickname": nickname,
            "offered": form.initial["offered"],
            "age_band": "9-12",
            "password1": "snowy-owl-tuesday",
            "password2": "snowy-owl-tuesday",
            "parent_email": "Grownup@Example.org",
        },
    )
    assert response.status_code == 302
    page = child.get(story.url)
    assert "Sign in to comment" not in page.content.decode()
    assert 'name="text"' not in page.content.decode()  # no form before the parent says yes

    # The parent follows the emailed link; a GET alone (a mail scanner) does not consent.
    (email,) = mail.outbox
    assert email.to == ["grownup@example.org"]
    consent_url = _path(re.search(r"https?://\S+/accounts/consent/\S+/", email.body).group(0))
    parent = Client()
    assert parent.get(consent_url).status_code == 200
    assert parent.post(consent_url).status_code == 200

    page = child.get(story.url)
    assert 'name="text"' in page.content.decode()
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]

    # A phone number in words: not stored, the child sees a kind warning with the span marked.
    post_url = f"/comments/post/{story.pk}/"
    warned = child.post(post_url, {"text": PHONE_IN_WORDS, "action": "send"})
    html = warned.content.decode()
    assert warned.status_code == 200
    assert "phone number" in html
    assert '<mark class="comment-mark" data-kind="pii_phone">' in html
    assert Comment.objects.count() == 0

    # A clean comment: "thanks", stored pending, shown nowhere public.
    sent = child.post(post_url, {"text": CLEAN, "action": "send"}, follow=True)
    assert "Thanks! A moderator will check your comment" in sent.content.decode()
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.screening_verdict == "publishable"
    anonymous = Client()
    story_html = anonymous.get(story.url).content.decode()
    assert CLEAN not in story_html
    assert "View comments (0)" in story_html
    assert _json_ld(story_html)["commentCount"] == 0
    assert "1 comment" not in anonymous.get("/").content.decode()

    # The moderator approves it in the admin: it appears and the counts move at once.
    desk = Client()
    desk.force_login(moderator)
    queue = desk.get("/admin/comments/?tab=pending")
    assert CLEAN in queue.content.decode()
    desk.post(f"/admin/comments/{comment.pk}/act/", {"action": "approve"})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    story_html = anonymous.get(story.url).content.decode()
    assert "I love penguins! I hope the chicks stay warm." in story_html
    assert "View comments (1)" in story_html and "1 comment" in story_html
    assert _json_ld(story_html)["commentCount"] == 1
    assert "1 comment" in anonymous.get("/").content.decode()


@pytest.mark.django_db
def test_disguised_email_cannot_be_approved_until_redacted(story, reader, moderator):
    child = Client()
    child.force_login(reader.user)
    text = "email me: sam (at) example (dot) org"
    child.post(f"/comments/post/{story.pk}/", {"text": text, "action": "send"})
    # Sent anyway after seeing the warning: stored pending, flagged as personal information.
    checked = child.post(f"/comments/post/{story.pk}/", {"text": text, "action": "check"})
    fingerprint = checked.context["fingerprint"]
    child.post(f"/comments/post/{story.pk}/", {"text": text, "checked": fingerprint})
    assert not Comment.objects.exists()  # asked once more: "Send anyway, or change it?"
    child.post(
        f"/comments/post/{story.pk}/",
        {"text": text, "checked": fingerprint, "confirm": fingerprint},
    )
    comment = Comment.objects.get()
    assert comment.has_personal_info

    desk = Client()
    desk.force_login(moderator)
    response = desk.post(f"/admin/comments/{comment.pk}/act/", {"action": "approve"}, follow=True)
    assert "Redact it or reject" in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING

    # Redact each labelled span (the screener runs again after each, moving the offsets).
    for _ in range(5):
        comment.refresh_from_db()
        if not comment.has_personal_info:
            break
        reason = comment.screening_reasons[0]
        desk.post(
            f"/admin/comments/{comment.pk}/act/",
            {"action": "redact", "start": reason["start"], "end": reason["end"]},
        )
    comment.refresh_from_db()
    assert "example" not in comment.text and "[removed]" in comment.text
    desk.post(f"/admin/comments/{comment.pk}/act/", {"action": "approve"})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    assert "sam" not in comment.text


@pytest.mark.django_db
def test_closed_story_has_no_form_and_refuses_posts(closed_story, story, reader):
    child = Client()
    child.force_login(reader.user)
    open_page = child.get(story.url).content.decode()
    assert 'name="text"' in open_page
    html = child.get(closed_story.url).content.decode()
    assert "These comments are now closed" in html
    assert 'name="text"' not in html
    # An old form posted straight at the closed story.
    response = child.post(f"/comments/post/{closed_story.pk}/", {"text": "Hello there!"})
    assert response.status_code == 403
    assert "closed" in response.content.decode()
    assert not Comment.objects.exists()
