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
