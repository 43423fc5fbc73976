"""Reading levels in templates: a listing switched to easier versions (?level=easier) links
each story's easier version where it has one, and its own links keep the level."""

from django import template

register = template.Library()

EASIER = "easier"


def level_from_request(request) -> str:
    """ "younger" when the page was asked for with ?level=easier, else "main". Remembered by
    nothing but the URL: no cookie, no session."""
    if request is not None and request.GET.get("level") == EASIER:
        return "younger"
    return "main"


@register.simple_tag(takes_context=True)
def story_url(context, story) -> str:
    url = story.get_url(request=context.get("request")) or ""
    if context.get("reading_level") == "younger" and story.has_younger_version:
        return url + "easier/"
    return url


@register.simple_tag(takes_context=True)
def level_query(context, separator="?") -> str:
    """What a link on an easier listing adds to keep the level: "?level=easier" (or with "&")."""
    return f"{separator}level={EASIER}" if context.get("reading_level") == "younger" else ""
