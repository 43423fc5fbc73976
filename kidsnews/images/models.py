"""Pictures with the two things a newsroom owes every reader: who made it, and what it shows."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """A Wagtail image with a required credit line and alt text (or an explicit 'decorative')."""

    credit = models.CharField(
        max_length=255, help_text="Who made or owns the picture, e.g. 'Photo: NASA'."
    )
    alt_text = models.CharField(
        max_length=255,
        blank=True,
        help_text="What the picture shows, for readers who cannot see it.",
    )
    is_decorative = models.BooleanField(
        default=False,
        help_text="Tick only if the picture adds nothing to the story (screen readers skip it).",
    )

    admin_form_fields = (*Image.admin_form_fields, "credit", "alt_text", "is_decorative")

    def clean(self):
        super().clean()
        if not self.is_decorative and not self.alt_text.strip():
            raise ValidationError(
                {"alt_text": "Describe the picture, or tick 'decorative' if it adds nothing."}
            )

    @property
    def default_alt_text(self) -> str:
        # Wagtail's {% image %} tag reads this; decorative pictures get alt="".
        return "" if self.is_decorative else self.alt_text


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
