"""Sentences marked for the Listen player's highlighting (kidsnews/listen/text.py)."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from ..text import READABLE_BLOCKS, block_prefix, segment_html

register = template.Library()


@register.filter
def read_along(text, prefix):
    """Plain text (a title, a summary) with its sentences marked:
    `{{ page.title|read_along:"ls-title" }}`."""
    return mark_safe(segment_html(escape(text), prefix)[0])  # noqa: S308 - escaped above, spans ours


@register.simple_tag(takes_context=True)
def read_along_block(context, block):
    """`{% include_block block %}`, with its sentences marked if the block is read aloud."""
    rendered = block.render_as_block(context=context.flatten())
    if block.block_type not in READABLE_BLOCKS:
        return rendered
    # segment_html re-escapes all text and keeps the block's own tags as they were.
    return mark_safe(segment_html(rendered, block_prefix(block))[0])  # noqa: S308
