"""The safeguarding path (issue 15, item 3), through the real views: a child who may not be
safe is told where to get help at once; a moderator escalates; the safeguarding leads are
emailed; the case has its own queue, notes and a closed state; its words outlive retention for
the safeguarding period; and every step is in the audit log."""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone

from kidsnews.comments.models import AuditLog, CaseNote, Comment, Report, SafeguardingCase
from kidsnews.comments.queries import text_fingerprint
from kidsnews.comments.roles import COMMENT_MODERATORS
from kidsnews.comments.services import (
    approve_comment,
    delete_reader_account,
    reject_comment,
    submit_comment,
)
from kidsnews.core import wording

from .people import make_reader, make_staff

pytestmark = pytest.mark.django_db

NOT_SAFE = "I don't feel safe at home"
QUEUE = reverse("comment_moderation:queue")


@pytest.fixture
def lead(db):
    user = make_staff("lead", "Safeguarding leads")
    user.email = "lead@kidsnews.example"
    user.save()
    return user


def _signed_in(reader) -> Client:
    client = Client()
    client.force_login(reader.user)
    return client


def _as(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _escalate(client, comment, why="Says they are not safe at home", tab="pending"):
    # The email goes once the case is committed: run what waits for the commit.
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            reverse("comment_moderation:act", args=[comment.pk]),
            {"action": "escalate", "why": why, "tab": tab},
        )


def _refused(response) -> bool:
    # The Wagtail admin answers PermissionDenied by sending the user to the dashboard.
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def _actions(**filters) -> list[str]:
    return list(
        AuditLog.objects.filter(**filters)
        .order_by("created_at", "pk")
        .values_list("action", flat=True)
    )


