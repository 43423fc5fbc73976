"""Reads of the glossary: the terms, the matcher stories are marked with, the A to Z page, and
what the editor's readability meter asks (`missing_terms`, `add_term_url`)."""

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from wagtail.images import get_image_model

from kidsnews.caching import store, tags

from .marking import Matcher, forms_index, normalise


def glossary_tag() -> str:
    """Carried by everything that shows glossary words: a change to any term (saved, added,
    deleted) invalidates it (caching/signals.invalidate_saved_row sends the model's tag)."""
    from .models import GlossaryTerm

    return GlossaryTerm._meta.label_lower


@dataclass(frozen=True)
class Entry:
    """One term as the story marker needs it: plain values, kept in the cache."""

    id: int
    word: str
    forms: tuple[str, ...]


def entries() -> tuple[Entry, ...]:
    """Every term's id, word and forms. Kept in the cache: no query once warm."""
    from .models import GlossaryTerm

    def read() -> tuple[Entry, ...]:
        # Every term is read, so the glossary's own tag names them all: any term saved or
        # deleted changes it. One tag per term would put the whole glossary in the header of
        # every story (past what an edge takes, with a newsroom's few hundred words).
        with tags.instead(glossary_tag()):
            return tuple(
                Entry(id=term.pk, word=term.word, forms=tuple(term.all_forms))
                for term in GlossaryTerm.objects.only("pk", "word", "forms")
            )

    return store.cached("glossary-entries", read)


@functools.lru_cache(maxsize=4)
def _matcher(found: tuple[Entry, ...]) -> Matcher:
    return Matcher(forms_index((entry.id, entry.forms) for entry in found))


def matcher() -> Matcher:
    """The compiled matcher of every term's forms, built once per glossary state per process."""
    return _matcher(entries())


def terms_by_id(ids: Iterable[int]) -> dict:
    """The full terms (with pictures) for the ids marked in a story."""
    from .models import GlossaryTerm

    ids = list(ids)
    if not ids:
        return {}
    return {
        term.pk: term for term in GlossaryTerm.objects.filter(pk__in=ids).select_related("image")
    }


def all_terms() -> list:
    """Every term, A to Z, with its picture. For the /words/ page."""
    from .models import GlossaryTerm

    # As entries(): the glossary's tag for its terms, and the picture model's for their
    # pictures (a credit changed on any picture re-renders this one page).
    with tags.instead(glossary_tag(), get_image_model()._meta.label_lower):
        return list(GlossaryTerm.objects.select_related("image"))


def terms_by_letter() -> list[tuple[str, list]]:
    """(letter, terms) for each letter that has words, A to Z (then "#" for the rest)."""
    groups: dict[str, list] = {}
    for term in all_terms():
        groups.setdefault(term.letter, []).append(term)
    return sorted(groups.items(), key=lambda item: (item[0] == "#", item[0]))


_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def missing_terms(words: Iterable[str]) -> list[str]:
    """The words (as given, first spelling kept, in order) that no glossary term covers, as
    its word or one of its forms, ignoring case. For the editor's readability meter: "these
    rare words have no glossary entry yet"."""
    known = matcher().forms
    missing: list[str] = []
    seen: set[str] = set()
    for word in words:
        key = normalise(word)
        if not key or key in known or key in seen:
            continue
        seen.add(key)
        missing.append(word)
    return missing


def explained(words: set[str]) -> set[str]:
    """The words the glossary explains (the readability meter's glossary lookup)."""
    return set(words) - set(missing_terms(words))


def add_term_url(word: str) -> str:
    """The admin's "add a glossary word" form, with the word filled in."""
    return f"{reverse('wagtailsnippets_glossary_glossaryterm:add')}?{urlencode({'word': word})}"


def glossary_page_url() -> str | None:
    """The live, public A-to-Z page's URL, for the footer. Kept in the cache (tagged by its
    listing, so publishing, moving or unpublishing it reaches every page's footer)."""
    from kidsnews.core.visibility import public

    from .models import GlossaryIndexPage

    def read() -> str | None:
        tags.add(tags.listing_tag(GlossaryIndexPage))
        page = public(GlossaryIndexPage.objects.live()).first()
        return page.get_url() if page is not None else None

    return store.cached("glossary-page-url", read)
