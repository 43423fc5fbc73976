"""Site search over every kind of content page (stories, videos, quizzes) with Wagtail search."""

import re
import unicodedata

from django.apps import apps
from wagtail.models import Page

from kidsnews.core.models import ContentPage

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# Anything but letters and digits (quotes, brackets, operators, emoji, control characters) is a
# word boundary: search engines give some of them meaning, and a child never means that.
_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


def clean_query(raw: str | None) -> str:
    """The words of what the reader typed, lowercased, at most 12 of them and 200 characters.

    Lowercase so FTS5/Lucene never read AND, OR, NOT or NEAR as operators.
    """
    if not raw:
        return ""
    text = unicodedata.normalize("NFKC", raw[: MAX_QUERY_LENGTH * 4])
    words = [word for word in _NOT_WORD.sub(" ", text.replace("_", " ")).lower().split() if word]
    return " ".join(words[:MAX_TERMS])[:MAX_QUERY_LENGTH].strip()


def content_page_models() -> list[type[Page]]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ContentPage) and not model._meta.abstract
    ]


def search_content(query: str):
    """Live, public stories, videos and quizzes matching `query` (already cleaned), best first."""
    return (
        Page.objects.live()
        .public()
        .type(*content_page_models())
        .specific()
        .search(query, operator="and")
    )
