from django import template

from kidsnews.videos import queries

register = template.Library()


@register.simple_tag
def latest_bulletin():
    """The home page's "Watch" slot: `{% latest_bulletin as bulletin %}`."""
    return queries.latest_bulletin()
