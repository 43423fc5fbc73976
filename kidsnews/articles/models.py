"""Stories: the newsroom's short, clear articles for children."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import SimpleLazyObject
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    AbstractGroupApprovalTask,
    Orderable,
    Page,
    PagePermissionTester,
    Revision,
    TaskState,
)
from wagtail.search import index

from kidsnews.caching import store, tags
from kidsnews.caching.routing import route_to_child
from kidsnews.core import jsonld, wording
from kidsnews.core.blocks import StoryBodyBlock
from kidsnews.core.models import UPDATE_PANEL, ContentPage
from kidsnews.core.visibility import ViewRestrictionsFastPath
from kidsnews.info.queries import worried_page_url


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
    is_sensitive = models.BooleanField(
        default=False,
        verbose_name="Sensitive story",
        help_text='War, disaster, crime, death: shows the "Worried about the news?" panel, '
        "needs a second editor's approval to publish, and does not lead the home page.",
    )
    may_lead_home = models.BooleanField(
        default=False,
        verbose_name="May lead the home page",
        help_text="Only for a sensitive story: an editor has decided it may be the home page's "
        "lead.",
    )
    poll = models.ForeignKey(
        "polls.Poll",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional: a poll shown under the story (make one under Polls first).",
    )
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
        FieldPanel("poll"),
        InlinePanel("pinned_related", label="Pinned 'More like this' picks", max_num=3),
        MultiFieldPanel(
            [FieldPanel("is_sensitive"), FieldPanel("may_lead_home")], heading="Sensitive story"
        ),
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
    def may_lead(self) -> bool:
        """Whether this story may be the home page's lead: a sensitive one only by choice."""
        return not self.is_sensitive or self.may_lead_home

    def permissions_for_user(self, user):
        return StoryPermissionTester(user, self)

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
        if self.is_sensitive:
            context["worried"] = {
                "title": wording.WORRIED_TITLE,
                "lines": wording.WORRIED_PANEL,
                "more": wording.WORRIED_MORE,
                "url": worried_page_url(),
            }
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


def has_second_editor_approval(page) -> bool:
    """A second editor approved the story (SecondEditorTask) after its latest revision was
    saved: the only way a sensitive story may be published. By time, not revision id, because
    a reviewer may edit and approve in one step (the approval then follows that revision)."""
    latest_at = (
        Revision.objects.filter(pk__in=Page.objects.filter(pk=page.pk).values("latest_revision_id"))
        .values_list("created_at", flat=True)
        .first()
    )
    return (
        latest_at is not None
        and TaskState.objects.for_instance(page)
        .filter(
            task__in=SecondEditorTask.objects.all(),
            status=TaskState.STATUS_APPROVED,
            finished_at__gte=latest_at,
        )
        .exists()
    )


class StoryPermissionTester(PagePermissionTester):
    """Wagtail's rules, except that nobody publishes a sensitive story on their own: it goes
    through the workflow, whose SecondEditorTask a different editor approves. Checked by the
    publish button, by code that publishes as a user, and (before_publish_page, wagtail_hooks)
    by the edit form that ticks "Sensitive story" and presses Publish at once."""

    def can_publish(self):
        if not super().can_publish():
            return False
        return not self.page.is_sensitive or has_second_editor_approval(self.page)


class SecondEditorTask(AbstractGroupApprovalTask):
    """A workflow step that only sensitive stories wait at: one of the groups' members other
    than the person who submitted the story approves it. Any other page passes straight
    through (the step is recorded as skipped)."""

    def start(self, workflow_state, user=None):
        revision = workflow_state.content_object.get_latest_revision()
        story = revision.as_object() if revision else None
        if getattr(story, "is_sensitive", False):
            return super().start(workflow_state, user=user)
        return TaskState.objects.create(
            workflow_state=workflow_state,
            revision=revision,
            task=self,
            status=TaskState.STATUS_SKIPPED,
            finished_at=timezone.now(),
        )

    def _is_submitter(self, obj, user) -> bool:
        state = obj.current_workflow_state
        return state is not None and state.requested_by_id == user.pk

    def get_actions(self, obj, user):
        if self._is_submitter(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and task_state.workflow_state.requested_by_id == user.pk:
            raise PermissionDenied("A sensitive story needs a second editor's approval.")
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return "Sensitive stories only: another editor than the one who submitted approves"

    class Meta:
        verbose_name = "second editor for sensitive stories"
