"""Builders for quiz tests: a small space quiz with one question of every kind."""

from kidsnews.quizzes.models import QuizIndexPage, QuizPage, QuizResultBand
from tests.factories import make_image


def _choices(*items):
    return [{"text": t, "is_correct": c, "explanation": e} for t, c, e in items]


def space_questions():
    moon = make_image(title="Moon", alt="The Moon in a starry sky")
    sea = make_image(title="Sea", alt="Waves on the sea")
    return [
        (
            "single",
            {
                "question": "Which planet is closest to the Sun?",
                "explanation": "Mercury is the closest planet to the Sun.",
                "choices": _choices(
                    ("Mercury", True, ""), ("Mars", False, "Mars is fourth from the Sun.")
                ),
            },
        ),
        (
            "multiple",
            {
                "question": "Which of these are planets?",
                "explanation": "Jupiter and Saturn are planets; the Sun is a star.",
                "choices": _choices(
                    ("Jupiter", True, ""), ("The Sun", False, "A star!"), ("Saturn", True, "")
                ),
            },
        ),
        (
            "true_false",
            {
                "question": "The Moon makes its own light.",
                "is_true": False,
                "explanation": "Sunlight bounces off the Moon.",
                "true_explanation": "",
                "false_explanation": "",
            },
        ),
        (
            "picture",
            {
                "question": "Which picture shows the Moon?",
                "explanation": "The Moon is grey with craters.",
                "choices": [
                    {"image": sea, "label": "Picture A", "is_correct": False, "explanation": ""},
                    {"image": moon, "label": "Picture B", "is_correct": True, "explanation": ""},
                ],
            },
        ),
    ]


def make_quiz(home, *, title="Space quiz", topics=(), is_promoted=True, promo_text=""):
    index = QuizIndexPage.objects.child_of(home).first() or home.add_child(
        instance=QuizIndexPage(title="Quizzes", slug="quizzes")
    )
    quiz = QuizPage(
        title=title,
        summary="Four questions about space.",
        questions=space_questions(),
        is_promoted=is_promoted,
        promo_text=promo_text,
    )
    quiz.result_bands = [
        QuizResultBand(min_score=0, title="Space cadet!", message="Have another go!"),
        QuizResultBand(min_score=3, title="Star explorer!", message="Amazing!"),
    ]
    index.add_child(instance=quiz)
    if topics:
        quiz.topics.set(topics)
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    return quiz
