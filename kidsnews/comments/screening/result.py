"""What the screener hands back: a verdict and the reasons for it, each tied to a span."""

from __future__ import annotations

from dataclasses import dataclass, field

PII_KINDS = (
    "pii_name",
    "pii_address",
    "pii_phone",
    "pii_email",
    "pii_school",
    "pii_age_location",
    "pii_social_handle",
)
KINDS = (
    *PII_KINDS,
    "contact_request",
    "link",
    "grooming",
    "wellbeing",
    "profanity",
    "insult",
    "hate",
    "sexual",
    "spam",
    "threat",
    "shouting",
    "language",
)
REJECT_KINDS = frozenset({"profanity", "insult", "hate", "sexual", "threat"})
URGENT_KINDS = frozenset({"wellbeing", "grooming"})
# Worth a moderator's glance but no reason to hold on its own (LABELS.md: excited capitals
# are fine to publish).
NOTE_KINDS = frozenset({"shouting"})

PUBLISHABLE = "publishable"
HOLD = "hold"
REJECT = "reject"


@dataclass(frozen=True)
class WordLists:
    """Extra words from the admin-editable lists: banned rejects, suspect holds."""

    banned: tuple[str, ...] = ()
    suspect: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reason:
    """One finding: its kind and the span of the ORIGINAL text it is about."""

    kind: str
    start: int
    end: int
    text: str
    message: str
    # A word from the admin's "suspect" list is labelled like profanity so moderators see
    # what it is, but it only asks for a look: it must never reject on its own.
    holds_only: bool = field(default=False, compare=False)
    # Which layer found it ("rules": an exact detector; "model": the learned layer, whose span
    # is the whole text; "words": the moderators' own lists) and how sure it is (0..1; the
    # exact detectors say 1.0).
    layer: str = field(default="rules", compare=False)
    score: float = field(default=1.0, compare=False)

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "layer": self.layer,
            "score": round(self.score, 3),
        }


def decide_verdict(reasons: tuple[Reason, ...]) -> str:
    kinds = {r.kind for r in reasons} - NOTE_KINDS
    if not kinds:
        return PUBLISHABLE
    # A child in distress or being groomed must reach a person, even if the same comment
    # swears: rejecting would hide the very thing a moderator must see.
    if kinds & URGENT_KINDS:
        return HOLD
    if any(r.kind in REJECT_KINDS and not r.holds_only for r in reasons):
        return REJECT
    return HOLD


@dataclass(frozen=True)
class ScreeningResult:
    verdict: str
    reasons: tuple[Reason, ...] = ()

    @property
    def kinds(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for reason in self.reasons:
            seen.setdefault(reason.kind, None)
        return tuple(seen)

    @property
    def is_urgent(self) -> bool:
        return any(r.kind in URGENT_KINDS for r in self.reasons)

    @property
    def personal_info(self) -> tuple[Reason, ...]:
        """The rules' personal-information findings: exact words a child can take out and a
        moderator can redact. (The learned layer's guesses about a whole comment hold it for
        a person to read, but cannot point at words to remove.)"""
        return tuple(
            r
            for r in self.reasons
            if r.layer == "rules" and (r.kind.startswith("pii_") or r.kind == "contact_request")
        )

    @property
    def has_personal_info(self) -> bool:
        return bool(self.personal_info)

    def to_json(self) -> dict:
        return {"verdict": self.verdict, "reasons": [r.to_json() for r in self.reasons]}
