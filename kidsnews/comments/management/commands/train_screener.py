"""Build the screener's learned layer from the labelled comments in the repository.

python manage.py train_screener            # writes the shipped artifact
python manage.py train_screener --check    # exit 1 unless it rebuilds byte for byte
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kidsnews.comments.screening.model import ARTIFACT, dumps
from kidsnews.comments.screening.training import train
from kidsnews.comments.training_data import training_examples, training_files


class Command(BaseCommand):
    help = "Train the screener's model on the labelled comments and write its artifact."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=ARTIFACT, help="where to write it")
        parser.add_argument(
            "--check",
            action="store_true",
            help="write nothing; fail unless the result equals the file at --output",
        )

    def handle(self, *args, output: Path, check: bool, **options):
        examples = training_examples()
        for path, _ in training_files():
            self.stdout.write(f"reading {path}")
        self.stdout.write(f"training on {len(examples)} labelled comments")
        blob = dumps(train(examples))
        digest = hashlib.sha256(blob).hexdigest()
        if check:
            if not output.exists() or output.read_bytes() != blob:
                raise CommandError(f"{output} differs from a fresh build (sha256 {digest})")
            self.stdout.write(f"{output} is rebuilt byte for byte (sha256 {digest})")
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(blob)
        self.stdout.write(f"wrote {output}: {len(blob):,} bytes, sha256 {digest}")
