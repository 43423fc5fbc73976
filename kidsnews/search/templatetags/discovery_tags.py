"""Template helpers for the ways readers find the next thing to read."""

from django import template

from kidsnews.topics.models import TopicPage

register = template.Library()


@register.simple_tag
def topic_pages_for(topics) -> list[tuple]:
    """(topic, its live TopicPage or None) for each topic, in one query for all of them.

    `Topic.page` reads one topic at a time; lists of topic links use this instead so a story
    with five topics costs what a story with one does.
    """
    topics = list(topics)
    pages = {}
    if topics:
        for topic_page in TopicPage.objects.live().filter(topic__in=topics).order_by("-pk"):
            pages[topic_page.topic_id] = topic_page
    return [(topic, pages.get(topic.pk)) for topic in topics]
