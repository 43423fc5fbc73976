"""Builders for video tests: a real, tiny H.264 file encoded once per test session."""

import functools
import subprocess  # nosec B404
import tempfile
from datetime import timedelta
from pathlib import Path

import imageio_ffmpeg
from django.core.files import File
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtailmedia.models import Media

from kidsnews.videos.models import VideoIndexPage, VideoPage
from tests.factories import make_image

CAPTIONS = """WEBVTT

1
00:00:00.000 --> 00:00:01.500
Hello and welcome to the news.

2
00:00:01.500 --> 00:00:03.000
Astronauts are <b>home</b> again.
"""


@functools.cache
def tiny_mp4() -> bytes:
    """A 3-second 160x90 H.264 clip made with the packaged ffmpeg."""
    out = Path(tempfile.mkdtemp()) / "clip.mp4"
    subprocess.run(  # noqa: S603 # nosec B603
        [
            imageio_ffmpeg.get_ffmpeg_exe(),
            "-hide_banner",
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=160x90:rate=5:duration=3",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-movflags",
            "+faststart",
            str(out),
        ],
        check=True,
    )
    return out.read_bytes()


def make_media(title="Clip") -> Media:
    media = Media(title=title, type="video")
    media.file = File(ContentFile(tiny_mp4()), name="clip.mp4")
    media.save()
    return media


def make_video_index(home) -> VideoIndexPage:
    return home.add_child(instance=VideoIndexPage(title="Watch", slug="watch"))


def make_video(
    index,
    *,
    title="Newsround bulletin",
    is_bulletin=True,
    topics=(),
    days_ago=None,
    publish=True,
    captions=CAPTIONS,
    media=None,
    version_of=None,
    version_kind="",
) -> VideoPage:
    page = VideoPage(
        version_of=version_of,
        version_kind=version_kind,
        title=title,
        summary=f"{title}: the news in a minute.",
        is_bulletin=is_bulletin,
        live=publish,
        video=media or make_media(title),
        hero_image=make_image(),
    )
    if captions:
        page.captions = ContentFile(captions.encode(), name="captions.vtt")
    index.add_child(instance=page)
    if topics:
        page.topics.set(topics)
    revision = page.save_revision()
    if publish:
        revision.publish()
        if days_ago is not None:
            when = timezone.now() - timedelta(days=days_ago)
            VideoPage.objects.filter(pk=page.pk).update(
                first_published_at=when, last_published_at=when
            )
        page.refresh_from_db()
    return page
