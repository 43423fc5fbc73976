"""Sessions: rotated at login, staff sessions idle out, deactivated users are signed out."""

import time

import pytest
from django.contrib.sessions.models import Session

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_session_id_is_rotated_at_login(client, people):
    client.get("/admin/login/")
    session = client.session
    session["planted"] = "by an attacker"
    session.save()
    before = session.session_key
    client.cookies["sessionid"] = before
    response = client.post("/admin/login/", {"username": "admin", "password": PASSWORD})
    assert response.status_code == 302
    after = client.cookies["sessionid"].value
    assert after != before
    assert not Session.objects.filter(session_key=before).exists()


def test_staff_session_expires_after_inactivity(client, people, settings):
    client.force_login(people["editor"])
    assert client.get("/admin/").status_code == 200
    session = client.session
    session["staff_seen_at"] = int(time.time()) - settings.STAFF_SESSION_IDLE_SECONDS - 5
    session.save()
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/admin/").status_code == 302


def test_active_staff_session_stays(client, people, settings):
    client.force_login(people["editor"])
    client.get("/admin/")
    session = client.session
    session["staff_seen_at"] = int(time.time()) - settings.STAFF_SESSION_IDLE_SECONDS + 60
    session.save()
    assert client.get("/admin/").status_code == 200


def test_reader_sessions_do_not_idle_out(client, people, settings, tree):
    client.force_login(people["reader"])
    session = client.session
    session["staff_seen_at"] = 0
    session.save()
    client.get("/")
    assert client.session.get("_auth_user_id") == str(people["reader"].pk)


def test_deactivating_a_user_ends_their_sessions(client, people):
    other = type(client)()
    client.force_login(people["editor"])
    other.force_login(people["editor"])
    assert client.get("/admin/").status_code == 200
    assert Session.objects.count() == 2

    editor = people["editor"]
    editor.is_active = False
    editor.save()

    assert Session.objects.count() == 0
    for browser in (client, other):
        response = browser.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_inactive_user_with_surviving_session_is_refused_anyway(client, people):
    """AuthenticationMiddleware re-checks is_active on each request (ModelBackend)."""
    from django.contrib.auth import get_user_model

    client.force_login(people["editor"])
    # An update() bypasses signals: the session row survives, the middleware still refuses it.
    get_user_model().objects.filter(pk=people["editor"].pk).update(is_active=False)
    assert Session.objects.count() == 1
    assert client.get("/admin/").status_code == 302
