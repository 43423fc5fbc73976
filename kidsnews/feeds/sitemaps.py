"""/news-sitemap.xml (Google News, stories of the last 48 hours) and /robots.txt.

The general /sitemap.xml is Wagtail's own (wagtail.contrib.sitemaps), tagged here.
"""

# We only write XML here, never parse it, so the XML-parsing warnings do not apply.
from xml.etree.ElementTree import Element, SubElement, tostring  # noqa: S405  # nosec B405

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from kidsnews.articles.models import ArticlePage
from kidsnews.caching import tags

from .queries import news_sitemap_stories

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


def sitemap(request):
    """Wagtail's sitemap of every live page: stale whenever any page appears, changes or goes."""
    with tags.instead(tags.listing_tag(Page)):
        return wagtail_sitemap(request).render()


@require_safe
def news_sitemap(request):
    urlset = Element("urlset", {"xmlns": SITEMAP_NS, "xmlns:news": NEWS_NS})
    with tags.instead(tags.listing_tag(ArticlePage), tags.listing_tag(Page)):
        stories = list(news_sitemap_stories())
    for story in stories:
        url = SubElement(urlset, "url")
        SubElement(url, "loc").text = request.build_absolute_uri(story.get_url(request=request))
        news = SubElement(url, "news:news")
        publication = SubElement(news, "news:publication")
        SubElement(publication, "news:name").text = settings.SITE_NAME
        SubElement(publication, "news:language").text = "en"
        SubElement(news, "news:publication_date").text = story.published_at.isoformat(
            timespec="seconds"
        )
        SubElement(news, "news:title").text = story.title
    body = tostring(urlset, encoding="utf-8", xml_declaration=True)
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /accounts/",
        "Disallow: /comments/",
        "Disallow: /search/",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        f"Sitemap: {request.build_absolute_uri('/news-sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
