"""Reads of quizzes: listings, the promotion card's quiz and the anonymous totals."""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet

from kidsnews.caching import tags
from kidsnews.core.visibility import public
from kidsnews.topics.queries import topic_ids_of

from .models import QuestionStat, QuizPage


def quiz_listing() -> QuerySet[QuizPage]:
    tags.add(tags.listing_tag(QuizPage))
    return (
        # By content type first: without it SQLite walks every page, newest first, to find
        # the few quizzes (40 ms a story at 100,000 stories, against 1 ms).
        public(QuizPage.objects.live().exact_type(QuizPage))
        .defer_streamfields()
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions")
        .order_by("-first_published_at", "-pk")
    )


def quizzes_about(topic, *, limit: int = 6) -> list[QuizPage]:
    """The newest quizzes filed under `topic`, for its topic page."""
    return list(quiz_listing().filter(topics=topic)[:limit])


def promoted_quiz(*, story=None) -> QuizPage | None:
    """The quiz to promote. On a story: the newest quiz sharing a topic with it (a promoted one
    first), else the newest promoted quiz. On the home page: the newest promoted quiz. One
    query either way."""
    quizzes = quiz_listing()
    if story is None:
        return quizzes.filter(is_promoted=True).first()
    on_topic = Exists(
        QuizPage.topics.through.objects.filter(
            quizpage_id=OuterRef("pk"), topic_id__in=topic_ids_of(type(story), story.pk)
        )
    )
    return (
        quizzes.annotate(on_topic=on_topic)
        .filter(Q(on_topic=True) | Q(is_promoted=True))
        .order_by("-on_topic", "-is_promoted", "-first_published_at", "-pk")
        .first()
    )


def percent_correct(*, quiz: QuizPage) -> dict[str, int]:
    """Question id -> share of readers who got it right, for the questions answered at least
    QUIZ_PERCENT_MIN_PLAYS times (the others are left out: too few plays to mean anything)."""
    return {
        stat.question_id: stat.percent_correct
        for stat in QuestionStat.objects.filter(
            quiz=quiz, attempts__gte=settings.QUIZ_PERCENT_MIN_PLAYS
        )
    }
