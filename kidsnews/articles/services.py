"""State changes of stories, one keyword-only function each."""

from wagtail.log_actions import log

from .readability.meter import score_story

PUBLISHED_ABOVE_READING_LEVEL = "kidsnews.publish_above_reading_level"


def record_publish_anyway(*, story, user, reason: str, submitted: bool = False) -> None:
    """An editor published `story` (or submitted it for approval: `submitted`) although a
    version reads above its target: the audit log keeps who, why and what the meter said."""
    score = score_story(story)
    log(
        instance=story,
        action=PUBLISHED_ABOVE_READING_LEVEL,
        user=user,
        data={
            "reason": reason[:500],
            "submitted_for_approval": submitted,
            "main_reading_age": score.main.reading_age,
            "younger_reading_age": score.younger.reading_age if score.younger else None,
        },
    )
