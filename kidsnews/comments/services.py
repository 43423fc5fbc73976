"""Every change to comments, one function each, called alike by views, admin, commands, tests.

Each checks who may do it, writes an AuditLog row, and, when what readers can see changed,
sends `story_comments_changed` once the transaction has committed (so a cache purge never
races ahead of the data it is purging for).
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from kidsnews.accounts.services import send_rejection_email
from kidsnews.articles.models import ArticlePage
from kidsnews.caching import tags
from kidsnews.core import wording
from kidsnews.security.services import forget_login_records

from .models import AuditLog, Comment, CommentSettings, Report, SafeguardingCase
from .queries import current_word_lists, text_fingerprint
from .signals import story_comments_changed

REDACTED = "[removed]"


class CommentRefused(Exception):
    """A request we turn down, with a kind message for the child and an HTTP status."""

    status = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotAllowed(CommentRefused):
    status = 403


class CommentsClosed(CommentRefused):
    status = 403


class TooSoon(CommentRefused):
    status = 429


class Duplicate(CommentRefused):
    status = 409


class NeedsConfirmation(CommentRefused):
    """The comment holds personal information and the child has not yet said "Send anyway".

    Nothing is stored; the child is asked once more (`message`), and may change the text or send
    it as it is (then it is stored pending, like every comment, for a moderator to redact)."""

    status = 200


class PersonalInfoNotRedacted(Exception):
    """Approving would publish personal information: redact the span or reject instead."""


class NotAModerator(PermissionError):
    pass


def can_moderate(user) -> bool:
    return bool(user and user.is_active and user.has_perm("comments.moderate_comment"))


def _require_moderator(user) -> None:
    if not can_moderate(user):
        raise NotAModerator("Only moderators can do this.")


def _audit(*, actor, action: str, comment: Comment | None = None, detail: str = "", **data):
    AuditLog.objects.create(
        actor=actor if actor and actor.pk else None,
        actor_label=getattr(actor, "username", "") or "system",
        action=action,
        comment=comment,
        detail=detail,
        data=data,
    )


def _announce(story_id: int) -> None:
    # Whatever shows the story's thread or count is stale now, and again once this commits.
    tags.invalidate({tags.comments_tag(story_id)})

    def send():
        story = ArticlePage.objects.filter(pk=story_id).first()
        if story is not None:
            story_comments_changed.send(sender=ArticlePage, story=story)

    transaction.on_commit(send)


def comment_settings(site=None) -> CommentSettings:
    if site is None:
        from wagtail.models import Site

        # The default site's settings in one query when they exist (the usual case). There is
        # one default site at most, so no ORDER BY (`.first()` would add one).
        found = next(iter(CommentSettings.objects.filter(site__is_default_site=True)[:1]), None)
        if found is not None:
            return found
        site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return CommentSettings()
    return CommentSettings.for_site(site)


# --- Text checks shared by the form, the JS "check" endpoint and submit_comment.

ALLOWED_CONTROL = {"\n", "\t"}


def clean_comment_text(text: str) -> str:
    """The text as we would store it, or CommentRefused with a kind message."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if "\x00" in text or "\ufffd" in text:
        raise CommentRefused(wording.COMMENT_SCRAMBLED)
    if any(
        unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in ALLOWED_CONTROL for ch in text
    ):
        raise CommentRefused(
            "Your comment has some hidden characters in it. Please type it again using "
            "your keyboard."
        )
    if len(text) < settings.COMMENT_MIN_LENGTH:
        raise CommentRefused(wording.COMMENT_TOO_SHORT)
    if len(text) > settings.COMMENT_MAX_LENGTH:
        raise CommentRefused(wording.comment_too_long(len(text), settings.COMMENT_MAX_LENGTH))
    return text


def why_not_open(*, story, reader=None, site_settings: CommentSettings | None = None) -> str:
    """'' if `reader` (or anyone, when None) may post on `story` now, else a kind reason.

    `site_settings`: the comment settings already read for this request, if any."""
    if not story.live:
        return wording.STORY_GONE
    if not story.are_comments_open:
        return wording.COMMENTS_CLOSED
    if site_settings is None:
        site_settings = comment_settings()
    if site_settings.is_paused:
        return site_settings.pause_message or wording.COMMENTS_RESTING
    if reader is not None:
        if not reader.user.is_active:
            return wording.ACCOUNT_OFF
        if not reader.has_consent:
            return (
                "You can comment as soon as your grown-up says yes: ask them to check their "
                "email for our message."
            )
    return ""


