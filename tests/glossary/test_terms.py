"""Editing the glossary: kind messages for words that cannot be matched or are already there,
an "add to glossary" link with the word filled in, and what the readability meter asks."""

import pytest
from django.core.exceptions import ValidationError

from kidsnews.comments.roles import EDITORS
from kidsnews.glossary.models import GlossaryTerm
from kidsnews.glossary.queries import add_term_url, missing_terms
from kidsnews.glossary.services import add_term

from ..comments.people import make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def volcano(db):
    return add_term(word="volcano", forms="volcanoes", definition="A mountain of hot rock.")


def messages(error: ValidationError) -> list[str]:
    return [message for field in error.message_dict.values() for message in field]


def test_a_word_already_there_is_refused_kindly(volcano):
    with pytest.raises(ValidationError) as caught:
        add_term(word="Volcanoes", definition="Again.")
    assert messages(caught.value) == [
        "“Volcanoes” is already in the glossary, under “volcano”. A word can have only one "
        "meaning here: you could change that entry instead."
    ]
    assert GlossaryTerm.objects.count() == 1


def test_a_form_already_there_is_refused(volcano):
    with pytest.raises(ValidationError) as caught:
        add_term(word="lava", forms="VOLCANO", definition="Melted rock.")
    assert "forms" in caught.value.message_dict
    assert not GlossaryTerm.objects.filter(word="lava").exists()


def test_forms_are_tidied_and_repeats_refused(db):
    term = add_term(word="comet", forms=" comets ,,  Comet  tail ", definition="Ice and dust.")
    assert term.forms == "comets, Comet tail"
    with pytest.raises(ValidationError) as caught:
        add_term(word="meteor", forms="meteors, Meteors", definition="A shooting star.")
    assert messages(caught.value) == [
        "“Meteors” is listed twice (capital letters do not matter), so you can leave one out."
    ]


@pytest.mark.parametrize("word", ["<b>rocket</b>", "rocket?", "(moon)", "-space"])
def test_words_with_other_characters_are_refused(db, word):
    with pytest.raises(ValidationError) as caught:
        add_term(word=word, definition="Something.")
    assert "letters only" in messages(caught.value)[0]


def test_editing_a_term_keeps_its_own_word(volcano):
    volcano.definition = "A mountain that can spill melted rock."
    volcano.full_clean()  # its own word and forms are not "already there"
    volcano.save()


def test_missing_terms_lists_rare_words_with_no_entry(volcano):
    assert missing_terms(["Volcanoes", "lava", "magma", "LAVA", "volcano"]) == ["lava", "magma"]


def test_add_to_glossary_opens_the_admin_form_with_the_word_filled_in(client, db):
    url = add_term_url("lava flow")
    assert url == "/admin/snippets/glossary/glossaryterm/add/?word=lava+flow"
    client.force_login(make_staff("editor", EDITORS))
    html = client.get(url).content.decode()
    assert 'name="word"' in html
    assert 'value="lava flow"' in html


def test_the_admin_form_shows_the_kind_message(client, volcano):
    client.force_login(make_staff("editor", EDITORS))
    response = client.post(
        add_term_url(""), {"word": "volcano", "forms": "", "definition": "Again."}
    )
    assert response.status_code == 200
    assert "is already in the glossary, under" in response.content.decode()
    assert GlossaryTerm.objects.count() == 1


def test_the_reading_meter_knows_which_rare_words_the_glossary_explains(db):
    """The editor's meter lists a story's rare words; those with a glossary entry say so, the
    others offer "add to glossary"."""
    from kidsnews.articles.readability.meter import rare_words, split_sentences
    from kidsnews.glossary.queries import explained

    add_term(word="magma", definition="Rock so hot it has melted, deep under the ground.")
    sentences = split_sentences(["The magma glowed near the fjord."])
    found = {rare.word: rare.in_glossary for rare in rare_words(sentences, glossary=explained)}
    assert found["magma"] is True and found["fjord"] is False
