"""/sitemap.xml (Wagtail's), /news-sitemap.xml (Google News) and /robots.txt naming both."""

from datetime import timedelta

import pytest
from django.utils import timezone
from lxml import etree

from ..factories import make_image, make_story

pytestmark = pytest.mark.django_db

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS = "http://www.google.com/schemas/sitemap-news/0.9"
NS = {"s": SITEMAP, "news": NEWS}


@pytest.fixture
def stories(tree):
    now = timezone.now()
    fresh = make_story(tree["stories"], title="Fresh & new", published_at=now - timedelta(hours=2))
    old = make_story(tree["stories"], title="Old news", published_at=now - timedelta(days=3))
    draft = make_story(tree["stories"], title="Draft", published_at=now - timedelta(hours=1))
    draft.unpublish()
    return {"fresh": fresh, "old": old, "draft": draft}


def test_wagtail_sitemap_lists_live_pages(client, stories):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    assert root.tag == f"{{{SITEMAP}}}urlset"
    locs = [loc.text for loc in root.iterfind("s:url/s:loc", NS)]
    assert all(loc.startswith("http") for loc in locs)
    assert any(loc.endswith(stories["fresh"].url) for loc in locs)
    assert not any(loc.endswith(stories["draft"].url) for loc in locs)


def test_news_sitemap_lists_stories_of_the_last_48_hours(client, stories):
    response = client.get("/news-sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = etree.fromstring(response.content)
    assert root.tag == f"{{{SITEMAP}}}urlset"
    assert root.nsmap == {None: SITEMAP, "news": NEWS}
    urls = root.findall("s:url", NS)
    assert [url.findtext("s:loc", namespaces=NS) for url in urls] == [
        f"http://testserver{stories['fresh'].url}"
    ]
    news = urls[0].find("news:news", NS)
    assert news.findtext("news:title", namespaces=NS) == "Fresh & new"
    assert news.findtext("news:publication/news:name", namespaces=NS) == "kidsnews"
    assert news.findtext("news:publication/news:language", namespaces=NS) == "en"
    date = news.findtext("news:publication_date", namespaces=NS)
    assert date.startswith(str(stories["fresh"].first_published_at.year)) and "T" in date


def test_robots_txt_names_both_sitemaps(client, tree):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Sitemap: http://testserver/news-sitemap.xml" in lines
    assert "Disallow: /search/" in lines


def test_story_pages_carry_open_graph_and_twitter_tags(client, tree):
    image = make_image(alt="A red rocket")
    story = make_story(tree["stories"], title="Rocket <launch>", hero_image=image)
    html = client.get(story.url).content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Rocket &lt;launch&gt;">' in html
    assert f'<meta property="og:url" content="http://testserver{story.url}">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert '<meta property="og:image" content="http://testserver/' in html
    assert '<meta property="og:image:alt" content="A red rocket">' in html
    assert "twitter.com" not in html and "facebook" not in html
