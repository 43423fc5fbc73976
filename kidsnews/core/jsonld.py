"""schema.org JSON-LD builders. Pages call these from `get_json_ld`; templates render the dict
with `{% json_ld %}`, which escapes it safely inside a <script type="application/ld+json">."""

from django.conf import settings


def absolute(request, url: str) -> str:
    if url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url) if request is not None else url


def organization(request) -> dict:
    return {
        "@type": "NewsMediaOrganization",
        "name": settings.SITE_NAME,
        "url": absolute(request, "/"),
    }


def image_object(request, image, *, caption: str = "", credit: str = "") -> dict | None:
    if image is None:
        return None
    rendition = image.get_rendition("fill-1200x675|format-jpeg")
    data = {
        "@type": "ImageObject",
        "url": absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "creditText": credit or image.credit,
    }
    if caption:
        data["caption"] = caption
    if image.default_alt_text:
        data["description"] = image.default_alt_text
    return data


def topic_things(page) -> list[dict]:
    return [{"@type": "Thing", "name": topic.name} for topic in page.topics.all()]


def web_page(page, request) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": page.seo_title or page.title,
        "url": absolute(request, page.get_url(request=request) or "/"),
    }


def iso(dt) -> str | None:
    return dt.isoformat() if dt else None
