"""One source cannot inflate a quiz's anonymous totals (outside security test, finding 11a):
past QUIZ_COUNTED_ANSWERS_PER_MINUTE submissions a minute its answers are still graded kindly,
but not counted."""

import json

import pytest
from django.test import Client

from kidsnews.quizzes.models import QuestionStat

from .helpers import make_quiz

pytestmark = pytest.mark.django_db


def test_a_flood_of_answers_from_one_source_counts_only_up_to_the_limit(tree, settings):
    settings.QUIZ_COUNTED_ANSWERS_PER_MINUTE = 30
    quiz = make_quiz(tree["home"])
    question = quiz.question_list()[0]
    flood = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(140):  # what the tester sent in one second
        response = flood.post(
            f"/quizzes/{quiz.pk}/check/",
            json.dumps({"question": question.id, "answer": 0}),
            content_type="application/json",
        )
        assert response.status_code == 200
        assert response.json()["correct"] is True  # still graded, and kindly
    stat = QuestionStat.objects.get(quiz=quiz, question_id=question.id)
    assert stat.attempts == 30

    # The no-JavaScript form is limited the same way.
    for _ in range(5):
        response = flood.post(f"/quizzes/{quiz.pk}/results/", {f"q-{question.id}": "0"})
        assert response.status_code == 200
    stat.refresh_from_db()
    assert stat.attempts == 30

    # Another child, elsewhere, still counts.
    other = Client(REMOTE_ADDR="198.51.100.20")
    other.post(
        f"/quizzes/{quiz.pk}/check/",
        json.dumps({"question": question.id, "answer": 0}),
        content_type="application/json",
    )
    stat.refresh_from_db()
    assert stat.attempts == 31
