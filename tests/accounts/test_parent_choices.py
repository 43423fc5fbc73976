"""Parents' choices (issue 16, item 16): "No, thanks", taking consent back, a new email
address confirmed from that address, and the opt-in email when a comment is rejected."""

import re
from html import unescape

import pytest
from django.core import mail
from django.test import Client

from kidsnews.accounts.models import Parent, Reader, User
from kidsnews.accounts.services import consent_token, manage_token
from kidsnews.comments.models import AuditLog, Comment
from kidsnews.comments.services import submit_comment
from kidsnews.info.models import InfoPage
from tests.comments.people import make_reader

pytestmark = pytest.mark.django_db


def _path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def _moderator_client(moderator) -> Client:
    client = Client()
    client.force_login(moderator)
    return client


def test_consent_page_says_what_we_keep_links_the_privacy_notice_and_offers_no(tree):
    privacy = tree["home"].add_child(
        instance=InfoPage(title="Privacy notice", slug="privacy", intro="How we keep data.")
    )
    reader = make_reader(consent=False)
    html = Client().get(f"/accounts/consent/{consent_token(reader=reader)}/").content.decode()
    assert 'name="answer" value="no"' in html and "No, thanks" in html
    for kept in ("nickname", "age band", "email", "comments", "30 days", "14 days"):
        assert kept in html
    assert f'href="{privacy.url}"' in html


def test_no_thanks_deletes_the_account_at_once_audited_and_kindly(story):
    reader = make_reader(consent=False)
    token = consent_token(reader=reader)
    response = Client().post(f"/accounts/consent/{token}/", {"answer": "no"})
    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert "Thank you for telling us" in html and "BraveOtter42's account is deleted" in html
    assert not Reader.objects.filter(pk=reader.pk).exists()
    assert not User.objects.filter(username="BraveOtter42").exists()
    log = AuditLog.objects.get(action="delete_account")
    assert log.detail == "parent said no, thanks" and log.data["nickname"] == "BraveOtter42"
    assert Client().post(f"/accounts/consent/{token}/", {"answer": "yes"}).status_code == 404


def test_withdraw_blocks_posting_keeps_the_account_and_yes_works_again(story):
    reader = make_reader()
    parent = Client()
    token = manage_token(reader=reader)
    assert parent.get(f"/accounts/parent/{token}/withdraw/").status_code == 405
    response = parent.post(f"/accounts/parent/{token}/withdraw/")
    assert "can't post comments now" in unescape(response.content.decode())
    reader.refresh_from_db()
    assert not reader.has_consent and reader.consent_given_at is not None
    assert AuditLog.objects.filter(action="withdraw_consent", data__reader=reader.pk).exists()

    child = Client()
    child.force_login(reader.user)
    refused = child.post(f"/comments/post/{story.pk}/", {"text": "Penguins are great"})
    assert refused.status_code in (400, 403)
    assert not Comment.objects.exists()
    assert child.get(story.url).status_code == 200  # still reads

    assert "Say yes again" in parent.get(f"/accounts/parent/{token}/").content.decode()
    parent.post(f"/accounts/consent/{consent_token(reader=reader)}/", {"answer": "yes"})
    reader.refresh_from_db()
    assert reader.has_consent
    assert AuditLog.objects.filter(action="give_consent", data__reader=reader.pk).exists()
    assert (
        child.post(f"/comments/post/{story.pk}/", {"text": "Penguins are great"}).status_code == 302
    )


def test_changing_the_parent_email_needs_the_link_sent_to_the_new_address():
    reader = make_reader()
    token = manage_token(reader=reader)
    response = Client().post(f"/accounts/parent/{token}/email/", {"email": "New@Example.org"})
    assert "We've sent a link to New@Example.org" in unescape(response.content.decode())
    assert Parent.objects.get().email == "grownup@example.org"  # nothing changed yet
    (email,) = mail.outbox
    assert email.to == ["new@example.org"]
    link = _path(re.search(r"https?://\S+/accounts/new-email/\S+/", email.body).group(0))

    assert "Use this email address?" in Client().get(link).content.decode()
    assert Parent.objects.get().email == "grownup@example.org"  # a GET only asks
    assert Client().post(f"{link[:-2]}x/").status_code == 404  # a tampered link does nothing
    assert "new@example.org" in Client().post(link).content.decode()
    assert Parent.objects.get().email == "new@example.org"
    assert AuditLog.objects.filter(action="change_parent_email").count() == 1
    assert Client().post(link).status_code == 404  # spent
    # The parent page still opens, now showing the new address.
    assert "new@example.org" in Client().get(f"/accounts/parent/{token}/").content.decode()


def test_a_bad_new_email_is_said_kindly_and_nothing_is_sent():
    reader = make_reader()
    response = Client().post(
        f"/accounts/parent/{manage_token(reader=reader)}/email/", {"email": "not-an-email"}
    )
    assert response.status_code == 400
    assert "Please enter a whole email address." in response.content.decode()
    assert not mail.outbox


def _reject_through_the_queue(moderator, comment, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _moderator_client(moderator).post(
            f"/admin/comments/{comment.pk}/act/", {"action": "reject", "reason": "unkind"}
        )
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REJECTED


def test_opt_in_sends_one_short_email_with_the_kind_reason_on_rejection(
    story, moderator, django_capture_on_commit_callbacks
):
    reader = make_reader()
    response = Client().post(
        f"/accounts/parent/{manage_token(reader=reader)}/rejection-emails/",
        {"email_on_rejection": "on"},
    )
    assert "We'll email you" in unescape(response.content.decode())
    assert Parent.objects.get().email_on_rejection is True
    assert AuditLog.objects.filter(action="rejection_emails", detail="on").exists()
    comment = submit_comment(reader=reader, story=story, text="Penguins are silly")
    _reject_through_the_queue(moderator, comment, django_capture_on_commit_callbacks)
    (email,) = mail.outbox
    assert email.to == ["grownup@example.org"]
    assert Comment.RejectionReason.UNKIND.label in email.body
    assert "Penguins are silly" not in email.body


def test_no_email_on_rejection_without_the_opt_in(
    story, moderator, django_capture_on_commit_callbacks
):
    reader = make_reader()
    comment = submit_comment(reader=reader, story=story, text="Penguins are silly")
    _reject_through_the_queue(moderator, comment, django_capture_on_commit_callbacks)
    assert not mail.outbox


def test_rejection_emails_respect_the_per_recipient_mail_limit(
    story, moderator, settings, django_capture_on_commit_callbacks
):
    settings.MAIL_PER_RECIPIENT_PER_HOUR = 1
    settings.COMMENT_RATE_SECONDS = 0
    reader = make_reader()
    Client().post(
        f"/accounts/parent/{manage_token(reader=reader)}/rejection-emails/",
        {"email_on_rejection": "on"},
    )
    for text in ("Penguins are silly", "Otters are silly"):
        comment = submit_comment(reader=reader, story=story, text=text)
        _reject_through_the_queue(moderator, comment, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
