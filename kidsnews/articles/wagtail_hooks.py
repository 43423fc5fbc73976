"""Sensitive stories wait for a second editor, even when the edit form says Publish."""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks

from .models import ArticlePage

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
