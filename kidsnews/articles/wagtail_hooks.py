"""Story admin: sensitive stories wait for a second editor, even when the edit form says
Publish; the reading-level meter's endpoint and the publish-anyway record."""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks

from .models import ArticlePage
from .readability.gate import publish_problems
from .services import PUBLISHED_ABOVE_READING_LEVEL, record_publish_anyway

NEEDS_SECOND_EDITOR = (
    "Saved as a draft, not published: a sensitive story needs a second editor's approval. "
    "Use “Submit for approval” instead."
)


@hooks.register("before_publish_page")
def sensitive_stories_wait_for_a_second_editor(request, page):
    """The add and edit views publish without asking the page's permission tester again, and
    the form may have just ticked "Sensitive story": ask it here, about the revision that
    would go live. The revision is already saved, so nothing the editor wrote is lost."""
    if isinstance(page, ArticlePage) and not page.permissions_for_user(request.user).can_publish():
        if page.first_published_at is None and page.live:
            # The add view stores a new page as live (the field's default) before publishing
            # it: it is the draft it would have been with "Save draft".
            ArticlePage.objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
        messages.error(request, NEEDS_SECOND_EDITOR)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("register_admin_urls")
def register_reading_level_urls():
    from django.urls import path

    from .readability import views

    return [path("stories/reading-level/", views.reading_level, name="articles_reading_level")]


@hooks.register("register_log_actions")
def register_reading_level_log_actions(actions):
    actions.register_action(
        PUBLISHED_ABOVE_READING_LEVEL,
        "Publish above reading level",
        "Published above its reading-level target",
    )


def _publish_anyway_reason(request, page) -> str:
    if not isinstance(page, ArticlePage):
        return ""
    if request.POST.get("publish_anyway") not in ("on", "true"):
        return ""
    return request.POST.get("publish_anyway_reason", "").strip()


@hooks.register("after_publish_page")
def record_publishing_above_reading_level(request, page):
    """The edit form let the story through because the editor ticked "Publish anyway"
    (ArticlePageForm.clean): keep who, why and the figures in the story's history."""
    reason = _publish_anyway_reason(request, page)
    if reason:
        record_publish_anyway(story=page, user=request.user, reason=reason)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def record_submitting_above_reading_level(request, page):
    # Submitted for approval with "publish anyway": the reason is recorded now, since the
    # approval that publishes it later does not pass through the edit form.
    if "action-submit" in request.POST:
        reason = _publish_anyway_reason(request, page)
        if reason:
            record_publish_anyway(story=page, user=request.user, reason=reason, submitted=True)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_stories_above_reading_level(request, action_type, objects, action_class):
    # Bulk publish skips the edit form, where "publish anyway" and its reason are asked for.
    if action_type != "publish":
        return None
    blockers = []
    for obj in objects:
        page = getattr(obj, "specific", obj)
        if isinstance(page, ArticlePage):
            draft = page.get_latest_revision_as_object()
            problems = publish_problems(
                site=page.get_site(), body=draft.body, younger_body=draft.younger_body
            )
            if problems:
                blockers.append(f"“{draft.title}”: " + " ".join(problems))
    if not blockers:
        return None
    messages.error(
        request,
        "Nothing was published. Open each story to publish it anyway with a reason. "
        + " ".join(blockers),
    )
    return redirect(request.GET.get("next") or "wagtailadmin_explore_root")
