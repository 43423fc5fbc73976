"""Bad input from outside gets a kind 4xx, never a 500 (outside security test, finding 7).

Every request goes through the real views with `raise_request_exception=False`, so a server
error shows up as a 500 response here, as it would to a reader."""

import json
from unittest import mock

import pytest
from django.test import Client

from kidsnews.accounts.forms import SignUpForm
from kidsnews.accounts.models import User
from tests.factories import make_image, make_story
from tests.quizzes.helpers import make_quiz

pytestmark = pytest.mark.django_db

HUGE = "9" * 29
DEEP = "[" * 1500 + "]" * 1500


def client_for(user=None) -> Client:
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


@pytest.mark.parametrize("endpoint", ["check", "result", "results"])
def test_a_huge_quiz_id_is_a_404(tree, endpoint):
    response = client_for().post(f"/quizzes/{HUGE}/{endpoint}/", {})
    assert response.status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        DEEP,
        '{"question": ' + DEEP + "}",
        '{"question": "x", "answer": ' + DEEP + "}",
        '{"answers": ' + "{" * 0 + DEEP + "}",
    ],
)
@pytest.mark.parametrize("endpoint", ["check", "result"])
def test_json_nested_1500_deep_is_a_400(tree, endpoint, body):
    quiz = make_quiz(tree["home"])
    response = client_for().post(
        f"/quizzes/{quiz.pk}/{endpoint}/", body, content_type="application/json"
    )
    assert response.status_code == 400
    assert "error" in response.json()


def test_a_huge_story_id_for_a_comment_is_a_404(people):
    client = client_for(people["reader"])
    assert client.post(f"/comments/post/{HUGE}/", {"text": "hi"}).status_code == 404
    assert client.post(f"/comments/report/{HUGE}/", {}).status_code == 404


def test_moderators_bulk_and_act_with_huge_ids_are_not_errors(people):
    from kidsnews.comments.models import Comment  # noqa: F401 - the table must exist

    client = client_for(people["admin"])
    response = client.post("/admin/comments/bulk/", {"ids": [HUGE, "1"], "action": "approve"})
    assert response.status_code == 302
    assert client.post(f"/admin/comments/{HUGE}/act/", {"action": "approve"}).status_code == 404


SEARCH_SYNTAX = ['"', 'rocket"', "*", "(", ")", "rocket NEAR moon", "NEAR(", "-", "-rocket", "a:b"]


@pytest.mark.parametrize("query", SEARCH_SYNTAX)
@pytest.mark.parametrize(
    "listing", ["/admin/images/", "/admin/documents/", "/admin/media/", "/admin/pages/search/"]
)
def test_admin_search_with_full_text_syntax_is_not_an_outage(tree, people, listing, query):
    make_image(title="A red rocket")
    make_story(tree["stories"], title="Rocket to the moon")
    response = client_for(people["admin"]).get(listing, {"q": query})
    assert response.status_code == 200, (listing, query)
    assert "back in a moment" not in response.content.decode()


def test_two_sign_ups_racing_for_one_nickname_get_a_kind_answer():
    client = client_for()
    form = client.get("/accounts/sign-up/").context["form"]
    nickname = form.fields["nickname"].choices[0][0]
    data = {
        "nickname": nickname,
        "offered": form.initial["offered"],
        "age_band": "6-8",
        "password1": "snowy-owl-tuesday",
        "password2": "snowy-owl-tuesday",
        "parent_email": "mum@example.org",
    }
    check = SignUpForm.clean_nickname

    def the_other_child_wins(form):
        # The other sign-up commits between this one's check and its insert.
        chosen = check(form)
        User.objects.create_user(username=chosen, password="another-child-password")
        return chosen

    with mock.patch.object(SignUpForm, "clean_nickname", the_other_child_wins):
        response = client.post("/accounts/sign-up/", data)
    assert response.status_code in (200, 409)
    html = response.content.decode()
    assert "back in a moment" not in html and "went wrong" not in html.lower()
    assert "pick another" in html.lower()
    assert User.objects.filter(username=nickname).count() == 1


def test_a_quiz_body_that_is_not_an_object_is_a_400(tree):
    quiz = make_quiz(tree["home"])
    for body in ("[]", "1e999999", '"' + "\\ud800" + '"', json.dumps({"question": [1] * 10})):
        response = client_for().post(
            f"/quizzes/{quiz.pk}/check/", body, content_type="application/json"
        )
        assert response.status_code == 400, body