def submit_comment(
    *,
    reader,
    story: ArticlePage,
    text: str,
    site_settings: CommentSettings | None = None,
    personal_info_confirmed: bool = False,
) -> Comment:
    """Screen and store a reader's comment as pending. Returns only after it has committed.

    `site_settings`: the comment settings the calling request has just read, if any; read
    once either way (paused or not, and whether clean comments are auto-approved).
    `personal_info_confirmed`: the child has been asked about the personal information the
    screener found in exactly this text and chose "Send anyway"; without it such a comment
    raises NeedsConfirmation and nothing is stored."""
    text = clean_comment_text(text)
    if site_settings is None:
        site_settings = comment_settings()
    reason = why_not_open(story=story, reader=reader, site_settings=site_settings)
    if reason:
        raise CommentsClosed(reason) if "closed" in reason else NotAllowed(reason)
    from .screening import screen

    result = screen(text, word_lists=current_word_lists())
    if result.has_personal_info and not personal_info_confirmed:
        from .screening import confirm_question

        raise NeedsConfirmation(confirm_question(result))
    fingerprint = text_fingerprint(text)
    now = timezone.now()
    rate = timedelta(seconds=settings.COMMENT_RATE_SECONDS)
    day, week = timedelta(days=1), timedelta(days=7)
    with transaction.atomic():
        # Two posts sent at once must be counted one after the other; the database is the
        # source of truth for the limits. Where the database has row locks, lock the reader's
        # row. SQLite has none: its transaction takes the database's write lock as it begins
        # (transaction_mode IMMEDIATE, settings/base.py), before the rows below are read, so a
        # second post waits for this one to commit.
        if connection.features.has_select_for_update:
            list(type(reader).objects.select_for_update().filter(pk=reader.pk).values("pk"))
        # The three limits from one small read: the reader's comments of the last day (at
        # most the daily cap, which is enforced here) and earlier copies of this text.
        mine = list(
            Comment.objects.filter(
                Q(created_at__gt=now - max(rate, day))
                | Q(text_fingerprint=fingerprint, created_at__gt=now - week),
                reader=reader,
            )
            .order_by()
            .values_list("created_at", "text_fingerprint")
        )
        if settings.COMMENT_RATE_SECONDS and any(at > now - rate for at, _ in mine):
            raise TooSoon(_too_soon_message())
        if sum(1 for at, _ in mine if at > now - day) >= settings.COMMENT_DAILY_LIMIT:
            raise TooSoon(wording.COMMENTS_DAILY_CAP)
        if any(seen == fingerprint and at > now - week for at, seen in mine):
            raise Duplicate(wording.COMMENT_REPEAT)
        comment = Comment.objects.create(
            story=story,
            reader=reader,
            text=text,
            text_fingerprint=fingerprint,
            screening_verdict=result.verdict,
            screening_reasons=[reason.to_json() for reason in result.reasons],
            is_urgent=result.is_urgent,
            has_personal_info=result.has_personal_info,
        )
        if (
            result.verdict == Comment.Verdict.PUBLISHABLE
            and not result.reasons
            and site_settings.auto_approve_clean
        ):
            comment.status = Comment.Status.APPROVED
            comment.moderated_at = now
            comment.save(update_fields=["status", "moderated_at"])
            _audit(actor=None, action="auto_approve", comment=comment, detail="clean")
            _announce(story.pk)
    return comment


def _too_soon_message() -> str:
    return wording.comment_too_soon(settings.COMMENT_RATE_SECONDS)


def _resolve_reports(*, comment: Comment, moderator, now: datetime) -> None:
    comment.reports.filter(resolved_at__isnull=True).update(resolved_at=now, resolved_by=moderator)


def approve_comment(*, comment: Comment, moderator) -> Comment:
    _require_moderator(moderator)
    with transaction.atomic():
        comment = Comment.objects.select_for_update().get(pk=comment.pk)
        if comment.has_personal_info:
            raise PersonalInfoNotRedacted(
                "This comment has personal information in it. Redact it or reject the comment."
            )
        if comment.status == Comment.Status.APPROVED:
            return comment
        now = timezone.now()
        comment.status = Comment.Status.APPROVED
        comment.moderated_by = moderator
        comment.moderated_at = now
        comment.rejection_reason = ""
        comment.save(update_fields=["status", "moderated_by", "moderated_at", "rejection_reason"])
        _resolve_reports(comment=comment, moderator=moderator, now=now)
        _audit(actor=moderator, action="approve", comment=comment)
        _announce(comment.story_id)
    return comment


