"""The server's side of today's edition offline: /sw.js from the root, the edition list
(cached whole with the tags of what it lists, so a publish or a comment approval renews it)
and the /offline/ page."""

import pytest
from django.test import Client

from kidsnews.offline.queries import BUDGET_BYTES, EDITION_STORIES

from ..factories import make_story

pytestmark = pytest.mark.django_db


def test_the_service_worker_is_served_from_the_root_for_the_whole_site(tree):
    response = Client().get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    assert b'credentials: "omit"' in response.content
    assert not response.cookies
    assert Client().post("/sw.js").status_code == 405


def test_every_page_registers_it_with_an_external_script(tree):
    html = Client().get("/").content.decode()
    assert '<script src="/static/js/offline.js" defer></script>' in html


def test_the_edition_lists_home_and_the_newest_ten_stories(tree):
    stories = [make_story(tree["stories"], title=f"Story {n}", slug=f"s-{n}") for n in range(12)]
    response = Client().get("/offline/edition.json")
    data = response.json()
    assert data["home"] == "/" and data["offline"] == "/offline/"
    assert data["budgetBytes"] == BUDGET_BYTES == 3 * 1024 * 1024
    urls = [story["url"] for story in data["stories"]]
    assert len(urls) == EDITION_STORIES
    assert urls == [story.url for story in reversed(stories)][:EDITION_STORIES]
    assert all(asset.startswith("/static/fonts/") for asset in data["assets"])
    assert not response.cookies


def test_the_edition_is_cached_and_a_publish_changes_its_version(settings, tree):
    settings.PAGE_CACHE_ENABLED = True
    story = make_story(tree["stories"], title="Pandas dance", slug="pandas")
    client = Client()
    first = client.get("/offline/edition.json")
    keys = first["Surrogate-Key"].split()
    assert f"p{story.pk}" in keys and f"c{story.pk}" in keys
    assert "l:articles.articlepage" in keys
    assert client.get("/offline/edition.json")["X-Page-Cache"] == "hit"
    make_story(tree["stories"], title="Otters hold hands", slug="otters")
    second = client.get("/offline/edition.json")
    assert second.json()["version"] != first.json()["version"]
    assert second.json()["stories"][0]["title"] == "Otters hold hands"


def test_an_edit_of_a_listed_story_changes_the_version(tree):
    story = make_story(tree["stories"], title="Pandas dance", slug="pandas")
    before = Client().get("/offline/edition.json").json()["version"]
    story.title = "Pandas dance all night"
    story.save_revision().publish()
    assert Client().get("/offline/edition.json").json()["version"] != before


def test_the_offline_page_says_what_is_saved(tree):
    make_story(tree["stories"], title="Pandas dance", slug="pandas")
    response = Client().get("/offline/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Reading without the internet</h1>" in html
    assert "Videos are not kept." in html
    assert '<a href="/stories/pandas/">Pandas dance</a>' in html
    assert '<meta name="robots" content="noindex">' in html
