"""The moderators' queue: roles, order, actions, audit log, and what becomes public."""

import pytest
from django.test import Client

from kidsnews.articles.models import ArticlePage
from kidsnews.articles.queries import story_listing
from kidsnews.comments.models import AuditLog, Comment, Report, ScreeningWords
from kidsnews.comments.queries import current_word_lists, moderation_queue, queue_counts
from kidsnews.comments.services import (
    NotAModerator,
    approve_comment,
    reject_comment,
    report_comment,
    submit_comment,
)
from kidsnews.comments.signals import story_comments_changed

from .people import make_reader

pytestmark = pytest.mark.django_db


def _comment(story, reader, text, **fields):
    comment = submit_comment(reader=reader, story=story, text=text, personal_info_confirmed=True)
    Comment.objects.filter(pk=comment.pk).update(**fields) if fields else None
    comment.refresh_from_db()
    return comment


def test_roles_editors_publish_moderators_moderate(story, editor, moderator, reader):
    assert story.permissions_for_user(editor).can_publish()
    assert not story.permissions_for_user(moderator).can_publish()
    comment = _comment(story, reader, "Lovely penguins")
    with pytest.raises(NotAModerator):
        approve_comment(comment=comment, moderator=editor)
    # Wagtail turns a refusal inside the admin into a redirect to the dashboard with a message.
    refused = Client()
    refused.force_login(editor)
    assert refused.get("/admin/comments/")["Location"] == "/admin/"
    refused.post(f"/admin/comments/{comment.pk}/act/", {"action": "approve"})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    allowed = Client()
    allowed.force_login(moderator)
    assert allowed.get("/admin/comments/").status_code == 200
    allowed.post(f"/admin/comments/{comment.pk}/act/", {"action": "approve"})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    anonymous = Client().get("/admin/comments/")
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    child = Client()
    child.force_login(reader.user)
    assert child.get("/admin/comments/").status_code in (302, 403)


def test_pending_queue_puts_urgent_first_then_oldest(story, reader):
    other = make_reader("CalmSeal77")
    first = _comment(story, reader, "Penguins are fluffy")
    second = _comment(story, other, "Zoo trips are fun")
    urgent = _comment(story, make_reader("KindOwl31"), "I want to disappear, nobody likes me")
    assert list(moderation_queue(tab="pending")) == [urgent, first, second]
    assert queue_counts()["pending"] == 3


def test_reported_queue_puts_worried_first(story, reader, moderator):
    a = _comment(story, reader, "Penguins are fluffy")
    b = _comment(story, make_reader("CalmSeal77"), "Zoo trips are fun")
    a, b = (approve_comment(comment=c, moderator=moderator) for c in (a, b))
    reporter = make_reader("KindOwl31")
    report_comment(comment=a, reporter=reporter, reason=Report.Reason.UNKIND)
    report_comment(comment=b, reporter=reporter, reason=Report.Reason.WORRIED)
    assert list(moderation_queue(tab="reported")) == [b, a]
    assert queue_counts()["reported"] == 2
    reject_comment(comment=b, moderator=moderator, reason="unkind")
    assert queue_counts()["reported"] == 1


def test_actions_are_audited_and_announced(
    story, reader, moderator, django_capture_on_commit_callbacks
):
    heard = []

    def listener(sender, story, **kwargs):
        heard.append((sender, story.pk))

    story_comments_changed.connect(listener)
    try:
        comment = _comment(story, reader, "Penguins are fluffy")
        with django_capture_on_commit_callbacks(execute=True):
            approve_comment(comment=comment, moderator=moderator)
        with django_capture_on_commit_callbacks(execute=True):
            reject_comment(comment=comment, moderator=moderator, reason="off_topic")
    finally:
        story_comments_changed.disconnect(listener)
    assert heard == [(ArticlePage, story.pk), (ArticlePage, story.pk)]
    log = list(AuditLog.objects.order_by("pk").values_list("actor_label", "action", "detail"))
    assert log == [
        ("mod", "approve", ""),
        ("mod", "reject", Comment.RejectionReason.OFF_TOPIC.label),
    ]
    client = Client()
    client.force_login(moderator)
    assert "reject" in client.get("/admin/comments/log/").content.decode()


