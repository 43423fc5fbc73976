"""Bad input gets a friendly 4xx page, never a server error."""

import pytest

from ..factories import make_story

pytestmark = pytest.mark.django_db


def test_unknown_path_is_a_friendly_404(client, tree):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "can't find that page" in html
    assert 'href="/"' in html


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999", "1.5", "%00", "9" * 400])
def test_nonsense_page_numbers_are_404(client, tree, page):
    make_story(tree["stories"], topics=[tree["space"]])
    response = client.get(tree["space_page"].url, {"page": page})
    assert response.status_code == 404
    assert "can't find that page" in response.content.decode()


def test_very_long_paths_and_queries_do_not_break_pages(client, tree):
    assert client.get("/" + "a" * 5000 + "/").status_code == 404
    response = client.get("/", {"q": "x" * 10_000})
    assert response.status_code in (200, 400, 404)


def test_500_page_is_friendly_and_standalone(client):
    from django.template import loader

    html = loader.get_template("500.html").render({})
    assert "something went wrong" in html.lower()


def test_a_form_without_its_security_token_gets_a_kind_403(tree):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/accounts/login/", {"username": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "reload the page and try again" in html
    assert "CSRF" not in html
