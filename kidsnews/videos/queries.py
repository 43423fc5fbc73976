"""Reads of videos: the latest bulletin (the header's "Watch" link), listings, and the related
video under a story."""

from django.db.models import QuerySet

from kidsnews.caching import store, tags
from kidsnews.core.visibility import public
from kidsnews.topics.queries import topic_ids_of

from .models import VersionKind, VideoPage


def video_listing(*, signed: bool = False) -> QuerySet[VideoPage]:
    """Live public videos, newest first: the usual ones, or (`signed`) every video a child can
    watch with sign language, i.e. the signed versions."""
    tags.add(tags.listing_tag(VideoPage))
    videos = public(VideoPage.objects.live())
    if signed:
        videos = videos.filter(version_kind=VersionKind.SIGNED, version_of__isnull=False)
    else:
        videos = videos.filter(version_of__isnull=True)
    return (
        videos.select_related("video", "hero_image")
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
        .filter(is_bulletin=True, version_of__isnull=True)
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
        .filter(topics__in=topic_ids, version_of__isnull=True)
        .select_related("video", "hero_image")
        .order_by("-first_published_at", "-pk")
        .first()
    )


def versions_of(*, video: VideoPage) -> list[VideoPage]:
    """The live public signed and audio-described versions of a usual video, signed first."""
    if video.version_of_id:
        return []
    # A version published later must appear on this page: the listing tag says so.
    tags.add(tags.listing_tag(VideoPage))
    return list(
        public(VideoPage.objects.live())
        .filter(version_of=video)
        .exclude(version_kind="")
        .only("id", "path", "url_path", "depth", "title", "version_kind")
        .order_by("-version_kind", "-first_published_at")
    )


def original_of(*, video: VideoPage) -> VideoPage | None:
    """The usual video a version belongs to, if it is live and public."""
    if not video.version_of_id:
        return None
    return (
        public(VideoPage.objects.live())
        .filter(pk=video.version_of_id)
        .only("id", "path", "url_path", "depth", "title")
        .first()
    )
