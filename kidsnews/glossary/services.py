"""Changes to the glossary made from code (the demo loader, tests). Editors use the snippet
admin, which validates with the same `GlossaryTerm.clean()`."""

from .models import GlossaryTerm


def add_term(*, word: str, definition: str, forms: str = "", image=None) -> GlossaryTerm:
    """Add a glossary word, validated as the admin would (ValidationError, nothing saved, if
    the word or one of its forms is already there). Saving invalidates every page showing the
    glossary (caching/signals.py: a snippet saved sends its model's tag)."""
    term = GlossaryTerm(word=word, definition=definition, forms=forms, image=image)
    term.full_clean()
    term.save()
    return term
