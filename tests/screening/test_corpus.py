"""The labelled corpus (tests/screening/corpus.jsonl): dangerous disguises and innocent
near-misses, written by us. Prints the figures the acceptance criteria ask for."""

import json
from pathlib import Path

from kidsnews.comments.screening import KINDS, screen

CORPUS = Path(__file__).with_name("corpus.jsonl")


def load() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_corpus_is_big_and_balanced():
    rows = load()
    unsafe = [r for r in rows if r["label"] == "unsafe"]
    safe = [r for r in rows if r["label"] == "safe"]
    assert len(rows) >= 300
    assert len(unsafe) + len(safe) == len(rows)
    assert 0.4 <= len(safe) / len(rows) <= 0.6
    assert all(set(r["kinds"]) <= set(KINDS) and r["kinds"] for r in unsafe)
    assert all(r["kinds"] == [] for r in safe)
    assert {k for r in unsafe for k in r["kinds"]} == set(KINDS)


def test_catches_unsafe_and_passes_innocent():
    rows = load()
    unsafe = [r for r in rows if r["label"] == "unsafe"]
    safe = [r for r in rows if r["label"] == "safe"]
    missed = [r["text"] for r in unsafe if screen(r["text"]).verdict == "publishable"]
    blocked = [r["text"] for r in safe if screen(r["text"]).verdict != "publishable"]
    recall = 1 - len(missed) / len(unsafe)
    pass_rate = 1 - len(blocked) / len(safe)
    # The figures are part of the acceptance report: shown with `pytest -s`.
    print(f"\nscreener corpus: {len(unsafe)} unsafe, {len(safe)} safe")  # noqa: T201
    print(f"unsafe caught: {recall:.1%}  missed: {missed}")  # noqa: T201
    print(f"safe passed: {pass_rate:.1%}  held: {blocked}")  # noqa: T201
    assert recall >= 0.98, missed
    assert pass_rate >= 0.90, blocked


def test_unsafe_rows_get_the_labelled_kind():
    wrong = []
    for row in load():
        if row["label"] == "unsafe":
            found = set(screen(row["text"]).kinds)
            if not set(row["kinds"]) <= found:
                wrong.append((row["text"], row["kinds"], sorted(found)))
    # The verdict is what keeps children safe; the kind is what makes a moderator fast.
    # Allow a few rows to be caught under a neighbouring kind.
    assert len(wrong) <= 5, wrong
