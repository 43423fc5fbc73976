"""Where the screener's labelled comments live in the repository, and how they are read.

The early corpus of issue 3 (tests/screening/corpus.jsonl), the independent corpus written
for the project (data/screening/dev-corpus.jsonl) and the comments written since
(data/screening/written-*.jsonl). Each file's ids name its family (writer and kind of
writing), which the cross-validation by family holds out one at a time.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from .screening.corpus import Example, read_examples


def training_files() -> list[Path]:
    base = Path(settings.BASE_DIR)
    return [base / "tests" / "screening" / "corpus.jsonl"] + sorted(
        (base / "data" / "screening").glob("*.jsonl")
    )


def training_examples() -> list[Example]:
    examples: list[Example] = []
    for path in training_files():
        family = "early" if path.parent.name == "screening" and path.parts[-3] == "tests" else None
        examples.extend(read_examples(path, family=family))
    return examples
