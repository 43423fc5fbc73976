"""Writes for polls and reactions: one tap counted once, durably (counting.py)."""

import math

from django.conf import settings
from django.utils import timezone

from . import counting
from .counting import Outcome
from .models import Poll, Reaction, VoteCount
from .queries import ballot

# A reader's mark outlives the poll's end by this much, so a clock a little behind still
# refuses a second vote; then the cache forgets it.
REMEMBER_MARGIN_SECONDS = 3600


class PollClosed(Exception):
    """The poll's end time has passed: no vote is counted."""


class UnknownChoice(Exception):
    """The answer or reaction sent is not one this poll or story offers."""


def cast_vote(*, poll_id: int, answer_id, request) -> Outcome:
    """Count one reader's vote for one of the poll's answers, once per reader per poll.
    Reads the poll's ballot only (queries.ballot: a cache lookup in a burst of votes)."""
    found = ballot(poll_id=poll_id)
    if found is None:
        raise Poll.DoesNotExist
    if not found.is_open:
        raise PollClosed
    if str(answer_id) not in found.answer_ids:
        raise UnknownChoice
    seconds_left = math.ceil((found.closes_at - timezone.now()).total_seconds())
    return counting.count_once(
        request=request,
        kind=VoteCount.Kind.POLL,
        subject_id=poll_id,
        choice=str(answer_id),
        remember_seconds=seconds_left + REMEMBER_MARGIN_SECONDS,
    )


def react_to_story(*, story, reaction: str, request) -> Outcome:
    """Count one reader's feeling about a story, once per reader per story for
    REACTION_REMEMBER_DAYS."""
    if reaction not in Reaction.values:
        raise UnknownChoice
    return counting.count_once(
        request=request,
        kind=VoteCount.Kind.REACTION,
        subject_id=story.pk,
        choice=reaction,
        remember_seconds=settings.REACTION_REMEMBER_DAYS * 86400,
    )
