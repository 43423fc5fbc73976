"""The readability meter: how hard each version of a story is to read.

Computed from the StreamField text on the server. Formulas come from textstat (offline.py):
Spache for the younger readers' version, New Dale-Chall and Flesch-Kincaid for the main one.
Reading age is the US school grade + 5 (grade 1 is about age 6 to 7). Rare words are words a
child meets seldom (wordfreq's Zipf frequency below RARE_ZIPF) that are not on the Dale-Chall
list of easy words; names (capitalised words inside a sentence) are left out.

`score_text()` is pure text in, figures out; `score_story()` reads a story's two bodies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import unescape

from django.utils.html import strip_tags
from django.utils.text import normalize_newlines

from .offline import easy_words, textstat_offline

# Zipf 3.5: about three uses in a million words of ordinary English ("hedgehog" 3.3,
# "sponge" 3.6, "volunteers" 4.3, "ammonite" 2.3).
RARE_ZIPF = 3.5
LONGEST_SHOWN = 3
READING_AGE_OFFSET = 5  # US grade + 5

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_SUFFIXES = ("'s", "’s", "ies", "es", "s", "ed", "ing", "er", "est", "ly")

# A glossary lookup takes a set of lowercased words and returns those the glossary explains.
GlossaryLookup = Callable[[set[str]], set[str]]


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int


@dataclass(frozen=True)
class RareWord:
    word: str
    zipf: float
    sentences: tuple[str, ...]
    in_glossary: bool = False


@dataclass(frozen=True)
class DaleChallBand:
    score: float
    grade: int  # the band's highest US grade
    label: str


@dataclass
class Score:
    """One version's figures. `reading_age` is what the publish gate compares with its target."""

    level: str
    words: int = 0
    sentences: int = 0
    average_sentence_length: float = 0.0
    spache_grade: float | None = None
    flesch_kincaid_grade: float | None = None
    dale_chall: DaleChallBand | None = None
    reading_age: float | None = None
    longest: list[Sentence] = field(default_factory=list)
    rare_words: list[RareWord] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return self.words == 0

    @property
    def unexplained_rare_words(self) -> list[RareWord]:
        """Rare words no glossary entry explains yet."""
        return [word for word in self.rare_words if not word.in_glossary]


# New Dale-Chall scores and the US grades they stand for (Chall and Dale, 1995).
_DALE_CHALL_BANDS = (
    (5.0, 4, "grade 4 and below"),
    (6.0, 6, "grades 5-6"),
    (7.0, 8, "grades 7-8"),
    (8.0, 10, "grades 9-10"),
    (9.0, 12, "grades 11-12"),
    (float("inf"), 15, "college"),
)


def dale_chall_band(score: float) -> DaleChallBand:
    for upper, grade, label in _DALE_CHALL_BANDS:
        if score < upper:
            return DaleChallBand(score=round(score, 2), grade=grade, label=label)
    raise AssertionError("unreachable")  # pragma: no cover


def stream_text(stream: Iterable | None) -> list[str]:
    """The reading text of a story body, one string per block a child reads as prose:
    paragraphs, quotes, fact boxes, social posts and the closing question. Headings and
    picture captions are not sentences and would make the story look easier than it is."""
    chunks = []
    for block in stream or ():
        kind, value = block.block_type, block.value
        if kind == "paragraph":
            chunks.append(_plain(value.source if hasattr(value, "source") else str(value)))
        elif kind == "quote":
            chunks.append(str(value["text"]))
        elif kind == "fact_box":
            body = value["body"]
            chunks.append(_plain(body.source if hasattr(body, "source") else str(body)))
        elif kind == "social_post":
            chunks.append(str(value["text"]))
        elif kind == "closing_question":
            chunks.append(str(value))
    return [chunk for chunk in (c.strip() for c in chunks) if chunk]


def _plain(html: str) -> str:
    # Block-level ends become sentence breaks' spaces, so "</p><p>" never glues two words.
    html = re.sub(r"</(p|li|h\d)>", " </\\1>\n", html)
    return re.sub(r"\s+", " ", unescape(strip_tags(html))).strip()


def split_sentences(chunks: Iterable[str]) -> list[Sentence]:
    sentences = []
    for chunk in chunks:
        for part in _SENTENCE_END.split(normalize_newlines(chunk)):
            part = part.strip()
            words = len(_WORD.findall(part))
            if words:
                sentences.append(Sentence(text=part, words=words))
    return sentences


