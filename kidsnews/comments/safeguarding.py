"""Safeguarding cases: what happens when a moderator thinks a child may be at risk.

One function per change, like services.py: each checks who may do it and writes an AuditLog row.
A case copies the comment's words when it is opened and keeps them while it is open and for
SAFEGUARDING_TEXT_DAYS after it is closed; the comment's own text is kept as long (retention in
services.py skips it). What this does and does not do: docs/moderation.md, "Safeguarding".
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .models import AuditLog, CaseNote, Comment, Report, SafeguardingCase
from .queries import KIND_LABELS
from .screening.result import URGENT_KINDS
from .services import _audit, _require_moderator

logger = logging.getLogger(__name__)

NOTE_MAX_LENGTH = 5000


class NotACaseHandler(PermissionError):
    pass


class CaseIsClosed(ValueError):
    pass


def can_handle_cases(user) -> bool:
    """Safeguarding leads, and the comment moderators who open cases."""
    return bool(user and user.is_active and user.has_perm("comments.handle_safeguarding_case"))


def _require_case_handler(user) -> None:
    if not can_handle_cases(user):
        raise NotACaseHandler("Only safeguarding leads and moderators can do this.")


def _required_words(text: str, what: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValueError(f"Please write {what}.")
    if len(text) > NOTE_MAX_LENGTH:
        raise ValueError(f"Please keep it to {NOTE_MAX_LENGTH} characters.")
    return text


def flagged_as(comment: Comment) -> str:
    """What raised the worry, in the moderators' words: the screener's urgent findings and
    readers' open "I'm worried about someone" reports."""
    kinds = sorted(
        {r.get("kind", "") for r in comment.screening_reasons} & URGENT_KINDS,
    )
    found = [f"screener: {KIND_LABELS[kind]}" for kind in kinds]
    worried = comment.reports.filter(reason=Report.Reason.WORRIED, resolved_at__isnull=True).count()
    if worried:
        found.append(f"{worried} reader report(s): {Report.Reason.WORRIED.label}")
    return "; ".join(found)


def escalate_comment(*, comment: Comment, moderator, why: str) -> SafeguardingCase:
    """Open a safeguarding case about `comment` and email the safeguarding leads (after the
    commit). A comment has one open case at most: escalating it again returns that case.
    The comment itself is not approved or rejected here; the moderator still decides."""
    _require_moderator(moderator)
    why = _required_words(why, "why you are worried")
    with transaction.atomic():
        comment = (
            Comment.objects.select_for_update()
            .select_related("reader__user", "story")
            .get(pk=comment.pk)
        )
        existing = comment.safeguarding_cases.open().first()
        if existing is not None:
            return existing
        case = SafeguardingCase.objects.create(
            comment=comment,
            text=comment.text,
            nickname=comment.reader.nickname,
            story_title=comment.story.title,
            flagged_as=flagged_as(comment),
            why=why,
            escalated_by=moderator,
        )
        _audit(actor=moderator, action="escalate", comment=comment, detail=why, case=case.pk)
        transaction.on_commit(lambda: notify_safeguarding_leads(case=case))
    return case


def safeguarding_leads() -> tuple[Group | None, list]:
    """The people emailed about a new case: active members of settings.SAFEGUARDING_GROUP
    with an email address."""
    group = Group.objects.filter(name=settings.SAFEGUARDING_GROUP).first()
    if group is None:
        return group, []
    people = group.user_set.filter(is_active=True).exclude(email="").order_by("pk")
    return group, list(people)


def notify_safeguarding_leads(*, case: SafeguardingCase) -> int:
    """Email every safeguarding lead a link to the case (not the child's words: those stay in
    the admin). Audited whether it worked or not, so a case nobody was told about shows."""
    group, leads = safeguarding_leads()
    if not leads:
        why = "no such group" if group is None else "nobody in the group has an email address"
        logger.error("Safeguarding case %s: nobody emailed (%s)", case.pk, why)
        _audit(
            actor=None,
            action="notify_failed",
            comment=case.comment,
            detail=f"{settings.SAFEGUARDING_GROUP}: {why}",
            case=case.pk,
        )
        return 0
    body = render_to_string(
        "emails/safeguarding_case.txt",
        {
            "case": case,
            "site_name": settings.SITE_NAME,
            "case_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("comment_moderation:case", args=[case.pk]),
        },
    )
    try:
        send_mail(
            f"{settings.SITE_NAME}: safeguarding case {case.pk} needs you",
            body,
            settings.DEFAULT_FROM_EMAIL,
            [person.email for person in leads],
        )
    except Exception as error:  # noqa: BLE001 - any mail failure: logged and audited, never lost
        logger.exception("Safeguarding case %s: email failed", case.pk)
        _audit(
            actor=None,
            action="notify_failed",
            comment=case.comment,
            detail=f"email failed: {type(error).__name__}",
            case=case.pk,
        )
        return 0
    _audit(
        actor=None,
        action="notify_safeguarding",
        comment=case.comment,
        detail=f"emailed {len(leads)} in {group.name}",
        case=case.pk,
        recipients=[person.get_username() for person in leads],
    )
    return len(leads)


def add_case_note(*, case: SafeguardingCase, by, text: str) -> CaseNote:
    _require_case_handler(by)
    text = _required_words(text, "a note")
    with transaction.atomic():
        case = SafeguardingCase.objects.select_for_update().get(pk=case.pk)
        if case.status == SafeguardingCase.Status.CLOSED:
            raise CaseIsClosed("This case is closed.")
        note = CaseNote.objects.create(
            case=case, author=by, author_label=by.get_username(), text=text
        )
        _audit(
            actor=by,
            action="case_note",
            comment=case.comment,
            detail=f"note on case {case.pk}",
            case=case.pk,
        )
    return note


def close_case(*, case: SafeguardingCase, by, outcome: str) -> SafeguardingCase:
    """Close a case with what was done. Its words are kept SAFEGUARDING_TEXT_DAYS more."""
    _require_case_handler(by)
    outcome = _required_words(outcome, "what was done")
    with transaction.atomic():
        case = SafeguardingCase.objects.select_for_update().get(pk=case.pk)
        if case.status == SafeguardingCase.Status.CLOSED:
            return case
        case.status = SafeguardingCase.Status.CLOSED
        case.closed_by = by
        case.closed_at = timezone.now()
        case.outcome = outcome
        case.save(update_fields=["status", "closed_by", "closed_at", "outcome"])
        _audit(actor=by, action="close_case", comment=case.comment, detail=outcome, case=case.pk)
    return case


def erase_old_case_texts(*, now: datetime) -> int:
    """The child's words and nickname in cases closed more than SAFEGUARDING_TEXT_DAYS ago are
    deleted; who escalated, when, why and the outcome stay."""
    cutoff = now - timedelta(days=settings.SAFEGUARDING_TEXT_DAYS)
    with transaction.atomic():
        count = (
            SafeguardingCase.objects.closed()
            .filter(closed_at__lt=cutoff, text_erased_at__isnull=True)
            .update(text="", nickname="", text_erased_at=now)
        )
        if count:
            _audit(actor=None, action="erase_case_text", detail=f"{count} cases")
    return count


def case_trail(case: SafeguardingCase):
    """Every audit row about this case, oldest first: its own history, on its page."""
    return AuditLog.objects.filter(data__case=case.pk).order_by("created_at", "pk")
