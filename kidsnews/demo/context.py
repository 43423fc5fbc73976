"""Shared helpers for the demo loaders."""

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.files.images import ImageFile
from django.utils import timezone
from tqdm import tqdm

from kidsnews.images.models import CustomImage

from .pictures import SCENE_DESCRIPTIONS, draw_scene


@dataclass
class DemoContext:
    stdout: object
    show_progress: bool = True
    now: datetime = field(default_factory=timezone.now)
    made: dict = field(default_factory=dict)

    def progress(self, items, description: str):
        items = list(items)
        return tqdm(
            items, desc=description, disable=not self.show_progress, unit="item", leave=True
        )

    def say(self, message: str) -> None:
        self.stdout.write(message)

    def picture(self, *, key: str, scene: str, alt: str, credit: str, seed: int | None = None):
        """The demo picture called `key`, drawn once and found again on later runs."""
        title = f"Demo: {key}"
        existing = CustomImage.objects.filter(title=title).first()
        if existing:
            return existing
        seed = seed if seed is not None else sum(map(ord, key))
        # The drawing is generic, so describe what it shows rather than what the story says.
        alt = SCENE_DESCRIPTIONS.get(scene, alt)
        image = CustomImage(title=title, credit=credit, alt_text=alt)
        image.file = ImageFile(_named_bytes(draw_scene(scene, seed), f"{key[:60]}.png"))
        image.save()
        return image

    def days_ago(self, days: int, hour: int) -> datetime:
        local_now = timezone.localtime(self.now)
        when = (local_now - timedelta(days=days)).replace(
            hour=hour, minute=15, second=0, microsecond=0
        )
        return min(when, self.now - timedelta(minutes=5))


def _named_bytes(data: bytes, name: str):
    import io

    buffer = io.BytesIO(data)
    buffer.name = name
    return buffer


def generated_password() -> str:
    return secrets.token_urlsafe(12)