def reject_comment(*, comment: Comment, moderator, reason: str) -> Comment:
    _require_moderator(moderator)
    reason = Comment.RejectionReason(reason)  # ValueError for anything off the fixed list
    with transaction.atomic():
        comment = Comment.objects.select_for_update().get(pk=comment.pk)
        was_public = comment.status == Comment.Status.APPROVED
        was_rejected = comment.status == Comment.Status.REJECTED
        now = timezone.now()
        comment.status = Comment.Status.REJECTED
        comment.moderated_by = moderator
        comment.moderated_at = now
        comment.rejection_reason = reason
        comment.save(update_fields=["status", "moderated_by", "moderated_at", "rejection_reason"])
        _resolve_reports(comment=comment, moderator=moderator, now=now)
        _audit(
            actor=moderator, action="reject", comment=comment, detail=reason.label, reason=reason
        )
        if was_public:
            _announce(comment.story_id)
        if not was_rejected:
            # The grown-up's opt-in email (issue 16), only once the rejection is committed.
            transaction.on_commit(lambda: send_rejection_email(comment=comment))
    return comment


def _redact_locked(*, comment: Comment, moderator, start: int, end: int) -> None:
    """Redact one span of a comment already locked by the caller's transaction; audited."""
    from .screening import screen

    if not (0 <= start < end <= len(comment.text)):
        raise ValueError("That part of the comment does not exist.")
    removed = comment.text[start:end]
    # The kinds the screener saw in the removed span: what the training export labels it as.
    kinds = sorted(
        {
            r["kind"]
            for r in comment.screening_reasons
            if int(r.get("start", 0)) < end
            and int(r.get("end", 0)) > start
            and not (
                r.get("layer") == "model"
                and int(r["start"]) == 0
                and int(r["end"]) == len(comment.text)
            )
        }
    )
    comment.text = comment.text[:start] + REDACTED + comment.text[end:]
    result = screen(comment.text, word_lists=current_word_lists())
    comment.screening_verdict = result.verdict
    comment.screening_reasons = [r.to_json() for r in result.reasons if r.text.strip() != REDACTED]
    comment.is_urgent = result.is_urgent
    comment.has_personal_info = result.has_personal_info
    comment.text_fingerprint = text_fingerprint(comment.text)
    comment.save()
    # The removed words stay in the log for moderators only until REDACTED_TEXT_DAYS have
    # passed (erase_old_redacted_text), or the comment's text or account is erased first.
    _audit(
        actor=moderator,
        action="redact",
        comment=comment,
        detail=f"removed {len(removed)} characters at {start}-{end}",
        start=start,
        end=end,
        kinds=kinds,
        removed=removed,
    )


def redact_comment(*, comment: Comment, moderator, start: int, end: int) -> Comment:
    """Replace text[start:end] by "[removed]" and screen the result again."""
    _require_moderator(moderator)
    with transaction.atomic():
        comment = Comment.objects.select_for_update().get(pk=comment.pk)
        _redact_locked(comment=comment, moderator=moderator, start=start, end=end)
        if comment.status == Comment.Status.APPROVED:
            _announce(comment.story_id)
    return comment


def redact_words(*, comment: Comment, moderator, words: str) -> Comment:
    """Redact every place the moderator's typed `words` occur (ignoring case): the no-JS way
    to redact. ValueError when they are not in the comment."""
    from .queries import find_words

    _require_moderator(moderator)
    with transaction.atomic():
        comment = Comment.objects.select_for_update().get(pk=comment.pk)
        spans = find_words(comment.text, words)
        if not spans:
            raise ValueError("Those words are not in the comment.")
        for start, end in reversed(spans):  # from the end, so earlier offsets stay true
            _redact_locked(comment=comment, moderator=moderator, start=start, end=end)
        if comment.status == Comment.Status.APPROVED:
            _announce(comment.story_id)
    return comment


def _forget_removed_text(entries) -> int:
    """Drop the removed words from redaction audit rows, keeping who, when and where."""
    count = 0
    for entry in entries.filter(action="redact"):
        if "removed" in entry.data:
            entry.data = {k: v for k, v in entry.data.items() if k != "removed"}
            entry.save(update_fields=["data"])
            count += 1
    return count


def erase_old_redacted_text(*, now: datetime) -> int:
    """Redacted words kept in the audit log are deleted after REDACTED_TEXT_DAYS."""
    cutoff = now - timedelta(days=settings.REDACTED_TEXT_DAYS)
    with transaction.atomic():
        count = _forget_removed_text(AuditLog.objects.filter(created_at__lt=cutoff))
        if count:
            _audit(actor=None, action="erase_redacted_text", detail=f"{count} redactions")
    return count


