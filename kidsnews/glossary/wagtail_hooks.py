"""The glossary in the admin: a snippet whose "add" form can be opened with the word filled in
(`queries.add_term_url`), so the readability meter can offer "add to glossary" in one click."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from .models import GlossaryTerm


class GlossaryTermCreateView(CreateView):
    def get_initial(self):
        initial = super().get_initial()
        # ?word=... from the meter: only a starting value, validated like anything typed.
        word = " ".join(self.request.GET.get("word", "").split())[:60]
        if word:
            initial["word"] = word
        return initial


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    add_view_class = GlossaryTermCreateView
    icon = "openquote"
    menu_label = "Glossary"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["word", "forms", "definition"]
    search_fields = ["word", "forms"]


register_snippet(GlossaryTermViewSet)
