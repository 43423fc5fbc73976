from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404


def paginate(request, items, per_page: int):
    """One page of `items`; a page number that is not a number or is out of range is a 404,
    so `?page=abc` gets the friendly not-found page rather than an error."""
    paginator = Paginator(items, per_page)
    raw = request.GET.get("page", "1")
    try:
        return paginator.page(raw)
    except (PageNotAnInteger, EmptyPage):
        raise Http404("There is no such page of results.") from None
