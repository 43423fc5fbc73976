"""Stories: the newsroom's short, clear articles for children."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import SimpleLazyObject
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
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
from wagtailmedia.edit_handlers import MediaChooserPanel

from kidsnews.caching import store, tags
from kidsnews.caching.routing import route_to_child
from kidsnews.core import jsonld, wording
from kidsnews.core.blocks import StoryBodyBlock
from kidsnews.core.models import UPDATE_PANEL, ContentPage, ContentPageForm
from kidsnews.core.visibility import ViewRestrictionsFastPath
from kidsnews.info.queries import worried_page_url
from kidsnews.listen.queries import player_for

from .readability.panels import ReadingLevelPanel


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


class ArticlePageForm(ContentPageForm):
    """The story editor's form: the reading-level gate (readability.gate) asks for "publish
    anyway" and a reason when a version reads above its target."""

    publish_anyway = forms.BooleanField(
        required=False,
        label="Publish anyway",
        help_text="Tick to publish although a version reads above its target age.",
    )
    publish_anyway_reason = forms.CharField(
        required=False,
        max_length=500,
        label="Why publish anyway?",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Kept in the story's history (audit log).",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A decision for one publish, never carried over to the next edit.
        self.initial["publish_anyway"] = False
        self.initial["publish_anyway_reason"] = ""

    def clean(self):
        from .readability import gate

        cleaned_data = super().clean()
        if not any(action in self.data for action in PUBLISHING_ACTIONS):
            return cleaned_data
        problems = gate.publish_problems(
            site=self.instance.get_site() if self.instance.pk else None,
            body=cleaned_data.get("body"),
            younger_body=cleaned_data.get("younger_body"),
        )
        if problems and not cleaned_data.get("publish_anyway"):
            self.add_error(
                "publish_anyway",
                " ".join(problems)
                + " Shorten long sentences or swap rare words, or tick “Publish anyway” "
                "and say why.",
            )
        elif problems and not (cleaned_data.get("publish_anyway_reason") or "").strip():
            self.add_error(
                "publish_anyway_reason",
                "Please say in a few words why this story should be published anyway.",
            )
        return cleaned_data


# The actions in Wagtail's page editor that make a page visible to readers, now or after
# moderation (as for videos' captions).
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-workflow-action")

LEVEL_MAIN = "main"
LEVEL_YOUNGER = "younger"
# What each level's JSON-LD says (schema.org typicalAgeRange, educationalLevel).
AGE_RANGES = {LEVEL_MAIN: "9-12", LEVEL_YOUNGER: "6-8"}
EDUCATIONAL_LEVELS = {LEVEL_MAIN: "Ages 9 to 12", LEVEL_YOUNGER: "Ages 6 to 8 (easier version)"}


class ArticlePage(RoutablePageMixin, ContentPage):
    body = StreamField(StoryBodyBlock())
    younger_title = models.CharField(
        max_length=255,
        blank=True,
        verbose_name="Headline for younger readers",
        help_text="Leave empty to use the main headline.",
    )
    younger_summary = models.CharField(
        max_length=200,
        blank=True,
        verbose_name="Summary for younger readers",
        help_text="One short sentence. Leave empty to use the main summary.",
    )
    younger_body = StreamField(
        StoryBodyBlock(),
        blank=True,
        verbose_name="Story for younger readers (ages 6-8)",
        help_text="The same story in short sentences and everyday words. Leave empty if there "
        "is no easier version.",
    )
    # Kept from younger_body on save so listings (which defer the bodies) can say
    # "Easier version" without reading the text.
    has_younger_version = models.BooleanField(default=False, editable=False)
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
    listen_recording = models.ForeignKey(
        "wagtailmedia.Media",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Read-aloud recording",
        help_text="A person reading the story (an audio file). Leave empty to use the computer "
        "voice, made when the story is published.",
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("hero_caption"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("younger_title"),
                FieldPanel("younger_summary"),
                FieldPanel("younger_body"),
            ],
            heading="Easier version for younger readers (ages 6-8)",
            classname="collapsed",
        ),
        ReadingLevelPanel(heading="Reading level"),
        MultiFieldPanel(
            [FieldPanel("publish_anyway"), FieldPanel("publish_anyway_reason")],
            heading="Publish although it reads above its target",
        ),
        FieldPanel("poll"),
        InlinePanel("pinned_related", label="Pinned 'More like this' picks", max_num=3),
        MultiFieldPanel(
            [FieldPanel("is_sensitive"), FieldPanel("may_lead_home")], heading="Sensitive story"
        ),
        MultiFieldPanel(
            [MediaChooserPanel("listen_recording", media_type="audio")], heading="Listen"
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
        index.SearchField("younger_body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("first_published_at"),
    ]
    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types: list[str] = []
    template = "pages/article_page.html"
    base_form_class = ArticlePageForm
    preview_modes = [("", "Full version"), (LEVEL_YOUNGER, "Easier version")]

    class Meta:
        verbose_name = "story"
        verbose_name_plural = "stories"

    def save(self, *args, **kwargs):
        self.has_younger_version = bool(self.younger_body)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "younger_body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "has_younger_version"}
        return super().save(*args, **kwargs)

    @path("")
    def full_version(self, request):
        request.is_preview = getattr(request, "is_preview", False)
        return self.render(request, context_overrides=self.level_context(LEVEL_MAIN))

    @path("easier/")
    def easier_version(self, request):
        """The story for younger readers (/stories/<slug>/easier/): same picture, topics and
        comments, its own headline, summary and body. A plain link, cached like the story."""
        if not self.younger_body:
            raise Http404("This story has no easier version.")
        self.reading_level = LEVEL_YOUNGER
        return self.render(request, context_overrides=self.level_context(LEVEL_YOUNGER))

    def serve_preview(self, request, mode_name):
        if mode_name == LEVEL_YOUNGER:
            self.reading_level = LEVEL_YOUNGER
            return self.render(request, context_overrides=self.level_context(LEVEL_YOUNGER))
        return self.full_version(request)

    def level_context(self, level: str) -> dict:
        younger = level == LEVEL_YOUNGER
        return {
            "reading_level": level,
            "story_title": (self.younger_title or self.title) if younger else self.title,
            "story_summary": (self.younger_summary or self.summary) if younger else self.summary,
            "story_body": self.younger_body if younger else self.body,
        }

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        if self.has_younger_version and urls:
            urls.append({**urls[0], "location": urls[0]["location"] + "easier/"})
        return urls

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
        context.update(self.level_context(getattr(self, "reading_level", LEVEL_MAIN)))
        if context["reading_level"] == LEVEL_MAIN:  # the audio reads the main text
            context["listen"] = player_for(self)
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
        # The fragment is kept per path, so the easier version has its own.
        data = dict(store.fragment(request, "json-ld", lambda: self._published_json_ld(request)))
        comment_count = getattr(self, "approved_comment_count", None)
        if comment_count is not None:
            data["commentCount"] = comment_count
        return data

    def _published_json_ld(self, request) -> dict:
        # Read the topics once for the topic list; the manager does not cache.
        prefetch_related_objects([self], "topics")
        level = getattr(self, "reading_level", LEVEL_MAIN)
        texts = self.level_context(level)
        url = self.get_url(request=request) or "/"
        if level == LEVEL_YOUNGER:
            url += self.reverse_subpage("easier_version")
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": texts["story_title"],
            "description": texts["story_summary"],
            "url": jsonld.absolute(request, url),
            "typicalAgeRange": AGE_RANGES[level],
            "educationalLevel": EDUCATIONAL_LEVELS[level],
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
                for block in texts["story_body"]
                if block.block_type == "picture"
            ),
        ]
        data["image"] = [image for image in images if image]
        if level == LEVEL_YOUNGER:
            data["isBasedOn"] = jsonld.absolute(request, self.get_url(request=request) or "/")
        elif self.has_younger_version:
            data["workExample"] = {
                "@type": "NewsArticle",
                "url": jsonld.absolute(request, url + self.reverse_subpage("easier_version")),
                "typicalAgeRange": AGE_RANGES[LEVEL_YOUNGER],
            }
        audio = listen_audio_object(request, self) if level == LEVEL_MAIN else None
        if audio:
            data["audio"] = audio
        return data


