"""Reads about comments: what readers may see, the moderators' queue, the word lists."""

import hashlib
import re
import unicodedata

from django.core.cache import cache
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce

from kidsnews.core import wording

from .models import Comment, CommentSettings, Report, SafeguardingCase, ScreeningWords

WORD_LISTS_CACHE_KEY = "comments:word-lists:v1"
# Short, and deleted on save too (signals.py): an edit takes effect at once in this process
# and within a minute in every other worker, with no restart.
WORD_LISTS_CACHE_SECONDS = 60


def current_word_lists():
    """The admin-edited banned/suspect lists as the screener's `WordLists`."""
    from .screening import WordLists

    cached = cache.get(WORD_LISTS_CACHE_KEY)
    if cached is None:
        row = ScreeningWords.objects.first()
        cached = (
            _lines(row.banned) if row else (),
            _lines(row.suspect) if row else (),
        )
        cache.set(WORD_LISTS_CACHE_KEY, cached, WORD_LISTS_CACHE_SECONDS)
    banned, suspect = cached
    return WordLists(banned=tuple(banned), suspect=tuple(suspect))


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def text_fingerprint(text: str) -> str:
    """Same for texts a person would call the same: case, accents' forms, spacing, punctuation."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = re.sub(r"[\W_]+", " ", folded).strip()
    return hashlib.sha256(folded.encode()).hexdigest()


def approved_count_subquery():
    counts = (
        Comment.objects.approved()
        .filter(story_id=OuterRef("pk"))
        .order_by()
        .values("story_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))


def annotate_comment_counts(qs: QuerySet) -> QuerySet:
    """Adds `approved_comment_count` to every story in one query (approved comments only)."""
    return qs.annotate(approved_comment_count=approved_count_subquery())


def approved_comments(*, story) -> QuerySet[Comment]:
    """What readers see under a story: approved comments, oldest first."""
    return (
        Comment.objects.approved()
        .filter(story=story)
        .select_related("reader__user")
        .order_by("created_at", "pk")
    )


def comments_of_reader(*, reader) -> QuerySet[Comment]:
    return Comment.objects.filter(reader=reader).select_related("story").order_by("-created_at")


QUEUE_TABS = ("pending", "reported", "approved", "rejected")


def open_reports() -> QuerySet[Report]:
    return Report.objects.filter(resolved_at__isnull=True)


def _unresolved_reports_of_comment() -> QuerySet[Report]:
    return Report.objects.filter(comment=OuterRef("pk"), resolved_at__isnull=True)


def moderation_queue(*, tab: str) -> QuerySet[Comment]:
    """One tab of the moderators' queue, in the order they should work it."""
    base = Comment.objects.select_related("story", "reader__user", "moderated_by").annotate(
        # The comment's open safeguarding case, if any: shown instead of "Escalate".
        open_case_id=Subquery(
            SafeguardingCase.objects.open().filter(comment=OuterRef("pk")).values("pk")[:1]
        )
    )
    if tab == "pending":
        # A child in distress or being groomed first, then the longest-waiting.
        return base.pending().order_by("-is_urgent", "created_at", "pk")
    if tab == "reported":
        # Exists(), not a filter across the relation: `reports__resolved_at__isnull=True` is a
        # LEFT JOIN that also matches every comment with no report at all (issue 16.1).
        unresolved = _unresolved_reports_of_comment()
        return (
            base.filter(Exists(unresolved))
            .annotate(
                child_at_risk=Exists(unresolved.filter(reason=Report.Reason.WORRIED)),
            )
            .prefetch_related(
                Prefetch(
                    "reports",
                    queryset=open_reports().order_by("created_at", "pk"),
                    to_attr="open_reports",
                )
            )
            .order_by("-child_at_risk", "created_at", "pk")
        )
    if tab == "approved":
        return base.approved().order_by("-moderated_at", "-pk")
    if tab == "rejected":
        return base.rejected().order_by("-moderated_at", "-pk")
    raise ValueError(f"unknown queue tab {tab!r}")


