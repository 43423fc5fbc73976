"""Retention runs by itself (outside security test, finding 12): the background worker's
scheduler enqueues purge_comment_data daily and rollup_popularity hourly. Driven here through
the real timetable (`schedule.tick`, `schedule.run_forever`) with a fake clock; no command is
run by hand. In tests the tasks backend runs what is enqueued at once."""

import threading
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from kidsnews.comments.models import Comment
from kidsnews.comments.roles import COMMENT_MODERATORS
from kidsnews.comments.services import reject_comment, submit_comment
from kidsnews.core import schedule
from kidsnews.popularity.models import HourlyViews
from tests.comments.people import make_reader
from tests.factories import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def rejected(tree):
    from tests.comments.people import make_staff

    story = make_story(tree["stories"], title="Penguins")
    comment = submit_comment(reader=make_reader(), story=story, text="Penguins are silly birds")
    reject_comment(
        comment=comment, moderator=make_staff("mod", COMMENT_MODERATORS), reason="off_topic"
    )
    return comment


def test_a_rejected_comments_text_is_gone_after_its_period_with_nothing_run_by_hand(rejected):
    start = timezone.now()
    for day in range(0, 32):  # the worker's clock, a day at a time
        due = schedule.tick(now=start + timedelta(days=day, minutes=1))
        assert "purge_comment_data" in due
        rejected.refresh_from_db()
        if day < 30:
            assert rejected.text == "Penguins are silly birds", day
    assert rejected.text == "" and rejected.text_erased_at is not None
    assert rejected.rejection_reason == "off_topic"


def test_each_job_runs_once_per_period_and_old_most_read_hours_are_dropped(tree):
    story = make_story(tree["stories"], title="Owls")
    # Midday, so the hour after is the same day wherever the clock is when the test runs.
    now = timezone.now().replace(hour=12, minute=30, second=0, microsecond=0)
    HourlyViews.objects.create(page=story, hour=now - timedelta(hours=500), views=3)
    assert set(schedule.tick(now=now)) == {"purge_comment_data", "rollup_popularity"}
    assert schedule.tick(now=now + timedelta(seconds=1)) == []  # same hour, same day
    assert not HourlyViews.objects.exists()
    assert schedule.tick(now=now + timedelta(hours=1)) == ["rollup_popularity"]


@pytest.fixture
def keep_the_test_connection(monkeypatch):
    """The scheduler thread and the worker close stale connections after each round, as a
    long-running worker must. Inside a test's transaction that would close the test's own
    connection (PostgreSQL), so here they leave it open."""
    monkeypatch.setattr(schedule, "close_old_connections", lambda: None)
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


def test_the_workers_scheduler_thread_ticks_until_stopped(rejected, keep_the_test_connection):
    class OneTick(threading.Event):
        def wait(self, timeout=None):
            self.set()
            return True

    Comment.objects.filter(pk=rejected.pk).update(moderated_at=timezone.now() - timedelta(days=31))
    schedule.run_forever(OneTick(), every=0)
    rejected.refresh_from_db()
    assert rejected.text == ""


def test_run_worker_is_db_worker_with_the_scheduler(settings, keep_the_test_connection):
    settings.TASKS = {
        "default": settings.TASKS["default"],
        "db": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    # --batch: run what is queued, then exit (the contract with django_tasks_db's command).
    call_command("run_worker", "--backend", "db", "--batch", "--no-scheduler", "--interval", "0")
