"""Moderators' decisions as labelled JSON Lines for the screener (see comments/labels.py)."""

import json
import sys
from datetime import datetime, time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date

from kidsnews.comments.labels import moderation_labels


class Command(BaseCommand):
    help = (
        "Write approved/rejected/redacted comments as {id, text, label, kinds, note} lines "
        "(the format of the screener's LABELS.md), within retention, without names or ids."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="file to write (default: standard output)")
        parser.add_argument(
            "--since", help="only decisions made on or after this date (YYYY-MM-DD)"
        )

    def handle(self, *args, output=None, since=None, **options):
        since_at = None
        if since:
            day = parse_date(since)
            if day is None:
                raise CommandError("--since takes a date such as 2025-01-31")
            since_at = timezone.make_aware(datetime.combine(day, time.min))
        out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
        count = 0
        try:
            for row in moderation_labels(since=since_at):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
        finally:
            if output:
                out.close()
        self.stderr.write(f"{count} labelled comment(s).")
