"""Writes for polls and reactions: one tap counted once, durably (counting.py)."""

import math

from django.conf import settings
from django.utils import timezone

from . import counting
from .counting import Outcome
from .models import Poll, Reaction, VoteCount

# A reader's mark outlives the poll's end by this much, so a clock a little behind still
# refuses a second vote; then the cache forgets it.
REMEMBER_MARGIN_SECONDS = 3600


class PollClosed(Exception):
    """The poll's end time has passed: no vote is counted."""


class UnknownChoice(Exception):
    """The answer or reaction sent is not one this poll or story offers."""


def cast_vote(*, poll: Poll, answer_id, request) -> Outcome:
    """Count one reader's vote for one of the poll's answers, once per reader per poll."""
    if not poll.is_open:
        raise PollClosed
    answer_ids = {str(answer.pk) for answer in poll.answer_list()}
    if str(answer_id) not in answer_ids:
        raise UnknownChoice
    seconds_left = math.ceil((poll.closes_at - timezone.now()).total_seconds())
    return counting.count_once(
        request=request,
        kind=VoteCount.Kind.POLL,
        subject_id=poll.pk,
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
