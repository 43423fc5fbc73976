"""RSS, Atom and JSON Feed: what a feed reader (feedparser) sees, plus the W3C rules we check
ourselves: unique guids, RFC 822 / RFC 3339 dates, absolute links, escaped text, only live
public stories."""

import json
import re
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

import feedparser
import pytest
from django.utils import timezone
from lxml import etree
from wagtail.models import PageViewRestriction

from ..factories import make_image, make_story

pytestmark = pytest.mark.django_db

FEEDS = ["/feeds/rss/", "/feeds/atom/", "/feeds/json/"]
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
TRICKY_TITLE = 'Cats & dogs <3 "friends" </title>'


@pytest.fixture
def stories(tree):
    image = make_image(alt="A cat and a dog")
    made = [
        make_story(
            tree["stories"],
            title=f"Space story {n}",
            slug=f"space-{n}",
            topics=[tree["space"]],
            published_at=timezone.now() - timedelta(hours=n),
        )
        for n in range(1, 11)
    ]
    made.append(
        make_story(
            tree["stories"],
            title=TRICKY_TITLE,
            summary="Pets <b>love</b> each other & play.",
            topics=[tree["animals"]],
            hero_image=image,
        )
    )
    draft = make_story(tree["stories"], title="Secret draft", slug="secret-draft")
    draft.unpublish()
    private = make_story(tree["stories"], title="Private story", slug="private-story")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return made


def fetch(client, url):
    response = client.get(url, HTTP_HOST="testserver")
    assert response.status_code == 200, url
    return response


def read_feed(client, url):
    """What a feed reader gets. feedparser 6.0 reads RSS and Atom; it has no JSON Feed parser
    yet, so JSON Feed is read here with the spec's required fields, into the same shape."""
    content = fetch(client, url).content
    if "/json/" not in url:
        return feedparser.parse(content)
    feed = json.loads(content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] and isinstance(feed["items"], list)
    entries = [
        feedparser.FeedParserDict(
            id=item["id"],
            link=item["url"],
            title=item["title"],
            published_parsed=datetime.fromisoformat(item["date_published"]).timetuple(),
        )
        for item in feed["items"]
    ]
    return feedparser.FeedParserDict(
        bozo=0, entries=entries, feed=feedparser.FeedParserDict(title=feed["title"])
    )


@pytest.mark.parametrize("url", FEEDS)
def test_a_feed_reader_reads_every_feed_without_error(client, stories, url):
    parsed = read_feed(client, url)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert len(parsed.entries) == 11
    ids = [entry.id for entry in parsed.entries]
    assert len(set(ids)) == len(ids)
    for entry in parsed.entries:
        assert entry.link.startswith("http://testserver/")
        assert entry.id.startswith("http://testserver/")
        assert entry.published_parsed is not None
    titles = [entry.title for entry in parsed.entries]
    assert TRICKY_TITLE in titles
    assert "Secret draft" not in titles and "Private story" not in titles
    assert parsed.feed.title == "kidsnews"


def test_rss_dates_are_rfc822_and_text_is_escaped(client, stories):
    raw = fetch(client, "/feeds/rss/").content
    root = etree.fromstring(raw)
    assert root.tag == "rss" and root.get("version") == "2.0"
    for pub_date in root.iterfind("channel/item/pubDate"):
        assert parsedate_to_datetime(pub_date.text).tzinfo is not None
        assert re.match(
            r"^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4}$", pub_date.text
        )
    assert b"Cats &amp; dogs &lt;3" in raw
    assert (
        root.find("channel/atom:link", {"atom": "http://www.w3.org/2005/Atom"}).get("href")
        == "http://testserver/feeds/rss/"
    )


def test_atom_dates_are_rfc3339(client, stories):
    root = etree.fromstring(fetch(client, "/feeds/atom/").content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    dates = [el.text for el in root.iterfind("a:entry/a:updated", ns)]
    dates += [el.text for el in root.iterfind("a:entry/a:published", ns)]
    assert len(dates) == 22
    assert all(RFC3339.match(text) for text in dates), dates


def test_json_feed_follows_version_1_1(client, stories):
    response = fetch(client, "/feeds/json/")
    assert response["Content-Type"].startswith("application/feed+json")
    feed = json.loads(response.content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == "http://testserver/feeds/json/"
    for item in feed["items"]:
        assert RFC3339.match(item["date_published"]) and RFC3339.match(item["date_modified"])
        datetime.fromisoformat(item["date_published"])
    pets = next(item for item in feed["items"] if item["title"] == TRICKY_TITLE)
    assert pets["image"].startswith("http://testserver/")
    assert pets["tags"] == ["Animals"]


@pytest.mark.parametrize("kind", ["rss", "atom", "json"])
def test_topic_feeds_list_only_that_topic(client, stories, kind):
    parsed = read_feed(client, f"/feeds/topics/animals/{kind}/")
    assert parsed.bozo == 0
    assert [entry.title for entry in parsed.entries] == [TRICKY_TITLE]
    assert client.get(f"/feeds/topics/no-such-topic/{kind}/").status_code == 404


def test_every_page_links_to_the_feeds(client, stories):
    html = client.get("/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/feeds/atom/"' in html and 'href="/feeds/json/"' in html


def test_feeds_read_the_demo_content(client, db):
    from django.core.management import call_command

    call_command("load_demo", "--no-progress", stdout=open("/dev/null", "w"))  # noqa: SIM115
    for url in FEEDS:
        parsed = read_feed(client, url)
        assert parsed.bozo == 0
        assert len(parsed.entries) >= 10
    # The rest of discovery on the same demo data (loading it is the slow part).
    news = etree.fromstring(fetch(client, "/news-sitemap.xml").content)
    assert news.findall("{http://www.sitemaps.org/schemas/sitemap/0.9}url")
    home = fetch(client, "/").content.decode().split('id="top-stories-heading"', 1)[1]
    assert home.count('class="story-card"') + home.count('class="story-card ') >= 6
    found = fetch(client, "/search/?q=space").content.decode()
    assert found.count('class="search-result"') >= 2
