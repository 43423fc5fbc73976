"""Issue 16 item 17: the site's own pages (About us, Privacy notice...) are editable Wagtail
pages with WebPage JSON-LD, linked from the footer of every page, and a change shows at once."""

import json
import re

import pytest
from django.test import Client

from kidsnews.info.models import InfoPage

from ..factories import make_story

pytestmark = pytest.mark.django_db


def make_info(home, title, slug, **fields):
    page = home.add_child(
        instance=InfoPage(
            title=title,
            slug=slug,
            intro=f"{title} intro.",
            body=[("paragraph", "<p>Hi.</p>")],
            **fields,
        )
    )
    page.save_revision().publish()
    return page


def footer(html: str) -> str:
    return html.split('<footer class="site-footer">', 1)[1]


def test_info_page_renders_with_web_page_json_ld(tree):
    page = make_info(tree["home"], "House rules", "house-rules")
    html = Client().get("/house-rules/").content.decode()
    assert "<h1>House rules</h1>" in html and "<p>Hi.</p>" in html
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )
    assert data["@type"] == "WebPage"
    assert data["name"] == "House rules"
    assert data["url"] == "http://testserver" + page.url
    assert data["description"] == "House rules intro."
    # It marks itself in the footer.
    assert '<a href="/house-rules/" aria-current="page">House rules</a>' in footer(html)


def test_footer_links_info_pages_on_every_page_and_follows_changes(tree, settings):
    settings.PAGE_CACHE_ENABLED = True
    story = make_story(tree["stories"], title="Rocket lands")
    make_info(tree["home"], "About us", "about-us")
    hidden = make_info(tree["home"], "Old notice", "old-notice", show_in_footer=False)
    client = Client()
    for url in ("/", story.url, tree["space_page"].url, "/search/?q=rocket", "/no-such-page/"):
        part = footer(client.get(url).content.decode())
        assert '<a href="/about-us/">About us</a>' in part, url
        assert hidden.url not in part
    assert client.get("/")["X-Page-Cache"] == "hit"

    privacy = make_info(tree["home"], "Privacy notice", "privacy")
    assert 'href="/privacy/"' in footer(client.get("/").content.decode())  # purged, re-read
    privacy.unpublish()
    assert 'href="/privacy/"' not in footer(client.get(story.url).content.decode())
