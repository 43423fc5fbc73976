import math

from django.contrib import messages
from django.utils import timezone
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from kidsnews.caching.middleware import mark_cacheable

from .models import Poll
from .queries import poll_warnings


class PollViewSet(SnippetViewSet):
    model = Poll
    icon = "list-ul"
    menu_label = "Polls"
    list_display = ["question", "closes_at"]
    add_to_admin_menu = True
    menu_order = 250


register_snippet(PollViewSet)


def _warn_about_words(request, poll) -> None:
    words = poll_warnings(
        question=poll.question, answers=[answer.text for answer in poll.answer_list()]
    )
    for warning in words:
        messages.warning(request, f"Check this poll's words: {warning}. (Saved all the same.)")


@hooks.register("after_create_snippet")
def warn_about_new_poll_words(request, instance):
    if isinstance(instance, Poll):
        _warn_about_words(request, instance)


@hooks.register("after_edit_snippet")
def warn_about_edited_poll_words(request, instance):
    if isinstance(instance, Poll):
        _warn_about_words(request, instance)


@hooks.register("before_serve_page")
def keep_page_only_while_its_poll_is_open(page, request, serve_args, serve_kwargs):
    """A stored page with an open poll shows the voting form; the first request after the
    poll's end renders it again, with the results (as comments closing does)."""
    poll_id = getattr(page, "poll_id", None)
    if poll_id is None:
        return
    closes_at = Poll.objects.filter(pk=poll_id).values_list("closes_at", flat=True).first()
    if closes_at is None:
        return
    seconds_left = math.ceil((closes_at - timezone.now()).total_seconds())
    if seconds_left > 0:
        mark_cacheable(request, timeout=seconds_left)
