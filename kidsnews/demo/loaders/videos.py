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


def _draw_signer(draw, number: int) -> None:
    """A signer in the bottom-right corner, as in a signed bulletin: a figure on a plain panel
    whose hands move from frame to frame."""
    left, top, right, bottom = SIZE[0] - 170, SIZE[1] - 196, SIZE[0] - 10, SIZE[1] - 40
    draw.rounded_rectangle((left, top, right, bottom), radius=12, fill=(33, 47, 71))
    cx = (left + right) // 2
    draw.ellipse((cx - 22, top + 14, cx + 22, top + 58), fill=(141, 85, 36))  # head
    draw.ellipse((cx - 9, top + 30, cx - 3, top + 36), fill=(20, 20, 20))  # eyes
    draw.ellipse((cx + 3, top + 30, cx + 9, top + 36), fill=(20, 20, 20))
    draw.arc((cx - 10, top + 36, cx + 10, top + 50), start=20, end=160, fill=(20, 20, 20), width=2)
    draw.rounded_rectangle((cx - 40, top + 62, cx + 40, bottom), radius=16, fill=(30, 30, 30))
    # Hands: two positions a second apart, left and right in turn, like signing.
    phase = (number // 2) % 4
    shoulder_y = top + 76
    hands = [
        ((cx - 48, shoulder_y + 10), (cx + 30, shoulder_y - 24)),
        ((cx - 20, shoulder_y - 30), (cx + 48, shoulder_y + 6)),
        ((cx - 44, shoulder_y - 16), (cx + 20, shoulder_y - 34)),
        ((cx - 6, shoulder_y - 20), (cx + 6, shoulder_y - 20)),
    ][phase]
    for side, (hx, hy) in zip((-1, 1), hands, strict=True):
        draw.line((cx + side * 34, shoulder_y, hx, hy), fill=(30, 30, 30), width=14)
        draw.ellipse((hx - 10, hy - 10, hx + 10, hy + 10), fill=(141, 85, 36))


def _frames(scene: str, seed: int, seconds: float, *, signer: bool = False):
    """The scene with a sun crossing the sky and a seconds counter, so the picture moves; with
    `signer`, a signer in the corner (the signed version of a bulletin)."""
    background = Image.open(io.BytesIO(draw_scene(scene, seed, size=SIZE))).convert("RGB")
    count = int(seconds * FPS)
    for number in range(count):
        frame = background.copy()
        draw = ImageDraw.Draw(frame)
        x = int(40 + (SIZE[0] - 80) * number / max(count - 1, 1))
        draw.ellipse((x - 18, 30, x + 18, 66), fill=(255, 210, 63), outline=(120, 80, 0))
        draw.rectangle((0, SIZE[1] - 36, SIZE[0], SIZE[1]), fill=(11, 79, 156))
        draw.text((12, SIZE[1] - 26), f"kidsnews  {number // FPS:02d}s", fill=(255, 255, 255))
        if signer:
            _draw_signer(draw, number)
        yield frame.tobytes()


def encode(scene: str, seed: int, seconds: float, *, signer: bool = False) -> bytes:
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
        for frame in _frames(scene, seed, seconds, signer=signer):
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
            ContentFile(encode(video["scene"], seed, seconds, signer=video.get("signer", False))),
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
            version_of=(
                VideoPage.objects.get(slug=video["version_of"]) if "version_of" in video else None
            ),
            version_kind=video.get("version_kind", ""),
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
