"""Site search over every kind of content page (stories, videos, quizzes) with Wagtail search."""

import difflib
import re
import unicodedata
from collections import defaultdict

from django.apps import apps
from django.db.models import prefetch_related_objects
from wagtail.models import Page

from kidsnews.caching import store, tags
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


def with_pictures(results) -> list:
    """The results of one page of search, their pictures and renditions read in one query per
    kind of page (a result list mixes stories, videos and quizzes)."""
    results = list(results)
    by_model = defaultdict(list)
    for result in results:
        by_model[type(result)].append(result)
    for pages in by_model.values():
        if hasattr(pages[0], "hero_image_id"):
            prefetch_related_objects(pages, "hero_image__renditions")
    return results


MIN_WORD_LENGTH = 3
SUGGESTION_CUTOFF = 0.75


def vocabulary() -> frozenset[str]:
    """Every word of the live, public content's titles and of the topics' names, lowercased.
    Kept in the cache until a page is published, unpublished, moved or deleted, or a topic saved."""
    from kidsnews.topics.models import Topic

    def read() -> frozenset[str]:
        tags.add(tags.listing_tag(Page), Topic._meta.label_lower)
        titles = (
            Page.objects.live()
            .public()
            .type(*content_page_models())
            .values_list("title", flat=True)
        )
        texts = [*titles, *Topic.objects.values_list("name", flat=True)]
        return frozenset(
            word
            for text in texts
            for word in clean_query(text).split()
            if len(word) >= MIN_WORD_LENGTH and not word.isdigit()
        )

    return store.cached("search-vocabulary", read)


def did_you_mean(query: str) -> str:
    """`query` (already cleaned) with each word the site never uses replaced by the closest
    word it does ("pengiun" -> "penguin"), or "" when there is nothing better to offer."""
    words = query.split()
    if not words:
        return ""
    known = vocabulary()
    suggested = []
    for word in words:
        if word in known or len(word) < MIN_WORD_LENGTH:
            suggested.append(word)
            continue
        close = difflib.get_close_matches(word, known, n=1, cutoff=SUGGESTION_CUTOFF)
        suggested.append(close[0] if close else word)
    suggestion = " ".join(suggested)
    return "" if suggestion == query else suggestion
