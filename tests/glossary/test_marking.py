"""The first use of each glossary word in a story is marked, and explained in "Words in this
story" at the end: whole words, any case, its other forms, in prose only, safely escaped."""

import re

import pytest

from kidsnews.glossary.marking import Matcher, forms_index, mark_first_uses
from kidsnews.glossary.services import add_term

from ..factories import make_image, make_story

pytestmark = pytest.mark.django_db


def marked_words(html: str) -> list[str]:
    return re.findall(r'<a class="glossary-word"[^>]*>(.*?)</a>', html)


def box(html: str) -> str:
    start = html.find('<aside class="glossary-box"')
    return html[start : html.find("</aside>", start)] if start != -1 else ""


@pytest.fixture
def terms(db):
    return {
        "rocket": add_term(
            word="rocket", forms="rockets", definition="A machine that zooms into space."
        ),
        "crater": add_term(
            word="crater", forms="craters", definition="A round dip made by a space rock."
        ),
        "carbon dioxide": add_term(word="carbon dioxide", definition="A gas we breathe out."),
        "carbon": add_term(word="carbon", definition="Stuff coal & diamonds are made of."),
    }


def story_html(client, tree, body, **fields) -> str:
    story = make_story(tree["stories"], body=body, **fields)
    response = client.get(story.url)
    assert response.status_code == 200
    return response.content.decode()


def test_first_use_only_is_marked_and_explained_at_the_end(client, tree, terms):
    html = story_html(
        client,
        tree,
        [
            ("paragraph", "<p>The rocket flew past a crater. Another rocket followed.</p>"),
            ("paragraph", "<p>Rockets are loud. The crater was deep.</p>"),
        ],
    )
    assert marked_words(html) == ["rocket", "crater"]
    rocket = terms["rocket"].pk
    assert (
        f'<a class="glossary-word" href="#word-{rocket}" id="word-use-{rocket}" '
        f'aria-describedby="word-def-{rocket}">rocket</a>'
    ) in html
    words = box(html)
    assert "Words in this story" in words
    assert f'<span id="word-def-{rocket}">A machine that zooms into space.</span>' in words
    assert f'href="#word-use-{rocket}"' in words  # back to where it was used
    # In the order they were met.
    assert words.index(f'id="word-{rocket}"') < words.index(f'id="word-{terms["crater"].pk}"')
    assert "carbon" not in words  # not in the story, not in its box


def test_forms_and_any_case_match_whole_words_only(client, tree, terms):
    html = story_html(
        client,
        tree,
        [
            (
                "paragraph",
                "<p>CRATERS everywhere. A rocketship is not a word we know; nor is "
                "pre-rocket. Plants take in Carbon  Dioxide, not just carbon.</p>",
            )
        ],
    )
    assert marked_words(html) == ["CRATERS", "Carbon  Dioxide", "carbon"]
    assert 'id="word-use-{}"'.format(terms["rocket"].pk) not in html


def test_never_inside_links_headings_or_attributes(client, tree, terms):
    html = story_html(
        client,
        tree,
        [
            ("subheading", "The rocket and the crater"),
            (
                "paragraph",
                '<p><a href="https://example.org/rocket">rocket pictures</a> and '
                "<b>a crater</b></p>",
            ),
            ("paragraph", "<p>Then the rocket landed.</p>"),
            ("quote", {"text": "Look at the craters!", "attribution": "A rocket scientist"}),
        ],
    )
    assert "<h2" in html and "The rocket and the crater</h2>" in html
    assert '<a href="https://example.org/rocket">rocket pictures</a>' in html
    # The first use outside any link is the one marked, inside bold text too.
    assert marked_words(html) == ["crater", "rocket"]
    assert re.search(r"<b>a <a class=\"glossary-word\"[^>]*>crater</a></b>", html)
    assert "A rocket scientist" in html and "Look at the craters!" in html


def test_text_stays_escaped_and_definitions_are_escaped(client, tree, terms):
    html = story_html(
        client,
        tree,
        [
            (
                "paragraph",
                "<p>&lt;script&gt;rocket&lt;/script&gt; &amp; carbon &quot;ok&quot;</p>",
            )
        ],
    )
    assert "<script>rocket" not in html
    assert '&lt;script&gt;<a class="glossary-word"' in html
    assert "&lt;/script&gt; &amp; " in html
    assert "Stuff coal &amp; diamonds are made of." in box(html)


def test_a_story_without_glossary_words_has_no_box(client, tree, terms):
    html = story_html(client, tree, [("paragraph", "<p>Penguins slide on the ice.</p>")])
    assert marked_words(html) == []
    assert 'class="glossary-box"' not in html
    assert "js/glossary.js" not in html


def test_the_box_shows_the_picture_with_its_alt_text(client, tree, terms):
    picture = make_image(title="Crater", alt="A drawing of grey craters on the Moon")
    terms["crater"].image = picture
    terms["crater"].save()
    html = story_html(client, tree, [("paragraph", "<p>A crater.</p>")])
    assert 'alt="A drawing of grey craters on the Moon"' in box(html)


def test_marker_leaves_attributes_comments_and_entities_alone():
    matcher = Matcher(forms_index([(1, ["rocket"]), (2, ["moon"])]))
    seen: set[int] = set()
    html = (
        '<p title="rocket moon"><!-- rocket -->Fly &amp; rocket<br/>'
        '<img alt="moon" src="m.png">moon</p>'
    )
    out = mark_first_uses(html, matcher, seen, lambda term_id, text: f"[{term_id}:{text}]")
    assert out == (
        '<p title="rocket moon"><!-- rocket -->Fly &amp; [1:rocket]<br/>'
        '<img alt="moon" src="m.png">[2:moon]</p>'
    )
    assert seen == {1, 2}
    # Already seen in an earlier block: nothing more is marked.
    assert mark_first_uses("<p>rocket moon</p>", matcher, seen, str) == "<p>rocket moon</p>"
