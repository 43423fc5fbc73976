"""Story views counted per hour, with nothing about the reader: a page, an hour, a number."""

from django.db import models


class HourlyViews(models.Model):
    """How many times a page was read during one clock hour (UTC)."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    hour = models.DateTimeField(help_text="Start of the hour, UTC.")
    views = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "hourly views"
        verbose_name_plural = "hourly views"
        constraints = [
            models.UniqueConstraint(fields=["page", "hour"], name="popularity_one_row_per_hour")
        ]
        indexes = [models.Index(fields=["hour"], name="popularity_hour_idx")]

    def __str__(self):
        return f"page {self.page_id} at {self.hour:%Y-%m-%d %H}:00: {self.views}"
