"""A story body with the first use of each glossary word marked, and the terms for its "Words
in this story" box: `gloss()` over blocks already rendered (the story template's
`{% marked_body %}`, kidsnews/articles/templatetags/story_tags.py, renders them)."""

from dataclasses import dataclass, field

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from .marking import mark_first_uses
from .queries import matcher, terms_by_id

# Prose blocks: a quote is someone's own words and a caption a label, so they stay as written.
MARKED_BLOCKS = frozenset({"paragraph", "fact_box"})


@dataclass
class GlossedBody:
    html: SafeString
    terms: list = field(default_factory=list)

    def __str__(self):
        return self.html


def _mark(term_id: int, text: str) -> str:
    # A link to the term in the box at the end of the story (works with no JavaScript), read
    # by screen readers with its meaning (aria-describedby) right where it is.
    return format_html(
        '<a class="glossary-word" href="#word-{id}" id="word-use-{id}" '
        'aria-describedby="word-def-{id}">{text}</a>',
        id=term_id,
        text=text,
    )


def gloss(blocks) -> GlossedBody:
    """`blocks`: (block type, rendered HTML) pairs, in order."""
    found = matcher()
    seen: set[int] = set()
    order: list[int] = []  # the order the words are met in: the box's order

    def mark(term_id: int, text: str) -> str:
        order.append(term_id)
        return _mark(term_id, text)

    parts = []
    for block_type, rendered in blocks:
        html = str(conditional_escape(rendered))
        if block_type in MARKED_BLOCKS:
            html = mark_first_uses(html, found, seen, mark)
        parts.append(html)
    terms = terms_by_id(order)
    return GlossedBody(
        html=mark_safe("".join(parts)),  # noqa: S308 # nosec B308 B703 - blocks' own HTML, text re-escaped
        terms=[terms[term_id] for term_id in order if term_id in terms],
    )
