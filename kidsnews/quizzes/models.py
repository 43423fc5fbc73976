"""Quizzes children play without signing in, graded on the server."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kidsnews.core import jsonld
from kidsnews.core.models import UPDATE_PANEL, ContentPage

from .blocks import QuizQuestionsBlock
from .grading import band_for, questions_from_stream


class QuizIndexPage(Page):
    """The quizzes section: every quiz lives under it."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["quizzes.QuizPage"]
    max_count = 1
    template = "pages/quiz_index_page.html"

    def get_context(self, request, *args, **kwargs):
        from kidsnews.core.pagination import paginate

        from .queries import quiz_listing

        context = super().get_context(request, *args, **kwargs)
        context["quizzes"] = paginate(request, quiz_listing(), 12)
        return context


class QuizPage(ContentPage):
    questions = StreamField(QuizQuestionsBlock())
    is_promoted = models.BooleanField(
        default=False,
        verbose_name="Promote this quiz",
        help_text="Promoted quizzes are shown on the home page and under stories on the same "
        "topic; the newest promoted one wins.",
    )
    promo_text = models.CharField(
        max_length=80,
        blank=True,
        help_text='The promotion card\'s call, e.g. "Try our mega space quiz!"',
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("questions"),
        InlinePanel("result_bands", label="Result bands", min_num=1),
        MultiFieldPanel([FieldPanel("is_promoted"), FieldPanel("promo_text")], heading="Promotion"),
        UPDATE_PANEL,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]
    parent_page_types = ["quizzes.QuizIndexPage"]
    subpage_types: list[str] = []
    template = "pages/quiz_page.html"

    class Meta:
        verbose_name = "quiz"
        verbose_name_plural = "quizzes"

    def question_list(self):
        if not hasattr(self, "_question_list"):
            self._question_list = questions_from_stream(self.questions)
        return self._question_list

    def band_for(self, score: int):
        return band_for(list(self.result_bands.all()), score)

    @property
    def call_to_action(self) -> str:
        return self.promo_text or f"Try our {self.title.lower()}!"

    def get_json_ld(self, request) -> dict:
        # schema.org Quiz with its questions but never their accepted answers: the JSON-LD is
        # in the page source, and the answers must not be until a child has answered.
        questions = self.question_list()
        data = {
            "@context": "https://schema.org",
            "@type": "Quiz",
            "name": self.seo_title or self.title,
            "description": self.summary,
            "url": jsonld.absolute(request, self.get_url(request=request) or "/"),
            "educationalLevel": "Ages 6 to 12",
            "numberOfQuestions": len(questions),
            "inLanguage": "en-GB",
            "publisher": jsonld.organization(request),
            "hasPart": [
                {"@type": "Question", "position": position, "name": question.text}
                for position, question in enumerate(questions, start=1)
            ],
        }
        topics = jsonld.topic_things(self)
        if topics:
            data["about"] = topics
        return data


class QuizResultBand(Orderable):
    """What a child is told at the end, by score: e.g. 0+ "Space cadet!", 8+ "Star explorer!"."""

    page = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="result_bands")
    min_score = models.PositiveSmallIntegerField(help_text="Right answers needed for this band.")
    title = models.CharField(max_length=60)
    message = models.CharField(max_length=200, blank=True)

    panels = [FieldPanel("min_score"), FieldPanel("title"), FieldPanel("message")]

    class Meta(Orderable.Meta):
        ordering = ["min_score"]


class QuestionStat(models.Model):
    """Anonymous totals for one question: how many answers, how many right. Nothing about who
    answered is stored, not even a time, so it cannot identify a child."""

    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="question_stats")
    question_id = models.CharField(max_length=36)
    attempts = models.PositiveIntegerField(default=0)
    correct = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["quiz", "question_id"], name="one_stat_per_question")
        ]

    def __str__(self):
        return f"{self.quiz_id}/{self.question_id}: {self.correct}/{self.attempts}"

    @property
    def percent_correct(self) -> int | None:
        return round(100 * self.correct / self.attempts) if self.attempts else None
