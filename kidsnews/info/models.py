"""Pages about the site itself (About us, Privacy notice, House rules...), linked from the
footer on every page and written by editors."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from kidsnews.core import jsonld
from kidsnews.core.blocks import RICH_TEXT_FEATURES, FactBoxBlock
from kidsnews.core.visibility import ViewRestrictionsFastPath


class InfoBodyBlock(blocks.StreamBlock):
    subheading = blocks.CharBlock(
        max_length=120, icon="title", template="blocks/subheading_block.html"
    )
    paragraph = blocks.RichTextBlock(
        features=[*RICH_TEXT_FEATURES, "h3"], template="blocks/paragraph.html"
    )
    fact_box = FactBoxBlock()


class InfoPage(ViewRestrictionsFastPath, Page):
    """A plain page about the site: a short introduction and a body."""

    intro = models.CharField(
        max_length=255, blank=True, help_text="One or two sentences a child can read first."
    )
    body = StreamField(InfoBodyBlock())
    show_in_footer = models.BooleanField(
        default=True, help_text="Link this page from the footer of every page."
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    promote_panels = [*Page.promote_panels, FieldPanel("show_in_footer")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    template = "pages/info_page.html"

    class Meta:
        verbose_name = "information page"

    def get_json_ld(self, request) -> dict:
        data = jsonld.web_page(self, request)
        if self.intro:
            data["description"] = self.intro
        data["inLanguage"] = "en-GB"
        return data
