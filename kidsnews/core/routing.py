"""Routing to a section's children in one query instead of Wagtail's two."""


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