def _dictionary_forms(word: str) -> list[str]:
    forms = [word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            forms.append(stem)
            if suffix == "ies":
                forms.append(stem + "y")
            if suffix in ("ed", "er", "est", "ing"):
                forms.append(stem + "e")
    return forms


def rare_words(
    sentences: list[Sentence],
    *,
    threshold: float = RARE_ZIPF,
    glossary: GlossaryLookup | None = None,
) -> list[RareWord]:
    """Words seldom met by children, with every sentence they are in, rarest first."""
    from wordfreq import zipf_frequency

    easy = easy_words()
    found: dict[str, tuple[float, list[str]]] = {}
    aliases: dict[str, str] = {}  # each dictionary form of a found word -> that word
    for sentence in sentences:
        for position, match in enumerate(_WORD.finditer(sentence.text)):
            token = match.group()
            if position > 0 and token[0].isupper():
                continue  # a name: no glossary or simpler word helps with it
            word = token.lower().replace("’", "'")
            forms = _dictionary_forms(word)
            # "hedgehogs" after "hedgehog" (or the other way round) is the same word to explain.
            known = next((aliases[form] for form in forms if form in aliases), None)
            if known is not None:
                if sentence.text not in found[known][1]:
                    found[known][1].append(sentence.text)
                continue
            if any(form in easy for form in forms):
                continue
            zipf = max(zipf_frequency(form, "en") for form in forms)
            if zipf < threshold:
                found[word] = (zipf, [sentence.text])
                aliases.update(dict.fromkeys(forms, word))
    explained = set(glossary(set(found))) if glossary and found else set()
    return sorted(
        (
            RareWord(word=word, zipf=zipf, sentences=tuple(texts), in_glossary=word in explained)
            for word, (zipf, texts) in found.items()
        ),
        key=lambda rare: (rare.zipf, rare.word),
    )


def score_text(
    chunks: Iterable[str], *, level: str, glossary: GlossaryLookup | None = None
) -> Score:
    """Figures for one version, from its reading text (stream_text)."""
    chunks = list(chunks)
    sentences = split_sentences(chunks)
    score = Score(level=level)
    if not sentences:
        return score
    textstat = textstat_offline()
    text = " ".join(chunks)
    score.words = sum(sentence.words for sentence in sentences)
    score.sentences = len(sentences)
    score.average_sentence_length = round(score.words / score.sentences, 1)
    score.longest = sorted(sentences, key=lambda s: -s.words)[:LONGEST_SHOWN]
    score.rare_words = rare_words(sentences, glossary=glossary)
    if level == "younger":
        score.spache_grade = float(textstat.spache_readability(text))
        score.reading_age = round(score.spache_grade + READING_AGE_OFFSET, 1)
    else:
        score.flesch_kincaid_grade = float(textstat.flesch_kincaid_grade(text))
        score.dale_chall = dale_chall_band(float(textstat.dale_chall_readability_score_v2(text)))
        score.reading_age = main_reading_age(score.flesch_kincaid_grade, score.dale_chall)
    return score


def main_reading_age(flesch_kincaid_grade: float, dale_chall: DaleChallBand) -> float:
    """The main version's reading age, which the publish gate compares with its target:
    Flesch-Kincaid's grade + 5, a continuous figure that follows every shortened sentence.
    New Dale-Chall is shown beside it, not averaged in: it counts words outside its easy list,
    so a news story's names and places push it up, and it comes in bands two grades wide."""
    return round(max(0.0, flesch_kincaid_grade + READING_AGE_OFFSET), 1)


@dataclass
class StoryScore:
    main: Score
    younger: Score | None

    @property
    def has_younger_version(self) -> bool:
        return self.younger is not None


def score_bodies(*, body, younger_body, glossary: GlossaryLookup | None = None) -> StoryScore:
    younger_chunks = stream_text(younger_body)
    return StoryScore(
        main=score_text(stream_text(body), level="main", glossary=glossary),
        younger=(
            score_text(younger_chunks, level="younger", glossary=glossary) if younger_body else None
        ),
    )


def score_story(story) -> StoryScore:
    """Both versions of an ArticlePage (or a revision's copy of one)."""
    return score_bodies(body=story.body, younger_body=story.younger_body)
