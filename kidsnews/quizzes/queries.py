"""Reads of quizzes: listings, the promotion card's quiz and the anonymous totals."""

from django.db.models import QuerySet

from .models import QuestionStat, QuizPage


def quiz_listing() -> QuerySet[QuizPage]:
    return (
        QuizPage.objects.live()
        .public()
        .defer_streamfields()
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions")
        .order_by("-first_published_at", "-pk")
    )


def promoted_quiz(*, story=None) -> QuizPage | None:
    """The quiz to promote: on a story, the newest promoted quiz sharing a topic with it (else
    the newest promoted quiz); on the home page, the newest promoted quiz."""
    promoted = quiz_listing().filter(is_promoted=True)
    if story is not None:
        topic_ids = story.topics.values("pk")
        on_topic = promoted.filter(topics__in=topic_ids).first()
        if on_topic is not None:
            return on_topic
    return promoted.first()


def percent_correct(*, quiz: QuizPage) -> dict[str, int | None]:
    """Question id -> share of readers who got it right (None before anyone answered)."""
    return {
        stat.question_id: stat.percent_correct for stat in QuestionStat.objects.filter(quiz=quiz)
    }
