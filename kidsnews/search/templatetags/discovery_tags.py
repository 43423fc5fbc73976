"""Template helpers for the ways readers find the next thing to read."""

from django import template

from kidsnews.core.models import ContentPage
from kidsnews.topics.models import TopicPage

register = template.Library()


@register.simple_tag
def topic_pages_for(topics, live_pages=None) -> list[tuple]:
    """(topic, its live TopicPage or None) for each topic, in one query for all of them.

    `Topic.page` reads one topic at a time; lists of topic links use this instead so a story
    with five topics costs what a story with one does. `live_pages`, when given, are the live
    TopicPages of (at least) these topics, already read: then no query at all.
    """
    topics = list(topics)
    pages = {}
    if topics:
        if live_pages is None or isinstance(live_pages, str):  # "": not given in the template
            live_pages = TopicPage.objects.live().filter(topic__in=topics)
        for topic_page in sorted(live_pages, key=lambda page: page.pk, reverse=True):
            pages[topic_page.topic_id] = topic_page
    return [(topic, pages.get(topic.pk)) for topic in topics]


@register.simple_tag(takes_context=True)
def social_meta(context) -> dict:
    """Open Graph / Twitter card values for the current page: plain meta tags, no script.

    The picture uses the same rendition as the JSON-LD, so a story creates no extra one.
    """
    request = context.get("request")
    if request is None:
        return {}
    page = context.get("page")
    site_name = context.get("site_name", "")
    title = (getattr(page, "seo_title", "") or getattr(page, "title", "")) or site_name
    description = getattr(page, "search_description", "") or getattr(page, "summary", "")
    meta = {
        "type": "article" if isinstance(page, ContentPage) else "website",
        "title": title,
        "description": description,
        "url": request.build_absolute_uri(request.path),
        "site_name": site_name,
    }
    image = getattr(page, "hero_image", None)
    if image is not None:
        rendition = image.get_rendition("fill-1200x675|format-jpeg")
        meta["image"] = request.build_absolute_uri(rendition.url)
        meta["image_alt"] = image.default_alt_text or ""
    return meta
