"""Reads of the information pages."""

from kidsnews.core import content_cache
from kidsnews.core.visibility import public


def footer_links() -> list[dict]:
    """Title and URL of every live, public information page marked for the footer, in the
    editors' order in the page tree. Kept in the content cache: no query once warm."""
    from .models import InfoPage

    def read() -> list[dict]:
        pages = public(InfoPage.objects.live().filter(show_in_footer=True)).order_by("path")
        return [{"title": page.title, "url": page.get_url()} for page in pages]

    return content_cache.cached("footer-links", read)
