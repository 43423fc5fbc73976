import json
from datetime import timedelta

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from kidsnews.caching import store
from kidsnews.core import wording

register = template.Library()

# Characters that could end the <script> element or start HTML inside it, escaped the way
# Django's json_script does, so editor-entered text can never break out of the JSON-LD block.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, page=None):
    page = page or context.get("page")
    request = context.get("request")
    if page is None or not hasattr(page, "get_json_ld"):
        return ""
    data = page.get_json_ld(request)
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 # nosec B308 B703 - escaped above


@register.filter
def duration(seconds) -> str:
    """Running time as m:ss (or h:mm:ss), as children's video players show it."""
    try:
        total = int(round(float(seconds)))
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


NEW_FOR = timedelta(hours=24)


@register.filter
def is_new(published_at) -> bool:
    """Published in the last 24 hours: the cards' "New" badge. Cards are stored in fragments
    and pages for at most 300 s, so a badge outlives its day by at most that long."""
    if published_at is None:
        return False
    return timezone.now() - published_at < NEW_FOR


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, keys):
        self.nodelist = nodelist
        self.name = name
        self.keys = keys

    def render(self, context):
        if context.get("page") is None:
            # Only a served page's path names what it shows (an unknown path would fill the
            # cache with copies of the error page).
            return self.nodelist.render(context)
        keys = [str(key.resolve(context)) for key in self.keys]
        return store.fragment(
            context.get("request"),
            ":".join([self.name, *keys]),
            lambda: self.nodelist.render(context),
        )


@register.tag
def fragment(parser, token):
    """{% fragment "name" [key ...] %}...{% endfragment %}

    Renders the inside once per change of what it shows, for each scheme, host and path: the
    tags of what it reads are collected as it renders (caching/tags.py). Only for what is the
    same for every reader: never a form, a token or a nickname.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    name = bits[1].strip("\"'")
    keys = [parser.compile_filter(bit) for bit in bits[2:]]
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, name, keys)


@register.filter
def join_words(items) -> str:
    """Natural English: `{{ labels|join_words }}` gives "Bat, Eagle and Owl"."""
    return wording.join_words(items or ())
