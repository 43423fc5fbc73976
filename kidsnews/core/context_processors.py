"""What the site chrome (header and footer) needs on every page."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject


def _watch_url() -> str:
    """The header's "Watch" link: the latest published daily bulletin, if videos exist."""
    try:
        from kidsnews.videos.queries import latest_bulletin_url
    except ImportError:  # the videos app has not grown its queries yet
        return ""
    return latest_bulletin_url() or ""


def site_chrome(request):
    # Lazy, so a page that never shows the link never queries for it.
    return {"site_name": settings.SITE_NAME, "watch_url": SimpleLazyObject(_watch_url)}
