"""Readers' comment actions. Every check is repeated here on the server, whatever the form said."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from kidsnews.articles.models import ArticlePage
from kidsnews.core import wording

from . import services
from .forms import ReportForm
from .models import Comment, Report
from .queries import current_word_lists, highlighted_segments, text_fingerprint

POST_FIELDS = frozenset({"csrfmiddlewaretoken", "text", "action", "checked", "confirm"})
# What posting reads of a story: whether it is open (services.why_not_open), its title and URL
# for the pages below. Anything else a template might use is still read, on first use.
STORY_FIELDS = (
    "title",
    "live",
    "first_published_at",
    "last_published_at",
    "comments_close_at_override",
    "url_path",
    "locale_id",
)
THANKS = wording.COMMENT_THANKS


def _typed(request) -> str:
    """What the child typed, to give back in the box on any refusal (never lost)."""
    raw = request.POST.get("text", "")
    return "" if "\x00" in raw else raw[: settings.COMMENT_MAX_LENGTH * 2]


def _refuse(request, *, status: int, message: str, story=None, text: str = "", retry=True):
    return render(
        request,
        "comments/refused.html",
        {"message": message, "story": story, "text": text, "can_retry": retry},
        status=status,
    )


def _screened(text: str) -> tuple[list[str], list[dict], str, list[str]]:
    """The kind warnings, the text's marked segments, the "Send anyway?" question ('' when
    the screener found no personal information), and where to get help (empty unless the
    child sounds as if they may not be safe)."""
    from .screening import child_messages, confirm_question, screen

    result = screen(text, word_lists=current_word_lists())
    reasons = [reason.to_json() for reason in result.reasons]
    return (
        child_messages(result),
        highlighted_segments(text, reasons),
        confirm_question(result),
        wording.HELP_NOW if result.is_urgent else [],
    )


def _check_page(request, *, story, text: str, fingerprint: str, screened=None):
    warnings, segments, question, help_now = screened or _screened(text)
    return render(
        request,
        "comments/check.html",
        {
            "story": story,
            "text": text,
            "warnings": warnings,
            "segments": segments,
            "question": question,
            "help_now": help_now,
            "fingerprint": fingerprint,
        },
    )


@never_cache
@require_POST
def post_comment(request, story_id: int):
    """Post (or, without JavaScript, check) a comment. "Thanks" only after it is committed.

    Every refusal gives the child's words back in the box. A comment holding personal
    information is stored only once the child has answered "Send anyway" for exactly this
    text (`confirm` = its fingerprint); until then the check page asks."""
    story = next(iter(ArticlePage.objects.live().only(*STORY_FIELDS).filter(pk=story_id)[:1]), None)
    if story is None:
        raise Http404("No such story")
    # Anything but the form's own fields (a reader id, a status...) is a forged form.
    if set(request.POST) - POST_FIELDS or len(request.POST.getlist("text")) != 1:
        return _refuse(request, status=400, story=story, message=wording.FORM_NOT_OURS)
    reader = request.user.reader_or_none if request.user.is_authenticated else None
    if reader is None:
        return _refuse(
            request,
            status=403,
            story=story,
            message=wording.SIGN_IN_TO_COMMENT,
            text=_typed(request),
            retry=False,
        )
    site_settings = services.comment_settings()
    why = services.why_not_open(story=story, reader=reader, site_settings=site_settings)
    if why:
        return _refuse(
            request, status=403, story=story, message=why, text=_typed(request), retry=False
        )
    try:
        text = services.clean_comment_text(request.POST.get("text", ""))
    except services.CommentRefused as refusal:
        return _refuse(
            request,
            status=refusal.status,
            story=story,
            message=refusal.message,
            text=_typed(request),
        )
    fingerprint = text_fingerprint(text)
    # The no-JavaScript check step: show what the screener noticed, with the words marked,
    # until the child has seen the warnings for exactly this text. A form whose `checked` is
    # this text's fingerprint has been through the check (comments.js or the check page), so
    # it goes straight to submit_comment, which screens every comment it stores.
    wants_check = request.POST.get("action") == "check"
    if wants_check or request.POST.get("checked") != fingerprint:
        screened = _screened(text)
        if wants_check or screened[0]:
            return _check_page(
                request, story=story, text=text, fingerprint=fingerprint, screened=screened
            )
    try:
        comment = services.submit_comment(
            reader=reader,
            story=story,
            text=text,
            site_settings=site_settings,
            personal_info_confirmed=request.POST.get("confirm") == fingerprint,
        )
    except services.NeedsConfirmation:
        return _check_page(request, story=story, text=text, fingerprint=fingerprint)
    except services.CommentRefused as refusal:
        return _refuse(
            request,
            status=refusal.status,
            story=story,
            message=refusal.message,
            text=text,
            retry=not isinstance(refusal, services.CommentsClosed | services.NotAllowed),
        )
    if comment.is_urgent:
        # The screener heard a child who may not be safe: where to get help, at once, as well
        # as "a person will read it" (issue 15).
        messages.success(request, " ".join(wording.HELP_AFTER_COMMENT), extra_tags="help")
    else:
        messages.success(request, THANKS)
    return redirect(story.url + "#comments")


@never_cache
@require_POST
def check_comment(request):
    """The instant warning for comments.js: what the screener would tell the child, with spans."""
    reader = request.user.reader_or_none if request.user.is_authenticated else None
    if reader is None:
        return JsonResponse({"error": wording.SIGN_IN_TO_COMMENT}, status=403)
    try:
        text = services.clean_comment_text(request.POST.get("text", ""))
    except services.CommentRefused as refusal:
        return JsonResponse({"warnings": [refusal.message], "segments": []})
    warnings, segments, question, _help = _screened(text)
    return JsonResponse(
        {
            "warnings": warnings,
            "segments": segments,
            "checked": text_fingerprint(text),
            # Sending this text will ask once more; comments.js asks in place instead.
            "question": question,
        }
    )


@never_cache
@login_required
def report(request, comment_id: int):
    comment = get_object_or_404(
        Comment.objects.approved().select_related("story", "reader__user"), pk=comment_id
    )
    reader = request.user.reader_or_none
    form = ReportForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.report_comment(
            comment=comment, reporter=reader, reason=form.cleaned_data["reason"]
        )
        if form.cleaned_data["reason"] == Report.Reason.WORRIED:
            messages.success(
                request, " ".join(wording.HELP_AFTER_WORRIED_REPORT), extra_tags="help"
            )
        else:
            messages.success(request, wording.REPORT_THANKS)
        return redirect(comment.story.url + "#comments")
    return render(request, "comments/report.html", {"comment": comment, "form": form})
