"""Videos: the daily bulletin and other short films, with captions required to publish."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Page
from wagtail.search import index
from wagtailmedia.edit_handlers import MediaChooserPanel

from kidsnews.core import jsonld
from kidsnews.core.models import UPDATE_PANEL, ContentPage, ContentPageForm

from .captions import (
    captions_upload_to,
    parse_webvtt,
    read_uploaded_text,
    transcript_paragraphs,
    validate_webvtt_file,
)

# The actions in Wagtail's page editor that make a page visible to readers, now or after
# moderation: captions are checked for both, so a moderator cannot approve a page without them.
_PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-workflow-action")


class VideoIndexPage(Page):
    """The "Watch" section (/watch/): every video lives under it, newest first."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["videos.VideoPage"]
    max_count = 1
    template = "pages/video_index_page.html"

    def get_context(self, request, *args, **kwargs):
        from kidsnews.core.pagination import paginate

        from .queries import video_listing

        context = super().get_context(request, *args, **kwargs)
        # ?signed=1: only videos with sign language (a query the page cache keys by).
        signed = request.GET.get("signed") == "1"
        context["signed_only"] = signed
        context["videos"] = paginate(request, video_listing(signed=signed), 12)
        return context


class VersionKind(models.TextChoices):
    """What makes an accessible version of a video different from the usual one."""

    SIGNED = "signed", "Sign language (BSL)"
    DESCRIBED = "described", "Audio description"


# The link to a version, on the usual video's page, and the way back from the version.
VERSION_LINK_TEXT = {
    VersionKind.SIGNED: "Watch with sign language",
    VersionKind.DESCRIBED: "Watch with audio description",
}
BACK_LINK_TEXT = {
    VersionKind.SIGNED: "Watch without sign language",
    VersionKind.DESCRIBED: "Watch without audio description",
}


class VideoPageForm(ContentPageForm):
    def clean(self):
        cleaned_data = super().clean()
        publishing = any(action in self.data for action in _PUBLISHING_ACTIONS)
        if publishing:
            if not cleaned_data.get("captions"):
                self.add_error(
                    "captions",
                    "Add a WebVTT captions file before publishing: children who are deaf or "
                    "hard of hearing, or watching with the sound off, need captions to follow "
                    "the video.",
                )
            if not cleaned_data.get("video"):
                self.add_error("video", "Choose the video file before publishing.")
        version_of = cleaned_data.get("version_of")
        version_kind = cleaned_data.get("version_kind")
        if version_of and not version_kind:
            self.add_error(
                "version_kind", "Say what this version adds: sign language or audio description."
            )
        if version_kind and not version_of:
            self.add_error("version_of", "Choose the usual video this is a version of.")
        if version_of and self.instance.pk and version_of.pk == self.instance.pk:
            self.add_error("version_of", "A video cannot be a version of itself.")
        if version_of and version_of.version_of_id:
            self.add_error(
                "version_of",
                "Choose the usual video, not another version of it.",
            )
        return cleaned_data


