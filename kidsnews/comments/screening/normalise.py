"""Normalised views of a comment, each keeping a map back to the original offsets.

Children disguise words and numbers (full-width letters, look-alikes from other alphabets,
zero-width characters, leetspeak, emoji digits); detectors work on these views and report
spans in the original text through `Mapped.span()`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Look-alike letters from other alphabets that children (and spammers) use to dodge filters.
# Applied after casefolding, so only lower-case forms are needed.
HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "б": "b", "в": "b", "г": "r", "д": "d", "е": "e", "ё": "e", "з": "3",
    "и": "u", "й": "u", "к": "k", "л": "n", "м": "m", "н": "h", "о": "o", "п": "n",
    "р": "p", "с": "c", "т": "t", "у": "y", "ф": "f", "х": "x", "ц": "u", "ч": "4",
    "ш": "w", "щ": "w", "ъ": "b", "ы": "bi", "ь": "b", "э": "e", "ю": "io", "я": "r",
    "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "ӏ": "l", "ɡ": "g", "ո": "n", "ս": "u", "օ": "o",
    # Greek
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "θ": "o",
    "ι": "i", "κ": "k", "λ": "l", "μ": "u", "ν": "v", "ξ": "e", "ο": "o", "π": "n",
    "ρ": "p", "σ": "o", "ς": "s", "τ": "t", "υ": "u", "φ": "f", "χ": "x", "ψ": "w",
    "ω": "w",
    # Latin oddities that NFKD leaves alone
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l", "ɑ": "a", "ɩ": "i",
    "ʀ": "r", "ꜱ": "s", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g",
    "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o",
    "ᴘ": "p", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\uff07": "'",
}  # fmt: skip

# Emoji and dingbat digits that NFKC does not turn into ASCII digits.
_EMOJI_DIGITS = {"\U0001f51f": "10", "\u24ff": "0"}
for _i in range(10):
    _EMOJI_DIGITS[chr(0x2780 + _i)] = str(_i + 1)  # dingbat circled sans-serif
    _EMOJI_DIGITS[chr(0x278A + _i)] = str(_i + 1)  # dingbat negative circled sans-serif
    _EMOJI_DIGITS[chr(0x2776 + _i)] = str(_i + 1)  # dingbat negative circled
    _EMOJI_DIGITS[chr(0x24F5 + _i)] = str(_i + 1)  # double circled
for _i in range(10):
    _EMOJI_DIGITS[chr(0x24EB + _i)] = str(_i + 11)  # negative circled 11-20
HOMOGLYPHS.update(_EMOJI_DIGITS)

# Leetspeak is only undone inside tokens that also contain a letter, so "2024" or "8/10"
# stay numbers while "sh!t", "5h1t" and "@ss" become words. "1" is ambiguous (i or l):
# detectors look at both readings.
LEET_I = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                        "@": "a", "$": "s", "!": "i", "|": "l", "€": "e"})  # fmt: skip
LEET_L = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t",
                        "@": "a", "$": "s", "!": "i", "|": "l", "€": "e"})  # fmt: skip
_LEET_TOKEN = re.compile(r"[a-z0-9@$!|€]+")
_HAS_LETTER = re.compile(r"[a-z]")

_DROP_CATEGORIES = frozenset({"Cf", "Mn", "Me", "Cs", "Co", "Cn"})
_cache: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    """One original character -> its normalised form ("" when it is invisible)."""
    cached = _cache.get(ch)
    if cached is not None:
        return cached
    if ch in _EMOJI_DIGITS:
        out = _EMOJI_DIGITS[ch]
    else:
        out = ""
        for part in unicodedata.normalize("NFKD", ch.casefold()):
            cat = unicodedata.category(part)
            if cat in _DROP_CATEGORIES:
                continue  # zero-width, joiners, variation selectors, accents, keycap marks
            if cat in ("Cc", "Zs", "Zl", "Zp"):
                part = " "
            out += HOMOGLYPHS.get(part, part)
        # NFKD can produce letters that fold again (e.g. full-width capitals)
        out = out.casefold()
    if len(_cache) < 20000:
        _cache[ch] = out
    return out


@dataclass(frozen=True)
class Mapped:
    """A derived string whose i-th character came from original[starts[i]:ends[i]]."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) covering derived text[start:end]."""
        if end <= start or not self.text:
            return (self.starts[start] if start < len(self.starts) else 0,) * 2
        return self.starts[start], self.ends[end - 1]


def base_view(original: str) -> Mapped:
    """NFKC-like folding: case, accents, width, look-alikes, invisible characters."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(original):
        if ch.isascii():
            folded = " " if ch in "\t\r\n\x0b\x0c" else ch.lower()
            if ch < " " and folded != " ":
                folded = " "
        else:
            folded = _fold_char(ch)
        if not folded:
            # Invisible: let the previous visible character's span swallow it, so a keycap
            # sequence or a word with a zero-width space inside is highlighted whole.
            if ends:
                ends[-1] = i + 1
            continue
        for out in folded:
            chars.append(out)
            starts.append(i)
            ends.append(i + 1)
    return Mapped("".join(chars), tuple(starts), tuple(ends))


def leet_text(text: str, table: dict) -> str:
    """Undo leetspeak inside letter tokens; same length as `text`, so maps are shared."""

    def fix(match: re.Match) -> str:
        token = match.group(0)
        if not _HAS_LETTER.search(token):
            return token
        # A trailing "!" is punctuation, not an i.
        core = token.rstrip("!")
        return core.translate(table) + token[len(core) :]

    return _LEET_TOKEN.sub(fix, text)


_APOSTROPHES = "'`´"


def word_view(base: Mapped, text: str) -> Mapped:
    """Words only: apostrophes dropped, everything else not a letter or digit -> one space."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last_space = True
    for i, ch in enumerate(text):
        if ch in _APOSTROPHES:
            continue
        if ch.isalnum():
            chars.append(ch)
            starts.append(base.starts[i])
            ends.append(base.ends[i])
            last_space = False
        elif not last_space:
            chars.append(" ")
            starts.append(base.starts[i])
            ends.append(base.ends[i])
            last_space = True
    return Mapped("".join(chars), tuple(starts), tuple(ends))


def collapse_runs(word: str) -> str:
    """'stuuupid' -> 'stupid': the key used to look words up whatever their stretching."""
    out = []
    prev = ""
    for ch in word:
        if ch != prev:
            out.append(ch)
            prev = ch
    return "".join(out)


def run_pattern(word: str) -> str:
    """Regex for a word with any letter stretched: 'ass' -> 'a+s{2,}' (never 'as')."""
    parts = []
    i = 0
    while i < len(word):
        j = i
        while j < len(word) and word[j] == word[i]:
            j += 1
        count = j - i
        esc = re.escape(word[i])
        parts.append(f"{esc}+" if count == 1 else f"{esc}{{{count},}}")
        i = j
    return "".join(parts)
