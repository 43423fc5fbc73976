"""Demo videos: frames drawn by code, encoded to H.264 with imageio-ffmpeg's ffmpeg, with
captions written by hand. Nothing is downloaded."""

import io
import subprocess  # nosec B404
import tempfile
from pathlib import Path

import imageio_ffmpeg
from django.core.files import File
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw
from wagtailmedia.models import Media

from kidsnews.videos.models import VideoIndexPage, VideoPage

from ..content.videos import VIDEOS, webvtt
from ..pictures import draw_scene
from .site import ensure_child

SIZE = (640, 360)
FPS = 6


def _frames(scene: str, seed: int, seconds: float):
    """The scene with a sun crossing the sky and a seconds counter, so the picture moves."""
    background = Image.open(io.BytesIO(draw_scene(scene, seed, size=SIZE))).convert("RGB")
    count = int(seconds * FPS)
    for number in range(count):
        frame = background.copy()
        draw = ImageDraw.Draw(frame)
        x = int(40 + (SIZE[0] - 80) * number / max(count - 1, 1))
        draw.ellipse((x - 18, 30, x + 18, 66), fill=(255, 210, 63), outline=(120, 80, 0))
        draw.rectangle((0, SIZE[1] - 36, SIZE[0], SIZE[1]), fill=(11, 79, 156))
        draw.text((12, SIZE[1] - 26), f"kidsnews  {number // FPS:02d}s", fill=(255, 255, 255))
        yield frame.tobytes()


def encode(scene: str, seed: int, seconds: float) -> bytes:
    """An MP4 (H.264, yuv420p, 640x360) made from drawn frames piped into ffmpeg."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "video.mp4"
        command = [
            imageio_ffmpeg.get_ffmpeg_exe(),
            "-hide_banner",
            "-loglevel",
            "error",
            "-f",
            "rawvideo",
            "-pix_fmt",
            "rgb24",
            "-s",
            f"{SIZE[0]}x{SIZE[1]}",
            "-r",
            str(FPS),
            "-i",
            "-",
            "-c:v",
            "libx264",
            "-preset",
            "veryfast",
            "-pix_fmt",
            "yuv420p",
            "-movflags",
            "+faststart",
            str(out),
        ]
        process = subprocess.Popen(command, stdin=subprocess.PIPE)  # noqa: S603 # nosec B603
        for frame in _frames(scene, seed, seconds):
            process.stdin.write(frame)
        process.stdin.close()
        if process.wait(timeout=120) != 0:
            raise RuntimeError("ffmpeg could not encode the demo video")
        return out.read_bytes()


def load(ctx) -> None:
    home = ctx.made["home"]
    index = ensure_child(home, VideoIndexPage, title="Watch", slug="watch")
    ctx.made["videos_index"] = index
    for video in ctx.progress(VIDEOS, "Videos"):
        if VideoPage.objects.filter(slug=video["slug"]).exists():
            continue
        seconds = video["captions"][-1][1]
        seed = sum(map(ord, video["slug"]))
        media = Media(title=f"Demo: {video['slug']}", type="video")
        media.file = File(
            ContentFile(encode(video["scene"], seed, seconds)),
            name=f"{video['slug']}.mp4",
        )
        media.save()  # the running time is read from the file as it is saved
        poster = ctx.picture(
            key=f"video-{video['slug']}",
            scene=video["scene"],
            alt=f"Poster for the video {video['title']}",
            credit="Illustration: kidsnews",
            seed=seed,
        )
        page = VideoPage(
            title=video["title"],
            slug=video["slug"],
            summary=video["summary"],
            video=media,
            hero_image=poster,
            is_bulletin=video["is_bulletin"],
        )
        page.captions = ContentFile(webvtt(video["captions"]).encode(), name=f"{video['slug']}.vtt")
        index.add_child(instance=page)
        page.topics.set([ctx.made["topics"][slug] for slug in video["topics"]])
        page.save_revision().publish()
        published_at = ctx.days_ago(video["days_ago"], video["hour"])
        VideoPage.objects.filter(pk=page.pk).update(
            first_published_at=published_at,
            last_published_at=published_at,
            latest_revision_created_at=published_at,
        )
