"""Spam and repeats, shouting, and text that is not (readable) English."""

from __future__ import annotations

import re
from collections import Counter

from . import lexicon
from .normalise import Mapped

Finding = tuple[str, int, int, str]

_REPEATED_CHAR = re.compile(r"(.)\1{9,}", re.DOTALL)
_REPEATED_WORD = re.compile(r"\b([a-z0-9]+)(?: \1\b){3,}")
_SPAM_PHRASES = re.compile(
    r"\b(?:free (?:robux|vbucks|v bucks|gems|coins|skins|minecoins|money|iphone|ipad|gift cards?)"
    r"|click (?:here|this|the link|my link)|subscribe to (?:me|my)|sub to (?:me|my)"
    r"|check out my (?:channel|page|profile|stream|vids|videos)|like and subscribe"
    r"|giveaway|give away|win a free|earn money|make money|promo code|discount code"
    r"|follow for follow|f4f|l4l|like for like)\b"
)


def find_spam(original: str, words: Mapped, truncated_at: int | None) -> list[Finding]:
    findings: list[Finding] = []
    for match in _REPEATED_CHAR.finditer(original):
        if match.group(1).isspace():
            continue
        findings.append(("spam", match.start(), match.end(), "Same character over and over"))
    for match in _REPEATED_WORD.finditer(words.text):
        findings.append(("spam", *words.span(match.start(), match.end()), "Same word repeated"))
    for match in _SPAM_PHRASES.finditer(words.text):
        findings.append(("spam", *words.span(match.start(), match.end()), "Looks like spam"))
    tokens = words.text.split()
    if len(tokens) >= 8:
        word, count = (
            Counter(t for t in tokens if len(t) > 2).most_common(1)[0]
            if any(len(t) > 2 for t in tokens)
            else ("", 0)
        )
        if count >= 5 and count / len(tokens) >= 0.3 and word not in lexicon.COMMON_WORDS:
            first = re.search(rf"\b{re.escape(word)}\b", words.text)
            if first is not None:
                findings.append(("spam", *words.span(first.start(), first.end()),
                                 f'"{word}" used {count} times'))  # fmt: skip
    if truncated_at is not None:
        findings.append(
            ("spam", truncated_at, len(original), "Too long: only the start was checked")
        )
    return findings


_SHOUT_MIN_LETTERS = 12
_SHOUT_SHARE = 0.7


def find_shouting(original: str) -> list[Finding]:
    letters = [ch for ch in original if ch.isalpha() and ch.lower() != ch.upper()]
    if len(letters) < _SHOUT_MIN_LETTERS:
        return []
    upper = sum(1 for ch in letters if ch.isupper())
    if upper / len(letters) < _SHOUT_SHARE:
        return []
    stripped = original.strip()
    start = original.find(stripped[:1]) if stripped else 0
    return [("shouting", start, start + len(stripped), "Written in capitals (shouting)")]


def _is_latin(ch: str) -> bool:
    code = ord(ch)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF or 0xFF21 <= code <= 0xFF5A


_VOWELS = set("aeiouy")
_NUMBER_CIPHER = re.compile(r"^\s*(?:(?:[1-9]|1\d|2[0-6])[\s,.\-]+){4,}(?:[1-9]|1\d|2[0-6])\W*$")


def find_language(original: str, words: Mapped) -> list[Finding]:
    """Mostly another script, or a "secret code": letter soup, reversed words, number cipher."""
    letters = [ch for ch in original if ch.isalpha()]
    if len(letters) >= 4:
        foreign = sum(1 for ch in letters if not _is_latin(ch))
        if foreign / len(letters) > 0.5:
            return [("language", 0, len(original), "Not written in English (another alphabet)")]
    if _NUMBER_CIPHER.match(original):
        return [("language", 0, len(original), "Looks like a number code")]
    tokens = [t for t in words.text.split() if t.isalpha()]
    if len(tokens) < 3:
        return []
    known = sum(1 for t in tokens if t in lexicon.COMMON_WORDS)
    foreign_words = sum(
        1 for t in tokens if t in lexicon.FOREIGN_FUNCTION_WORDS and t not in lexicon.COMMON_WORDS
    )
    if foreign_words >= 2 and foreign_words > known:
        return [("language", 0, len(original), "Looks like another language")]
    if known / len(tokens) >= 0.25:
        return []
    reversed_known = sum(1 for t in tokens if t[::-1] in lexicon.COMMON_WORDS)
    if reversed_known / len(tokens) >= 0.4:
        return [("language", 0, len(original), "Looks like a secret code (reversed words)")]
    soup = sum(1 for t in tokens if len(t) >= 4 and not (_VOWELS & set(t)))
    if soup / len(tokens) >= 0.5:
        return [("language", 0, len(original), "Looks like a secret code (letter soup)")]
    return []
