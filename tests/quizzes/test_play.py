"""Playing a quiz over HTTP: the JSON endpoint (JavaScript on), the results page (JavaScript
off), strict input, anonymous totals, no cookies and no answers in the page source."""

import json
import re

import pytest
from django.test import Client

from kidsnews.quizzes.grading import grade
from kidsnews.quizzes.models import QuestionStat
from kidsnews.quizzes.queries import percent_correct, promoted_quiz
from kidsnews.quizzes.services import record_answers
from tests.factories import make_story

from .helpers import make_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _every_play_shows_a_percent(settings):
    # These tests count one or two plays; the minimum is tested in test_no_javascript.py.
    settings.QUIZ_PERCENT_MIN_PLAYS = 1


@pytest.fixture
def quiz(tree):
    return make_quiz(tree["home"], topics=[tree["space"]])


def ids(quiz):
    return [q.id for q in quiz.question_list()]


def check(client, quiz, question, answer):
    return client.post(
        f"/quizzes/{quiz.pk}/check/",
        json.dumps({"question": question, "answer": answer}),
        content_type="application/json",
    )


def test_page_source_holds_no_answers_and_sets_no_cookie(quiz):
    client = Client(enforce_csrf_checks=True)
    response = client.get(quiz.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert not response.cookies
    assert "Which planet is closest to the Sun?" in html
    for secret in ("is_correct", "Mercury is the closest", "Sunlight bounces", "A star!"):
        assert secret not in html
    assert "csrfmiddlewaretoken" not in html
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Quiz"
    assert data["numberOfQuestions"] == 4
    assert data["educationalLevel"]
    assert data["about"][0]["name"].startswith("Space")
    assert [part["@type"] for part in data["hasPart"]] == ["Question"] * 4
    assert "acceptedAnswer" not in json.dumps(data)


def test_check_endpoint_grades_explains_and_counts_without_csrf_or_cookie(quiz):
    client = Client(enforce_csrf_checks=True)
    first = ids(quiz)[0]
    right = check(client, quiz, first, ["0"])
    assert right.status_code == 200
    assert not right.cookies
    assert right.json() | {} == {
        "question": first,
        "correct": True,
        "picked": [0],
        "right_answers": [0],
        "right_labels": ["Mercury"],
        "right_text": "Mercury",
        "explanation": "Mercury is the closest planet to the Sun.",
        "choice_explanations": [],
        "percent_correct": 100,
    }
    wrong = check(client, quiz, first, "1").json()
    assert wrong["correct"] is False
    assert wrong["choice_explanations"] == ["Mars is fourth from the Sun."]
    assert wrong["percent_correct"] == 50
    stat = QuestionStat.objects.get(quiz=quiz, question_id=first)
    assert (stat.attempts, stat.correct) == (2, 1)


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        "[1, 2]",
        json.dumps({"question": "no-such-id", "answer": "0"}),
        json.dumps({"question": 5, "answer": "0"}),
        json.dumps({"question": "FIRST", "answer": "9"}),
        json.dumps({"question": "FIRST", "answer": True}),
        json.dumps({"question": "FIRST", "answer": ["0", "1"]}),
        json.dumps({"question": "FIRST"}),
    ],
)
def test_check_endpoint_refuses_bad_input_kindly_and_counts_nothing(quiz, body):
    body = body.replace("FIRST", ids(quiz)[0])
    response = Client().post(f"/quizzes/{quiz.pk}/check/", body, content_type="application/json")
    assert response.status_code == 400
    assert "Please" in response.json()["error"] or "first" in response.json()["error"]
    assert not QuestionStat.objects.exists()


def test_check_endpoint_only_for_live_quizzes_and_posts(quiz):
    assert Client().get(f"/quizzes/{quiz.pk}/check/").status_code == 405
    quiz.unpublish()
    assert check(Client(), quiz, ids(quiz)[0], "0").status_code == 404


def test_final_result_gives_band_without_counting_again(quiz):
    q = ids(quiz)
    answers = {q[0]: ["0"], q[1]: ["0", "2"], q[2]: ["1"], q[3]: ["0"]}
    response = Client().post(
        f"/quizzes/{quiz.pk}/result/", json.dumps({"answers": answers}), "application/json"
    )
    assert response.json() == {
        "score": 3,
        "total": 4,
        "band": {"title": "Star explorer!", "message": "Amazing!"},
    }
    assert not QuestionStat.objects.exists()


def test_without_javascript_the_form_is_marked_on_a_results_page(quiz):
    q = ids(quiz)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/quizzes/{quiz.pk}/results/",
        {f"q-{q[0]}": "1", f"q-{q[1]}": ["0", "2"], f"q-{q[2]}": "1"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert not response.cookies
    assert "You got 2 out of 4 right." in html
    assert "Space cadet!" in html
    assert "Not quite." in html and "Right!" in html and "You skipped this one." in html
    assert "Mars is fourth from the Sun." in html  # the picked choice's explanation
    assert "Mercury is the closest planet to the Sun." in html
    assert "100% of readers got this right." in html  # question 2, one attempt, right
    assert QuestionStat.objects.count() == 3  # skipped question 4 is not an attempt


def test_results_page_refuses_unknown_questions(quiz):
    response = Client().post(f"/quizzes/{quiz.pk}/results/", {"q-bogus": "0"})
    assert response.status_code == 400
    assert "not in this quiz" in response.content.decode()


def test_aggregates_count_every_answer_anonymously(quiz):
    question = quiz.question_list()[0]
    for picks in ({0}, {0}, {1}):
        record_answers(quiz=quiz, verdicts=[grade(question, frozenset(picks))])
    record_answers(quiz=quiz, verdicts=[grade(question, frozenset())])  # skipped
    assert percent_correct(quiz=quiz) == {question.id: 67}
    stat = QuestionStat.objects.get()
    assert (stat.attempts, stat.correct) == (3, 2)
    field_names = {field.name for field in QuestionStat._meta.get_fields()}
    assert field_names == {"id", "quiz", "question_id", "attempts", "correct"}


def test_promoted_quiz_prefers_the_story_topic(tree, quiz):
    animals = make_quiz(tree["home"], title="Animal quiz", topics=[tree["animals"]])
    story = make_story(tree["stories"], topics=[tree["space"]])
    assert promoted_quiz(story=story) == quiz
    assert promoted_quiz() == animals  # newest promoted
    home = Client().get("/").content.decode()
    assert "Try our animal quiz!" in home
    story_html = Client().get(story.url).content.decode()
    assert "Try our space quiz!" in story_html
