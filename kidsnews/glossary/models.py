"""The glossary children can tap: words from the stories, each explained for a 7-year-old, and
the page that lists them A to Z (/words/)."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from kidsnews.core import jsonld
from kidsnews.core.visibility import ViewRestrictionsFastPath

from .marking import split_forms

# Letters (any alphabet), digits, and inside a word a space, hyphen or apostrophe: "carbon
# dioxide", "T-rex", "nature's". Nothing that could mean something in HTML or a pattern.
WORD_RE = re.compile(r"^[^\W_](?:[\w' \-’]*[^\W_])?$")


class GlossaryTerm(index.Indexed, models.Model):
    """A word children meet in the stories, with a meaning a 7-year-old can read. Its first use
    in each story body is marked and explained in a "Words in this story" box."""

    word = models.CharField(
        max_length=60,
        unique=True,
        help_text="The word as it is usually written, such as “volcano”.",
    )
    forms = models.CharField(
        "other forms",
        max_length=255,
        blank=True,
        help_text=(
            "Other ways the word appears in stories, separated by commas, such as "
            "“volcanoes, volcanic”. Capital letters do not matter."
        ),
    )
    definition = models.TextField(
        max_length=400,
        help_text="One or two short sentences a 7-year-old can read on their own.",
    )
    image = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional: a picture that helps explain the word (it needs alt text).",
    )

    panels = [
        FieldPanel("word"),
        FieldPanel("forms"),
        FieldPanel("definition"),
        FieldPanel("image"),
    ]
    search_fields = [
        index.SearchField("word"),
        index.AutocompleteField("word"),
        index.SearchField("forms"),
    ]

    class Meta:
        ordering = [Lower("word")]
        verbose_name = "glossary word"

    def __str__(self):
        return self.word

    @property
    def all_forms(self) -> list[str]:
        """The word and its other forms, as written."""
        return [self.word, *split_forms(self.forms)]

    @property
    def anchor(self) -> str:
        return f"word-{self.pk}"

    @property
    def letter(self) -> str:
        first = self.word[:1].upper()
        return first if "A" <= first <= "Z" else "#"

    def clean(self):
        super().clean()
        self.word = " ".join((self.word or "").split())
        errors: dict[str, list[str]] = {}
        if self.word and not WORD_RE.match(self.word):
            errors.setdefault("word", []).append(
                "Please use letters only (a space, hyphen or apostrophe inside a word is fine)."
            )
        forms = split_forms(self.forms or "")
        seen = {self.word.casefold()}
        for form in forms:
            if not WORD_RE.match(form):
                errors.setdefault("forms", []).append(
                    f"“{form}” has a character we cannot match in stories. Please use letters "
                    "only, with commas between the forms."
                )
            elif form.casefold() in seen:
                errors.setdefault("forms", []).append(
                    f"“{form}” is listed twice (capital letters do not matter), so you can "
                    "leave one out."
                )
            seen.add(form.casefold())
        self.forms = ", ".join(forms)
        others = GlossaryTerm.objects.exclude(pk=self.pk) if self.pk else GlossaryTerm.objects
        for other in others.only("pk", "word", "forms"):
            taken = {form.casefold() for form in other.all_forms}
            clash = sorted(form for form in (self.word, *forms) if form.casefold() in taken)
            for form in clash:
                field = "word" if form.casefold() == self.word.casefold() else "forms"
                errors.setdefault(field, []).append(
                    f"“{form}” is already in the glossary, under “{other.word}”. A word can "
                    "have only one meaning here: you could change that entry instead."
                )
        if errors:
            raise ValidationError(errors)


class GlossaryIndexPage(ViewRestrictionsFastPath, Page):
    """Every glossary word A to Z, at /words/, linked from the footer."""

    intro = models.CharField(
        max_length=255, blank=True, help_text="One or two sentences a child can read first."
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "pages/glossary_index_page.html"

    class Meta:
        verbose_name = "glossary page"

    def get_context(self, request, *args, **kwargs):
        from .queries import terms_by_letter

        context = super().get_context(request, *args, **kwargs)
        context["letters"] = terms_by_letter()
        return context

    def get_json_ld(self, request) -> dict:
        from .queries import all_terms

        url = jsonld.absolute(request, self.get_url(request=request) or "/")
        return {
            "@context": "https://schema.org",
            "@type": "DefinedTermSet",
            "name": self.seo_title or self.title,
            "description": self.intro,
            "url": url,
            "inLanguage": "en-GB",
            "hasDefinedTerm": [
                {
                    "@type": "DefinedTerm",
                    "name": term.word,
                    "description": term.definition,
                    "url": f"{url}#{term.anchor}",
                }
                for term in all_terms()
            ],
        }
