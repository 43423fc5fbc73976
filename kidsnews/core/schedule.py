"""The timetable the background worker keeps (`manage.py run_worker`, started by `make run`
and by deploy/systemd/kidsnews-worker.service).

`tick(now=...)` enqueues every job whose period has begun since it last ran. "Ran this period"
is a `cache.add` of (job, period number): atomic, so two workers (or two machines sharing
Redis) enqueue a job once per period; if the cache is emptied a job may run once more, which
every job here tolerates. The worker calls `tick` once a minute from a thread of its own.
"""

import logging
import threading
from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.db import close_old_connections
from django.utils import timezone

from . import tasks

logger = logging.getLogger(__name__)

TICK_SECONDS = 60


@dataclass(frozen=True)
class Job:
    name: str
    every_seconds: int
    task: object  # a django_tasks Task taking the tick's time as ISO text


JOBS = (
    Job("purge_comment_data", 24 * 3600, tasks.purge_comment_data),
    Job("rollup_popularity", 3600, tasks.rollup_popularity),
)


def tick(*, now: datetime | None = None, jobs=JOBS) -> list[str]:
    """Enqueue the jobs due at `now`; returns their names."""
    now = now or timezone.now()
    due = []
    for job in jobs:
        period = int(now.timestamp() // job.every_seconds)
        try:
            first = cache.add(f"schedule:{job.name}:{period}", 1, timeout=job.every_seconds * 2)
        except Exception:  # no cache: better to run again than never
            logger.warning("Schedule state unavailable; running %s", job.name, exc_info=True)
            first = True
        if first:
            job.task.enqueue(now.isoformat())
            due.append(job.name)
    return due


def run_forever(stop: threading.Event, *, every: float = TICK_SECONDS) -> None:
    """The worker's scheduler thread: tick, then wait, until `stop` is set."""
    while not stop.is_set():
        try:
            due = tick()
            if due:
                logger.info("Scheduled: %s", ", ".join(due))
        except Exception:  # a failed tick must not end the thread
            logger.exception("Scheduler tick failed")
        finally:
            close_old_connections()
        stop.wait(every)


def start_thread() -> tuple[threading.Thread, threading.Event]:
    stop = threading.Event()
    thread = threading.Thread(target=run_forever, args=(stop,), name="kidsnews-scheduler")
    thread.daemon = True  # the worker's own shutdown (SIGTERM/SIGINT) ends the process
    thread.start()
    return thread, stop
