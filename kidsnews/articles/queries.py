"""Reads of stories for listings. Listings never load StreamField bodies."""

from django.db.models import QuerySet

from kidsnews.caching import tags
from kidsnews.core.visibility import public

from .models import ArticlePage


def story_listing() -> QuerySet[ArticlePage]:
    from kidsnews.comments.queries import annotate_comment_counts

    return annotate_comment_counts(
        public(ArticlePage.objects.live())
        .defer_streamfields()
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions", "topics")
        .order_by("-first_published_at", "-pk")
    )


def latest_stories() -> QuerySet[ArticlePage]:
    tags.add(tags.listing_tag(ArticlePage))
    return story_listing()


def stories_about(topic) -> QuerySet[ArticlePage]:
    tags.add(tags.topic_tag(topic.pk))
    return story_listing().filter(topics=topic)
