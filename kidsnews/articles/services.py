"""State changes of stories, one keyword-only function each."""

from wagtail.log_actions import log

from .readability.meter import score_story

PUBLISHED_ABOVE_READING_LEVEL = "kidsnews.publish_above_reading_level"


def record_publish_anyway(*, story, user, reason: str) -> None:
    """An editor published `story` although a version reads above its target: the audit log
    keeps who, why and what the meter said at that moment."""
    score = score_story(story)
    log(
        instance=story,
        action=PUBLISHED_ABOVE_READING_LEVEL,
        user=user,
        data={
            "reason": reason[:500],
            "main_reading_age": score.main.reading_age,
            "younger_reading_age": score.younger.reading_age if score.younger else None,
        },
    )
