"""What the learned layer reads of a comment: the same folded text the rules read, as words,
word pairs and letter groups. Pure Python, shared by training and screening, so the model
always sees text exactly as it was trained on it."""

from __future__ import annotations

import re

from .normalise import LEET_I, base_view, leet_text

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]")
_RUNS = re.compile(r"(.)\1{2,}")
_DIGIT = re.compile(r"\d")
CHAR_NGRAMS = (2, 3, 4, 5)
# A comment past this is spam by the rules anyway; the model reads the start only, which
# bounds its time whatever arrives.
MAX_MODEL_CHARS = 2_000


def fold(text: str) -> str:
    """Case, width, look-alikes and leetspeak undone; runs of a letter cut to two."""
    base = base_view(text[:MAX_MODEL_CHARS]).text
    return _RUNS.sub(r"\1\1", leet_text(base, LEET_I))


def features(text: str) -> set[str]:
    """The set of features present (presence, not counts: comments are short)."""
    folded = fold(text)
    tokens = [_DIGIT.sub("0", t) for t in _TOKEN.findall(folded)]
    out: set[str] = set()
    words = [t for t in tokens if t[0].isalnum()]
    out.update("w " + w for w in words)
    out.update(f"b {a} {b}" for a, b in zip(words, words[1:], strict=False))
    # Punctuation and emoji count as tokens of their own ("?", "🙁").
    out.update("p " + t for t in tokens if not t[0].isalnum())
    for word in words:
        padded = f" {word} "
        size = len(padded)
        for n in CHAR_NGRAMS:
            if n >= size:
                break
            out.update(padded[i : i + n] for i in range(size - n + 1))
    # Letters spaced out ("s h u t") read as one word too.
    singles = "".join(w for w in words if len(w) == 1)
    if len(singles) >= 3:
        out.add("w " + singles)
    return out