def test_reject_reason_must_come_from_the_list_and_reaches_the_child(story, reader, moderator):
    comment = _comment(story, reader, "Penguins are fluffy")
    with pytest.raises(ValueError):
        reject_comment(comment=comment, moderator=moderator, reason="because I said so")
    reject_comment(comment=comment, moderator=moderator, reason="off_topic")
    child = Client()
    child.force_login(reader.user)
    html = child.get("/accounts/me/").content.decode()
    assert "It wasn&#x27;t about this story." in html


def test_bulk_actions_skip_personal_information(story, reader, moderator):
    clean = _comment(story, reader, "Penguins are fluffy")
    phone = _comment(story, make_reader("CalmSeal77"), "ring me 07700 900123")
    client = Client()
    client.force_login(moderator)
    client.post("/admin/comments/bulk/", {"ids": [clean.pk, phone.pk], "action": "approve"})
    clean.refresh_from_db()
    phone.refresh_from_db()
    assert clean.status == "approved" and phone.status == "pending"


def test_counts_are_approved_only_and_agree(story, reader, moderator):
    approved = _comment(story, reader, "Penguins are fluffy")
    _comment(story, make_reader("CalmSeal77"), "Zoo trips are fun")  # stays pending
    approve_comment(comment=approved, moderator=moderator)
    listed = story_listing().get(pk=story.pk)
    assert listed.approved_comment_count == 1
    html = Client().get(story.url).content.decode()
    assert "View comments (1)" in html and "Zoo trips" not in html


def test_word_list_edits_apply_without_restart(story, reader):
    assert current_word_lists().banned == ()
    words = ScreeningWords.load()
    words.banned = "flibbertigibbet\n"
    words.save()
    assert current_word_lists().banned == ("flibbertigibbet",)
    comment = _comment(story, reader, "you are a flibbertigibbet")
    assert comment.screening_verdict == "reject"


def test_moderator_can_pause_comments_and_it_is_audited(story, moderator):
    client = Client()
    client.force_login(moderator)
    client.post("/admin/comments/pause/", {"is_paused": "1", "message": "Back at 8am!"})
    assert "Back at 8am!" in Client().get(story.url).content.decode()
    assert AuditLog.objects.filter(action="pause", actor_label="mod").exists()


def test_settings_edits_in_the_admin_form_are_audited(tree):
    words = ScreeningWords.load()
    words.suspect = "sparkle\n"
    words.save()
    entry = AuditLog.objects.get(action="edit_screeningwords")
    assert entry.data["suspect"] == "sparkle\n"


def test_story_page_queries_do_not_grow_with_comments(story, moderator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for_story_page() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert Client().get(story.url).status_code == 200
        return len(captured)

    first = _comment(story, make_reader("CalmSeal19"), "Penguin fact first")
    approve_comment(comment=first, moderator=moderator)  # the comment settings row is made
    queries_for_story_page()  # cached lookups (site, sections, the story's body) are warm
    for index in range(2):
        comment = _comment(story, make_reader(f"CalmSeal{index + 20}"), f"Penguin fact {index}")
        approve_comment(comment=comment, moderator=moderator)
    # Just after an approval the parts showing comment counts are rendered again; then stored.
    few_after_approval = queries_for_story_page()
    few = queries_for_story_page()
    for index in range(8):
        comment = _comment(story, make_reader(f"KindOwl{index + 30}"), f"Penguin idea {index}")
        approve_comment(comment=comment, moderator=moderator)
    assert queries_for_story_page() == few_after_approval
    assert queries_for_story_page() == few
