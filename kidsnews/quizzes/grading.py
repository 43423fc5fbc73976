"""Grading a child's answers against a quiz's questions. Pure functions over the StreamField
data, so the JSON endpoint, the no-JavaScript form and the tests share one rulebook."""

from dataclasses import dataclass, field

from kidsnews.core import wording


class AnswerError(ValueError):
    """The answer is malformed (unknown question, wrong type, choice out of range). The message
    is shown to the child, so it is kind and says what to do."""


@dataclass(frozen=True)
class Choice:
    index: int
    label: str
    is_correct: bool
    explanation: str = ""
    image: object = None


@dataclass(frozen=True)
class Question:
    """One question in a form the templates and grader both use. `id` is the StreamField
    block's UUID, stable across edits of the other questions."""

    id: str
    kind: str
    text: str
    explanation: str
    choices: tuple[Choice, ...]

    @property
    def allows_several(self) -> bool:
        return self.kind == "multiple" or (
            self.kind == "picture" and sum(c.is_correct for c in self.choices) > 1
        )

    @property
    def right_indexes(self) -> frozenset[int]:
        return frozenset(c.index for c in self.choices if c.is_correct)

    @property
    def right_labels(self) -> list[str]:
        return [c.label for c in self.choices if c.is_correct]


@dataclass(frozen=True)
class Verdict:
    question: Question
    picked: frozenset[int]
    is_correct: bool
    choice_explanations: tuple[str, ...] = field(default=())

    @property
    def is_skipped(self) -> bool:
        return not self.picked


def questions_from_stream(stream) -> list[Question]:
    questions = []
    for block in stream:
        value = block.value
        if block.block_type == "true_false":
            choices = (
                Choice(0, "True", bool(value["is_true"]), value.get("true_explanation") or ""),
                Choice(1, "False", not value["is_true"], value.get("false_explanation") or ""),
            )
        elif block.block_type == "picture":
            choices = tuple(
                Choice(i, c["label"], bool(c["is_correct"]), c["explanation"] or "", c["image"])
                for i, c in enumerate(value["choices"])
            )
        else:
            choices = tuple(
                Choice(i, c["text"], bool(c["is_correct"]), c["explanation"] or "")
                for i, c in enumerate(value["choices"])
            )
        questions.append(
            Question(
                id=str(block.id),
                kind=block.block_type,
                text=value["question"],
                explanation=value["explanation"] or "",
                choices=choices,
            )
        )
    return questions


def parse_picks(question: Question, raw) -> frozenset[int]:
    """A child's picks for `question` from request data: a choice index or a list of them.
    Raises AnswerError for anything else."""
    values = raw if isinstance(raw, list | tuple) else [raw]
    if len(values) > len(question.choices):
        raise AnswerError(wording.QUIZ_TOO_MANY_PICKS)
    picks = set()
    for value in values:
        # bool is an int in Python; JSON true/false is never a choice number.
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise AnswerError(wording.QUIZ_NOT_A_CHOICE)
        text = str(value).strip()
        if not text.isdigit() or len(text) > 2:
            raise AnswerError(wording.QUIZ_NOT_A_CHOICE)
        index = int(text)
        if index >= len(question.choices):
            raise AnswerError(wording.QUIZ_NOT_A_CHOICE)
        picks.add(index)
    if len(picks) > 1 and not question.allows_several:
        raise AnswerError(wording.QUIZ_PICK_ONE)
    return frozenset(picks)


def grade(question: Question, picked: frozenset[int]) -> Verdict:
    """All or nothing: right only when the picks are exactly the right answers."""
    explanations = tuple(
        choice.explanation
        for choice in question.choices
        if choice.index in picked and choice.explanation
    )
    return Verdict(
        question=question,
        picked=picked,
        is_correct=bool(picked) and picked == question.right_indexes,
        choice_explanations=explanations,
    )


def band_for(bands, score: int):
    """The result band for `score`: the one with the highest minimum the score reaches."""
    reached = [band for band in bands if band.min_score <= score]
    return max(reached, key=lambda band: band.min_score, default=None)
