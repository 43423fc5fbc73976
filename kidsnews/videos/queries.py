"""Reads of videos: the latest bulletin (the header's "Watch" link), listings, and the related
video under a story."""

from django.db.models import QuerySet

from kidsnews.caching import store, tags
from kidsnews.core.visibility import public
from kidsnews.topics.queries import topic_ids_of

from .models import VideoPage


def video_listing() -> QuerySet[VideoPage]:
    tags.add(tags.listing_tag(VideoPage))
    return (
        public(VideoPage.objects.live())
        .select_related("video", "hero_image")
        .prefetch_related("hero_image__renditions")
        .order_by("-first_published_at", "-pk")
    )


def videos_about(topic, *, limit: int = 6) -> list[VideoPage]:
    """The newest videos filed under `topic`, for its topic page."""
    return list(video_listing().filter(topics=topic)[:limit])


def latest_bulletin() -> VideoPage | None:
    """The newest live, public video marked as the daily bulletin, or None."""
    return video_listing().filter(is_bulletin=True).first()


def latest_bulletin_url() -> str | None:
    """Where the header's "Watch" link goes: the latest bulletin's URL, or None.

    The link is on every page, so it is kept until a video changes (caching/store.py).
    """
    return store.cached("latest-bulletin-url", _latest_bulletin_url)


def _latest_bulletin_url() -> str | None:
    tags.add(tags.listing_tag(VideoPage))
    bulletin = (
        public(VideoPage.objects.live())
        .filter(is_bulletin=True)
        .order_by("-first_published_at", "-pk")
        .only("id", "path", "url_path", "depth")
        .first()
    )
    return bulletin.get_url() if bulletin else None


def related_video(*, story) -> VideoPage | None:
    """The newest live video that shares a topic with `story` (one query), or None."""
    # The story's topic ids as a subquery, so the whole lookup is one query.
    topic_ids = topic_ids_of(type(story), story.pk)
    tags.add(tags.listing_tag(VideoPage))  # the newest on its topics: a new one takes its place
    return (
        public(VideoPage.objects.live())
        .filter(topics__in=topic_ids)
        .select_related("video", "hero_image")
        .order_by("-first_published_at", "-pk")
        .first()
    )
