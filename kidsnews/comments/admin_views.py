"""The moderators' queue in the Wagtail admin. Views only translate clicks into service calls."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from wagtail.models import Site

from kidsnews.core.converters import parse_id

from . import safeguarding, services
from .models import AuditLog, Comment, CommentSettings, SafeguardingCase
from .queries import (
    QUEUE_TABS,
    describe_reasons,
    highlighted_segments,
    moderation_queue,
    queue_counts,
    rejection_choices,
    suggested_rejection_reason,
)

PER_PAGE = 50


def _moderator_only(request) -> None:
    if not services.can_moderate(request.user):
        raise PermissionDenied("Only moderators can work the comment queue.")


def queue(request):
    _moderator_only(request)
    tab = request.GET.get("tab", "pending")
    if tab not in QUEUE_TABS:
        tab = "pending"
    page = Paginator(moderation_queue(tab=tab), PER_PAGE).get_page(request.GET.get("p"))
    items = [
        {
            "comment": comment,
            "segments": highlighted_segments(comment.text, comment.screening_reasons),
            "reasons": describe_reasons(comment.text, comment.screening_reasons),
            "suggested_reason": suggested_rejection_reason(comment.screening_reasons),
        }
        for comment in page
    ]
    site = Site.objects.filter(is_default_site=True).first()
    return render(
        request,
        "comments/admin/queue.html",
        {
            "tab": tab,
            "tabs": QUEUE_TABS,
            "counts": queue_counts(),
            "items": items,
            "page_obj": page,
            "rejection_reasons": rejection_choices(),
            "comment_settings": CommentSettings.for_site(site) if site else None,
        },
    )


def _back(request, default_tab="pending"):
    tab = request.POST.get("tab", default_tab)
    return redirect(
        f"{reverse('comment_moderation:queue')}?tab={tab if tab in QUEUE_TABS else 'pending'}"
    )


@require_POST
def act(request, comment_id: int):
    _moderator_only(request)
    comment = get_object_or_404(Comment, pk=comment_id)
    action = request.POST.get("action")
    try:
        if action == "approve":
            services.approve_comment(comment=comment, moderator=request.user)
            messages.success(request, "Approved: it is on the site now.")
        elif action == "reject":
            services.reject_comment(
                comment=comment, moderator=request.user, reason=request.POST.get("reason", "")
            )
            messages.success(request, "Rejected. The child will see the reason on their page.")
        elif action == "redact":
            # Positions come from a selection made with the mouse (moderation.js) or the
            # "Redact this" buttons; without JavaScript the moderator types the words instead.
            if request.POST.get("start", "").strip() and request.POST.get("end", "").strip():
                services.redact_comment(
                    comment=comment,
                    moderator=request.user,
                    start=int(request.POST["start"]),
                    end=int(request.POST["end"]),
                )
            else:
                services.redact_words(
                    comment=comment, moderator=request.user, words=request.POST.get("words", "")
                )
            messages.success(request, "Redacted and screened again.")
        elif action == "escalate":
            case = safeguarding.escalate_comment(
                comment=comment, moderator=request.user, why=request.POST.get("why", "")
            )
            messages.success(
                request,
                f"Escalated: safeguarding case {case.pk} is open and the safeguarding leads "
                "are being emailed.",
            )
        elif action == "dismiss":
            services.dismiss_reports(comment=comment, moderator=request.user)
            messages.success(request, "Reports dismissed.")
        else:
            messages.error(request, "Unknown action.")
    except services.PersonalInfoNotRedacted as refusal:
        messages.error(request, str(refusal))
    except ValueError as refusal:
        messages.error(
            request,
            str(refusal)  # escalating without saying why
            if action == "escalate"
            else "Choose a reason from the list, or a part of the text to redact.",
        )
    return _back(request)


@require_POST
def bulk(request):
    _moderator_only(request)
    ids = [pk for pk in map(parse_id, request.POST.getlist("ids")) if pk is not None]
    action = request.POST.get("action")
    if action == "reject" and request.POST.get("reason", "") not in Comment.RejectionReason.values:
        messages.error(request, "Choose a reason before rejecting.")
        return _back(request)
    done, refused = 0, 0
    for comment in Comment.objects.filter(pk__in=ids):
        try:
            if action == "approve":
                services.approve_comment(comment=comment, moderator=request.user)
            elif action == "reject":
                services.reject_comment(
                    comment=comment, moderator=request.user, reason=request.POST.get("reason", "")
                )
            else:
                break
            done += 1
        except (services.PersonalInfoNotRedacted, ValueError):
            refused += 1
    messages.success(request, f"{done} comment(s) done.")
    if refused:
        messages.warning(
            request, f"{refused} comment(s) need a redaction or a reason first and were left."
        )
    return _back(request)


@require_POST
def pause(request):
    _moderator_only(request)
    site = Site.objects.filter(is_default_site=True).first()
    services.set_comments_paused(
        site=site,
        by=request.user,
        is_paused=request.POST.get("is_paused") == "1",
        message=request.POST.get("message", "").strip()[:255],
    )
    return _back(request)


def audit_log(request):
    _moderator_only(request)
    page = Paginator(AuditLog.objects.select_related("comment", "comment__story"), 100).get_page(
        request.GET.get("p")
    )
    return render(request, "comments/admin/audit_log.html", {"page_obj": page})


# --- Safeguarding cases (safeguarding.py): their own queue, for leads and moderators.

CASE_TABS = tuple(SafeguardingCase.Status.values)


def _case_handler_only(request) -> None:
    if not safeguarding.can_handle_cases(request.user):
        raise PermissionDenied("Only safeguarding leads and moderators can see cases.")


def cases(request):
    _case_handler_only(request)
    tab = request.GET.get("tab", SafeguardingCase.Status.OPEN)
    if tab not in CASE_TABS:
        tab = SafeguardingCase.Status.OPEN
    found = SafeguardingCase.objects.filter(status=tab).select_related("escalated_by")
    if tab == SafeguardingCase.Status.OPEN:
        found = found.order_by("escalated_at", "pk")  # the longest-waiting first
    return render(
        request,
        "comments/admin/cases.html",
        {
            "tab": tab,
            "tabs": SafeguardingCase.Status.choices,
            "page_obj": Paginator(found, PER_PAGE).get_page(request.GET.get("p")),
        },
    )


def case(request, case_id: int):
    _case_handler_only(request)
    found = get_object_or_404(
        SafeguardingCase.objects.select_related("escalated_by", "closed_by", "comment__story"),
        pk=case_id,
    )
    return render(
        request,
        "comments/admin/case.html",
        {
            "case": found,
            "notes": found.notes.all(),
            "trail": safeguarding.case_trail(found),
            "note_max_length": safeguarding.NOTE_MAX_LENGTH,
        },
    )


@require_POST
def case_act(request, case_id: int):
    _case_handler_only(request)
    found = get_object_or_404(SafeguardingCase, pk=case_id)
    action = request.POST.get("action")
    try:
        if action == "note":
            safeguarding.add_case_note(case=found, by=request.user, text=request.POST.get("text"))
            messages.success(request, "Note added.")
        elif action == "close":
            safeguarding.close_case(
                case=found, by=request.user, outcome=request.POST.get("outcome")
            )
            messages.success(request, "Case closed.")
        else:
            messages.error(request, "Unknown action.")
    except ValueError as refusal:
        messages.error(request, str(refusal))
    return redirect("comment_moderation:case", found.pk)
