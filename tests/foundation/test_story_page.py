"""What a reader sees on a story and a topic page, and what machines read from them."""

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from kidsnews.articles.models import ArticlePage

from ..factories import make_image, make_story

pytestmark = pytest.mark.django_db


def json_ld(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


@pytest.fixture
def story(tree):
    image = make_image(credit="Illustration: kidsnews", alt="A rocket lifting off")
    return make_story(
        tree["stories"],
        title="Rocket reaches the Moon",
        topics=[tree["space"]],
        hero_image=image,
        hero_caption="Lift-off!",
        body=[
            ("paragraph", "<p>The rocket flew for three days.</p>"),
            ("subheading", "How far is it?"),
            ("picture", {"image": image, "caption": "The rocket in space", "credit": ""}),
            (
                "social_post",
                {
                    "platform": "bluesky",
                    "author": "Mission Control",
                    "handle": "@mission.example.org",
                    "text": "We made it!",
                    "posted_at": "2026-11-21",
                    "url": "https://example.org/post/2",
                },
            ),
            ("closing_question", "Would you go to the Moon?"),
        ],
    )


def test_story_shows_headline_date_pictures_and_topics(client, story, tree):
    response = client.get(story.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Rocket reaches the Moon</h1>" in html
    assert timezone.localtime(story.first_published_at).strftime("%-d %B %Y") in html
    assert "Lift-off!" in html and "Illustration: kidsnews" in html
    assert "How far is it?" in html
    assert "Mission Control" in html and "We made it!" in html
    assert f'href="{tree["space_page"].url}"' in html
    assert "Last updated" not in html
    assert not response.cookies


def test_story_json_ld_is_a_news_article(client, story):
    data = json_ld(client.get(story.url).content.decode())
    (article,) = [item for item in data if item["@type"] == "NewsArticle"]
    assert article["headline"] == "Rocket reaches the Moon"
    assert article["datePublished"] and article["dateModified"]
    assert article["about"] == [{"@type": "Thing", "name": "Space, astronauts and planets"}]
    hero, inline = article["image"]
    assert hero["@type"] == "ImageObject" and hero["creditText"] == "Illustration: kidsnews"
    assert hero["caption"] == "Lift-off!" and hero["url"].startswith("http")
    assert inline["caption"] == "The rocket in space"


def test_json_ld_cannot_be_broken_out_of(client, tree):
    story = make_story(tree["stories"], title="</script><script>alert(1)</script>")
    html = client.get(story.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert json_ld(html)[0]["headline"] == "</script><script>alert(1)</script>"


def test_topic_page_lists_its_stories_as_a_collection(client, tree):
    for number in range(14):
        make_story(
            tree["stories"],
            title=f"Space story {number}",
            slug=f"space-{number}",
            topics=[tree["space"]],
            published_at=timezone.now() - timedelta(hours=number),
        )
    make_story(tree["stories"], title="A penguin swims", topics=[tree["animals"]])
    html = client.get(tree["space_page"].url).content.decode()
    assert "Space story 0" in html and "Space story 11" in html
    assert "Space story 12" not in html, "12 stories a page"
    assert "A penguin swims" not in html
    second = client.get(tree["space_page"].url + "?page=2").content.decode()
    assert "Space story 13" in second
    (collection,) = json_ld(html)
    assert collection["@type"] == "CollectionPage"
    assert collection["about"]["name"] == "Space, astronauts and planets"


def test_home_page_has_website_json_ld_and_stories(client, tree, story):
    html = client.get("/").content.decode()
    assert "Rocket reaches the Moon" in html
    assert 'alt="A rocket lifting off"' in html
    assert any(item["@type"] == "WebSite" for item in json_ld(html))


def test_unpublished_story_is_not_listed(client, tree):
    story = make_story(tree["stories"], title="Secret draft")
    story.unpublish()
    assert "Secret draft" not in client.get("/").content.decode()
    assert client.get(story.url or "/stories/secret-draft/").status_code == 404
    assert ArticlePage.objects.live().filter(pk=story.pk).count() == 0
