"""Issue 16, item 15: every error a child can see is in kidsnews/core/wording.py, written for a
7-year-old; no Django default English reaches a reader-facing form."""

import re

import pytest
from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, SetPasswordForm
from django.core import mail
from django.test import Client
from django.utils.html import escape

from kidsnews.accounts.models import Reader, User
from kidsnews.core import wording
from tests.comments.people import make_reader
from tests.factories import make_story

pytestmark = pytest.mark.django_db


def django_defaults() -> list[str]:
    """The English Django would show: every form field's default errors, the sign-in and
    set-password forms' errors and the password validators' messages, each cut at its first
    placeholder so it matches however it was filled in."""
    found = set()
    fields = [cls for cls in vars(forms.fields).values() if isinstance(cls, type)]
    for cls in fields:
        if issubclass(cls, forms.Field):
            for klass in cls.__mro__:
                found.update(str(m) for m in getattr(klass, "default_error_messages", {}).values())
    found.update(str(m) for m in AuthenticationForm.error_messages.values())
    found.update(str(m) for m in SetPasswordForm.error_messages.values())
    for validator in password_validation.get_default_password_validators():
        try:
            validator.validate("1", User(username="1"))
        except forms.ValidationError as error:
            found.update(str(m) for m in error.messages)
    pieces = {re.split(r"%\(|\{", text)[0].strip() for text in found}
    return sorted(piece for piece in pieces if len(piece) >= 12)


def assert_kind(response, *expected: str):
    html = response.content.decode()
    leaked = [text for text in django_defaults() if escape(text) in html or text in html]
    assert not leaked, leaked
    for words in expected:
        assert escape(words) in html, words


def test_the_list_of_defaults_is_real():
    defaults = django_defaults()
    assert "This field is required." in defaults
    assert any(text.startswith("Please enter a correct") for text in defaults)
    assert any(text.startswith("This password is too short") for text in defaults)


def test_sign_up_errors_and_rules_before_the_first_try():
    client = Client()
    page = client.get("/accounts/sign-up/")
    assert_kind(page, *wording.PASSWORD_RULES)  # the rules, before any failure
    offered = page.context["form"].initial["offered"]
    assert_kind(
        client.post("/accounts/sign-up/", {"offered": offered}),
        wording.NICKNAME_PICK,
        wording.AGE_PICK,
        wording.REQUIRED,
        wording.PARENT_EMAIL_NEEDED,
    )
    nickname = page.context["form"].fields["nickname"].choices[0][0]
    bad = {
        "nickname": nickname,
        "offered": offered,
        "age_band": "9-12",
        "password1": "12345",
        "password2": "12345",
        "parent_email": "not an email",
    }
    assert_kind(
        client.post("/accounts/sign-up/", bad),
        wording.PASSWORD_TOO_SHORT,
        wording.PASSWORD_ALL_NUMBERS,
        wording.INVALID_EMAIL,
    )
    different = {**bad, "password1": "snowy-owl-tuesday", "password2": "snowy-owl-monday"}
    assert_kind(client.post("/accounts/sign-up/", different), wording.PASSWORDS_DIFFERENT)
    common = {**bad, "password1": "password", "password2": "password"}
    assert_kind(client.post("/accounts/sign-up/", common), wording.PASSWORD_TOO_COMMON)
    assert not User.objects.exists()


def test_thirteen_or_older_is_told_kindly_and_gets_no_account():
    client = Client()
    form = client.get("/accounts/sign-up/").context["form"]
    data = {
        "nickname": form.fields["nickname"].choices[0][0],
        "offered": form.initial["offered"],
        "age_band": Reader.AgeBand.TEEN,
        "password1": "snowy-owl-tuesday",
        "password2": "snowy-owl-tuesday",
        "parent_email": "mum@example.org",
    }
    response = client.post("/accounts/sign-up/", data)
    assert response.status_code == 200
    assert_kind(response, wording.TOO_OLD_TITLE, wording.TOO_OLD)
    assert not User.objects.exists() and not mail.outbox


def test_sign_in_errors():
    make_reader("BraveOtter42")
    assert_kind(Client().post("/accounts/login/", {}), wording.REQUIRED)
    wrong = Client().post("/accounts/login/", {"username": "BraveOtter42", "password": "nope"})
    assert_kind(wrong, wording.LOGIN_WRONG)


def test_other_reader_forms(tree):
    assert_kind(Client().post("/accounts/forgot/", {}), wording.REQUIRED)
    assert_kind(Client().post("/accounts/parent/", {"email": "nope"}))
    reader = make_reader("BraveOtter42")
    story = make_story(tree["stories"], title="Penguins", slug="penguins")
    from kidsnews.comments.models import Comment

    comment = Comment.objects.create(
        story=story, reader=reader, text="Penguins!", status=Comment.Status.APPROVED
    )
    client = Client()
    client.force_login(reader.user)
    assert_kind(client.post(f"/comments/report/{comment.pk}/", {}), wording.REQUIRED_CHOICE)
    assert_kind(client.post(f"/comments/post/{story.pk}/", {"text": ""}))
