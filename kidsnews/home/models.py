"""The home page: the front page of the newspaper."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page, Site

from kidsnews.articles.templatetags.reading_level_tags import level_from_request
from kidsnews.caching import store
from kidsnews.caching.routing import route_through_sections
from kidsnews.core import jsonld
from kidsnews.core.visibility import ViewRestrictionsFastPath


class HomePage(ViewRestrictionsFastPath, Page):
    intro = models.CharField(max_length=255, blank=True)
    lead_story = models.ForeignKey(
        "articles.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Leave empty to lead with the newest story.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("lead_story"),
        InlinePanel(
            "top_story_slots",
            label="Top Stories picked by editors",
            help_text="Shown first; the rest fill with the most read of the last 48 hours.",
        ),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "articles.ArticleIndexPage",
        "topics.TopicIndexPage",
        "videos.VideoIndexPage",
        "quizzes.QuizIndexPage",
        "info.InfoPage",
        "glossary.GlossaryIndexPage",
        "polls.PollPage",
    ]
    max_count = 1
    template = "pages/home_page.html"

    def clean(self):
        super().clean()
        if self.lead_story is not None and not self.lead_story.may_lead:
            raise ValidationError(
                {
                    "lead_story": "This story is marked sensitive. Tick “May lead the home "
                    "page” on the story first if it should lead."
                }
            )

    def route(self, request, path_components):
        # The sections (stories, topics, videos, quizzes) are read once per content change.
        found = route_through_sections(self, request, path_components)
        return found or super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from .queries import front_page, most_read_ids

        context = super().get_context(request, *args, **kwargs)
        context["reading_level"] = level_from_request(request)
        # The most read change with every view: read them on every request. Everything else
        # the page shows follows from them and the pages, so the page's stored fragment (and
        # JSON-LD) is keyed by them and read only when it has to be rendered again.
        most_read = most_read_ids()
        self.front_page_key = ",".join(map(str, most_read))
        front = SimpleLazyObject(lambda: front_page(home=self, most_read=most_read))
        for name in ("lead_story", "top_stories", "most_read_stories", "topic_pages"):
            context[name] = SimpleLazyObject(lambda name=name: front[name])
        # For get_json_ld, so the ItemList lists exactly the stories on the page.
        self.shown_top_stories = context["top_stories"]
        return context

    def get_json_ld(self, request) -> dict:
        key = getattr(self, "front_page_key", "")
        return store.fragment(request, f"json-ld:{key}", lambda: self._json_ld(request))

    def _json_ld(self, request) -> dict:
        site_url = jsonld.absolute(request, "/")
        # The request's site is already known (and kept on the request); ask the page's own
        # site only when this home page is not that site's root.
        site = Site.find_for_request(request)
        if site is None or site.root_page_id != self.pk:
            site = self.get_site()
        website = {
            "@type": "WebSite",
            "@id": f"{site_url}#website",
            "name": site.site_name if site else self.title,
            "url": site_url,
            "publisher": jsonld.organization(request),
            "inLanguage": "en-GB",
            "potentialAction": {
                "@type": "SearchAction",
                "target": {
                    "@type": "EntryPoint",
                    "urlTemplate": jsonld.absolute(request, "/search/") + "?q={search_term_string}",
                },
                "query-input": "required name=search_term_string",
            },
        }
        top_stories = getattr(self, "shown_top_stories", None) or []
        if not top_stories:
            return {"@context": "https://schema.org", **website}
        item_list = {
            "@type": "ItemList",
            "name": "Top Stories",
            "itemListOrder": "https://schema.org/ItemListOrderDescending",
            "numberOfItems": len(top_stories),
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "url": jsonld.absolute(request, story.get_url(request=request) or "/"),
                    "name": story.title,
                }
                for position, story in enumerate(top_stories, start=1)
            ],
        }
        return {"@context": "https://schema.org", "@graph": [website, item_list]}


class TopStorySlot(Orderable):
    """An editor's pick for the front page's Top Stories, in the order shown."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="top_story_slots")
    story = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("story")]