def test_a_child_who_does_not_feel_safe_is_helped_escalated_and_kept(
    story, reader, moderator, lead, settings
):
    settings.COMMENT_RATE_SECONDS = 0
    other = make_reader("CalmBadger7")
    older = submit_comment(reader=other, story=story, text="I love penguins, they are so fluffy")
    Comment.objects.filter(pk=older.pk).update(created_at=timezone.now() - timedelta(hours=2))

    # The child sends it: at once, the check page says where to get help (no JavaScript)...
    child = _signed_in(reader)
    post_url = reverse("comments:post", args=[story.pk])
    checked = child.post(post_url, {"text": NOT_SAFE, "action": "send"})
    assert checked.status_code == 200
    page = checked.content.decode()
    assert "Childline" in page and "0800 1111" in page and "childline.org.uk" in page
    assert wording.TALK_TO_A_GROWN_UP in page
    # ...and after sending it, the story says so again, not just "a moderator will check it".
    sent = child.post(
        post_url,
        {"text": NOT_SAFE, "action": "send", "checked": text_fingerprint(NOT_SAFE)},
        follow=True,
    )
    page = sent.content.decode()
    assert "0800 1111" in page and wording.TALK_TO_A_GROWN_UP in page
    assert wording.COMMENT_THANKS not in page
    comment = Comment.objects.get(text=NOT_SAFE)
    assert comment.is_urgent and comment.status == Comment.Status.PENDING
    # My comments keeps saying it while the comment waits.
    assert "0800 1111" in child.get(reverse("accounts:me")).content.decode()

    # It is at the top of the moderators' queue, above an older ordinary comment.
    as_moderator = _as(moderator)
    html = as_moderator.get(QUEUE).content.decode()
    assert html.index(f'data-comment="{comment.pk}"') < html.index(f'data-comment="{older.pk}"')
    assert 'value="escalate"' in html

    # The moderator escalates it: a case, and the leads are emailed (after the commit).
    assert not mail.outbox
    response = _escalate(as_moderator, comment)
    assert response.status_code == 302
    case = SafeguardingCase.objects.get()
    assert case.comment == comment and case.text == NOT_SAFE
    assert case.nickname == reader.nickname and case.escalated_by == moderator
    assert case.why == "Says they are not safe at home"
    assert "a child may be at risk" in case.flagged_as
    (email,) = mail.outbox
    assert email.to == ["lead@kidsnews.example"]
    assert reverse("comment_moderation:case", args=[case.pk]) in email.body
    assert NOT_SAFE not in email.body  # the child's words stay in the admin
    html = as_moderator.get(QUEUE).content.decode()
    assert "ESCALATED" in html and f"Safeguarding case {case.pk}" in html

    # The case is in its own queue; the lead reads it there, adds a note.
    as_lead = _as(lead)
    assert f"Case {case.pk}" in as_lead.get(reverse("comment_moderation:cases")).content.decode()
    case_url = reverse("comment_moderation:case", args=[case.pk])
    assert NOT_SAFE.replace("'", "&#x27;") in as_lead.get(case_url).content.decode()
    act_url = reverse("comment_moderation:case_act", args=[case.pk])
    as_lead.post(act_url, {"action": "note", "text": "Reported to the local authority."})
    assert CaseNote.objects.get(case=case).author == lead

    # The moderator rejects the comment; long after, retention runs: the words are kept.
    reject_comment(comment=comment, moderator=moderator, reason="other")
    ordinary = submit_comment(reader=other, story=story, text="Penguins are my favourite bird")
    reject_comment(comment=ordinary, moderator=moderator, reason="off_topic")
    long_ago = timezone.now() - timedelta(days=settings.REJECTED_COMMENT_TEXT_DAYS + 5)
    Comment.objects.filter(pk__in=[comment.pk, ordinary.pk]).update(moderated_at=long_ago)
    call_command("purge_comment_data", stdout=StringIO())
    ordinary.refresh_from_db()
    comment.refresh_from_db()
    assert ordinary.text == ""  # retention did run
    assert comment.text == NOT_SAFE and comment.text_erased_at is None
    case.refresh_from_db()
    assert case.text == NOT_SAFE

    # Closed, it still holds the words for the safeguarding period, then they go.
    as_lead.post(act_url, {"action": "close", "outcome": "Family supported by social care."})
    case.refresh_from_db()
    assert case.status == SafeguardingCase.Status.CLOSED and case.closed_by == lead
    call_command("purge_comment_data", stdout=StringIO())
    comment.refresh_from_db()
    assert comment.text == NOT_SAFE
    SafeguardingCase.objects.filter(pk=case.pk).update(
        closed_at=timezone.now() - timedelta(days=settings.SAFEGUARDING_TEXT_DAYS + 1)
    )
    call_command("purge_comment_data", stdout=StringIO())
    comment.refresh_from_db()
    case.refresh_from_db()
    assert comment.text == "" and case.text == "" and case.nickname == ""
    assert case.why and case.outcome  # who, when, why and what was done stay

    # Every step, in order, in the moderation audit log and on the case's page.
    steps = ["escalate", "notify_safeguarding", "case_note", "close_case"]
    assert _actions(data__case=case.pk) == steps
    log = as_moderator.get(reverse("comment_moderation:log")).content.decode()
    for step in (*steps, "erase_case_text"):
        assert f"<td>{step}</td>" in log, step
    history = as_lead.get(case_url).content.decode()
    for step in steps:
        assert f"<td>{step}</td>" in history, step


def test_escalating_needs_a_moderator_and_a_reason(story, reader, moderator, editor, lead):
    comment = submit_comment(reader=reader, story=story, text=NOT_SAFE)
    assert _refused(_escalate(_as(editor), comment))
    assert _refused(_escalate(_as(lead), comment))  # leads read cases, not the queue
    assert not SafeguardingCase.objects.exists()
    as_moderator = _as(moderator)
    response = _escalate(as_moderator, comment, why="   ")
    assert response.status_code == 302
    assert not SafeguardingCase.objects.exists() and not mail.outbox
    assert "why you are worried" in as_moderator.get(QUEUE).content.decode()


def test_escalating_twice_keeps_one_open_case(story, reader, moderator, lead):
    comment = submit_comment(reader=reader, story=story, text=NOT_SAFE)
    _escalate(_as(moderator), comment)
    _escalate(_as(make_staff("mod2", COMMENT_MODERATORS)), comment)
    assert SafeguardingCase.objects.count() == 1 and len(mail.outbox) == 1


