"""Moderators' decisions as labelled examples for the screener (issue 11.5).

The format is /work/shared/screening/LABELS.md: one JSON object a line,
`{"id", "text", "label", "kinds", "note"}`, `kinds` empty exactly when the label is publishable.
Only what retention still keeps is exported: no rejected comment past its erasure date, no
erased text, no redacted words once the audit log has forgotten them, no nickname or user id
(the id is an HMAC of the comment's key under SECRET_KEY).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .models import AuditLog, Comment
from .screening.result import PII_KINDS, REJECT_KINDS, URGENT_KINDS
from .services import REDACTED

HOLD_PII = frozenset(PII_KINDS) | {"contact_request"}
REJECTABLE = frozenset(REJECT_KINDS) | {"profanity_obfuscated", "spam"}
# A rejection reason's kinds when the screener found none of its own.
FALLBACK_KINDS = {
    Comment.RejectionReason.UNKIND: ("reject", ["insult"]),
    Comment.RejectionReason.LANGUAGE: ("reject", ["profanity"]),
    Comment.RejectionReason.LINKS: ("hold", ["link"]),
    Comment.RejectionReason.SPAM: ("reject", ["spam"]),
}


def opaque_id(comment_pk: int) -> str:
    return (
        "mod-"
        + salted_hmac("kidsnews.moderation-labels", str(comment_pk), algorithm="sha1").hexdigest()
    )


def _kinds(reasons: list[dict], wanted) -> list[str]:
    return sorted({r["kind"] for r in reasons if r.get("kind") in wanted})


def _original_text(comment: Comment, redactions: list[AuditLog]) -> str | None:
    """The text before its redactions, undone newest first; None once any word is forgotten."""
    text = comment.text
    for entry in redactions:  # newest first
        removed = entry.data.get("removed")
        start = entry.data.get("start")
        if removed is None or start is None or text[start : start + len(REDACTED)] != REDACTED:
            return None
        text = text[:start] + removed + text[start + len(REDACTED) :]
    return text


def _label(comment: Comment, redactions: list[AuditLog]) -> tuple[str, list[str], str] | None:
    """The moderator's decision as a label; None where no kind in LABELS.md says why."""
    reasons = comment.screening_reasons or []
    if comment.status == Comment.Status.APPROVED and not redactions:
        # The moderator's reading wins over any screener guess, at-risk ones included.
        return "publishable", [], "moderator approved"
    decided = _decided(comment, reasons, redactions)
    urgent = _kinds(reasons, URGENT_KINDS) if comment.status != Comment.Status.APPROVED else []
    if urgent:  # flagged at risk and not published: always hold, with every kind found
        kinds = sorted(set(urgent) | set(decided[1] if decided else ()))
        note = decided[2] if decided else f"moderator rejected: {comment.rejection_reason}"
        return "hold", kinds, note + "; a child may be at risk"
    return decided


def _decided(
    comment: Comment, reasons: list[dict], redactions: list[AuditLog]
) -> tuple[str, list[str], str] | None:
    if redactions:
        kinds = sorted({k for e in redactions for k in e.data.get("kinds", [])})
        return ("hold", kinds, "moderator redacted personal information") if kinds else None
    reason = comment.rejection_reason
    note = f"moderator rejected: {reason}"
    if reason == Comment.RejectionReason.PERSONAL_INFO:
        kinds = _kinds(reasons, HOLD_PII)
        return ("hold", kinds, note) if kinds else None
    if reason == Comment.RejectionReason.LINKS:
        return "hold", _kinds(reasons, {"link"}) or ["link"], note
    if reason in FALLBACK_KINDS:
        label, fallback = FALLBACK_KINDS[reason]
        return label, _kinds(reasons, REJECTABLE) or fallback, note
    return None  # off topic, other: no kind in LABELS.md says why


def moderation_labels(
    *, since: datetime | None = None, now: datetime | None = None
) -> Iterator[dict]:
    """Labelled examples from approved and rejected comments, oldest decision first."""
    now = now or timezone.now()
    rejected_cutoff = now - timedelta(days=settings.REJECTED_COMMENT_TEXT_DAYS)
    comments = (
        Comment.objects.exclude(status=Comment.Status.PENDING)
        .filter(text_erased_at__isnull=True, moderated_at__isnull=False)
        .exclude(status=Comment.Status.REJECTED, moderated_at__lt=rejected_cutoff)
        .order_by("moderated_at", "pk")
    )
    if since is not None:
        comments = comments.filter(moderated_at__gte=since)
    redacted_cutoff = now - timedelta(days=settings.REDACTED_TEXT_DAYS)
    for comment in comments.iterator():
        redactions = list(comment.audit_log.filter(action="redact").order_by("-created_at", "-pk"))
        text = comment.text
        if redactions:
            if any(e.created_at < redacted_cutoff for e in redactions):
                continue  # past retention, even if the daily purge has not run yet
            text = _original_text(comment, redactions)
            if text is None:
                continue
        labelled = _label(comment, redactions)
        if not text or labelled is None:
            continue
        label, kinds, note = labelled
        yield {
            "id": opaque_id(comment.pk),
            "text": text,
            "label": label,
            "kinds": kinds,
            "note": note,
        }
