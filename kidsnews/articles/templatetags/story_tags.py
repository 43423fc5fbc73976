"""`{% marked_body story_body as body %}`: a story's body (either version) as the story page
shows it. Each block
renders with its sentences marked for Listen's highlighting (where the story has timed audio),
then the first use of each glossary word is marked; `body.html` and `body.terms` (the "Words in
this story" box)."""

from django import template

from kidsnews.glossary.rendering import gloss
from kidsnews.listen.templatetags.listen_tags import read_along_block

register = template.Library()


@register.simple_tag(takes_context=True)
def marked_body(context, stream):
    return gloss((block.block_type, read_along_block(context, block)) for block in stream)