class VideoPage(ContentPage):
    """One video, e.g. the daily bulletin. The hero image is its poster picture; the running
    time comes from the file (read at upload), the transcript from the captions."""

    video = models.ForeignKey(
        "wagtailmedia.Media",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="An MP4 (H.264) video from the media library.",
    )
    captions = models.FileField(
        upload_to=captions_upload_to,
        blank=True,
        validators=[validate_webvtt_file],
        help_text="WebVTT captions (.vtt) in English. Required to publish.",
    )
    # Cues parsed from the captions when the page is saved, so rendering the transcript never
    # reads the file again.
    caption_cues = models.JSONField(default=list, blank=True, editable=False)
    is_bulletin = models.BooleanField(
        default=False,
        verbose_name="This is a daily bulletin",
        help_text="The header's 'Watch' link and the home page show the newest bulletin.",
    )
    # A signed (BSL) or audio-described version points at the usual video; that video's page
    # links to it, and listings show only usual videos (a version is found from its original
    # or from /watch/?signed=1).
    version_of = models.ForeignKey(
        "videos.VideoPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="versions",
        verbose_name="Version of",
        help_text="For a signed or audio-described version: the usual video it goes with.",
    )
    version_kind = models.CharField(
        max_length=12,
        choices=VersionKind.choices,
        blank=True,
        verbose_name="What this version adds",
    )

    base_form_class = VideoPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MediaChooserPanel("video", media_type="video"),
        FieldPanel("captions"),
        FieldPanel("hero_image", heading="Poster picture"),
        FieldPanel("topics"),
        MultiFieldPanel([FieldPanel("is_bulletin")], heading="Bulletin"),
        MultiFieldPanel(
            [PageChooserPanel("version_of", "videos.VideoPage"), FieldPanel("version_kind")],
            heading="Accessible version",
        ),
        UPDATE_PANEL,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("is_bulletin"),
        index.FilterField("version_kind"),
    ]
    parent_page_types = ["videos.VideoIndexPage"]
    subpage_types: list[str] = []
    template = "pages/video_page.html"

    class Meta:
        verbose_name = "video"

    def save(self, *args, **kwargs):
        self.caption_cues = self._read_cues()
        return super().save(*args, **kwargs)

    def _read_cues(self) -> list[dict]:
        if not self.captions:
            return []
        try:
            cues = parse_webvtt(read_uploaded_text(self.captions))
        except (ValidationError, OSError):
            # Validation already refused bad uploads; a file gone missing from storage just
            # means no transcript, not a failed save.
            return []
        return [{"start": cue.start, "end": cue.end, "text": cue.text} for cue in cues]

    @property
    def duration_seconds(self) -> float | None:
        return self.video.duration if self.video_id and self.video.duration else None

    @property
    def transcript(self) -> list[str]:
        return transcript_paragraphs(self.caption_cues)

    @property
    def video_mime_type(self) -> str:
        return (
            "video/webm" if self.video and self.video.file.name.endswith(".webm") else "video/mp4"
        )

    @property
    def is_version(self) -> bool:
        return bool(self.version_of_id and self.version_kind)

    @property
    def link_text(self) -> str:
        """The link to this version from the usual video's page."""
        return VERSION_LINK_TEXT.get(self.version_kind, self.title)

    @property
    def back_link_text(self) -> str:
        return BACK_LINK_TEXT.get(self.version_kind, "Watch the usual version")

    def accessibility_features(self) -> list[str]:
        """schema.org accessibilityFeature values that are true of this video."""
        features = []
        if self.captions:
            features.append("captions")
        if self.caption_cues:
            features.append("transcript")
        if self.version_kind == VersionKind.SIGNED:
            features.append("signLanguage")
        if self.version_kind == VersionKind.DESCRIBED:
            features.append("audioDescription")
        return features

    def get_context(self, request, *args, **kwargs):
        from .queries import original_of, versions_of

        context = super().get_context(request, *args, **kwargs)
        context["versions"] = versions_of(video=self)
        context["original"] = original_of(video=self)
        return context

    def get_json_ld(self, request) -> dict:
        data = {
            "@context": "https://schema.org",
            "@type": "VideoObject",
            "name": self.seo_title or self.title,
            "description": self.summary,
            "uploadDate": jsonld.iso(self.published_at),
            "url": jsonld.absolute(request, self.get_url(request=request) or "/"),
            "publisher": jsonld.organization(request),
            "inLanguage": "en-GB",
        }
        if self.hero_image:
            rendition = self.hero_image.get_rendition("fill-1280x720|format-jpeg")
            data["thumbnailUrl"] = [jsonld.absolute(request, rendition.url)]
        if self.duration_seconds:
            data["duration"] = iso_duration(self.duration_seconds)
        if self.video:
            data["contentUrl"] = jsonld.absolute(request, self.video.url)
        if self.caption_cues:
            data["transcript"] = "\n\n".join(self.transcript)
        features = self.accessibility_features()
        if features:
            data["accessibilityFeature"] = features
        topics = jsonld.topic_things(self)
        if topics:
            data["about"] = topics
        return data


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration as schema.org wants it: 92.4 -> "PT1M32S"."""
    total = int(round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if secs or text == "PT":
        text += f"{secs}S"
    return text
