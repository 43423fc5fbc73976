"""What the site chrome (header and footer) needs on every page."""

from django.conf import settings
from django.db import DatabaseError
from django.utils.functional import SimpleLazyObject

# The header's sections, by the first part of the path they live under.
NAV_SECTIONS = {"stories": "stories", "watch": "watch", "quizzes": "quizzes", "topics": "topics"}


def _footer_pages() -> list:
    from kidsnews.info.queries import footer_links

    try:
        return footer_links()
    except DatabaseError:  # an error page while the database is away still renders
        return []


def _glossary_url() -> str | None:
    from kidsnews.glossary.queries import glossary_page_url

    try:
        return glossary_page_url()
    except DatabaseError:
        return None


def current_section(path: str) -> str:
    """The header section a path belongs to ("home" for /), or "" for none of them."""
    first = path.strip("/").split("/", 1)[0]
    if not first:
        return "home"
    return NAV_SECTIONS.get(first, "")


def site_chrome(request):
    # Lazy: the footer's pages come from the content cache, read only when rendered.
    return {
        "site_name": settings.SITE_NAME,
        "nav_section": current_section(request.path_info) if request is not None else "",
        "footer_pages": SimpleLazyObject(_footer_pages),
        "glossary_url": SimpleLazyObject(_glossary_url),
    }
