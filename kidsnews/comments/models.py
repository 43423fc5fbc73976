"""Comments under stories: every one pending until a person approves it.

The screener only labels and sorts (verdict, reasons with spans, urgency); a moderator decides.
State changes happen in `services.py`, never here.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting, register_setting


class CommentQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=Comment.Status.PENDING)

    def approved(self):
        return self.filter(status=Comment.Status.APPROVED)

    def rejected(self):
        return self.filter(status=Comment.Status.REJECTED)


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    class Verdict(models.TextChoices):
        PUBLISHABLE = "publishable", "Publishable"
        HOLD = "hold", "Hold"
        REJECT = "reject", "Reject"

    class RejectionReason(models.TextChoices):
        # The labels are what the child reads on their own page: kind, specific, no blame.
        PERSONAL_INFO = (
            "personal_info",
            "It shared something personal, like a name, a place or a number. Keeping those "
            "private keeps you safe.",
        )
        UNKIND = "unkind", "It might upset someone. Please remember to be kind."
        LANGUAGE = "language", "It used words we don't allow here."
        LINKS = "links", "It had a link or a website in it. We don't allow links."
        OFF_TOPIC = "off_topic", "It wasn't about this story."
        SPAM = "spam", "It was repeated, or it looked like an advert."
        OTHER = "other", "It didn't follow our house rules."

    story = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="comments"
    )
    reader = models.ForeignKey("accounts.Reader", on_delete=models.CASCADE, related_name="comments")
    text = models.TextField()
    # sha256 of the normalised text: finds a reader's repeats without comparing whole texts.
    text_fingerprint = models.CharField(max_length=64, db_index=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    screening_verdict = models.CharField(max_length=12, choices=Verdict.choices)
    screening_reasons = models.JSONField(default=list, blank=True)
    is_urgent = models.BooleanField(default=False)
    # Personal information must be redacted (or the comment rejected) before approval.
    has_personal_info = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderated_at = models.DateTimeField(null=True, blank=True)
    rejection_reason = models.CharField(max_length=20, choices=RejectionReason.choices, blank=True)
    text_erased_at = models.DateTimeField(null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        permissions = [("moderate_comment", "Can moderate comments")]
        indexes = [
            models.Index(fields=["story", "status", "created_at"]),
            models.Index(fields=["reader", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.reader} on {self.story_id}: {self.text[:40]}"

    @property
    def kind_rejection_reason(self) -> str:
        if not self.rejection_reason:
            return ""
        return self.RejectionReason(self.rejection_reason).label


class Report(models.Model):
    """A reader's flag on a published comment. "Worried" reports go to the top."""

    class Reason(models.TextChoices):
        WORRIED = "worried", "I'm worried about someone"
        UNKIND = "unkind", "It's unkind"
        PERSONAL_INFO = "personal_info", "It shares personal information"
        OTHER = "other", "Something else"

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        "accounts.Reader", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(max_length=20, choices=Reason.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter"], name="one_report_per_reader_per_comment"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} on comment {self.comment_id}"


class AuditLog(models.Model):
    """Who did what, when and why, for every moderation and comment-settings action."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept as text too, so the row still says who it was after the account is deleted.
    actor_label = models.CharField(max_length=150)
    action = models.CharField(max_length=40, db_index=True)
    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_log"
    )
    detail = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action}"


class SafeguardingCaseQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=SafeguardingCase.Status.OPEN)

    def closed(self):
        return self.filter(status=SafeguardingCase.Status.CLOSED)

    def holding(self, *, now):
        """Cases whose words must be kept: open ones, and ones closed less than
        SAFEGUARDING_TEXT_DAYS ago. Their comments' text is skipped by retention."""
        cutoff = now - timedelta(days=settings.SAFEGUARDING_TEXT_DAYS)
        return self.filter(
            models.Q(status=SafeguardingCase.Status.OPEN) | models.Q(closed_at__gte=cutoff)
        )


class SafeguardingCase(models.Model):
    """A moderator's worry that a child may be at risk, handed to the safeguarding leads.

    The comment's words, the writer's nickname and the story are copied here when the case is
    opened, so they outlive the comment's own retention (and the account) for as long as the
    case holds them: while it is open and SAFEGUARDING_TEXT_DAYS after it is closed."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    comment = models.ForeignKey(
        Comment,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="safeguarding_cases",
    )
    text = models.TextField(blank=True)
    nickname = models.CharField(max_length=150, blank=True)
    story_title = models.CharField(max_length=255, blank=True)
    # What the screener or a reader's report said, in the moderators' words.
    flagged_as = models.CharField(max_length=255, blank=True)
    why = models.TextField()
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    escalated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    escalated_at = models.DateTimeField(auto_now_add=True, db_index=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    outcome = models.TextField(blank=True)
    text_erased_at = models.DateTimeField(null=True, blank=True)

    objects = SafeguardingCaseQuerySet.as_manager()

    class Meta:
        ordering = ["-escalated_at", "-pk"]
        permissions = [("handle_safeguarding_case", "Can see and handle safeguarding cases")]

    def __str__(self) -> str:
        return f"Case {self.pk} ({self.get_status_display()})"


class CaseNote(models.Model):
    """What a safeguarding lead or moderator did or found, in their own words."""

    case = models.ForeignKey(SafeguardingCase, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    author_label = models.CharField(max_length=150)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"Note on case {self.case_id} by {self.author_label}"


@register_setting(icon="comment")
class CommentSettings(BaseSiteSetting):
    """Site-wide switches for comments. Change them with `set_comments_paused` and friends
    (services.py) so every change is audited; the admin form is for reading and quick edits."""

    is_paused = models.BooleanField(
        default=False,
        verbose_name="Pause comments",
        help_text="Readers can still read comments but cannot post new ones.",
    )
    pause_message = models.CharField(
        max_length=255,
        blank=True,
        default="Comments are resting right now. Our moderators are back soon!",
    )
    auto_approve_clean = models.BooleanField(
        default=False,
        verbose_name="Auto-approve clean comments",
        help_text="Off by default: a person checks every comment. When on, comments the "
        "screener finds nothing in are published without a person looking first.",
    )

    panels = [
        MultiFieldPanel([FieldPanel("is_paused"), FieldPanel("pause_message")], heading="Pause"),
        FieldPanel("auto_approve_clean"),
    ]


@register_setting(icon="warning")
class ScreeningWords(BaseGenericSetting):
    """Moderators' own word lists, added to the screener's built-in ones, one per line."""

    banned = models.TextField(blank=True, help_text="One word or phrase per line: rejected.")
    suspect = models.TextField(
        blank=True, help_text="One word or phrase per line: held for a moderator to look at."
    )

    class Meta:
        verbose_name = "screening word lists"
