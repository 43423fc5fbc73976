"""RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest stories, for the whole site or one topic.

RSS and Atom use Django's syndication framework, which writes well-formed XML, RFC 822 (RSS)
and RFC 3339 (Atom) dates and escapes every text; links are made absolute from the request, and each story's absolute URL is its guid/id.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import JsonResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from .queries import feed_stories, topic_by_slug


class StoriesFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "en-gb"
    format_name = "rss"

    def get_object(self, request, topic_slug=None):
        return topic_by_slug(topic_slug) if topic_slug else None

    def title(self, topic):
        return f"{settings.SITE_NAME}: {topic.name}" if topic else settings.SITE_NAME

    def link(self, topic):
        page = topic.page if topic else None
        return page.url if page else "/"

    def description(self, topic):
        if topic:
            return f"The newest stories about {topic.name} from {settings.SITE_NAME}."
        return f"The newest stories from {settings.SITE_NAME}, news for young readers."

    def feed_url(self, topic):
        return feed_path(self.format_name, topic)

    def items(self, topic):
        return feed_stories(topic=topic)

    def item_title(self, story):
        return story.title

    def item_description(self, story):
        return story.summary + easier_note(story)

    def item_link(self, story):
        # Relative: the framework makes it absolute for the requested host. It is also the
        # guid (a permalink), unique per story.
        return story.url

    def item_pubdate(self, story):
        return story.published_at

    def item_updateddate(self, story):
        return story.last_updated_at or story.last_published_at or story.published_at

    def item_categories(self, story):
        return [topic.name for topic in story.topics.all()]

    def item_author_name(self, story):
        return settings.SITE_NAME


class AtomStoriesFeed(StoriesFeed):
    feed_type = Atom1Feed
    format_name = "atom"
    subtitle = StoriesFeed.description


def easier_note(story) -> str:
    """Feeds list each story's main version and say when an easier one exists."""
    if not story.has_younger_version:
        return ""
    return " (There is an easier version for younger readers too.)"


def feed_path(format_name: str, topic=None) -> str:
    if topic is None:
        return reverse(f"feeds:{format_name}")
    return reverse(f"feeds:topic_{format_name}", kwargs={"topic_slug": topic.slug})


def json_feed(request, topic_slug=None):
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
    topic = topic_by_slug(topic_slug) if topic_slug else None
    absolute = request.build_absolute_uri
    home = topic.page.url if topic and topic.page else "/"
    items = []
    for story in feed_stories(topic=topic):
        url = absolute(story.get_url(request=request))
        item = {
            "id": url,
            "url": url,
            "title": story.title,
            "summary": story.summary,
            "content_text": story.summary + easier_note(story),
            "date_published": story.published_at.isoformat(),
            "date_modified": (
                story.last_updated_at or story.last_published_at or story.published_at
            ).isoformat(),
            "tags": [t.name for t in story.topics.all()],
            "language": "en-GB",
        }
        if story.hero_image:
            item["image"] = absolute(story.hero_image.get_rendition("fill-960x540").url)
        items.append(item)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": f"{settings.SITE_NAME}: {topic.name}" if topic else settings.SITE_NAME,
        "home_page_url": absolute(home),
        "feed_url": absolute(feed_path("json", topic)),
        "description": StoriesFeed().description(topic),
        "language": "en-GB",
        "authors": [{"name": settings.SITE_NAME, "url": absolute("/")}],
        "items": items,
    }
    return JsonResponse(
        feed, content_type="application/feed+json; charset=utf-8", json_dumps_params={"indent": 1}
    )
