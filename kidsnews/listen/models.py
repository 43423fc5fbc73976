"""The read-aloud recording of a page, made by the Listen pipeline (services.py)."""

from django.db import models


def _upload_to(instance, filename):
    # listen/<page id>/<filename>: the service names files after the text's hash, so a URL
    # stays the same while the story's words do and changes (busting caches) when they change.
    return f"listen/{instance.page_id}/{filename}"


class StoryAudio(models.Model):
    """Generated audio of one page's words with a WebVTT track of when each sentence is heard.
    One per page; a new text replaces it. An editor's own recording on the story
    (`ArticlePage.listen_recording`) is played instead and is never overwritten."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="listen_audio"
    )
    text_hash = models.CharField(max_length=64)
    engine = models.CharField(max_length=100)
    voice = models.CharField(max_length=100)
    duration_seconds = models.FloatField()
    sentence_count = models.PositiveIntegerField()
    opus = models.FileField(upload_to=_upload_to, max_length=255, verbose_name="Opus (WebM)")
    mp3 = models.FileField(upload_to=_upload_to, max_length=255, verbose_name="MP3")
    timings = models.FileField(upload_to=_upload_to, max_length=255, verbose_name="WebVTT")
    generated_at = models.DateTimeField()

    class Meta:
        verbose_name = "story audio"
        verbose_name_plural = "story audio"

    def __str__(self):
        return f"Audio of page {self.page_id} ({self.engine}/{self.voice})"
