"""The home page: the front page of the newspaper."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from kidsnews.core import jsonld


class HomePage(Page):
    intro = models.CharField(max_length=255, blank=True)
    lead_story = models.ForeignKey(
        "articles.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Leave empty to lead with the newest story.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("lead_story")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["articles.ArticleIndexPage", "topics.TopicIndexPage"]
    max_count = 1
    template = "pages/home_page.html"

    def get_context(self, request, *args, **kwargs):
        from .queries import front_page

        context = super().get_context(request, *args, **kwargs)
        context.update(front_page(home=self))
        return context

    def get_json_ld(self, request) -> dict:
        return {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": self.get_site().site_name if self.get_site() else self.title,
            "url": jsonld.absolute(request, "/"),
            "publisher": jsonld.organization(request),
            "inLanguage": "en-GB",
        }