def test_the_operator_names_the_group_that_is_emailed(story, reader, moderator, lead, settings):
    settings.SAFEGUARDING_GROUP = "Designated safeguarding leads"
    Group.objects.create(name="Designated safeguarding leads")
    named = make_staff("dsl", "Designated safeguarding leads")
    named.email = "dsl@kidsnews.example"
    named.save()
    comment = submit_comment(reader=reader, story=story, text=NOT_SAFE)
    _escalate(_as(moderator), comment)
    (email,) = mail.outbox
    assert email.to == ["dsl@kidsnews.example"]


def test_a_case_nobody_was_told_about_shows_in_the_audit_log(story, reader, moderator):
    comment = submit_comment(reader=reader, story=story, text=NOT_SAFE)
    _escalate(_as(moderator), comment)  # the default group exists but has nobody in it
    assert not mail.outbox
    case = SafeguardingCase.objects.get()
    assert _actions(data__case=case.pk) == ["escalate", "notify_failed"]


def test_a_worried_report_helps_the_reporter_and_can_be_escalated(story, reader, moderator, lead):
    comment = approve_comment(
        comment=submit_comment(reader=reader, story=story, text="Nobody at home talks to me"),
        moderator=moderator,
    )
    reporter = _signed_in(make_reader("KindFox3"))
    response = reporter.post(
        reverse("comments:report", args=[comment.pk]), {"reason": "worried"}, follow=True
    )
    page = response.content.decode()
    assert "0800 1111" in page and "straight away" in page
    as_moderator = _as(moderator)
    html = as_moderator.get(QUEUE + "?tab=reported").content.decode()
    assert "CHILD AT RISK REPORTED" in html and 'value="escalate"' in html
    _escalate(as_moderator, comment, why="Reader is worried", tab="reported")
    case = SafeguardingCase.objects.get()
    assert Report.Reason.WORRIED.label in case.flagged_as
    # An ordinary report gets the ordinary thanks.
    other = approve_comment(
        comment=submit_comment(reader=make_reader("Owl9"), story=story, text="Penguins rock"),
        moderator=moderator,
    )
    page = reporter.post(
        reverse("comments:report", args=[other.pk]), {"reason": "unkind"}, follow=True
    ).content.decode()
    assert wording.REPORT_THANKS.replace("'", "&#x27;") in page and "0800 1111" not in page


def test_only_leads_and_moderators_see_cases_and_a_closed_case_takes_no_notes(
    story, reader, moderator, editor, lead
):
    comment = submit_comment(reader=reader, story=story, text=NOT_SAFE)
    _escalate(_as(moderator), comment)
    case = SafeguardingCase.objects.get()
    urls = (
        reverse("comment_moderation:cases"),
        reverse("comment_moderation:case", args=[case.pk]),
    )
    for url in urls:
        assert _refused(_as(editor).get(url))
        assert _as(lead).get(url).status_code == 200
        assert _as(moderator).get(url).status_code == 200
    act_url = reverse("comment_moderation:case_act", args=[case.pk])
    assert _refused(_as(editor).post(act_url, {"action": "close", "outcome": "x"}))
    _as(lead).post(act_url, {"action": "close", "outcome": ""})  # must say what was done
    case.refresh_from_db()
    assert case.status == SafeguardingCase.Status.OPEN
    _as(moderator).post(act_url, {"action": "close", "outcome": "Spoke to the school."})
    _as(lead).post(act_url, {"action": "note", "text": "Too late"})
    case.refresh_from_db()
    assert case.status == SafeguardingCase.Status.CLOSED and not case.notes.exists()
    closed = _as(lead).get(reverse("comment_moderation:cases") + "?tab=closed")
    assert f"Case {case.pk}" in closed.content.decode()
    assert f"Case {case.pk}" not in _as(lead).get(urls[0]).content.decode()


def test_a_case_keeps_the_words_when_the_account_is_deleted(story, reader, moderator, lead):
    comment = submit_comment(reader=reader, story=story, text=NOT_SAFE)
    _escalate(_as(moderator), comment)
    delete_reader_account(reader=reader, why="by parent")
    case = SafeguardingCase.objects.get()
    assert case.comment is None and case.text == NOT_SAFE and case.nickname == "BraveOtter42"
