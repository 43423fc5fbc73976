"""Screen comments from JSON Lines on stdin: for moderators trying word lists, and evaluation.

echo '{"id": 1, "text": "add me on roblox"}' | python manage.py screen_comments
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand
from django.db import DatabaseError

from kidsnews.comments.screening import WordLists, screen


class Command(BaseCommand):
    help = 'Read {"id", "text"} JSON Lines on stdin; write one verdict line per input.'

    def add_arguments(self, parser):
        parser.add_argument(
            "--messages",
            action="store_true",
            help="include each reason's moderator message, the layer that found it and its score",
        )

    def handle(self, *args, **options):
        word_lists = self._word_lists()
        for line in sys.stdin:
            if not line.strip():
                continue
            self.stdout.write(json.dumps(self._answer(line, word_lists, options["messages"])))

    def _word_lists(self) -> WordLists:
        # The admin-edited lists live in the database; without them (not migrated, or no
        # database reachable) the built-in lists still apply, and we say so on stderr.
        try:
            from kidsnews.comments.queries import current_word_lists
        except ImportError:
            return WordLists()
        try:
            return current_word_lists()
        except DatabaseError as exc:
            self.stderr.write(f"Admin word lists unavailable ({exc}); using built-in lists only.")
            return WordLists()

    def _answer(self, line: str, word_lists: WordLists, with_messages: bool) -> dict:
        try:
            item = json.loads(line)
        except ValueError as exc:
            return {"id": None, "error": f"not JSON: {exc}"}
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            return {"id": None, "error": 'each line must be an object with a string "text"'}
        result = screen(item["text"], word_lists=word_lists)
        keys = ("kind", "start", "end", "text")
        if with_messages:
            keys += ("message", "layer", "score")
        return {
            "id": item.get("id"),
            "verdict": result.verdict,
            "reasons": [{k: r.to_json()[k] for k in keys} for r in result.reasons],
        }
