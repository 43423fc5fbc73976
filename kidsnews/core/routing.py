"""Routing a request to its page with as few queries as the page allows.

Wagtail reads the site, the site's root page, then each page on the path (twice each: as a
plain `Page`, then its specific row). The site, its root page and the root's sections change
only when pages or sites do, so they are kept in the content cache (core/content_cache.py);
only the page the reader asked for is read from the database, in one query.
"""

from django.http import Http404
from wagtail.models import Site

from . import content_cache


def serve(request, path):
    """Wagtail's `serve` view, with the route found by `route_for_request` below."""
    from wagtail import views as wagtail_views  # it reads the page model when imported

    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route_for_request(request, path)
    return wagtail_views.serve(request, path)


def route_for_request(request, path):
    """What Wagtail's `Page.route_for_request` finds: (page, args, kwargs), or None."""
    # Keyed by what Wagtail's site lookup reads: the raw host's name and the port.
    found = content_cache.cached(
        f"site-root:{request._get_raw_host()}:{request.get_port()}",
        lambda: _site_and_root(request),
    )
    if found is None:
        return None
    site, root = found
    request._wagtail_site = site
    try:
        return root.route(request, [part for part in path.split("/") if part])
    except Http404:
        return None


def _site_and_root(request):
    site = Site._find_for_request(request)
    return None if site is None else (site, site.root_page.localized.specific)


def route_through_sections(parent, request, path_components):
    """Route into one of `parent`'s children, read with the others once per content change.

    For a page with a handful of children (the home page's sections). Returns None when no
    child has that slug, so the caller falls back to Wagtail's routing (which raises 404).
    """
    if not path_components:
        return None
    children = content_cache.cached(
        f"sections:{parent.pk}",
        lambda: {child.slug: child for child in parent.get_children().specific()},
    )
    child = children.get(path_components[0])
    if child is None:
        return None
    child._cached_parent_obj = parent  # as Wagtail does: get_parent() costs no query
    return child.route(request, path_components[1:])


def route_to_child(parent, request, path_components, queryset):
    """Route through the child named by the first path component, read from `queryset` (a
    specific page model's queryset, with what its page needs joined in) in one query.

    Wagtail's `Page.route` reads the child as a plain `Page`, then its specific row. Returns
    None when the child is not in `queryset`, so the caller falls back to Wagtail's routing
    (which raises 404 or finds a child of another type).
    """
    if not path_components:
        return None
    child = queryset.child_of(parent).filter(slug=path_components[0]).first()
    if child is None:
        return None
    child._cached_parent_obj = parent  # as Wagtail does: get_parent() costs no query
    return child.route(request, path_components[1:])
