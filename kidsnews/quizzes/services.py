"""Writes for quizzes: counting answers into the anonymous per-question totals."""

import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F

from kidsnews.security import ratelimit
from kidsnews.security.privacy import requester_key

from .grading import Verdict
from .models import QuestionStat, QuizPage

logger = logging.getLogger(__name__)


def record_answers(*, quiz: QuizPage, verdicts: list[Verdict], request=None) -> bool:
    """Add each answered question to its totals. F() updates, so two children answering at
    the same moment both count; skipped questions are not attempts.

    With `request`, one source (hashed address) counts at most QUIZ_COUNTED_ANSWERS_PER_MINUTE
    submissions a minute, so a script cannot inflate the totals; returns whether it counted.
    """
    limit = settings.QUIZ_COUNTED_ANSWERS_PER_MINUTE  # 0: no limit
    if (
        request is not None
        and limit
        and not ratelimit.allow(
            scope="quiz-answers", key=requester_key(request), limit=limit, per_seconds=60
        )
    ):
        logger.info("Quiz answers over the per-source limit: graded, not counted")
        return False
    for verdict in verdicts:
        if verdict.is_skipped:
            continue
        _bump(quiz=quiz, question_id=verdict.question.id, is_correct=verdict.is_correct)
    return True


def _bump(*, quiz: QuizPage, question_id: str, is_correct: bool) -> None:
    changes = {"attempts": F("attempts") + 1}
    if is_correct:
        changes["correct"] = F("correct") + 1
    rows = QuestionStat.objects.filter(quiz=quiz, question_id=question_id)
    if rows.update(**changes):
        return
    try:
        with transaction.atomic():
            QuestionStat.objects.create(
                quiz=quiz, question_id=question_id, attempts=1, correct=int(is_correct)
            )
    except IntegrityError:  # another request created the row first: count onto theirs
        rows.update(**changes)
