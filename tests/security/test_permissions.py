"""Who may open which admin and moderation URL: anonymous, reader, editor, moderator.

Every admin URL pattern is walked (parameters filled with placeholders). Nobody without staff
rights gets a page from any of them. Editors and moderators each lack the other's powers and
the administrator's (users, groups, site settings).
"""

import pytest
from django.test import Client

from .urlwalk import all_routes, fill

pytestmark = pytest.mark.django_db

ADMIN_PREFIXES = ("admin/", "django-admin/")
# Pages that are public by design: the sign-in and password-reset forms, and static helpers.
PUBLIC_ADMIN = (
    "/admin/login/",
    "/admin/password_reset/",
    "/admin/jsi18n/",
    "/admin/sprite",
    "/django-admin/login/",
    "/django-admin/logout/",
    "/admin/logout/",
    "/django-admin/password_reset/",
    "/django-admin/jsi18n/",
)
ADMIN_ONLY = [
    "/admin/users/",
    "/admin/groups/",
    "/admin/sites/",
    "/admin/workflows/list/",
    "/django-admin/accounts/user/",
    "/django-admin/auth/group/",
]


def admin_urls():
    for route, _pattern in all_routes():
        if route.startswith(ADMIN_PREFIXES):
            url = "/" + fill(route)
            if not url.startswith(PUBLIC_ADMIN):
                yield url


def get(client, url):
    response = client.get(url)
    if response.status_code == 301 and response["Location"] == url + "/":
        response = client.get(url + "/")
    return response


@pytest.mark.parametrize("who", ["anonymous", "reader"])
def test_no_admin_url_serves_anyone_without_staff_rights(who, people, tree):
    client = Client()
    if who == "reader":
        client.force_login(people["reader"])
    seen = 0
    for url in admin_urls():
        response = get(client, url)
        assert response.status_code in (302, 403, 404, 405), (url, response.status_code)
        if response.status_code == 302:
            assert "login" in response["Location"], url
        seen += 1
    assert seen > 100


@pytest.mark.parametrize("who", ["editor", "moderator"])
def test_admin_only_areas_are_closed_to_editors_and_moderators(who, people, tree):
    client = Client()
    client.force_login(people[who])
    assert client.get("/admin/").status_code == 200
    for url in ADMIN_ONLY:
        response = client.get(url)
        assert response.status_code in (302, 403, 404), (who, url, response.status_code)
        assert not (response.status_code == 302 and response["Location"] == url)


def test_moderators_cannot_edit_pages(people, tree):
    client = Client()
    client.force_login(people["moderator"])
    home = tree["home"]
    for url in (
        f"/admin/pages/{home.pk}/edit/",
        f"/admin/pages/add/articles/articlepage/{home.pk}/",
    ):
        assert client.get(url).status_code in (302, 403), url


def test_moderation_urls_are_closed_to_editors(people, tree):
    client = Client()
    client.force_login(people["editor"])
    moderation = [url for url in admin_urls() if "comment" in url or "moderat" in url]
    for url in moderation:
        response = get(client, url)
        assert response.status_code in (302, 403, 404, 405), (url, response.status_code)


def test_the_superuser_can_reach_admin_only_areas(people):
    client = Client()
    client.force_login(people["admin"])
    for url in ADMIN_ONLY:
        assert client.get(url).status_code == 200, url
