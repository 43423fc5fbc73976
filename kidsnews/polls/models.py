"""Polls readers answer with one tap, and the anonymous totals of votes and reactions.

Nothing here is about a reader: a vote is a number added to a count (`VoteCount`, or a Redis
hash with REDIS_URL); who voted is known only as a salted hash kept in the cache until the
poll closes (counting.py).
"""

from datetime import timedelta

from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from kidsnews.core import jsonld
from kidsnews.core.visibility import ViewRestrictionsFastPath

MIN_ANSWERS = 2
MAX_ANSWERS = 6


def _a_week_from_now():
    return timezone.now() + timedelta(days=7)


class Poll(ClusterableModel):
    """A question with 2 to 6 answers, open until `closes_at`; shown on a story (its "Poll"
    field) or on a `PollPage`. A snippet, so one poll can be chosen from any story."""

    question = models.CharField(max_length=160, help_text="Short and neutral, for ages 6 to 12.")
    closes_at = models.DateTimeField(
        default=_a_week_from_now,
        verbose_name="Voting ends at",
        help_text="After this, everyone sees the results and no more votes are counted.",
    )

    panels = [
        FieldPanel("question"),
        FieldPanel("closes_at"),
        InlinePanel(
            "answers",
            label="Answers",
            min_num=MIN_ANSWERS,
            max_num=MAX_ANSWERS,
            help_text=f"{MIN_ANSWERS} to {MAX_ANSWERS} answers, each with an optional picture.",
        ),
    ]

    class Meta:
        ordering = ["-closes_at"]

    def __str__(self):
        return self.question

    @property
    def is_open(self) -> bool:
        return timezone.now() < self.closes_at

    def answer_list(self) -> list["PollAnswer"]:
        """The answers in the editor's order, read once per poll object."""
        if not hasattr(self, "_answer_list"):
            self._answer_list = list(self.answers.select_related("image").order_by("sort_order"))
        return self._answer_list


class PollAnswer(Orderable):
    poll = ParentalKey(Poll, on_delete=models.CASCADE, related_name="answers")
    text = models.CharField(max_length=80)
    image = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional: a picture shown beside the answer.",
    )

    panels = [FieldPanel("text"), FieldPanel("image")]

    def __str__(self):
        return self.text


class VoteCount(models.Model):
    """How many votes one choice has: a poll's answer (kind "poll") or a reaction to a story
    (kind "reaction"). No time, no reader: a number. Used when REDIS_URL is not set (and when
    Redis cannot be reached); read together with Redis's counts."""

    class Kind(models.TextChoices):
        POLL = "poll", "poll answer"
        REACTION = "reaction", "reaction to a story"

    kind = models.CharField(max_length=16, choices=Kind.choices)
    subject_id = models.PositiveBigIntegerField(help_text="The poll's id, or the story's.")
    choice = models.CharField(max_length=32, help_text="The answer's id, or the reaction.")
    votes = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "subject_id", "choice"], name="polls_one_count_per_choice"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.subject_id} {self.choice}: {self.votes}"


class PollPage(ViewRestrictionsFastPath, Page):
    """A poll on a page of its own ("Have your say"), with a short introduction."""

    intro = models.CharField(
        max_length=255, blank=True, help_text="One or two sentences a child can read first."
    )
    poll = models.ForeignKey(Poll, on_delete=models.PROTECT, related_name="+")

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("poll")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    template = "pages/poll_page.html"

    class Meta:
        verbose_name = "poll page"

    def get_json_ld(self, request) -> dict:
        """A schema.org Question with its answers as suggestions; no counts (they change with
        every vote, this is stored with the page)."""
        poll = self.poll
        data = {
            "@context": "https://schema.org",
            "@type": "Question",
            "name": poll.question,
            "text": poll.question,
            "url": jsonld.absolute(request, self.get_url(request=request) or "/"),
            "inLanguage": "en-GB",
            "answerCount": len(poll.answer_list()),
            "suggestedAnswer": [
                {"@type": "Answer", "text": answer.text} for answer in poll.answer_list()
            ],
            "publisher": jsonld.organization(request),
        }
        if self.intro:
            data["description"] = self.intro
        if self.first_published_at:
            data["datePublished"] = jsonld.iso(self.first_published_at)
        return data


class Reaction(models.TextChoices):
    """ "How does this story make you feel?": the four answers a story offers, with their emoji."""

    HAPPY = "happy", "Happy"
    SURPRISED = "surprised", "Surprised"
    SAD = "sad", "Sad"
    WORRIED = "worried", "Worried"

    @property
    def emoji(self) -> str:
        return REACTION_EMOJI[self.value]


REACTION_EMOJI = {"happy": "😀", "surprised": "😮", "sad": "😢", "worried": "😟"}
