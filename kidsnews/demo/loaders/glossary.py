"""The glossary of words from the demo stories, some with a drawn picture, and its A-to-Z page
(/words/)."""

from kidsnews.glossary.models import GlossaryIndexPage, GlossaryTerm
from kidsnews.glossary.services import add_term

from ..content.glossary import TERMS
from .site import ensure_child


def load(ctx) -> None:
    ensure_child(
        ctx.made["home"],
        GlossaryIndexPage,
        title="Words A to Z",
        slug="words",
        intro="Tricky words from our stories, explained. Tap a letter to jump to it.",
    )
    existing = {word.casefold() for word in GlossaryTerm.objects.values_list("word", flat=True)}
    for word, forms, definition, scene in ctx.progress(TERMS, "Glossary"):
        if word.casefold() in existing:
            continue
        image = None
        if scene:
            image = ctx.picture(
                key=f"glossary-{word}", scene=scene, alt="", credit="Illustration: kidsnews"
            )
        add_term(word=word, forms=forms, definition=definition, image=image)
