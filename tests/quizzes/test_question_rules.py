"""Editors are told when a question's ticked right answers don't fit its kind."""

import pytest
from wagtail.blocks import StructBlockValidationError

from kidsnews.quizzes.blocks import MultipleAnswerBlock, SingleAnswerBlock


def question(block, ticks):
    return block.to_python(
        {
            "question": "Which are planets?",
            "explanation": "",
            "choices": [
                {"text": f"Choice {n}", "is_correct": tick, "explanation": ""}
                for n, tick in enumerate(ticks)
            ],
        }
    )


@pytest.mark.parametrize(
    ("block", "ticks", "message"),
    [
        (SingleAnswerBlock(), [False, False], "Tick exactly one right answer."),
        (SingleAnswerBlock(), [True, True, False], "Tick exactly one right answer."),
        (MultipleAnswerBlock(), [True, False, False], "Tick at least two right answers"),
    ],
)
def test_wrong_number_of_right_answers_is_refused(block, ticks, message):
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(question(block, ticks))
    assert message in str(refused.value.block_errors["choices"].non_block_errors)


@pytest.mark.parametrize(
    ("block", "ticks"),
    [(SingleAnswerBlock(), [True, False]), (MultipleAnswerBlock(), [True, True, False])],
)
def test_right_number_of_right_answers_is_accepted(block, ticks):
    assert block.clean(question(block, ticks))["question"] == "Which are planets?"
