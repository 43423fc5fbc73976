"""Reads of quizzes: listings, the promotion card's quiz and the anonymous totals."""

from django.conf import settings
from django.db.models import QuerySet

from kidsnews.core.visibility import public

from .models import QuestionStat, QuizPage


def quiz_listing() -> QuerySet[QuizPage]:
    return (
        public(QuizPage.objects.live())
        .defer_streamfields()
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions")
        .order_by("-first_published_at", "-pk")
    )


def _topic_ids(page):
    # A subquery on the page's topic through table: works for any content type, and the
    # promotion lookup stays one query.
    field = type(page)._meta.get_field("topics")
    return field.remote_field.through.objects.filter(**{field.m2m_field_name(): page.pk}).values(
        f"{field.m2m_reverse_field_name()}_id"
    )


def promoted_quiz(*, story=None) -> QuizPage | None:
    """The quiz to promote: on a story, the newest promoted quiz sharing a topic with it (else
    the newest promoted quiz); on the home page, the newest promoted quiz."""
    promoted = quiz_listing().filter(is_promoted=True)
    if story is not None:
        on_topic = promoted.filter(topics__in=_topic_ids(story)).first()
        if on_topic is not None:
            return on_topic
    return promoted.first()


def percent_correct(*, quiz: QuizPage) -> dict[str, int]:
    """Question id -> share of readers who got it right, for the questions answered at least
    QUIZ_PERCENT_MIN_PLAYS times (the others are left out: too few plays to mean anything)."""
    return {
        stat.question_id: stat.percent_correct
        for stat in QuestionStat.objects.filter(
            quiz=quiz, attempts__gte=settings.QUIZ_PERCENT_MIN_PLAYS
        )
    }
