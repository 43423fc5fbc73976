"""How well the screener does: on labelled files, and cross-validated on the training data.

    python manage.py evaluate_screener FILE [FILE ...]    # the shipped screener on each file
    python manage.py evaluate_screener --cross-validate   # k-fold and by family, held out

Files are JSON Lines in the LABELS.md format. A file whose comments the shipped model was
trained on is flagged, because its figures flatter.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kidsnews.comments.screening import screen
from kidsnews.comments.screening.corpus import read_examples
from kidsnews.comments.screening.engine import RULES_ONLY
from kidsnews.comments.screening.evaluation import cross_validate, measure
from kidsnews.comments.screening.model import default_model
from kidsnews.comments.screening.training import data_digest
from kidsnews.comments.training_data import training_examples


def _family(example) -> str:
    return example.family


class Command(BaseCommand):
    help = "Print unsafe caught, at risk held, innocent passed, per-kind catches and confusion."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", type=Path, help="labelled JSON Lines files")
        parser.add_argument(
            "--cross-validate",
            action="store_true",
            dest="with_cross_validation",
            help="k-fold over all training data, then each family held out in turn",
        )
        parser.add_argument("--folds", type=int, default=5)
        parser.add_argument(
            "--jobs", type=int, default=1, help="folds trained at once, one process each"
        )
        parser.add_argument("--rules-only", action="store_true", help="leave the model out")
        parser.add_argument("--json", action="store_true", help="one summary line per set")

    def handle(self, *args, files, with_cross_validation: bool, folds: int, **options):
        if not files and not with_cross_validation:
            raise CommandError("name labelled files, or pass --cross-validate")
        model = RULES_ONLY if options["rules_only"] else None
        reports = []
        training = training_examples() if files else []
        known = {e.text for e in training}
        if (
            files
            and model is None
            and default_model().meta.get("data_sha256") != data_digest(training)
        ):
            self.stderr.write(  # not in the figures: --json output stays one object a line
                "NB: the training data has changed since the shipped model was trained "
                "(run train_screener); 'in the training data' below means the files, not the model"
            )
        for path in files:
            try:
                examples = read_examples(path)
            except (OSError, ValueError, KeyError) as exc:
                raise CommandError(f"cannot read {path}: {exc}") from exc
            report = measure(str(path), examples, lambda text: screen(text, model=model))
            report.in_training = sum(e.text in known for e in examples)
            reports.append(report)
        if with_cross_validation:
            examples = training_examples()
            jobs = max(1, options["jobs"])
            reports.append(
                cross_validate(f"{folds}-fold cross-validation", examples, folds=folds, jobs=jobs)
            )
            reports.append(
                cross_validate(
                    "each family held out (trained on the others)",
                    examples,
                    group_of=_family,
                    jobs=jobs,
                )
            )
        for report in reports:
            if options["json"]:
                self.stdout.write(json.dumps(report.summary()))
            else:
                self.stdout.write(report.text() + "\n")
