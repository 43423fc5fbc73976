"""The comment safety screener: pure Python, no Django, so it can be tested and run anywhere.

result = screen(text, word_lists=WordLists(banned=(...), suspect=(...)))
result.verdict  # "publishable" | "hold" | "reject"
result.reasons  # each with kind, start, end (offsets in `text`), text, message
"""

from .engine import screen
from .messages import child_messages
from .result import KINDS, Reason, ScreeningResult, WordLists

__all__ = ["KINDS", "Reason", "ScreeningResult", "WordLists", "child_messages", "screen"]
