"""Issue 16, item 9: the quiz without JavaScript asks for answers instead of scoring an empty
form, says the right answers in natural English, and shows percentages only from a minimum
number of plays."""

import json

import pytest
from django.test import Client
from django.utils.html import escape

from kidsnews.core import wording
from kidsnews.core.wording import join_words
from kidsnews.quizzes.models import QuestionStat

from .helpers import make_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(tree):
    return make_quiz(tree["home"], topics=[tree["space"]])


def results(quiz, data):
    return Client().post(f"/quizzes/{quiz.pk}/results/", data)


def test_an_empty_submit_asks_kindly_and_counts_nothing(quiz):
    for data in ({}, {f"q-{quiz.question_list()[0].id}": ""}):
        response = results(quiz, data)
        html = response.content.decode()
        assert response.status_code == 400
        assert escape(wording.QUIZ_NOTHING_PICKED) in html
        assert "out of" not in html  # no score
        assert html.count('class="quiz-question"') == 4  # the quiz itself, to answer
        assert not response.cookies
    assert not QuestionStat.objects.exists()


def test_right_answers_are_joined_in_natural_english(quiz):
    assert join_words([]) == ""
    assert join_words(["Bat"]) == "Bat"
    assert join_words(["Bat", "Eagle"]) == "Bat and Eagle"
    assert join_words(["Bat", "Eagle", "Owl"]) == "Bat, Eagle and Owl"
    several = quiz.question_list()[1]  # Jupiter and Saturn
    html = results(quiz, {f"q-{several.id}": "1"}).content.decode()
    assert "<strong>Jupiter and Saturn</strong>" in html
    data = (
        Client()
        .post(
            f"/quizzes/{quiz.pk}/check/",
            json.dumps({"question": several.id, "answer": [1]}),
            content_type="application/json",
        )
        .json()
    )
    assert data["right_text"] == "Jupiter and Saturn"


def test_percentages_only_from_the_minimum_number_of_plays(quiz, settings):
    settings.QUIZ_PERCENT_MIN_PLAYS = 3
    first = quiz.question_list()[0]
    for play in range(3):
        html = results(quiz, {f"q-{first.id}": "1"}).content.decode()  # wrong each time
        shown = "0% of readers got this right." in html
        assert shown == (play == 2), play  # the third play reaches the minimum
