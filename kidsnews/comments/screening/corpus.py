"""Labelled comments (the `LABELS.md` format) for training and measuring the screener.

One JSON object a line: {"id", "text", "label": publishable|hold|reject, "kinds": [...]}.
The early corpus of issue 3 (tests/screening/corpus.jsonl, "safe"/"unsafe") is read too, its
label worked out from its kinds by the same rule the labellers follow.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .result import HOLD, PUBLISHABLE, REJECT, URGENT_KINDS

REJECT_LABEL_KINDS = frozenset(
    {"profanity", "profanity_obfuscated", "insult", "hate", "sexual", "threat", "spam"}
)
# Kinds that no longer make a comment unsafe on their own (LABELS.md: excited capitals are
# fine) or that the labelled format does not use.
NOT_LABELS = frozenset({"shouting", "language"})


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    label: str
    kinds: tuple[str, ...]
    family: str

    @property
    def is_unsafe(self) -> bool:
        return self.label != PUBLISHABLE

    @property
    def is_at_risk(self) -> bool:
        return bool(URGENT_KINDS & set(self.kinds))


def label_for(kinds: Iterable[str]) -> str:
    """LABELS.md's mixing rule: a child at risk is held; else abuse rejects; else hold."""
    kinds = set(kinds) - NOT_LABELS
    if not kinds:
        return PUBLISHABLE
    if kinds & URGENT_KINDS:
        return HOLD
    if kinds & REJECT_LABEL_KINDS:
        return REJECT
    return HOLD


def read_examples(path: Path, *, family: str | None = None) -> list[Example]:
    """Every labelled row of one JSON Lines file; `family` defaults to the id's prefix."""
    examples = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            kinds = tuple(k for k in row.get("kinds", ()) if k not in NOT_LABELS)
            label = row["label"]
            if label in ("safe", "unsafe"):
                label = label_for(kinds)
            if label not in (PUBLISHABLE, HOLD, REJECT):
                raise ValueError(f"{path}:{number}: unknown label {label!r}")
            row_id = str(row.get("id") or f"{Path(path).stem}-{number:04d}")
            examples.append(
                Example(
                    id=row_id,
                    text=row["text"],
                    label=label,
                    kinds=kinds if label != PUBLISHABLE else (),
                    family=family or row_id.split("-")[0],
                )
            )
    return examples
