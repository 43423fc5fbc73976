"""Children's accounts: generated nicknames, parents' consent, the parent page, passwords."""

import json
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from kidsnews.accounts.models import Reader, User
from kidsnews.accounts.nicknames import nickname_options
from kidsnews.accounts.services import consent_token, manage_token
from kidsnews.comments.models import AuditLog, Comment
from kidsnews.comments.services import (
    approve_comment,
    delete_stale_accounts,
    erase_old_rejected_comments,
    reject_comment,
    submit_comment,
)
from tests.comments.people import PASSWORD, make_reader

pytestmark = pytest.mark.django_db


def _path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def test_nickname_options_are_generated_screened_and_free():
    make_reader("BraveOtter42")
    options = nickname_options(count=6, taken={"BraveOtter42"})
    assert len(options) == 6 and len(set(options)) == 6
    assert all(re.fullmatch(r"[A-Z][a-z]+[A-Z][a-z]+\d{2}", name) for name in options)
    assert "BraveOtter42" not in options


def test_sign_up_accepts_only_an_offered_nickname_and_no_personal_fields():
    client = Client()
    form = client.get("/accounts/sign-up/").context["form"]
    assert set(form.fields) == {
        "nickname",
        "offered",
        "age_band",
        "password1",
        "password2",
        "parent_email",
    }
    data = {
        "nickname": "SamSmith",  # a name the child typed: not one we offered
        "offered": form.initial["offered"],
        "age_band": "6-8",
        "password1": "snowy-owl-tuesday",
        "password2": "snowy-owl-tuesday",
        "parent_email": "mum@example.org",
    }
    assert client.post("/accounts/sign-up/", data).status_code == 200
    assert not User.objects.filter(username="SamSmith").exists()
    assert not mail.outbox


def test_consent_link_is_signed_and_expires(settings):
    reader = make_reader(consent=False)
    assert Client().post("/accounts/consent/not-a-real-token/").status_code == 404
    token = consent_token(reader=reader)
    settings.PARENT_LINK_MAX_AGE_DAYS = 1
    from unittest import mock

    with mock.patch("time.time", return_value=timezone.now().timestamp() + 2 * 86400):
        assert Client().post(f"/accounts/consent/{token}/").status_code == 410
    assert Client().post(f"/accounts/consent/{token}/").status_code == 200
    reader.refresh_from_db()
    assert reader.has_consent


def test_parent_sees_downloads_and_deletes(story, moderator):
    reader = make_reader()
    kept = make_reader("CalmSeal77", parent_email="other@example.org")
    mine = submit_comment(reader=reader, story=story, text="Penguins are fluffy")
    approve_comment(comment=mine, moderator=moderator)
    theirs = submit_comment(reader=kept, story=story, text="Zoo trips are fun")
    token = manage_token(reader=reader)
    parent = Client()
    page = parent.get(f"/accounts/parent/{token}/").content.decode()
    assert "Penguins are fluffy" in page and "Zoo trips" not in page
    download = parent.get(f"/accounts/parent/{token}/download/")
    assert download["Content-Disposition"].startswith("attachment")
    data = json.loads(download.content)
    assert data["nickname"] == "BraveOtter42"
    assert [c["text"] for c in data["comments"]] == ["Penguins are fluffy"]
    assert parent.get(f"/accounts/parent/{token}/delete/").status_code == 200
    assert Reader.objects.filter(pk=reader.pk).exists()  # a GET only asks
    parent.post(f"/accounts/parent/{token}/delete/", {"confirm": "yes"})
    assert not Reader.objects.filter(pk=reader.pk).exists()
    assert not User.objects.filter(username="BraveOtter42").exists()
    assert list(Comment.objects.all()) == [theirs]
    assert "Penguins are fluffy" not in Client().get(story.url).content.decode()
    assert AuditLog.objects.filter(action="delete_account").exists()
    assert parent.get(f"/accounts/parent/{token}/").status_code == 404


def test_parent_can_ask_for_a_fresh_link():
    make_reader()
    Client().post("/accounts/parent/", {"email": "grownup@example.org"})
    (email,) = mail.outbox
    link = _path(re.search(r"https?://\S+/accounts/parent/\S+/", email.body).group(0))
    assert "BraveOtter42" in Client().get(link).content.decode()


def test_password_reset_goes_through_the_parent():
    reader = make_reader()
    client = Client()
    client.post("/accounts/forgot/", {"nickname": "braveotter42"})
    client.post("/accounts/forgot/", {"nickname": "NoSuchKid99"})  # same answer, no email
    (email,) = mail.outbox
    assert email.to == ["grownup@example.org"]
    link = _path(re.search(r"https?://\S+/accounts/reset/\S+/", email.body).group(0))
    form_page = client.get(link, follow=True)
    new = "a-brand-new-secret-77"
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": new, "new_password2": new},
    )
    reader.user.refresh_from_db()
    assert reader.user.check_password(new)


def test_sign_in_and_out():
    make_reader()
    client = Client()
    response = client.post("/accounts/login/", {"username": "BraveOtter42", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/accounts/me/").status_code == 200
    client.post("/accounts/logout/")
    assert client.get("/accounts/me/").status_code == 302


def test_rejected_text_is_erased_after_30_days(story, moderator):
    reader = make_reader()
    comment = submit_comment(reader=reader, story=story, text="Penguins are silly birds")
    reject_comment(comment=comment, moderator=moderator, reason="off_topic")
    assert erase_old_rejected_comments(now=timezone.now() + timedelta(days=29)) == 0
    assert erase_old_rejected_comments(now=timezone.now() + timedelta(days=31)) == 1
    comment.refresh_from_db()
    assert comment.text == "" and comment.text_erased_at is not None
    assert comment.rejection_reason == "off_topic"  # the child can still see why


def test_accounts_never_consented_are_deleted_on_schedule():
    waiting = make_reader("SunnyNewt44", consent=False)
    make_reader()
    Reader.objects.filter(pk=waiting.pk).update(created_at=timezone.now() - timedelta(days=15))
    assert delete_stale_accounts(now=timezone.now()) == 1
    assert list(Reader.objects.values_list("user__username", flat=True)) == ["BraveOtter42"]


def test_no_ip_address_is_stored():
    field_names = {field.name for field in Comment._meta.get_fields()}
    assert not {name for name in field_names if "ip" in name.split("_")}
