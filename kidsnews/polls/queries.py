"""Reads for polls and reactions: results as readers see them, and the editor's warnings."""

from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.utils import timezone

from kidsnews.comments.screening import RULES_ONLY, screen

from . import counting
from .models import Poll, PollAnswer, Reaction, VoteCount

# How long a ballot stays in the cache when nothing changes it; any change to the poll or its
# answers removes it at once (apps.py).
BALLOT_CACHE_SECONDS = 3600


@dataclass(frozen=True)
class Ballot:
    """What a vote is checked against: when the poll closes and which answers it offers."""

    closes_at: datetime
    answer_ids: frozenset[str]

    @property
    def is_open(self) -> bool:
        return timezone.now() < self.closes_at


def ballot_key(poll_id: int) -> str:
    return f"polls:ballot:{poll_id}"


def ballot(*, poll_id: int) -> Ballot | None:
    """The poll's ballot, or None if there is no such poll: from the shared cache (one lookup
    per vote in a burst), else one query."""
    found = cache.get(ballot_key(poll_id))
    if found is not None:
        return found
    closes_at = Poll.objects.filter(pk=poll_id).values_list("closes_at", flat=True).first()
    if closes_at is None:
        return None
    answer_ids = PollAnswer.objects.filter(poll_id=poll_id).values_list("pk", flat=True)
    found = Ballot(closes_at=closes_at, answer_ids=frozenset(str(pk) for pk in answer_ids))
    cache.set(ballot_key(poll_id), found, timeout=BALLOT_CACHE_SECONDS)
    return found


def forget_ballot(*, poll_id: int) -> None:
    cache.delete(ballot_key(poll_id))


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
