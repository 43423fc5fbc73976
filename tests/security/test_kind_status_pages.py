"""Every status a reader can reach comes with the kind page, not a blank one (finding 16.7)."""

import pytest
from django.test import Client

from tests.quizzes.helpers import make_quiz

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    ["/accounts/logout/", "/comments/post/{story}/"]
    + [f"/quizzes/{{quiz}}/{end}/" for end in ("check", "result", "results")],
)
def test_a_get_on_a_post_only_url_is_the_kind_405_with_its_allow_header(tree, path):
    from tests.factories import make_story

    story = make_story(tree["stories"], title="Rockets")
    quiz = make_quiz(tree["home"])
    client = Client(raise_request_exception=False)
    response = client.get(path.format(story=story.pk, quiz=quiz.pk))
    assert response.status_code == 405
    assert "POST" in response["Allow"]
    html = response.content.decode()
    assert "only works from a button" in html
    assert 'href="/"' in html
    assert "Content-Security-Policy" in response.headers


def test_json_answers_with_a_body_are_left_alone(tree):
    quiz = make_quiz(tree["home"])
    response = Client().post(f"/quizzes/{quiz.pk}/check/", "[]", content_type="application/json")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
