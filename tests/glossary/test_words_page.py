"""/words/: the glossary A to Z, with letter headings and jump links, each word's meaning and
picture, schema.org DefinedTermSet JSON-LD, in the sitemap and linked from every footer."""

import json
import re

import pytest

from kidsnews.glossary.models import GlossaryIndexPage
from kidsnews.glossary.services import add_term

from ..factories import make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def words_page(tree):
    page = tree["home"].add_child(
        instance=GlossaryIndexPage(title="Words A to Z", slug="words", intro="Tricky words.")
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def terms(db):
    picture = make_image(title="Meteor", alt="A drawing of a shooting star")
    return [
        add_term(word="meteor", forms="meteors", definition="A shooting star.", image=picture),
        add_term(word="Astronaut", definition="A person who travels into space."),
        add_term(word="aquarium", definition="Big tanks of water with fish in them."),
        add_term(word="crater", definition="A round dip in the ground."),
    ]


def json_ld(html: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def test_words_are_listed_a_to_z_under_letter_headings(client, words_page, terms):
    html = client.get("/words/").content.decode()
    headings = re.findall(r'<h2 id="letter-([a-z])">', html)
    assert headings == ["a", "c", "m"]
    jumps = re.findall(r'<a href="#letter-([a-z])">', html)
    assert jumps == headings
    order = re.findall(r'<dt class="glossary-page__word">(.*?)</dt>', html)
    assert order == ["aquarium", "Astronaut", "crater", "meteor"]
    assert "A person who travels into space." in html
    assert 'alt="A drawing of a shooting star"' in html
    assert "Illustration: kidsnews" in html  # the picture's credit


def test_json_ld_is_a_defined_term_set(client, words_page, terms):
    data = json_ld(client.get("/words/").content.decode())
    assert data["@type"] == "DefinedTermSet"
    assert data["url"] == "http://testserver/words/"
    assert [term["name"] for term in data["hasDefinedTerm"]] == [
        "aquarium",
        "Astronaut",
        "crater",
        "meteor",
    ]
    meteor = data["hasDefinedTerm"][3]
    assert meteor == {
        "@type": "DefinedTerm",
        "name": "meteor",
        "description": "A shooting star.",
        "url": f"http://testserver/words/#word-{terms[0].pk}",
    }


def test_an_empty_glossary_says_so_kindly(client, words_page):
    html = client.get("/words/").content.decode()
    assert "There are no words here yet." in html


def test_linked_from_the_footer_and_in_the_sitemap(client, words_page, tree):
    footer = client.get("/").content.decode().split('<footer class="site-footer">')[1]
    assert '<a href="/words/">Words A to Z</a>' in footer
    assert "/words/</loc>" in client.get("/sitemap.xml").content.decode()


def test_no_footer_link_while_the_page_is_not_live(client, words_page, tree):
    words_page.unpublish()
    footer = client.get("/").content.decode().split('<footer class="site-footer">')[1]
    assert "Words A to Z" not in footer
