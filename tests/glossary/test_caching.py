"""A story page is cached with the glossary it shows: editing, adding or deleting a term
re-renders every story (and /words/) on the next request, and nothing else needs to know."""

import pytest

from kidsnews.glossary.models import GlossaryIndexPage
from kidsnews.glossary.services import add_term

from ..factories import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def story(tree):
    return make_story(
        tree["stories"],
        body=[("paragraph", "<p>The rocket flew over a crater near the volcano.</p>")],
    )


def cached_page(client, url) -> str:
    first = client.get(url)
    again = client.get(url)
    assert again["X-Page-Cache"] == "hit"
    return first.content.decode()


def test_editing_a_term_refreshes_the_cached_story(client, story):
    term = add_term(word="rocket", definition="A machine that zooms into space.")
    assert "A machine that zooms into space." in cached_page(client, story.url)
    assert "glossary.glossaryterm" in client.get(story.url)["Surrogate-Key"].split()

    term.definition = "A tall machine that flies to the Moon."
    term.save()

    response = client.get(story.url)
    assert response["X-Page-Cache"] == "miss"
    html = response.content.decode()
    assert "A tall machine that flies to the Moon." in html
    assert "A machine that zooms into space." not in html


def test_a_new_term_is_marked_in_stories_already_cached(client, story):
    add_term(word="rocket", definition="A machine that zooms into space.")
    assert 'class="glossary-word"' in cached_page(client, story.url)
    assert "A round dip in the ground." not in client.get(story.url).content.decode()

    add_term(word="crater", definition="A round dip in the ground.")

    html = client.get(story.url).content.decode()
    assert "A round dip in the ground." in html
    assert html.count('class="glossary-word"') == 2


def test_a_deleted_term_leaves_the_cached_story(client, story):
    add_term(word="volcano", definition="A mountain that can spill hot, melted rock.")
    assert "melted rock" in cached_page(client, story.url)
    from kidsnews.glossary.models import GlossaryTerm

    GlossaryTerm.objects.get(word="volcano").delete()

    html = client.get(story.url).content.decode()
    assert "melted rock" not in html
    assert 'class="glossary-box"' not in html


def test_the_words_page_is_cached_and_refreshed_by_a_term_change(client, tree):
    page = tree["home"].add_child(instance=GlossaryIndexPage(title="Words A to Z", slug="words"))
    page.save_revision().publish()
    term = add_term(word="comet", definition="A ball of ice and dust.")
    assert "A ball of ice and dust." in cached_page(client, "/words/")

    term.definition = "A big ball of ice and dust with a tail."
    term.save()

    assert "A big ball of ice and dust with a tail." in client.get("/words/").content.decode()


def test_a_big_glossary_adds_one_tag_to_a_story_not_one_per_word(client, story):
    for n in range(120):
        add_term(word=f"wordling{n}", definition=f"Word number {n} of a big glossary.")
    add_term(word="volcano", definition="A mountain that can spill hot, melted rock.")
    keys = client.get(story.url)["Surrogate-Key"].split()
    glossary_keys = [key for key in keys if key.startswith("glossary.glossaryterm")]
    # The glossary as a whole, and the one word the story marks (its definition is shown).
    assert len(glossary_keys) <= 2, glossary_keys
    assert "glossary.glossaryterm" in keys
    assert len(" ".join(keys)) < 1500


def test_a_changed_picture_credit_reaches_the_words_page(client, tree):
    from ..factories import make_image

    page = tree["home"].add_child(instance=GlossaryIndexPage(title="Words A to Z", slug="words"))
    page.save_revision().publish()
    image = make_image(title="Comet drawing")
    add_term(word="comet", definition="A ball of ice and dust.", image=image)
    cached_page(client, "/words/")

    image.credit = "Drawn by Sam for kidsnews"
    image.save()

    assert client.get("/words/")["X-Page-Cache"] == "miss"
