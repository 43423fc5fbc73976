"""The queue as moderators see it, through the admin views (issues 16.1, 16.18, 11)."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from kidsnews.comments.models import AuditLog, Comment, Report
from kidsnews.comments.services import (
    approve_comment,
    erase_old_redacted_text,
    report_comment,
    submit_comment,
)

from .people import make_reader

pytestmark = pytest.mark.django_db


def _comment(story, nickname, text, **fields):
    comment = submit_comment(
        reader=make_reader(nickname), story=story, text=text, personal_info_confirmed=True
    )
    if fields:
        Comment.objects.filter(pk=comment.pk).update(**fields)
    comment.refresh_from_db()
    return comment


@pytest.fixture
def client_for(moderator):
    client = Client()
    client.force_login(moderator)
    return client


def _items(html):
    return html.count('class="kn-queue__item')


def test_reported_tab_lists_only_comments_with_open_reports(story, moderator, client_for):
    plain = [_comment(story, f"Quiet{n}", f"Penguins are great number {n}") for n in range(5)]
    unkind = approve_comment(comment=plain[0], moderator=moderator)
    worried = approve_comment(comment=plain[1], moderator=moderator)
    resolved = approve_comment(comment=plain[2], moderator=moderator)
    report_comment(comment=unkind, reporter=make_reader("Rep1"), reason=Report.Reason.UNKIND)
    report_comment(comment=worried, reporter=make_reader("Rep2"), reason=Report.Reason.WORRIED)
    report_comment(comment=resolved, reporter=make_reader("Rep3"), reason=Report.Reason.OTHER)
    Report.objects.filter(comment=resolved).update(resolved_at=timezone.now())

    html = client_for.get("/admin/comments/?tab=reported").text
    badge = html.split("Reported", 1)[1].split('kn-queue__count">', 1)[1].split("<", 1)[0]
    assert int(badge) == _items(html) == 2
    assert html.index("number 1") < html.index("number 0")  # "worried" first
    assert "I&#x27;m worried about someone" in html and "It&#x27;s unkind" in html
    for never in ("number 2", "number 3", "number 4"):  # resolved, or never reported
        assert never not in html


def test_queue_shows_layer_kind_words_score_and_whole_comment(story, client_for):
    text = "I feel so alone and call me on 07700 900123"
    phone_at = text.index("07700")
    reasons = [
        {
            "kind": "wellbeing",
            "start": 0,
            "end": len(text),
            "text": text,
            "message": "m",
            "layer": "model",
            "score": 0.87,
        },
        {
            "kind": "pii_phone",
            "start": phone_at,
            "end": len(text),
            "text": "07700 900123",
            "message": "A phone number.",
        },  # an old row: no layer, no score
    ]
    old = _comment(story, "Early1", "Penguins are cool")
    at_risk = _comment(story, "Late1", text, screening_reasons=reasons, is_urgent=True)
    Comment.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=2))
    html = client_for.get("/admin/comments/").text
    assert html.index(f'data-comment="{at_risk.pk}"') < html.index(f'data-comment="{old.pk}"')
    assert "a child may be at risk" in html and "(model, 87%)" in html
    assert "the whole comment" in html
    assert "a phone number" in html and "(rules, 100%)" in html
    assert '<mark data-kind="pii_phone" data-label="a phone number"' in html
    assert 'data-kind="wellbeing"' not in html.split(f'id="text-{at_risk.pk}"')[1].split("</p>")[0]
    # the rejection reason defaults to the screener's most likely one, in words
    card = html.split(f'data-comment="{at_risk.pk}"')[1].split("</li>\n", 1)[0]
    assert '<option value="personal_info" selected>Personal information</option>' in html
    plain_card = html.split(f'data-comment="{old.pk}"')[1]
    assert '<option value="" selected>Choose a reason…</option>' in plain_card
    assert card


def test_reject_without_a_reason_is_refused(story, client_for):
    comment = _comment(story, "Plain1", "Penguins are cool")
    client_for.post(f"/admin/comments/{comment.pk}/act/", {"action": "reject", "reason": ""})
    client_for.post(
        "/admin/comments/bulk/", {"action": "reject", "reason": "", "ids": [comment.pk]}
    )
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_redact_by_typed_words_and_by_positions_then_log_shows_words_until_retention(
    story, client_for
):
    comment = _comment(story, "Chatty1", "My name is Sam Smith and Sam Smith likes otters")
    client_for.post(
        f"/admin/comments/{comment.pk}/act/",
        {"action": "redact", "words": "sam smith", "start": "", "end": ""},
    )
    comment.refresh_from_db()
    assert comment.text == "My name is [removed] and [removed] likes otters"
    start = comment.text.index("otters")
    client_for.post(
        f"/admin/comments/{comment.pk}/act/",
        {"action": "redact", "start": start, "end": start + 6, "words": "otters"},
    )
    comment.refresh_from_db()
    assert comment.text.endswith("likes [removed]")
    log = client_for.get("/admin/comments/log/").text
    assert "Sam Smith" in log and "otters" in log
    # not found: nothing changes
    client_for.post(f"/admin/comments/{comment.pk}/act/", {"action": "redact", "words": "zebra"})
    assert AuditLog.objects.filter(action="redact").count() == 3

    later = timezone.now() + timedelta(days=31)
    assert erase_old_redacted_text(now=later) == 3
    log = client_for.get("/admin/comments/log/").text
    assert "Sam Smith" not in log and "otters" not in log
    assert all("removed" not in e.data for e in AuditLog.objects.filter(action="redact"))


def test_dashboard_shows_pending_and_urgent_counts_to_moderators(story, client_for, editor):
    _comment(story, "Plain1", "Penguins are cool")
    _comment(story, "Sad1", "I want to disappear, nobody likes me")
    html = client_for.get("/admin/").text
    assert 'data-count="pending">2<' in html and 'data-count="urgent">1<' in html
    assert 'href="/admin/comments/"' in html
    other = Client()
    other.force_login(editor)
    assert "Comments waiting" not in other.get("/admin/").text
