from django.apps import AppConfig


def explained(words: set[str]) -> set[str]:
    """The words the glossary explains: for the editor's readability meter."""
    from .queries import missing_terms

    return set(words) - set(missing_terms(words))


class GlossaryConfig(AppConfig):
    name = "kidsnews.glossary"
    label = "glossary"
    verbose_name = "Glossary"

    def ready(self):
        from kidsnews.articles.readability.meter import register_glossary_lookup

        register_glossary_lookup(explained)
