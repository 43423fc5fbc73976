"""Reads of videos: the latest bulletin (the header's "Watch" link), listings, and the related
video under a story."""

from django.db.models import Exists, OuterRef, QuerySet
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction

from kidsnews.core import content_cache

from .models import VideoPage


def _without_view_restrictions(queryset: QuerySet) -> QuerySet:
    # Wagtail's .public() reads every restriction first (an extra query per call); this asks
    # the same question inside the one query: is any restricted page an ancestor-or-self?
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return queryset.filter(~Exists(restricted))


def video_listing() -> QuerySet[VideoPage]:
    return (
        _without_view_restrictions(VideoPage.objects.live())
        .select_related("video", "hero_image")
        .prefetch_related("hero_image__renditions")
        .order_by("-first_published_at", "-pk")
    )


def latest_bulletin() -> VideoPage | None:
    """The newest live, public video marked as the daily bulletin, or None."""
    return video_listing().filter(is_bulletin=True).first()


def latest_bulletin_url() -> str | None:
    """Where the header's "Watch" link goes: the latest bulletin's URL, or None.

    The link is on every page, so it is kept until pages change (core/content_cache.py).
    """
    return content_cache.cached("latest-bulletin-url", _latest_bulletin_url)


def _latest_bulletin_url() -> str | None:
    bulletin = (
        _without_view_restrictions(VideoPage.objects.live())
        .filter(is_bulletin=True)
        .order_by("-first_published_at", "-pk")
        .only("id", "path", "url_path", "depth")
        .first()
    )
    return bulletin.get_url() if bulletin else None


def related_video(*, story) -> VideoPage | None:
    """The newest live video that shares a topic with `story` (one query), or None."""
    # The story's topic ids as a subquery on its through table, whatever the story's type,
    # so the whole lookup is one query.
    field = type(story)._meta.get_field("topics")
    topic_ids = field.remote_field.through.objects.filter(
        **{field.m2m_field_name(): story.pk}
    ).values(f"{field.m2m_reverse_field_name()}_id")
    return (
        _without_view_restrictions(VideoPage.objects.live())
        .filter(topics__in=topic_ids)
        .select_related("video", "hero_image")
        .order_by("-first_published_at", "-pk")
        .first()
    )
