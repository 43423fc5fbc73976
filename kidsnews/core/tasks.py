"""Housekeeping as django-tasks tasks, enqueued on a timetable by core.schedule and run by the
background worker (`manage.py run_worker`). Each takes the scheduler's time as ISO text, so a
test can drive the timetable with a fake clock; each is safe to run twice."""

import logging
from datetime import datetime

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def purge_comment_data(at: str) -> dict:
    """What `manage.py purge_comment_data` does: erase rejected comments' text after
    REJECTED_COMMENT_TEXT_DAYS (unless a safeguarding case holds it), delete stale accounts,
    erase the child's words in safeguarding cases closed SAFEGUARDING_TEXT_DAYS ago."""
    from kidsnews.comments.safeguarding import erase_old_case_texts
    from kidsnews.comments.services import delete_stale_accounts, erase_old_rejected_comments

    now = datetime.fromisoformat(at)
    result = {
        "erased": erase_old_rejected_comments(now=now),
        "deleted_accounts": delete_stale_accounts(now=now),
        "erased_case_texts": erase_old_case_texts(now=now),
    }
    logger.info("Retention: %s", result)
    return result


@task()
def rollup_popularity(at: str) -> dict:
    """What `manage.py rollup_popularity` does: finished Redis hours into the database, hours
    older than POPULARITY_KEEP_HOURS dropped."""
    from kidsnews.popularity.services import rollup_views

    result = rollup_views(now=datetime.fromisoformat(at))
    logger.info("Most-read roll-up: %s", result)
    return result
