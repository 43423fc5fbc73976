"""Reads of the information pages."""

from kidsnews.caching import store, tags
from kidsnews.core.visibility import public


def footer_links() -> list[dict]:
    """Title and URL of every live, public information page marked for the footer, in the
    editors' order in the page tree. Kept in the cache: no query once warm."""
    from .models import InfoPage

    def read() -> list[dict]:
        tags.add(tags.listing_tag(InfoPage))
        pages = public(InfoPage.objects.live().filter(show_in_footer=True)).order_by("path")
        return [{"title": page.title, "url": page.get_url()} for page in pages]

    return store.cached("footer-links", read)


PRIVACY_NOTICE_SLUG = "privacy"


def privacy_notice_url() -> str | None:
    """The live, public "Privacy notice" information page's URL (found by its slug), if any."""
    from .models import InfoPage

    page = public(InfoPage.objects.live().filter(slug=PRIVACY_NOTICE_SLUG)).order_by("path").first()
    return page.get_url() if page is not None else None
