"""Swearing, insults, hate and sexual words, in plain or disguised spelling."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .normalise import LEET_I, LEET_L, Mapped, base_view, collapse_runs, leet_text, run_pattern

_SUFFIXES = (
    r"(?:s|es|y|ey|ie|ies|ier|iest|ed|er|ers|ing|in|ings|head|heads|face|hole|holes|bag|ty)?"
)
MESSAGES = {
    "profanity": "Swear word",
    "insult": "Insult aimed at someone",
    "hate": "Hateful word or phrase",
    "sexual": "Sexual content",
}


@dataclass(frozen=True)
class Entry:
    kind: str
    word: str
    pattern: re.Pattern
    holds_only: bool = False


@dataclass(frozen=True)
class Lexicon:
    exact: dict[str, tuple[Entry, ...]]
    stems: dict[str, tuple[Entry, ...]]
    phrases: tuple[tuple[Entry, re.Pattern], ...]
    max_stem: int


def _fold_entry(entry: str) -> str:
    """Normalise a list entry exactly as comment text is, so admins can type any spelling."""
    base = base_view(entry)
    text = leet_text(base.text, LEET_I)
    return " ".join(re.findall(r"[a-z0-9]+", text.replace("'", "")))


def build_lexicon(groups: Iterable[tuple[str, Iterable[str], bool]]) -> Lexicon:
    exact: dict[str, list[Entry]] = {}
    stems: dict[str, list[Entry]] = {}
    phrases: list[tuple[Entry, re.Pattern]] = []
    for kind, words, holds_only in groups:
        for raw in words:
            has_suffix = raw.endswith("*")
            word = _fold_entry(raw.rstrip("*"))
            if not word:
                continue
            if " " in word:
                body = " ".join(run_pattern(w) for w in word.split(" "))
                pattern = re.compile(rf"\b{body}{_SUFFIXES if has_suffix else ''}\b")
                phrases.append((Entry(kind, word, pattern, holds_only), pattern))
                continue
            body = run_pattern(word) + (_SUFFIXES if has_suffix else "")
            entry = Entry(kind, word, re.compile(body), holds_only)
            target = stems if has_suffix else exact
            target.setdefault(collapse_runs(word), []).append(entry)
    return Lexicon(
        exact={k: tuple(v) for k, v in exact.items()},
        stems={k: tuple(v) for k, v in stems.items()},
        phrases=tuple(phrases),
        max_stem=max((len(k) for k in stems), default=0),
    )


BUILT_IN = build_lexicon(
    [
        ("profanity", lexicon.PROFANITY, False),
        ("insult", lexicon.INSULTS, False),
        ("hate", lexicon.HATE, False),
        ("sexual", lexicon.SEXUAL, False),
    ]
)
MILD = build_lexicon([("insult", lexicon.MILD_INSULTS, False)])


@lru_cache(maxsize=16)
def admin_lexicon(banned: tuple[str, ...], suspect: tuple[str, ...]) -> Lexicon:
    return build_lexicon([("profanity", banned, False), ("profanity", suspect, True)])


def lookup(lex: Lexicon, token: str) -> Entry | None:
    """The entry a single normalised word is, if any."""
    key = collapse_runs(token)
    for entry in lex.exact.get(key, ()):
        if entry.pattern.fullmatch(token):
            return entry
    for length in range(min(len(key), lex.max_stem), 1, -1):
        for entry in lex.stems.get(key[:length], ()):
            if entry.pattern.fullmatch(token):
                return entry
    return None


_WORD = re.compile(r"[a-z0-9]+")
# "you're so dumb", "u r a freak", "your so ugly": a mild word only counts when aimed.
_AIMED = re.compile(
    r"\b(?:(?:you|u|ya)(?: are| r| re)?|youre|ure|ur|(?:your|he|she|they|hes|shes|theyre)"
    r"(?: is| are| r)? (?:so|such|really|very|a|an|the|proper|total))"
    r"(?: (?:so|such|a|an|really|very|proper|total|big|little|complete|massive)){0,2} $"
)


def _word_hits(view: Mapped, lexicons: tuple[Lexicon, ...]) -> Iterator[tuple[Entry, int, int]]:
    text = view.text
    for match in _WORD.finditer(text):
        token = match.group(0)
        if token.isdigit():
            continue
        for lex in lexicons:
            entry = lookup(lex, token)
            if entry is not None:
                yield entry, match.start(), match.end()
                break
        else:
            entry = lookup(MILD, token)
            if entry is not None:
                before = text[max(0, match.start() - 40) : match.start()]
                if _AIMED.search(before):
                    yield entry, match.start(), match.end()
    for lex in lexicons:
        for entry, pattern in lex.phrases:
            for match in pattern.finditer(text):
                yield entry, match.start(), match.end()


# Letters spaced or dotted apart: "d.u.m.b", "s h i t", "f-u-c-k". Single characters
# separated by short runs of separators; the classes do not overlap, so no backtracking blow-up.
_SPACED = re.compile(
    r"(?<![a-z0-9@$!])[a-z0-9@$!](?:[ .\-_*,~+/]{1,3}[a-z0-9@$!]){2,30}(?![a-z0-9@$!])"
)
_MASKED = re.compile(r"(?<![a-z])[a-z]{1,4}[*#%]{1,4}[a-z]{0,4}(?![a-z*#%])")


def _spaced_hits(base: Mapped, lexicons: tuple[Lexicon, ...]) -> Iterator[tuple[Entry, int, int]]:
    for match in _SPACED.finditer(base.text):
        joined = re.sub(r"[^a-z0-9@$!]", "", match.group(0))
        for table in (LEET_I, LEET_L):
            word = joined.translate(table)
            entry = None
            for lex in (*lexicons, MILD):
                entry = lookup(lex, word)
                if entry is not None:
                    break
            if entry is not None:
                # Spelling a word out letter by letter shows intent: count mild words too.
                yield entry, match.start(), match.end()
                break


def _masked_hits(base: Mapped) -> Iterator[tuple[Entry, int, int]]:
    """'f*ck', 'sh*t', 'b**ch': a swear word with letters starred out."""
    for match in _MASKED.finditer(base.text):
        token = match.group(0)
        letters = re.sub(r"[*#%]", "", token)
        if len(letters) < 2:
            continue
        shape = re.sub(r"[*#%]+", "*", token)
        pattern = re.compile("".join("[a-z]{1,3}" if ch == "*" else ch for ch in shape))
        entry = _first_masked(pattern)
        if entry is not None:
            yield entry, match.start(), match.end()


def _first_masked(pattern: re.Pattern) -> Entry | None:
    for entries in (*BUILT_IN.stems.values(), *BUILT_IN.exact.values()):
        for entry in entries:
            if entry.kind in ("profanity", "sexual") and pattern.fullmatch(entry.word):
                return entry
    return None


def find_abuse(
    original: str,
    base: Mapped,
    views: tuple[Mapped, ...],
    admin: Lexicon | None,
) -> list[tuple[str, int, int, str, bool]]:
    """(kind, start, end, message, holds_only) with ORIGINAL offsets, de-duplicated."""
    lexicons = (BUILT_IN,) if admin is None else (admin, BUILT_IN)
    found: dict[tuple[int, int], tuple[str, int, int, str, bool]] = {}

    def add(entry: Entry, view: Mapped, start: int, end: int) -> None:
        o_start, o_end = view.span(start, end)
        key = (o_start, o_end)
        if key not in found or found[key][4]:
            message = MESSAGES[entry.kind]
            if entry.holds_only:
                message = "Word on the suspect list: check how it is used"
            found[key] = (entry.kind, o_start, o_end, message, entry.holds_only)

    for view in views:
        for entry, start, end in _word_hits(view, lexicons):
            add(entry, view, start, end)
    for entry, start, end in _spaced_hits(base, lexicons):
        add(entry, base, start, end)
    for entry, start, end in _masked_hits(base):
        add(entry, base, start, end)
    return sorted(found.values(), key=lambda f: (f[1], f[2]))
