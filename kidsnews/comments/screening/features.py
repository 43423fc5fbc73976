"""What the learned layer reads of a comment: the same folded text the rules read, as words,
word pairs (next to each other, and one word apart), letter groups inside words and across
them, and whether words are known first names or surnames. Pure Python, shared by training
and screening, so the model always sees text exactly as it was trained on it."""

from __future__ import annotations

import re
import zlib
from functools import cache
from pathlib import Path

from .normalise import LEET_I, base_view, leet_text

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[^\sa-z0-9]")
_RUNS = re.compile(r"(.)\1{2,}")
_DIGIT = re.compile(r"\d")
# Two capitalised words together, not at the start of a sentence: "Jack Thompson", "Mill Lane".
_CAPITALISED_PAIR = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")
CHAR_NGRAMS = (2, 3, 4, 5)
# Letter groups of this length over the words joined by spaces ("l me al", "not eat").
CROSS_NGRAM = 6
# A comment past this is spam by the rules anyway; the model reads the start only, which
# bounds its time whatever arrives.
MAX_MODEL_CHARS = 2_000
_NAMES_DIR = Path(__file__).resolve().parent / "artifacts"


@cache
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """First names and surnames, folded (scripts/build_name_lists.py says where from)."""

    def read(name: str) -> frozenset[str]:
        lines = (_NAMES_DIR / name).read_text(encoding="utf-8").splitlines()
        return frozenset(line for line in lines if line and not line.startswith("#"))

    return read("first-names.txt"), read("surnames.txt")


def fold(text: str) -> str:
    """Case, width, look-alikes and leetspeak undone; runs of a letter cut to two."""
    base = base_view(text[:MAX_MODEL_CHARS]).text
    return _RUNS.sub(r"\1\1", leet_text(base, LEET_I))


def _name_features(words: list[str], text: str) -> set[str]:
    """Names as a class of word, so "my name is <first> <surname>" generalises to names the
    training data never had; each name's neighbours are read with the name as its class."""
    first, last = name_lists()
    out: set[str] = set()
    for i, word in enumerate(words):
        cls = "F" if word in first else "S" if word in last else ""
        if not cls:
            continue
        out.add("g " + cls)
        if i:
            out.add(f"g {words[i - 1]} {cls}")
        after = words[i + 1] if i + 1 < len(words) else ""
        if after:
            out.add(f"g {cls} {after}")
        if cls == "F" and (after in last or len(after) == 1):
            out.add("g full" if after in last else "g initial")
    if _CAPITALISED_PAIR.search(text[:MAX_MODEL_CHARS]):
        out.add("g capitalised pair")
    return out


def features(text: str) -> set[str]:
    """The set of features present (presence, not counts: comments are short)."""
    folded = fold(text)
    tokens = [_DIGIT.sub("0", t) for t in _TOKEN.findall(folded)]
    out: set[str] = set()
    words = [t for t in tokens if t[0].isalnum()]
    out.update("w " + w for w in words)
    out.update(f"b {a} {b}" for a, b in zip(words, words[1:], strict=False))
    out.update(f"s {a} {c}" for a, c in zip(words, words[2:], strict=False))
    # Punctuation and emoji count as tokens of their own ("?", "🙁").
    out.update("p " + t for t in tokens if not t[0].isalnum())
    for word in words:
        padded = f" {word} "
        size = len(padded)
        for n in CHAR_NGRAMS:
            if n >= size:
                break
            out.update(padded[i : i + n] for i in range(size - n + 1))
    joined = f" {' '.join(words)} "
    out.update("x" + joined[i : i + CROSS_NGRAM] for i in range(len(joined) - CROSS_NGRAM + 1))
    # Letters spaced out ("s h u t") read as one word too.
    singles = "".join(w for w in words if len(w) == 1)
    if len(singles) >= 3:
        out.add("w " + singles)
    return out | _name_features(words, text)


def feature_keys(text: str) -> set[int]:
    """The features as 32-bit keys (CRC-32 of their UTF-8 text), which is what the model
    stores: an array of keys loads in a fraction of the memory of a dictionary of strings.
    Two features sharing a key (a handful in 200,000) share a weight, the usual price of
    hashing features."""
    return {zlib.crc32(feature.encode()) for feature in features(text)}