def dismiss_reports(*, comment: Comment, moderator) -> None:
    _require_moderator(moderator)
    with transaction.atomic():
        _resolve_reports(comment=comment, moderator=moderator, now=timezone.now())
        _audit(actor=moderator, action="dismiss_reports", comment=comment)


def report_comment(*, comment: Comment, reporter, reason: str) -> Report:
    reason = Report.Reason(reason)
    if comment.status != Comment.Status.APPROVED:
        raise NotAllowed(wording.REPORT_ONLY_PUBLISHED)
    with transaction.atomic():
        report, created = Report.objects.get_or_create(
            comment=comment, reporter=reporter, defaults={"reason": reason}
        )
        if created:
            _audit(
                actor=reporter.user if reporter else None,
                action="report",
                comment=comment,
                detail=reason.label,
                reason=reason,
            )
    return report


def erase_old_rejected_comments(*, now: datetime) -> int:
    """Rejected comments' words are deleted, not hidden, after the retention period, unless
    a safeguarding case holds them."""
    cutoff = now - timedelta(days=settings.REJECTED_COMMENT_TEXT_DAYS)
    with transaction.atomic():
        # Words a safeguarding case holds stay (SafeguardingCaseQuerySet.holding).
        erased = (
            Comment.objects.rejected()
            .filter(moderated_at__lt=cutoff, text_erased_at__isnull=True)
            .exclude(
                pk__in=SafeguardingCase.objects.holding(now=now)
                .filter(comment__isnull=False)
                .values("comment_id")
            )
        )
        erased_ids = list(erased.values_list("pk", flat=True))
        # Words redacted from these comments go with their text.
        _forget_removed_text(AuditLog.objects.filter(comment_id__in=erased_ids))
        count = Comment.objects.filter(pk__in=erased_ids).update(
            text="", text_fingerprint="", screening_reasons=[], text_erased_at=now
        )
        if count:
            _audit(actor=None, action="erase_rejected_text", detail=f"{count} comments")
    return count


def delete_reader_account(*, reader, by_parent=None, why: str = "") -> None:
    """Deletes the child's account and every comment they wrote (approved ones included)."""
    if by_parent is not None and reader.parent_id != by_parent.pk:
        raise NotAllowed("Only this child's own grown-up can delete the account.")
    with transaction.atomic():
        story_ids = set(
            Comment.objects.approved().filter(reader=reader).values_list("story_id", flat=True)
        )
        count = Comment.objects.filter(reader=reader).count()
        nickname = reader.nickname
        _forget_removed_text(AuditLog.objects.filter(comment__reader=reader))
        reader.user.delete()  # cascades to the Reader, their comments and their reports' rows
        forget_login_records(username=nickname)  # login throttling's rows (hashed) go too
        _audit(
            actor=None,
            action="delete_account",
            detail=why or ("by parent" if by_parent else "by retention"),
            nickname=nickname,
            comments=count,
        )
        for story_id in story_ids:
            _announce(story_id)


def delete_stale_accounts(*, now: datetime) -> int:
    """Accounts a parent never consented to, and accounts long unused, are deleted."""
    from kidsnews.accounts.models import Reader

    never_consented = Reader.objects.filter(
        consent_given_at__isnull=True,
        created_at__lt=now - timedelta(days=settings.UNCONSENTED_ACCOUNT_DAYS),
    )
    inactive_cutoff = now - timedelta(days=settings.INACTIVE_ACCOUNT_DAYS)
    inactive = Reader.objects.filter(created_at__lt=inactive_cutoff).exclude(
        user__last_login__gte=inactive_cutoff
    )
    stale = list((never_consented | inactive).select_related("user").distinct())
    for reader in stale:
        delete_reader_account(reader=reader, why="retention: unused or never consented")
    return len(stale)


def set_comments_paused(*, site, by, is_paused: bool, message: str = "") -> CommentSettings:
    _require_moderator(by)
    with transaction.atomic():
        site_settings = CommentSettings.for_site(site)
        site_settings.is_paused = is_paused
        if message:
            site_settings.pause_message = message
        site_settings._audited = True  # logged below with the moderator's name
        site_settings.save()
        _audit(
            actor=by,
            action="pause" if is_paused else "resume",
            detail=site_settings.pause_message if is_paused else "",
        )
    return site_settings
