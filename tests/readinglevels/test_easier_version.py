"""Two levels per story (issue 13, item 1): the easier version at /stories/<slug>/easier/,
plain links between the two, JSON-LD and canonical links for each, both in the sitemap,
listings that say when an easier version exists, and listings switched by ?level=easier."""

import json

import pytest
from django.test import Client

from kidsnews.articles.models import ArticlePage
from tests.factories import make_story

from .stories import MAIN_BODY, YOUNGER_BODY

pytestmark = pytest.mark.django_db


@pytest.fixture
def penguins(tree):
    return make_story(
        tree["stories"],
        title="Penguin chicks huddle to beat the cold",
        slug="penguins",
        summary="Scientists watched how emperor penguin chicks keep warm.",
        topics=[tree["animals"]],
        body=MAIN_BODY,
        younger_title="Penguin chicks keep warm",
        younger_summary="Baby penguins stand close together.",
        younger_body=YOUNGER_BODY,
    )


@pytest.fixture
def plain_story(tree):
    return make_story(tree["stories"], slug="astronauts", topics=[tree["animals"]])


def _json_ld(html: str) -> dict:
    return json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])


def test_the_story_links_its_easier_version_and_back(client, penguins):
    main = client.get(penguins.url).content.decode()
    assert f'<a href="{penguins.url}easier/">Read the easier version</a>' in main
    response = client.get(penguins.url + "easier/")
    assert response.status_code == 200
    easier = response.content.decode()
    assert "<h1>Penguin chicks keep warm</h1>" in easier
    assert "They take turns in the middle." in easier
    assert "enormous, carefully organised groups" not in easier
    assert f'<a href="{penguins.url}">Read the full version</a>' in easier
    # The same picture, topics and comments as the story.
    assert 'id="comments"' in easier and "Animals" in easier


def test_each_version_has_its_json_ld_and_canonical_link(client, penguins):
    main = client.get(penguins.url).content.decode()
    easier = client.get(penguins.url + "easier/").content.decode()
    main_data, easier_data = _json_ld(main), _json_ld(easier)
    assert main_data["typicalAgeRange"] == "9-12"
    assert main_data["headline"] == "Penguin chicks huddle to beat the cold"
    assert main_data["workExample"]["url"] == f"http://testserver{penguins.url}easier/"
    assert easier_data["typicalAgeRange"] == "6-8"
    assert easier_data["educationalLevel"].startswith("Ages 6 to 8")
    assert easier_data["headline"] == "Penguin chicks keep warm"
    assert easier_data["url"] == f"http://testserver{penguins.url}easier/"
    assert easier_data["isBasedOn"] == f"http://testserver{penguins.url}"
    assert f'<link rel="canonical" href="http://testserver{penguins.url}">' in main
    assert f'<link rel="canonical" href="http://testserver{penguins.url}easier/">' in easier


def test_a_story_without_an_easier_version_has_no_link_and_no_easier_page(client, plain_story):
    assert "Read the easier version" not in client.get(plain_story.url).content.decode()
    assert client.get(plain_story.url + "easier/").status_code == 404
    assert "typicalAgeRange" in client.get(plain_story.url).content.decode()


def test_both_versions_are_in_the_sitemap(client, penguins, plain_story):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"{penguins.url}</loc>" in sitemap
    assert f"{penguins.url}easier/</loc>" in sitemap
    assert f"{plain_story.url}easier/" not in sitemap


def test_listings_show_the_main_version_and_say_an_easier_one_exists(client, tree, penguins):
    for url in ("/", "/stories/", tree["animals_page"].url):
        html = client.get(url).content.decode()
        card = html.split('href="/stories/penguins/')[1][:600]
        assert card.startswith('">Penguin chicks huddle to beat the cold</a>'), url
        assert "Easier version" in card, url


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True


def test_a_listing_switched_to_easier_versions_by_its_url_alone(
    tree, penguins, plain_story, page_cache
):
    reader = Client()
    topic_url = tree["animals_page"].url
    html = reader.get(topic_url).content.decode()
    assert f'href="{topic_url}?level=easier">Show easier versions' in html
    response = reader.get(topic_url + "?level=easier")
    easier = response.content.decode()
    assert f'<a href="{penguins.url}easier/">Penguin chicks keep warm</a>' in easier
    # A story with no easier version is still listed, as it is.
    assert f'<a href="{plain_story.url}">Astronauts come home</a>' in easier
    assert f'<a href="{topic_url}">Show the full versions</a>' in easier
    assert not response.cookies
    # Each level is cached under its own URL, and the plain URL still shows main versions.
    assert reader.get(topic_url + "?level=easier")["X-Page-Cache"] == "hit"
    assert "Penguin chicks huddle" in reader.get(topic_url).content.decode()
    home = reader.get("/?level=easier").content.decode()
    assert f'<a href="{penguins.url}easier/">Penguin chicks keep warm</a>' in home
    assert f'href="{topic_url}?level=easier"' in home


def test_the_easier_version_is_cached_and_purged_with_the_story(penguins, page_cache):
    reader = Client()
    url = penguins.url + "easier/"
    assert reader.get(url)["X-Page-Cache"] == "miss"
    response = reader.get(url)
    assert response["X-Page-Cache"] == "hit"
    assert f"p{penguins.pk}" in response["Surrogate-Key"].split()
    assert not response.cookies

    draft = ArticlePage.objects.get(pk=penguins.pk)
    draft.younger_title = "Baby penguins huddle up"
    draft.save_revision().publish()
    response = reader.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "<h1>Baby penguins huddle up</h1>" in response.content.decode()


def test_feeds_and_search_show_the_main_version_and_say_an_easier_one_exists(client, penguins):
    feed = client.get("/feeds/json/").json()
    item = next(item for item in feed["items"] if item["url"].endswith(penguins.url))
    assert item["title"] == "Penguin chicks huddle to beat the cold"
    assert "easier version for younger readers" in item["content_text"]
    rss = client.get("/feeds/rss/").content.decode()
    assert "easier version for younger readers" in rss
    results = client.get("/search/?q=penguin").content.decode()
    hit = results.split(f'href="{penguins.url}"')[0].rsplit('<li class="search-result">', 1)[1]
    assert "Easier version" in hit
