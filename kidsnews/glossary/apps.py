from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    name = "kidsnews.glossary"
    label = "glossary"
    verbose_name = "Glossary"
