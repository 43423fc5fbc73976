"""Which pages anonymous readers may see, asked inside the one query that lists them."""

from django.db.models import Exists, OuterRef, QuerySet
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def public(queryset: QuerySet) -> QuerySet:
    """The same pages as Wagtail's `.public()`, without its extra query per call.

    `.public()` reads every view restriction first and builds a filter from them; this asks
    the same question as a subquery: is any restricted page an ancestor-or-self of the row?
    """
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return queryset.filter(~Exists(restricted))


def any_view_restrictions() -> bool:
    """Whether any page has a view restriction: kept until pages or restrictions change."""
    from kidsnews.caching import store

    return store.cached("any-view-restrictions", lambda: PageViewRestriction.objects.exists())


class ViewRestrictionsFastPath:
    """For page models: Wagtail's check before serving a page costs two queries (the page's
    ancestors, then their restrictions); with no restriction anywhere (the usual case) there
    is nothing to find, so none."""

    def get_view_restrictions(self):
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
