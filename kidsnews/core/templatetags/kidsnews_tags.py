import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

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