def listen_audio_object(request, page) -> dict | None:
    """The story read aloud (the Listen player's audio), as a schema.org AudioObject."""
    player = player_for(page)
    if player is None:
        return None
    url, mime = player.sources[-1]
    audio = {
        "@type": "AudioObject",
        "name": f"{page.title} (read aloud)",
        "contentUrl": jsonld.absolute(request, url),
        "encodingFormat": mime,
        "inLanguage": "en",
    }
    if player.duration_seconds:
        audio["duration"] = f"PT{round(player.duration_seconds)}S"
    return audio


@register_setting(icon="doc-full")
class ReadingLevelSettings(BaseSiteSetting):
    """The reading ages a story's two versions aim at. Publishing a version that reads above
    its target asks the editor to say why (readability/gate.py)."""

    younger_max_reading_age = models.PositiveSmallIntegerField(
        default=8,
        verbose_name="Easier version: highest reading age",
        help_text="Spache reading age (US grade + 5) the younger readers' version may reach.",
    )
    main_max_reading_age = models.PositiveSmallIntegerField(
        default=11,
        verbose_name="Main version: highest reading age",
        help_text="Reading age (Flesch-Kincaid and New Dale-Chall) the main version may reach.",
    )

    class Meta:
        verbose_name = "reading levels"


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
