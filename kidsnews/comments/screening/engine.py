"""screen(): run every check over the normalised views and decide a verdict."""

from __future__ import annotations

from .abuse import admin_lexicon, find_abuse
from .misc import find_language, find_shouting, find_spam
from .model import Model, default_model
from .normalise import LEET_I, LEET_L, Mapped, base_view, leet_text, word_view
from .phrases import find_phrases
from .pii import (
    find_addresses,
    find_age_location,
    find_contact_requests,
    find_emails,
    find_handles,
    find_links,
    find_names,
    find_phones,
    find_schools,
)
from .result import NOTE_KINDS, Reason, ScreeningResult, WordLists, decide_verdict

# Pass as `model=` to screen with the rules alone (the figures of issue 3 were measured so).
RULES_ONLY = "rules-only"

# Comments are at most a few hundred characters; anything far longer is held as spam and
# only its start is read, which bounds the work whatever arrives.
MAX_CHECKED_CHARS = 10_000


def screen(
    text: str, *, word_lists: WordLists | None = None, model: Model | str | None = None
) -> ScreeningResult:
    """Label a comment: what the rules and the learned layer find, where, and the verdict.

    `model` is the learned layer to use: None for the shipped one, RULES_ONLY for none.
    """
    if not isinstance(text, str):
        raise TypeError("screen() takes the comment text as a str")
    truncated_at = MAX_CHECKED_CHARS if len(text) > MAX_CHECKED_CHARS else None
    checked = text[:MAX_CHECKED_CHARS]

    base = base_view(checked)
    words_i = word_view(base, leet_text(base.text, LEET_I))
    words_l = word_view(base, leet_text(base.text, LEET_L))
    plain = word_view(base, base.text)  # digits kept as digits: ages, house numbers
    views = (words_i,) if words_i.text == words_l.text else (words_i, words_l)

    findings: list[tuple[str, int, int, str, bool]] = []

    def add(items: list[tuple[str, int, int, str]]) -> None:
        findings.extend((kind, start, end, message, False) for kind, start, end, message in items)

    emails = find_emails(base)
    add(find_phones(base))
    add(emails)
    add(find_links(base, emails))
    add(find_handles(plain, base, checked))
    add(find_contact_requests(words_i))
    add(find_addresses(plain, base))
    add(find_schools(checked, plain))
    add(find_names(checked))
    add(find_age_location(checked, plain))
    for view in views:
        add(_in_view(view, find_phrases(view.text)))
    admin = None
    if word_lists is not None and (word_lists.banned or word_lists.suspect):
        admin = admin_lexicon(tuple(word_lists.banned), tuple(word_lists.suspect))
    findings.extend(find_abuse(checked, base, views, admin))
    add(find_spam(text, words_i, truncated_at))
    add(find_shouting(checked))
    add(find_language(checked, words_i))

    reasons = _reasons(text, findings)
    if model != RULES_ONLY:
        if model is None:
            model = default_model()
        found = frozenset(r.kind for r in reasons) - NOTE_KINDS
        reasons += model.findings(text, found=found)
    return ScreeningResult(verdict=decide_verdict(reasons), reasons=reasons)


def _in_view(
    view: Mapped, items: list[tuple[str, int, int, str]]
) -> list[tuple[str, int, int, str]]:
    return [(kind, *view.span(start, end), message) for kind, start, end, message in items]


def _reasons(text: str, findings: list[tuple[str, int, int, str, bool]]) -> tuple[Reason, ...]:
    kept: dict[tuple[str, str], list[tuple[int, int]]] = {}
    reasons = []
    # Widest span first, so a span inside one already kept for the same finding is dropped.
    for kind, start, end, message, holds_only in sorted(
        findings, key=lambda f: (f[1], -f[2], f[0])
    ):
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        spans = kept.setdefault((kind, message), [])
        if any(s <= start and end <= e for s, e in spans):
            continue
        spans.append((start, end))
        reasons.append(Reason(kind, start, end, text[start:end], message, holds_only))
    return tuple(reasons)
