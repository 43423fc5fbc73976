"""Page base classes shared by every content type. No domain models live here."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from . import jsonld
from .visibility import ViewRestrictionsFastPath


class ContentPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "Significant update" describes one revision, not the page: start every edit unticked
        # so a later typo fix does not inherit the previous revision's choice.
        if "is_significant_update" in self.fields:
            self.initial["is_significant_update"] = False


# "Significant update" sits at the end of the content tab, beside the words it describes and
# the Publish button, not on Promote (issue 16, item 10c): every ContentPage type ends its
# content_panels with it.
UPDATE_PANEL = MultiFieldPanel([FieldPanel("is_significant_update")], heading="Updates")


class ContentPage(ViewRestrictionsFastPath, Page):
    """What stories, videos and quizzes have in common: a summary, a picture, topics, and an
    honest 'Last updated' time that only moves when an editor says the news changed."""

    summary = models.CharField(
        max_length=200, help_text="One sentence that tells a child what this is about."
    )
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField(
        "topics.Topic", blank=True, related_name="%(app_label)s_%(class)s_pages"
    )
    is_significant_update = models.BooleanField(
        default=False,
        verbose_name="This is a significant update",
        help_text="Tick when this revision changes the news (not for typo fixes): "
        "readers will see 'Last updated at HH:MM' once it is published.",
    )
    last_updated_at = models.DateTimeField(null=True, blank=True, editable=False)

    base_form_class = ContentPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("topics"),
    ]

    class Meta:
        abstract = True

    # Wagtail rebuilds the live page from a revision on publish; keep the time we recorded
    # rather than the stale copy stored inside that revision.
    def with_content_json(self, content):
        obj = super().with_content_json(content)
        obj.last_updated_at = self.last_updated_at
        return obj

    @property
    def main_topic(self):
        topics = list(self.topics.all())
        return topics[0] if topics else None

    @property
    def published_at(self):
        return self.first_published_at or self.last_published_at or timezone.now()

    def get_json_ld(self, request) -> dict:
        return jsonld.web_page(self, request)
