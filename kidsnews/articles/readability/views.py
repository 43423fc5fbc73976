"""The admin endpoint the reading-level panel calls while the editor types: the meter for
the form's text as it is now, nothing saved. Staff only (a Wagtail admin URL), POST with the
form's own CSRF token."""

from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.http import require_POST

from kidsnews.glossary.queries import explained

from .gate import problems_for, targets_for
from .meter import score_bodies


def meter_context(page) -> dict:
    site = page.get_site() if page.pk else None
    # The panel says which rare words the glossary explains, and offers to add the others.
    score = score_bodies(body=page.body, younger_body=page.younger_body, glossary=explained)
    targets = targets_for(site)
    return {
        "score": score,
        "targets": targets,
        "problems": problems_for(score, targets),
    }


@require_POST
def reading_level(request):
    from kidsnews.articles.models import ArticlePage

    streams = {}
    for name in ("body", "younger_body"):
        widget = ArticlePage._meta.get_field(name).formfield().widget
        try:
            streams[name] = widget.value_from_datadict(request.POST, request.FILES, name)
        except (KeyError, ValueError, TypeError):
            return HttpResponseBadRequest("The story's text could not be read.")
    page = ArticlePage(body=streams["body"], younger_body=streams["younger_body"])
    page_id = request.POST.get("page_id", "")
    if page_id.isdigit():
        original = ArticlePage.objects.filter(pk=int(page_id)).first()
        if original is not None:
            page.pk, page.path, page.depth = original.pk, original.path, original.depth
    return render(request, "articles/reading_level_meter.html", meter_context(page))
