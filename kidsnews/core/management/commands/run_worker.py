"""The background worker: django-tasks' database worker, plus the scheduler thread that
enqueues housekeeping on its timetable (kidsnews/core/schedule.py).

A subclass of django_tasks_db's `db_worker` command, through its public options only; this is
the one place that depends on it (tests/foundation/test_schedule.py checks it still runs).
"""

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from kidsnews.core import schedule


class Command(DatabaseWorkerCommand):
    help = "Run background tasks and keep the housekeeping timetable (retention, most-read)."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--no-scheduler",
            action="store_true",
            help="Only run tasks; another worker (or systemd timers) keeps the timetable.",
        )

    def handle(self, *args, no_scheduler=False, **options):
        if not no_scheduler:
            schedule.start_thread()
        return super().handle(*args, **options)
