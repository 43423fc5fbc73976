"""Sentences marked for the Listen player's highlighting (kidsnews/listen/text.py), only on a
page whose player has sentence timings (`listen` in the context, from queries.player_for):
elsewhere the words are rendered exactly as before."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from ..text import READABLE_BLOCKS, block_prefix, segment_html

register = template.Library()


def _is_timed(context) -> bool:
    player = context.get("listen")
    return bool(player and player.timings_url)


@register.simple_tag(takes_context=True)
def read_along_text(context, text, prefix):
    """Plain text (a title, a summary): `{% read_along_text page.title "ls-title" %}`."""
    escaped = conditional_escape(text)
    if not _is_timed(context):
        return escaped
    # segment_html re-escapes every piece of text and adds only its own spans.
    return mark_safe(segment_html(escaped, prefix)[0])  # noqa: S308  # nosec B308 B703 - text re-escaped, only our spans added


@register.simple_tag(takes_context=True)
def read_along_block(context, block):
    """`{% include_block block %}`, with its sentences marked if the block is read aloud."""
    rendered = block.render_as_block(context=context.flatten())
    if block.block_type not in READABLE_BLOCKS or not _is_timed(context):
        return rendered
    return mark_safe(segment_html(rendered, block_prefix(block))[0])  # noqa: S308  # nosec B308 B703 - text re-escaped, only our spans added
