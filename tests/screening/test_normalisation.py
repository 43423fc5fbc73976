"""Disguises children and spammers use, and spans mapped back through them."""

import pytest

from kidsnews.comments.screening import screen
from kidsnews.comments.screening.normalise import base_view, collapse_runs, run_pattern


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ｓｈｉｔ", "profanity"),  # full-width
        ("ѕһіt", "profanity"),  # Cyrillic look-alikes
        ("ιdιοt", "insult"),  # Greek look-alikes
        ("sh\u200bit", "profanity"),  # zero-width space
        ("s\u00adh\u00adi\u00adt", "profanity"),  # soft hyphens
        ("shït", "profanity"),  # accents
        ("5h!t", "profanity"),  # leetspeak
        ("i will ki11 you", "threat"),  # 1 read as l
        ("@$$hole", "profanity"),
        ("d.u.m.b", "insult"),  # dotted apart
        ("s h i t", "profanity"),  # spaced apart
        ("f-u-c-k", "profanity"),
        ("f*ck", "profanity"),  # starred out
        ("you stuuuupid", "insult"),  # repeated letters
        ("shiiiiit", "profanity"),
        ("𝐬𝐡𝐢𝐭", "profanity"),  # mathematical bold
        ("0️⃣7️⃣7️⃣0️⃣0️⃣9️⃣0️⃣0️⃣1️⃣2️⃣3️⃣", "pii_phone"),  # keycap emoji
        ("⓪⑦⑦⓪⓪⑨⓪⓪①②③", "pii_phone"),  # circled digits
        ("➀➁➂➃➄➅➆➇", "pii_phone"),  # dingbat digits
        ("oh seven seven double oh nine triple oh one", "pii_phone"),  # words
        ("０７７００９００１２３", "pii_phone"),  # full-width digits
    ],
)
def test_disguise_is_seen_through(text, kind):
    assert kind in screen(text).kinds, screen(text).to_json()


@pytest.mark.parametrize(
    "text",
    ["Scunthorpe", "class", "assess", "cockpit", "Dickens", "grape", "Sussex", "shiitake",
     "Penistone", "passage", "therapist", "shuttlecock", "Hancock", "cocktail", "bass"],
)  # fmt: skip
def test_innocent_words_containing_bad_ones_pass(text):
    assert screen(f"I read about {text} today").verdict == "publishable"


def test_spans_cover_the_disguise_in_the_original_text():
    text = "well ｓｈ\u200bｉｔ, call 0️⃣7️⃣7️⃣0️⃣0️⃣9️⃣0️⃣0️⃣1️⃣2️⃣3️⃣"
    result = screen(text)
    by_kind = {r.kind: r for r in result.reasons}
    assert by_kind["profanity"].text == "ｓｈ\u200bｉｔ"
    phone = by_kind["pii_phone"]
    assert phone.text.startswith("0️⃣") and phone.text.endswith("3️⃣")
    assert text[phone.start : phone.end] == phone.text


def test_base_view_maps_every_character_back():
    text = "Ａ\u200bß ﬁ ①"
    view = base_view(text)
    assert view.text == "ass fi 1"
    assert [text[s:e] for s, e in zip(view.starts, view.ends, strict=True)][:3] == [
        "Ａ\u200b",
        "ß",
        "ß",
    ]


def test_repeated_letters_helpers():
    assert collapse_runs("stuuupid") == "stupid"
    assert run_pattern("ass") == "a+s{2,}"


@pytest.mark.parametrize(
    "text",
    [
        "I scored 8/10 and then 10/10",
        "10 9 8 7 6 5 4 3 2 1 blast off",
        "one two three four five six seven eight",
        "The Earth is 4.6 billion years old",
        "Light goes 300,000,000 metres a second",
        "The sun is 150000000 km away",
        "It was -5 degrees at 7:30 on 25.12.2024",
        "Pi is 3.14159265",
        "From 1990-2000 and 2019 2020 2021",
        "There are 8000000000 people",
    ],
)
def test_numbers_that_are_not_phones(text):
    assert "pii_phone" not in screen(text).kinds, screen(text).to_json()
