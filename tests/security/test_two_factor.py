"""TOTP two-factor sign-in for staff: optional, and enforced by STAFF_REQUIRE_2FA."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


def code_for(device) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def test_optional_by_default(client, people):
    client.force_login(people["editor"])
    assert client.get("/admin/").status_code == 200


def test_staff_with_an_authenticator_must_use_it(client, people):
    device = TOTPDevice.objects.create(user=people["editor"], name="phone", confirmed=True)
    client.force_login(people["editor"])
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/verify/")

    wrong = client.post("/admin/2fa/verify/", {"token": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert "didn" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302

    # django-otp throttles guesses (back-off after each failure); wait that out.
    device.refresh_from_db()
    device.throttle_reset()
    right = client.post("/admin/2fa/verify/", {"token": code_for(device), "next": "/admin/pages/"})
    assert right.status_code == 302
    assert right["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_enforced_setting_sends_staff_to_setup(client, people, settings):
    settings.STAFF_REQUIRE_2FA = True
    client.force_login(people["moderator"])
    response = client.get("/admin/")
    assert response["Location"].startswith("/admin/2fa/setup/")
    page = client.get("/admin/2fa/setup/")
    assert page.status_code == 200
    assert 'src="data:image/svg+xml;base64,' in page.content.decode()
    device = TOTPDevice.objects.get(user=people["moderator"], confirmed=False)
    done = client.post("/admin/2fa/setup/", {"token": code_for(device), "next": "/admin/"})
    assert done.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


def test_readers_are_never_asked(client, people, settings, tree):
    settings.STAFF_REQUIRE_2FA = True
    client.force_login(people["reader"])
    assert client.get("/").status_code == 200
    assert client.get("/admin/2fa/verify/").status_code == 403


def test_next_cannot_leave_the_site(client, people):
    device = TOTPDevice.objects.create(user=people["editor"], name="phone", confirmed=True)
    client.force_login(people["editor"])
    response = client.post(
        "/admin/2fa/verify/", {"token": code_for(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


# Issue 17, item 1: the password alone must never add an authenticator to an enrolled account.


def sign_in_with_password(client, username):
    from .conftest import PASSWORD

    response = client.post("/admin/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def enrol(client, user) -> TOTPDevice:
    """Set up an authenticator through the real setup view, then sign out."""
    sign_in_with_password(client, user.username)
    client.get("/admin/2fa/setup/")
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert client.post("/admin/2fa/setup/", {"token": code_for(device)}).status_code == 302
    client.post("/admin/logout/")
    device.refresh_from_db()
    assert device.confirmed
    return device


def test_password_alone_cannot_enrol_a_new_authenticator(client, people):
    device = enrol(client, people["editor"])
    sign_in_with_password(client, "editor")
    assert client.get("/admin/").url.startswith("/admin/2fa/verify/")

    page = client.get("/admin/2fa/setup/")
    assert page.status_code == 403
    body = page.content.decode()
    assert "already" in body
    assert "data:image/svg+xml" not in body  # no new secret shown
    refused = client.post("/admin/2fa/setup/", {"token": "123456", "next": "/admin/"})
    assert refused.status_code == 403

    assert list(TOTPDevice.objects.filter(user=people["editor"])) == [device]
    assert client.get("/admin/").url.startswith("/admin/2fa/verify/")  # still not verified


def test_a_device_left_unconfirmed_before_enrolment_cannot_be_confirmed_after(client, people):
    from kidsnews.security.services import AlreadyEnrolled, confirm_totp

    stale = TOTPDevice.objects.create(user=people["editor"], name="old", confirmed=False)
    TOTPDevice.objects.create(user=people["editor"], name="phone", confirmed=True)
    sign_in_with_password(client, "editor")
    response = client.post("/admin/2fa/setup/", {"token": code_for(stale), "next": "/admin/"})
    assert response.status_code == 403
    stale.refresh_from_db()
    assert not stale.confirmed
    with pytest.raises(AlreadyEnrolled):
        confirm_totp(device=stale, token=code_for(stale))
    assert client.get("/admin/").status_code == 302


def test_exempt_paths_are_exactly_the_second_step_sign_in_and_sign_out(settings):
    assert settings.TWO_FACTOR_EXEMPT_PATHS == [
        "/admin/2fa/verify/",
        "/admin/2fa/setup/",
        "/admin/login/",
        "/admin/logout/",
    ]


@pytest.fixture
def pending(client, people):
    """The editor has an authenticator and has given only the password."""
    TOTPDevice.objects.create(user=people["editor"], name="phone", confirmed=True)
    sign_in_with_password(client, "editor")
    return client


def test_exempt_verify_is_reachable_before_the_second_step(pending):
    assert pending.get("/admin/2fa/verify/").status_code == 200


def test_exempt_setup_answers_but_refuses_an_enrolled_account(pending):
    assert pending.get("/admin/2fa/setup/").status_code == 403


def test_exempt_login_is_not_sent_to_the_second_step(pending):
    response = pending.get("/admin/login/")
    assert "/admin/2fa/" not in response.get("Location", "")


def test_exempt_logout_signs_out_before_the_second_step(pending):
    pending.post("/admin/logout/")
    assert "_auth_user_id" not in pending.session


def test_other_paths_under_2fa_are_not_exempt(pending):
    response = pending.get("/admin/2fa/anything-else/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/2fa/verify/")


# Re-enrolment is an administrator's action, logged in Wagtail's log.


def reset_url(user) -> str:
    return f"/admin/security/two-factor/{user.pk}/reset/"


def test_an_administrator_resets_two_factor_and_it_is_logged(client, people):
    from wagtail.models import ModelLogEntry

    from kidsnews.security.services import TWO_FACTOR_RESET

    enrol(client, people["editor"])
    editor_client = type(client)()
    sign_in_with_password(editor_client, "editor")

    client.force_login(people["admin"])
    listing = client.get("/admin/users/")
    assert reset_url(people["editor"]) in listing.content.decode()
    assert client.get(reset_url(people["editor"])).status_code == 200
    done = client.post(reset_url(people["editor"]), {"reason": "lost phone, checked by call"})
    assert done.status_code == 302

    assert not TOTPDevice.objects.filter(user=people["editor"]).exists()
    entry = ModelLogEntry.objects.get(action=TWO_FACTOR_RESET)
    assert entry.user == people["admin"]
    assert entry.object_id == str(people["editor"].pk)
    assert entry.data["reason"] == "lost phone, checked by call"
    # The editor's half-signed-in session is over; they start again and set up a new device.
    assert "_auth_user_id" not in editor_client.session
    sign_in_with_password(editor_client, "editor")
    assert editor_client.get("/admin/2fa/setup/").status_code == 200


def test_only_administrators_can_reset(client, people):
    device = TOTPDevice.objects.create(user=people["editor"], name="phone", confirmed=True)
    client.force_login(people["moderator"])
    assert client.post(reset_url(people["editor"])).status_code in (302, 403)
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
    client.force_login(people["editor"])
    assert client.post(reset_url(people["editor"])).status_code in (302, 403)
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
