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


def training_files() -> list[tuple[Path, str | None]]:
    """(file, family): the early corpus's rows have no ids, so it is one family of its own;
    the other files' families come from their ids."""
    base = Path(settings.BASE_DIR)
    written = sorted((base / "data" / "screening").glob("*.jsonl"))
    return [(base / "tests" / "screening" / "corpus.jsonl", "early")] + [(p, None) for p in written]


def training_examples() -> list[Example]:
    return [e for path, family in training_files() for e in read_examples(path, family=family)]
