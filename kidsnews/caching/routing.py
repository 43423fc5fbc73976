"""Routing with as few queries as the page allows: the site, its root page and the root's
sections are kept (store.py) until one of them changes; the page asked for is read in one
query. Three private attributes of Wagtail and treebeard let Wagtail reuse what was found;
each is set in one function, and tests/caching/test_routing_contract.py fails if an upgrade
stops honouring it."""

from django.http import Http404
from wagtail.models import Page, Site

from . import store, tags


def remember_route(request, route) -> None:
    """What `Page.route_for_request` (and so Wagtail's serve view) returns for this request."""
    request._wagtail_route_for_request = route


def remember_site(request, site) -> None:
    """What `Site.find_for_request` returns for this request."""
    request._wagtail_site = site


def remember_parent(child: Page, parent: Page) -> None:
    """What `child.get_parent()` returns, without a query."""
    child._cached_parent_obj = parent


def serve(request, path):
    """Wagtail's `serve` view, with the route found by `route_for_request` below."""
    from wagtail import views as wagtail_views  # it reads the page model when imported

    remember_route(request, route_for_request(request, path))
    return wagtail_views.serve(request, path)


def route_for_request(request, path):
    """What Wagtail's `Page.route_for_request` finds: (page, args, kwargs), or None."""
    found = store.cached(
        f"site-root:{request.get_host()}:{request.get_port()}",
        lambda: _site_and_root(request),
        propagate=False,  # the page says what it shows (wagtail_hooks.py), not the route
    )
    if found is None:
        return None
    site, root = found
    remember_site(request, site)
    try:
        return root.route(request, [part for part in path.split("/") if part])
    except Http404:
        return None


def _site_and_root(request):
    site = Site.find_for_request(request)
    return None if site is None else (site, site.root_page.localized.specific)


def route_through_sections(parent, request, path_components):
    """Route into one of `parent`'s few children (the home page's sections), read with the
    others once per change of them, not after every publish. None when no child has that slug:
    the caller falls back to Wagtail's routing (a 404)."""
    if not path_components:
        return None
    children = store.cached(
        f"sections:{parent.pk}",
        lambda: {child.slug: child for child in parent.get_children().specific()},
        seed=[tags.children_tag(parent.path)],
        propagate=False,
    )
    return _route_into(parent, children.get(path_components[0]), request, path_components)


def route_to_child(parent, request, path_components, queryset):
    """Route through the child named by the first path component, read in one query from
    `queryset` (a specific model's, what its page needs joined in). None when it is not there:
    the caller falls back to Wagtail's routing (a 404, or a child of another type)."""
    if not path_components:
        return None
    child = queryset.child_of(parent).filter(slug=path_components[0]).first()
    return _route_into(parent, child, request, path_components)


def _route_into(parent, child, request, path_components):
    if child is None:
        return None
    remember_parent(child, parent)
    return child.route(request, path_components[1:])
