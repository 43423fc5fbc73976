"""The topic taxonomy shared by stories, videos and quizzes, and the pages that list them."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from kidsnews.articles.templatetags.reading_level_tags import level_from_request
from kidsnews.caching.routing import route_to_child
from kidsnews.core import jsonld
from kidsnews.core.pagination import paginate
from kidsnews.core.visibility import ViewRestrictionsFastPath


@register_snippet
class Topic(index.Indexed, models.Model):
    """A subject children follow, such as 'Space, astronauts and planets'."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.CharField(max_length=255, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def page(self):
        return self.topic_pages.live().first()


class TopicIndexPage(ViewRestrictionsFastPath, Page):
    """All topics, at /topics/."""

    intro = models.CharField(max_length=255, blank=True)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["topics.TopicPage"]
    max_count = 1
    template = "pages/topic_index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topic_pages"] = self.get_children().live().specific().order_by("title")
        return context

    def route(self, request, path_components):
        # Every child is a topic page: read it, with its topic, in one query.
        found = route_to_child(
            self, request, path_components, TopicPage.objects.select_related("topic")
        )
        return found or super().route(request, path_components)


class TopicPage(ViewRestrictionsFastPath, Page):
    """One topic's page, listing its stories newest first, a page at a time."""

    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="topic_pages")
    intro = models.CharField(max_length=255, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("topic"), FieldPanel("intro")]
    parent_page_types = ["topics.TopicIndexPage"]
    subpage_types: list[str] = []
    template = "pages/topic_page.html"
    stories_per_page = 12

    def get_context(self, request, *args, **kwargs):
        from kidsnews.articles.queries import stories_about
        from kidsnews.quizzes.queries import quizzes_about
        from kidsnews.videos.queries import videos_about

        context = super().get_context(request, *args, **kwargs)
        context["reading_level"] = level_from_request(request)
        context["stories"] = paginate(request, stories_about(self.topic), self.stories_per_page)
        # Shown on the first page only, inside its stored fragment: read only when rendered.
        context["videos"] = SimpleLazyObject(lambda: videos_about(self.topic))
        context["quizzes"] = SimpleLazyObject(lambda: quizzes_about(self.topic))
        return context

    def get_json_ld(self, request) -> dict:
        return {
            "@context": "https://schema.org",
            "@type": "CollectionPage",
            "name": self.title,
            "description": self.intro or self.topic.description,
            "url": jsonld.absolute(request, self.get_url(request=request) or "/"),
            "about": {"@type": "Thing", "name": self.topic.name},
            "isPartOf": {"@type": "WebSite", "name": jsonld.organization(request)["name"]},
        }
