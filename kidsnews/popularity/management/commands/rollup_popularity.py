from django.core.management.base import BaseCommand

from kidsnews.popularity.services import rollup_views


class Command(BaseCommand):
    help = (
        "Move finished hours of story views from Redis into the database and drop hours older "
        "than POPULARITY_KEEP_HOURS. Run it hourly (cron or a scheduled task)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--keep-hours", type=int, default=None)

    def handle(self, *args, keep_hours=None, **options):
        result = rollup_views(keep_hours=keep_hours)
        self.stdout.write(
            f"Flushed {result['flushed_hours']} hour(s) from Redis; "
            f"dropped {result['dropped_rows']} old row(s)."
        )
