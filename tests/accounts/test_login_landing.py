"""Issue 17, item 8: a sign-in without ?next= lands on a real page, never a 404.

Parents have no login of their own (they act through emailed links); the "grown-up" below is
any account that is neither a reader nor staff, which is what a parent login would be.
"""

import pytest
from django.test import Client

from kidsnews.accounts.models import User
from tests.comments.people import PASSWORD, make_reader, make_staff
from tests.factories import make_site_tree

pytestmark = pytest.mark.django_db


def sign_in(username: str) -> tuple[Client, str]:
    client = Client()
    response = client.post("/accounts/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return client, response["Location"]


def test_a_reader_lands_on_my_comments():
    make_site_tree()
    make_reader()
    client, landing = sign_in("BraveOtter42")
    assert landing == "/accounts/me/"
    page = client.get(landing)
    assert page.status_code == 200
    assert "My comments" in page.content.decode()


@pytest.mark.parametrize("kind", ["grown-up", "staff"])
def test_everyone_else_lands_on_the_home_page(kind):
    make_site_tree()
    if kind == "staff":
        make_staff("newsroom", "Editors")
        username = "newsroom"
    else:
        User.objects.create_user(username="grown-up", password=PASSWORD)
        username = "grown-up"
    client, landing = sign_in(username)
    assert landing == "/"
    assert client.get(landing).status_code == 200


def test_a_signed_in_reader_visiting_the_login_page_goes_to_their_page():
    make_site_tree()
    make_reader()
    client, _ = sign_in("BraveOtter42")
    assert client.get("/accounts/login/")["Location"] == "/accounts/me/"


def test_next_still_wins():
    make_site_tree()
    make_reader()
    client = Client()
    response = client.post(
        "/accounts/login/?next=/stories/", {"username": "BraveOtter42", "password": PASSWORD}
    )
    assert response["Location"] == "/stories/"
