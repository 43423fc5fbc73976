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
# "Worried about the news?": linked from the panel on every sensitive story (issue 15).
WORRIED_SLUG = "worried"


def info_page_url(slug: str) -> str | None:
    """The URL of the live, public information page with this slug, if there is one."""
    from .models import InfoPage

    page = public(InfoPage.objects.live().filter(slug=slug)).order_by("path").first()
    return page.get_url() if page is not None else None


def privacy_notice_url() -> str | None:
    """The live, public "Privacy notice" information page's URL (found by its slug), if any."""
    return info_page_url(PRIVACY_NOTICE_SLUG)


def worried_page_url() -> str | None:
    """The newsroom's "Worried about the news?" page's URL, if it is live. Kept in the cache
    (tagged by the information pages' listing, so publishing or moving one reaches it): every
    sensitive story asks."""
    from .models import InfoPage

    def read() -> str | None:
        tags.add(tags.listing_tag(InfoPage))
        return info_page_url(WORRIED_SLUG)

    return store.cached("worried-url", read)
