"""What a story reads aloud, cut into sentences, and the same sentences marked in its HTML.

One function does both (`segment_html`): the generator takes the sentences' text, the page
takes the HTML with each sentence wrapped in `<span class="listen-s" data-cue="ID">` (the first
piece also `id="ID"`), where ID is the cue's identifier in the timings track. So the audio and
the page always agree on what a sentence is. IDs come from where the text is (title, summary,
the StreamField block's UUID) plus the sentence's place in it, so they need no counter shared
between templates and cached fragments.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from django.utils.html import escape

# Story body blocks that are read aloud; pictures and social posts are not (their captions and
# the post are someone else's words or describe what the child can see).
READABLE_BLOCKS = ("paragraph", "subheading", "quote", "fact_box", "closing_question")

# Inline elements keep a sentence going; any other element ends the text run it is in.
_INLINE = {"a", "b", "strong", "i", "em", "span", "small", "sup", "sub", "abbr", "code", "mark",
           "q", "time", "s", "u", "cite", "bdi", "bdo", "data", "dfn", "kbd", "var"}  # fmt: skip
_VOID = {"br", "hr", "img", "wbr", "input", "source", "track", "meta", "link"}
# Words that end with a full stop but do not end a sentence.
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "mt", "no", "vs", "etc", "eg", "ie",
                  "e.g", "i.e", "approx", "jan", "feb", "aug", "sept", "oct", "nov", "dec"}  # fmt: skip
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)")


@dataclass(frozen=True)
class Sentence:
    cue_id: str
    text: str


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, surrounding spaces left out."""
    spans, start = [], 0
    for match in _END.finditer(text):
        end = match.end()
        word = (
            text[: match.start()].rsplit(None, 1)[-1].lower()
            if text[: match.start()].strip()
            else ""
        )
        following = text[end:].lstrip()[:1]
        if match.group().startswith(".") and (
            word.rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
        ):
            continue
        if following and following.islower():
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    trimmed = []
    for a, b in spans:
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if b - trail > a + lead and any(ch.isalnum() for ch in piece):
            trimmed.append((a + lead, b - trail))
    return trimmed


def split_sentences(text: str) -> list[str]:
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text)]


class _Tokens(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens: list[tuple[str, str, bool]] = []  # (kind, raw or text, skipped)
        self._skip_depth = 0
        self._stack: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        raw = self.get_starttag_text() or f"<{tag}>"
        starts_skip = any(name == "data-listen-skip" for name, _ in attrs)
        self.tokens.append(("inline" if tag in _INLINE else "block", raw, self._skip_depth > 0))
        if tag in _VOID:
            return
        self._stack.append((tag, starts_skip))
        if starts_skip:
            self._skip_depth += 1

    def handle_startendtag(self, tag, attrs):
        raw = self.get_starttag_text() or f"<{tag} />"
        self.tokens.append(("inline" if tag in _INLINE else "block", raw, self._skip_depth > 0))

    def handle_endtag(self, tag):
        skipped = self._skip_depth > 0
        while self._stack:
            open_tag, was_skip = self._stack.pop()
            if was_skip:
                self._skip_depth -= 1
            if open_tag == tag:
                break
        self.tokens.append(("inline" if tag in _INLINE else "block", f"</{tag}>", skipped))

    def handle_data(self, data):
        self.tokens.append(("text", data, self._skip_depth > 0))

    def handle_comment(self, data):
        self.tokens.append(("block", f"<!--{data}-->", True))


def segment_html(markup: str, prefix: str) -> tuple[str, list[Sentence]]:
    """`markup` with its sentences wrapped for highlighting, and the sentences in order."""
    parser = _Tokens()
    parser.feed(str(markup))
    parser.close()
    tokens = parser.tokens
    out: list[str] = []
    sentences: list[Sentence] = []
    i = 0
    while i < len(tokens):
        kind, value, skipped = tokens[i]
        if kind == "block" or skipped:
            out.append(value if kind != "text" else escape(value))
            i += 1
            continue
        # A run: text and inline tags up to the next block boundary or skipped part.
        j = i
        while j < len(tokens) and tokens[j][0] != "block" and not tokens[j][2]:
            j += 1
        run = tokens[i:j]
        text = "".join(value for kind, value, _ in run if kind == "text")
        spans = sentence_spans(text)
        ids = []
        for a, b in spans:
            cue_id = f"{prefix}-{len(sentences)}"
            sentences.append(Sentence(cue_id, " ".join(text[a:b].split())))
            ids.append(cue_id)
        first_piece = set()
        offset = 0
        for kind, value, _ in run:
            if kind != "text":
                out.append(value)
                continue
            out.append(_wrap(value, offset, spans, ids, first_piece))
            offset += len(value)
        i = j
    return "".join(out), sentences


def _wrap(value: str, offset: int, spans, ids, first_piece: set) -> str:
    """One text node, its pieces that fall inside sentences wrapped in spans."""
    pieces, cursor, end = [], offset, offset + len(value)
    for (a, b), cue_id in zip(spans, ids, strict=True):
        a, b = max(a, cursor), min(b, end)
        if a >= b:
            continue
        pieces.append(escape(value[cursor - offset : a - offset]))
        id_attr = "" if cue_id in first_piece else f' id="{cue_id}"'
        first_piece.add(cue_id)
        pieces.append(
            f'<span class="listen-s" data-cue="{cue_id}"{id_attr}>'
            f"{escape(value[a - offset : b - offset])}</span>"
        )
        cursor = b
    pieces.append(escape(value[cursor - offset :]))
    return "".join(pieces)


def story_parts(page) -> list[tuple[str, str]]:
    """(cue prefix, HTML) of what is read aloud, in order: title, summary, readable blocks."""
    parts = [("ls-title", escape(page.title))]
    if getattr(page, "summary", ""):
        parts.append(("ls-summary", escape(page.summary)))
    for block in getattr(page, "body", None) or ():
        if block.block_type in READABLE_BLOCKS:
            parts.append((block_prefix(block), block.render()))
    return parts


def block_prefix(block) -> str:
    return f"ls-{block.id}"


def story_sentences(page) -> list[Sentence]:
    sentences: list[Sentence] = []
    for prefix, markup in story_parts(page):
        sentences.extend(segment_html(markup, prefix)[1])
    return sentences


def plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))
