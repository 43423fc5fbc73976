"""Login throttling: 5 failures in an hour lock an IP, and a staff account anywhere or a reader
account from that address (kidsnews/security/lockout.py), right password included."""

import pytest
from axes.handlers.proxy import AxesProxyHandler
from axes.utils import reset

from .conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def attempt(client, username, password, ip="10.0.0.1"):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip, follow=False
    )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_six_wrong_then_right_is_refused_until_lifted(client, people):
    for _ in range(6):
        response = attempt(client, "admin", "wrong password")
        assert not signed_in(client)
    response = attempt(client, "admin", PASSWORD)
    assert response.status_code == 429
    assert "Too many tries" in response.content.decode()
    assert not signed_in(client)

    # An administrator lifts the lock (same as `manage.py axes_reset_username admin`).
    reset(username="admin")
    reset(ip="10.0.0.1")
    response = attempt(client, "admin", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_lock_follows_the_account_across_addresses(client, people):
    for number in range(5):
        attempt(client, "editor", "wrong", ip=f"10.0.1.{number}")
    response = attempt(client, "editor", PASSWORD, ip="10.0.2.99")
    assert response.status_code == 429
    assert not signed_in(client)


def test_lock_follows_the_address_across_accounts(client, people):
    for number in range(5):
        attempt(client, f"nobody{number}", "wrong", ip="10.0.3.3")
    response = attempt(client, "moderator", PASSWORD, ip="10.0.3.3")
    assert response.status_code == 429


def test_lock_expires_after_the_cool_off(client, people, settings):
    from datetime import timedelta

    settings.AXES_COOLOFF_TIME = timedelta(seconds=0)
    for _ in range(5):
        attempt(client, "admin", "wrong")
    assert attempt(client, "admin", PASSWORD).status_code == 302


def test_unknown_user_and_wrong_password_look_the_same(client, people):
    unknown = attempt(client, "no-such-person", "wrong", ip="10.0.4.1")
    wrong = attempt(client, "admin", "wrong", ip="10.0.4.2")
    assert unknown.status_code == wrong.status_code == 200
    assert _messages(unknown) == _messages(wrong) != []
    # Django's ModelBackend hashes the password for unknown users too, so timing matches.


def _messages(response) -> list[str]:
    return list(response.context["form"].non_field_errors())


def test_reader_logins_are_throttled_too(rf, people):
    """Readers sign in through django.contrib.auth.authenticate, which axes guards."""
    from django.contrib.auth import authenticate

    request = rf.post("/accounts/login/", REMOTE_ADDR="10.0.5.5")
    for _ in range(5):
        assert authenticate(request, username="reader", password="wrong") is None
    assert authenticate(request, username="reader", password=PASSWORD) is None
    assert AxesProxyHandler.is_locked(request, {"username": "reader"})


def test_success_resets_the_count(client, db):
    make_user("sam", staff=True)
    for _ in range(4):
        attempt(client, "sam", "wrong")
    assert attempt(client, "sam", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        attempt(client, "sam", "wrong")
    assert attempt(client, "sam", PASSWORD).status_code == 302


# Issue 17, item 6: nicknames are public, so a stranger must not be able to lock a child out.


def reader_sign_in(client, nickname, password, ip):
    return client.post(
        "/accounts/login/", {"username": nickname, "password": password}, REMOTE_ADDR=ip
    )


def make_child(nickname="BraveOtter12"):
    from kidsnews.accounts.services import register_reader

    return register_reader(
        nickname=nickname, age_band="9-12", password=PASSWORD, parent_email="grown-up@example.org"
    )


def test_a_strangers_failures_do_not_lock_a_child_out(client, db):
    from django.test import Client

    make_child()
    stranger = Client()
    for _ in range(10):
        reader_sign_in(stranger, "BraveOtter12", "guess", ip="203.0.113.7")
    # The stranger is stopped, right password or not ...
    assert reader_sign_in(stranger, "BraveOtter12", PASSWORD, ip="203.0.113.7").status_code == 429
    # ... and the child, at home on another address, signs in as usual.
    response = reader_sign_in(client, "BraveOtter12", PASSWORD, ip="198.51.100.20")
    assert response.status_code == 302
    assert signed_in(client)


def test_a_strangers_failures_across_many_addresses_do_not_lock_a_child_out(client, db):
    make_child()
    for number in range(10):
        reader_sign_in(client, "BraveOtter12", "guess", ip=f"203.0.113.{number}")
    assert reader_sign_in(client, "BraveOtter12", PASSWORD, ip="198.51.100.20").status_code == 302
    assert signed_in(client)


def test_staff_are_still_locked_whatever_the_address(client, people):
    for number in range(5):
        reader_sign_in(client, "editor", "guess", ip=f"203.0.113.{number}")
    assert reader_sign_in(client, "editor", PASSWORD, ip="198.51.100.20").status_code == 429
    assert attempt(client, "editor", PASSWORD, ip="198.51.100.21").status_code == 429
    assert not signed_in(client)


def test_staff_names_are_matched_whatever_their_case(rf, db):
    from kidsnews.security.lockout import EVERYONE_ELSE, STAFF, lockout_parameters

    make_user("Editor-Two", staff=True)
    assert lockout_parameters(rf.post("/"), {"username": "editor-two"}) == STAFF
    assert lockout_parameters(rf.post("/"), {"username": "no-such-name"}) == EVERYONE_ELSE
