"""What the feeds and sitemaps list: live, public stories only, newest first."""

from datetime import timedelta

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from kidsnews.articles.models import ArticlePage
from kidsnews.articles.queries import latest_stories, stories_about
from kidsnews.topics.models import Topic

FEED_LENGTH = 30
NEWS_SITEMAP_HOURS = 48
NEWS_SITEMAP_MAX = 1000  # Google News reads at most this many URLs per sitemap


def topic_by_slug(slug: str) -> Topic:
    return get_object_or_404(Topic, slug=slug)


def feed_stories(*, topic: Topic | None = None, limit: int = FEED_LENGTH) -> list[ArticlePage]:
    stories = latest_stories() if topic is None else stories_about(topic)
    return list(stories[:limit])


def news_sitemap_stories(*, now=None) -> QuerySet[ArticlePage]:
    now = now or timezone.now()
    return (
        ArticlePage.objects.live()
        .public()
        .defer_streamfields()
        .filter(first_published_at__gte=now - timedelta(hours=NEWS_SITEMAP_HOURS))
        .order_by("-first_published_at", "-pk")[:NEWS_SITEMAP_MAX]
    )
