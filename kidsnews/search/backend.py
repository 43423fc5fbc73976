"""The one search backend every search goes through, the admin's included.

Wagtail's database backend passes what an editor types to SQLite FTS5 (or PostgreSQL's
parser) as query syntax, so a lone `"`, `*`, `(`, `NEAR(` or `-` in the admin's image,
document, media or page search raised a database error: the "back in a moment" page. This
wraps whichever backend is configured (`WRAPS`, the database backend by default) and reduces
every query string to plain words first (the same cleaning as the readers' search,
`search.queries.clean_query`), using only the backends' public `search()` / `autocomplete()`
and the public query classes. tests/security/test_no_server_errors.py is its contract test.
"""

from modelsearch import query as search_query
from modelsearch.backends import import_backend

from .queries import clean_query

_TEXT_QUERIES = (search_query.PlainText, search_query.Phrase, search_query.Fuzzy)
_CLASSES: dict[type, type] = {}


def clean(query):
    """The query with every string in it reduced to plain words."""
    if isinstance(query, str):
        return clean_query(query)
    if isinstance(query, _TEXT_QUERIES):
        query.query_string = clean_query(query.query_string)
        if not query.query_string:  # nothing but syntax: it matches nothing
            return search_query.MATCH_NONE
    elif isinstance(query, search_query.And | search_query.Or):
        query.subqueries = [clean(sub) for sub in query.subqueries]
    elif isinstance(query, search_query.Not | search_query.Boost):
        query.subquery = clean(query.subquery)
    return query


class PlainWordsMixin:
    def search(self, query, model_or_queryset, *args, **kwargs):
        return super().search(clean(query), model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        return super().autocomplete(clean(query), model_or_queryset, *args, **kwargs)


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    params = dict(params)
    wrapped = import_backend(params.pop("WRAPS", "wagtail.search.backends.database"))
    # The database "backend" is a factory choosing a class by database vendor: ask it once.
    base = type(wrapped(params)) if not isinstance(wrapped, type) else wrapped
    if base not in _CLASSES:
        _CLASSES[base] = type(f"PlainWords{base.__name__}", (PlainWordsMixin, base), {})
    return _CLASSES[base](params)
