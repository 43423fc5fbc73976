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

    # One alt-text field, one message (issue 16, item 10b): our `alt_text` (with 'decorative'
    # and the check in clean()) is the single source. Wagtail 8's own `description` field, with
    # its own accessibility warning, is left out of the form and kept equal to `alt_text` on
    # save, so anything of Wagtail's that reads `description` says the same words.
    admin_form_fields = (
        *(name for name in Image.admin_form_fields if name != "description"),
        "credit",
        "alt_text",
        "is_decorative",
    )

    def clean(self):
        super().clean()
        if not self.is_decorative and not self.alt_text.strip():
            raise ValidationError(
                {"alt_text": "Describe the picture, or tick 'decorative' if it adds nothing."}
            )

    def save(self, *args, **kwargs):
        self.description = "" if self.is_decorative else self.alt_text
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"alt_text", "is_decorative"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "description"}
        super().save(*args, **kwargs)

    @property
    def default_alt_text(self) -> str:
        # Wagtail's {% image %} tag reads this; decorative pictures get alt="".
        return "" if self.is_decorative else self.alt_text


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
