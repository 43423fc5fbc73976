"""Grading and result bands: pure functions, no database."""

from types import SimpleNamespace

import pytest

from kidsnews.quizzes.grading import AnswerError, Choice, Question, band_for, grade, parse_picks


def question(kind="single", right=(0,), count=3):
    return Question(
        id="q1",
        kind=kind,
        text="?",
        explanation="Because.",
        choices=tuple(
            Choice(i, f"c{i}", i in right, "Nope." if i not in right else "") for i in range(count)
        ),
    )


def test_one_right_answer():
    q = question()
    assert grade(q, frozenset({0})).is_correct
    wrong = grade(q, frozenset({2}))
    assert not wrong.is_correct
    assert wrong.choice_explanations == ("Nope.",)


def test_several_right_answers_are_all_or_nothing():
    q = question(kind="multiple", right=(0, 2))
    assert grade(q, frozenset({0, 2})).is_correct
    assert not grade(q, frozenset({0})).is_correct
    assert not grade(q, frozenset({0, 1, 2})).is_correct


def test_skipped_is_not_correct():
    verdict = grade(question(), frozenset())
    assert verdict.is_skipped and not verdict.is_correct


@pytest.mark.parametrize("raw", ["0", 0, ["0"], [1]])
def test_parse_picks_accepts_choice_numbers(raw):
    assert parse_picks(question(), raw) <= {0, 1}


@pytest.mark.parametrize(
    "raw", ["7", -1, "-1", "x", True, None, 1.5, {"a": 1}, ["0", "1"], "00001"]
)
def test_parse_picks_refuses_anything_else_kindly(raw):
    with pytest.raises(AnswerError) as error:
        parse_picks(question(), raw)
    assert "Please" in str(error.value)


def test_several_picks_allowed_only_where_several_are_right():
    assert parse_picks(question(kind="multiple", right=(0, 1)), ["0", "1"]) == {0, 1}


def test_bands_by_score():
    bands = [
        SimpleNamespace(min_score=0, title="Space cadet!"),
        SimpleNamespace(min_score=8, title="Star explorer!"),
        SimpleNamespace(min_score=5, title="Rocket pilot!"),
    ]
    assert band_for(bands, 0).title == "Space cadet!"
    assert band_for(bands, 5).title == "Rocket pilot!"
    assert band_for(bands, 7).title == "Rocket pilot!"
    assert band_for(bands, 10).title == "Star explorer!"
    assert band_for([], 3) is None
