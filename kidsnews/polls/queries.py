"""Reads for polls and reactions: results as readers see them, and the editor's warnings."""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from kidsnews.caching import store, tags
from kidsnews.comments.screening import RULES_ONLY, screen

from . import counting
from .models import Poll, PollAnswer, Reaction, VoteCount


@dataclass(frozen=True)
class Ballot:
    """What a vote is checked against: when the poll closes and which answers it offers."""

    closes_at: datetime
    answer_ids: frozenset[str]

    @property
    def is_open(self) -> bool:
        return timezone.now() < self.closes_at


def ballot(*, poll_id: int) -> Ballot | None:
    """The poll's ballot, or None if there is no such poll: kept like any other cached result
    (caching.store.cached) under the poll row's own tag, so a save of the poll (the admin saves
    its answers with it) reaches the very next vote; one cache lookup per vote in a burst."""
    return store.cached(f"poll-ballot:{poll_id}", lambda: _read_ballot(poll_id), propagate=False)


def _read_ballot(poll_id: int) -> Ballot | None:
    poll = Poll.objects.filter(pk=poll_id).only("pk", "closes_at").first()  # adds its tag
    if poll is None:
        tags.add(Poll._meta.label_lower)  # a poll made later with this id changes the answer
        return None
    answer_ids = PollAnswer.objects.filter(poll_id=poll_id).values_list("pk", flat=True)
    return Ballot(closes_at=poll.closes_at, answer_ids=frozenset(str(pk) for pk in answer_ids))


@dataclass(frozen=True)
class Row:
    label: str
    votes: int
    percent: int
    image: object = None
    emoji: str = ""
    key: str = ""


@dataclass(frozen=True)
class Results:
    rows: list[Row]
    total: int


def whole_percents(counts: list[int]) -> list[int]:
    """Percentages that add up to exactly 100 (largest remainders get the spare points), so
    a child adding the bars up is not puzzled; all 0 when nobody voted."""
    total = sum(counts)
    if not total:
        return [0] * len(counts)
    exact = [count * 100 / total for count in counts]
    floors = [int(value) for value in exact]
    spare = 100 - sum(floors)
    by_remainder = sorted(range(len(counts)), key=lambda i: (floors[i] - exact[i], i))
    for index in by_remainder[:spare]:
        floors[index] += 1
    return floors


def poll_results(*, poll: Poll) -> Results:
    found = counting.totals(kind=VoteCount.Kind.POLL, subject_id=poll.pk)
    answers = poll.answer_list()
    counts = [found.get(str(answer.pk), 0) for answer in answers]
    percents = whole_percents(counts)
    rows = [
        Row(label=answer.text, votes=count, percent=percent, image=answer.image, key=str(answer.pk))
        for answer, count, percent in zip(answers, counts, percents, strict=True)
    ]
    return Results(rows=rows, total=sum(counts))


def reaction_totals(*, story_id: int) -> Results:
    found = counting.totals(kind=VoteCount.Kind.REACTION, subject_id=story_id)
    counts = [found.get(reaction.value, 0) for reaction in Reaction]
    percents = whole_percents(counts)
    rows = [
        Row(
            label=reaction.label,
            votes=count,
            percent=percent,
            emoji=reaction.emoji,
            key=reaction.value,
        )
        for reaction, count, percent in zip(Reaction, counts, percents, strict=True)
    ]
    return Results(rows=rows, total=sum(counts))


def poll_warnings(*, question: str, answers: list[str]) -> list[str]:
    """What the comment screener's exact rules (not its learned layer, trained on children's
    comments, not on questions) find in a poll's words, for the editor to look at:
    "Answer 2: looks like a phone number". A warning, never a gate (editors are not children
    and may need a word a child's comment may not use)."""
    warnings = []
    for label, text in [("Question", question)] + [
        (f"Answer {number}", answer) for number, answer in enumerate(answers, start=1)
    ]:
        if not text:
            continue
        for reason in screen(text, model=RULES_ONLY).reasons:
            warnings.append(f'{label}: {reason.message} ("{reason.text}")')
    return warnings
