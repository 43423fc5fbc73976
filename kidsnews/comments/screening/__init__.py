"""The comment safety screener: pure Python, no Django, so it can be tested and run anywhere.

result = screen(text, word_lists=WordLists(banned=(...), suspect=(...)))
result.verdict  # "publishable" | "hold" | "reject"
result.reasons  # each with kind, start, end (offsets in `text`), text, message,
                #   layer ("rules" or "model") and score

The rules are exact detectors (phones, emails, links, word lists, with their spans); the
learned layer (`model.py`) reads meaning and is loaded once per process from the shipped
artifact. `screen(text, model=RULES_ONLY)` runs the rules alone.
"""

from .engine import RULES_ONLY, screen
from .messages import child_messages, confirm_question
from .result import KINDS, Reason, ScreeningResult, WordLists

__all__ = [
    "KINDS",
    "RULES_ONLY",
    "Reason",
    "ScreeningResult",
    "WordLists",
    "child_messages",
    "confirm_question",
    "screen",
]