def queue_counts() -> dict[str, int]:
    """Tab counts, derived from status (never stored), in two queries. Each count is the
    length of its tab's list (the same filter)."""
    by_status = dict(
        Comment.objects.order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    return {
        "pending": by_status.get(Comment.Status.PENDING, 0),
        "reported": Comment.objects.filter(Exists(_unresolved_reports_of_comment())).count(),
        "approved": by_status.get(Comment.Status.APPROVED, 0),
        "rejected": by_status.get(Comment.Status.REJECTED, 0),
    }


def pending_summary() -> dict[str, int]:
    """What the admin dashboard shows moderators: pending comments, how many urgent."""
    pending = Comment.objects.pending().order_by()
    return {"pending": pending.count(), "urgent": pending.filter(is_urgent=True).count()}


# What each screener kind means, in the moderators' words (the codes stay in `data-kind`).
KIND_LABELS = {
    "pii_name": "a full name",
    "pii_address": "an address or postcode",
    "pii_phone": "a phone number",
    "pii_email": "an email address",
    "pii_school": "a school",
    "pii_age_location": "an age with a place",
    "pii_social_handle": "a game or social media name",
    "contact_request": "asks to meet or be contacted",
    "link": "a link or website",
    "grooming": "grooming-like request",
    "wellbeing": "a child may be at risk",
    "profanity": "swearing",
    "profanity_obfuscated": "disguised swearing",
    "insult": "an insult",
    "hate": "hate",
    "sexual": "sexual content",
    "spam": "spam or a repeat",
    "threat": "a threat",
    "shouting": "shouting (capital letters)",
    "language": "another language or a code",
}
LAYER_LABELS = {"rules": "rules", "model": "model", "words": "word list"}

# Rejection reasons as moderators read them (the child reads the model's kind labels).
REJECTION_LABELS = {
    Comment.RejectionReason.PERSONAL_INFO: "Personal information",
    Comment.RejectionReason.UNKIND: "Unkind",
    Comment.RejectionReason.LANGUAGE: "Bad language",
    Comment.RejectionReason.LINKS: "Link or website",
    Comment.RejectionReason.OFF_TOPIC: "Off topic",
    Comment.RejectionReason.SPAM: "Spam or repeat",
    Comment.RejectionReason.OTHER: "Other house rule",
}

# The screener's most likely rejection reason: the first rule whose kinds it found.
_SUGGESTIONS = (
    (
        Comment.RejectionReason.PERSONAL_INFO,
        lambda k: k.startswith("pii_") or k == "contact_request",
    ),
    (Comment.RejectionReason.LINKS, lambda k: k == "link"),
    (Comment.RejectionReason.UNKIND, lambda k: k in {"insult", "hate", "threat"}),
    (
        Comment.RejectionReason.LANGUAGE,
        lambda k: k in {"profanity", "profanity_obfuscated", "sexual"},
    ),
    (Comment.RejectionReason.SPAM, lambda k: k == "spam"),
)


def rejection_choices() -> list[tuple[str, str]]:
    return [(value, REJECTION_LABELS[value]) for value in Comment.RejectionReason.values]


def suggested_rejection_reason(reasons: list[dict]) -> str:
    """The reason the screener's findings point to, or "" (the moderator must choose)."""
    kinds = [r.get("kind", "") for r in reasons]
    for value, matches in _SUGGESTIONS:
        if any(matches(kind) for kind in kinds):
            return value
    return ""


def _covers_all(reason: dict, text: str) -> bool:
    return reason["layer"] == "model" and reason["start"] <= 0 and reason["end"] >= len(text)


def describe_reasons(text: str, reasons: list[dict]) -> list[dict]:
    """Each finding as moderators read it: which layer, what in plain words, how sure, where.

    Rows stored before the screener had layers lack `layer`/`score`: they were the rules, sure.
    """
    described = []
    for reason in reasons:
        layer = reason.get("layer") or "rules"
        score = reason.get("score")
        score = 1.0 if score is None else float(score)
        item = {
            **reason,
            "layer": layer,
            "score": score,
            "start": int(reason.get("start", 0)),
            "end": int(reason.get("end", 0)),
            "kind_label": KIND_LABELS.get(reason.get("kind", ""), reason.get("kind", "")),
            "layer_label": LAYER_LABELS.get(layer, layer),
            "percent": round(score * 100),
        }
        item["whole_comment"] = _covers_all(item, text)
        described.append(item)
    return described


def find_words(text: str, words: str) -> list[tuple[int, int]]:
    """Every place `words` occurs in `text` (ignoring case), as (start, end), in order."""
    words = (words or "").strip()
    if not words:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(words), text, re.IGNORECASE)]


def highlighted_segments(text: str, reasons: list[dict]) -> list[dict]:
    """The text cut into plain and labelled pieces, for <mark> highlighting without |safe."""
    spans = sorted(
        (
            (int(r["start"]), int(r["end"]), r["kind"])
            for r in reasons
            if 0 <= int(r.get("start", -1)) < int(r.get("end", -1)) <= len(text)
            # A model finding about the whole comment is said in words, not painted over it.
            and not (
                r.get("layer") == "model" and int(r["start"]) == 0 and int(r["end"]) == len(text)
            )
        ),
    )
    segments, position = [], 0
    for start, end, kind in spans:
        if start < position:  # overlapping labels: the first one shown wins the overlap
            start = position
        if start >= end:
            continue
        if start > position:
            segments.append({"text": text[position:start], "kind": ""})
        segments.append(
            {
                "text": text[start:end],
                "kind": kind,
                "kind_label": KIND_LABELS.get(kind, kind),
                "start": start,
                "end": end,
            }
        )
        position = end
    if position < len(text):
        segments.append({"text": text[position:], "kind": ""})
    return segments


def comments_panel(*, story, user) -> dict:
    """What the "Your Comments" part of a story shows to this visitor.

    Anonymous visitors all get the same thing (no form, no token) so their page can be cached.
    """
    from django.conf import settings

    from kidsnews.caching import store, tags

    tags.add(tags.comments_tag(story.pk))
    comments = list(approved_comments(story=story))
    story.approved_comment_count = len(comments)  # read by get_json_ld for commentCount
    reader = user.reader_or_none if user.is_authenticated else None
    # Paused or not is on every story: kept until the settings change. Read only: a
    # site without a settings row shows the defaults, and a render never creates the row (that
    # write would make every cached result be computed again).
    site_settings = store.cached(
        "comment-settings",
        lambda: (
            CommentSettings.objects.filter(site__is_default_site=True).first() or CommentSettings()
        ),
    )
    if not story.are_comments_open:
        state = "closed"
    elif site_settings.is_paused:
        state = "paused"
    elif reader is None:
        state = "staff" if user.is_authenticated else "sign_in"
    elif not reader.has_consent:
        state = "needs_consent"
    else:
        state = "open"
    return {
        "comments": comments,
        "comment_count": len(comments),
        "comment_state": state,
        "pause_message": site_settings.pause_message,
        "comment_reader": reader,
        # A sensitive story (war, disaster...) invites comments more gently (issue 15).
        "gentle_prompt": wording.SENSITIVE_STORY_PROMPT if story.is_sensitive else "",
        "comment_max_length": settings.COMMENT_MAX_LENGTH,
        "comment_min_length": settings.COMMENT_MIN_LENGTH,
    }
