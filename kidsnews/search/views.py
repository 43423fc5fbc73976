from django.template.response import TemplateResponse

from kidsnews.core.pagination import paginate
from kidsnews.topics.models import TopicPage

from .queries import MAX_QUERY_LENGTH, clean_query, did_you_mean, search_content, with_pictures

RESULTS_PER_PAGE = 10


def search(request):
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    results = paginate(request, search_content(query), RESULTS_PER_PAGE) if query else None
    if results:
        results.object_list = with_pictures(results.object_list)
    suggestions = []
    spelling = ""
    if not results:
        suggestions = TopicPage.objects.live().public().order_by("title")
        spelling = did_you_mean(query)
    response = TemplateResponse(
        request,
        "search/results.html",
        {
            "query": query,
            "shown_query": raw[:MAX_QUERY_LENGTH].replace("\x00", ""),
            "results": results,
            "suggestions": suggestions,
            "did_you_mean": spelling,
        },
    )
    # Results pages are endless variations of the same content: keep them out of indexes.
    response["X-Robots-Tag"] = "noindex"
    return response
