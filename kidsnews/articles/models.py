"""Stories: the newsroom's short, clear articles for children."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import SimpleLazyObject
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kidsnews.caching import store, tags
from kidsnews.caching.routing import route_to_child
from kidsnews.core import jsonld
from kidsnews.core.blocks import StoryBodyBlock
from kidsnews.core.models import UPDATE_PANEL, ContentPage
from kidsnews.core.visibility import ViewRestrictionsFastPath


class ArticleIndexPage(ViewRestrictionsFastPath, Page):
    """The stories section (/stories/): every story lives under it."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    max_count = 1
    template = "pages/article_index_page.html"

    def get_context(self, request, *args, **kwargs):
        from kidsnews.core.pagination import paginate

        from .queries import latest_stories

        context = super().get_context(request, *args, **kwargs)
        context["stories"] = paginate(request, latest_stories(), 12)
        return context

    def route(self, request, path_components):
        # Every child is a story: read it, with its picture, in one query.
        found = route_to_child(
            self,
            request,
            path_components,
            ArticlePage.objects.select_related("hero_image"),
        )
        return found or super().route(request, path_components)


class ArticlePage(ContentPage):
    body = StreamField(StoryBodyBlock())
    hero_caption = models.CharField(max_length=255, blank=True)
    comments_close_at_override = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name="Close comments at",
        help_text="Leave empty to close comments "
        f"{settings.COMMENTS_CLOSE_AFTER_DAYS} days after first publication.",
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("hero_caption"),
        FieldPanel("body"),
        InlinePanel("pinned_related", label="Pinned 'More like this' picks", max_num=3),
        UPDATE_PANEL,
    ]
    settings_panels = [
        *Page.settings_panels,
        MultiFieldPanel([FieldPanel("comments_close_at_override")], heading="Comments"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("first_published_at"),
    ]
    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types: list[str] = []
    template = "pages/article_page.html"

    class Meta:
        verbose_name = "story"
        verbose_name_plural = "stories"

    @property
    def comments_close_at(self):
        if self.comments_close_at_override:
            return self.comments_close_at_override
        return self.published_at + timedelta(days=settings.COMMENTS_CLOSE_AFTER_DAYS)

    @property
    def are_comments_open(self) -> bool:
        return timezone.now() < self.comments_close_at

    def get_context(self, request, *args, **kwargs):
        from kidsnews.comments.queries import comments_panel

        from .related import more_like_this

        context = super().get_context(request, *args, **kwargs)
        # Read only when a stored fragment has to be rendered again (caching/store.py).
        context["more_like_this"] = SimpleLazyObject(lambda: more_like_this(story=self))
        context.update(comments_panel(story=self, user=request.user))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            # A signed-in reader's page carries their form and token: never stored anywhere.
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response

    @property
    def approved_comment_count(self) -> int | None:
        """The story's public comment count, where a listing or its comments panel read it
        (None elsewhere). Whatever shows it is tagged with the story's comments."""
        count = getattr(self, "_approved_comment_count", None)
        if count is not None:
            tags.add(tags.comments_tag(self.pk))
        return count

    @approved_comment_count.setter
    def approved_comment_count(self, count: int) -> None:
        # Set by the listings' annotation (comments/queries.py) and by the comments panel.
        self._approved_comment_count = count

    def get_json_ld(self, request) -> dict:
        # Everything but the comment count changes only when pages do: built once per change.
        data = dict(store.fragment(request, "json-ld", lambda: self._published_json_ld(request)))
        comment_count = getattr(self, "approved_comment_count", None)
        if comment_count is not None:
            data["commentCount"] = comment_count
        return data

    def _published_json_ld(self, request) -> dict:
        # Read the topics once for the topic list; the manager does not cache.
        prefetch_related_objects([self], "topics")
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.summary,
            "url": jsonld.absolute(request, self.get_url(request=request) or "/"),
            "datePublished": jsonld.iso(self.published_at),
            "dateModified": jsonld.iso(
                self.last_updated_at or self.last_published_at or self.published_at
            ),
            "about": jsonld.topic_things(self),
            "publisher": jsonld.organization(request),
            "inLanguage": "en-GB",
            "isAccessibleForFree": True,
        }
        images = [
            jsonld.image_object(request, self.hero_image, caption=self.hero_caption),
            *(
                jsonld.image_object(
                    request,
                    block.value["image"],
                    caption=block.value["caption"],
                    credit=block.value.get("credit", ""),
                )
                for block in self.body
                if block.block_type == "picture"
            ),
        ]
        data["image"] = [image for image in images if image]
        return data


class PinnedRelatedPage(Orderable):
    """An editor's own pick for a story's "More like this", shown instead of computed ones."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="pinned_related")
    related_page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("related_page")]
