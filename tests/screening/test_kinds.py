"""Each kind the screener knows, its span in the original text, and the verdict policy."""

import pytest

from kidsnews.comments.screening import (
    KINDS,
    RULES_ONLY,
    Reason,
    ScreeningResult,
    WordLists,
    child_messages,
    screen,
)

# (text, kind, the exact text the span must cover)
EXAMPLES = [
    ("call me on 07700 900123 ok", "pii_phone", "07700 900123"),
    ("my email is jane.doe@gmail.com!", "pii_email", "jane.doe@gmail.com"),
    ("I live at 12 Oak Road, come over", "pii_address", "12 Oak Road"),
    ("postcode LS1 4AB", "pii_address", "LS1 4AB"),
    ("I go to Oakfield Primary School", "pii_school", "Oakfield Primary School"),
    ("im 9 and i live in Leeds", "pii_age_location", "im 9"),
    ("my name is Jane Smith.", "pii_name", "Jane Smith"),
    ("follow me @pandafan_22 now", "pii_social_handle", "@pandafan_22"),
    ("please add me on roblox", "pii_social_handle", "add me on roblox"),
    ("meet me at the park", "contact_request", "meet me"),
    ("go to coolgames.com now", "link", "coolgames.com"),
    ("how old are you?", "grooming", "how old are you"),
    ("sometimes I want to die", "wellbeing", "I want to die"),
    ("this is sh1t", "profanity", "sh1t"),
    ("you're an idiot", "insult", "idiot"),
    ("go back to your country", "hate", "go back to your country"),
    ("send nudes", "sexual", "send nudes"),
    ("I'll kill you", "threat", "I'll kill you"),
    ("free robux click here", "spam", "free robux"),
    ("THIS IS THE BEST STORY EVER", "shouting", "THIS IS THE BEST STORY EVER"),
    ("Привет как дела", "language", "Привет как дела"),
]


def test_every_kind_has_an_example():
    assert {kind for _, kind, _ in EXAMPLES} == set(KINDS)


@pytest.mark.parametrize(("text", "kind", "span_text"), EXAMPLES)
def test_kind_found_with_span_in_original(text, kind, span_text):
    reasons = [r for r in screen(text).reasons if r.kind == kind]
    assert reasons, screen(text).to_json()
    assert span_text in [r.text for r in reasons]
    for reason in reasons:
        assert reason.text == text[reason.start : reason.end]
        assert reason.message


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("you're an idiot", "reject"),
        ("I'll kill you", "reject"),
        ("call me on 07700 900123", "hold"),
        # excited capitals are fine to publish (LABELS.md): shouting alone holds nothing
        ("I LOVE THIS STORY SO MUCH", "publishable"),
        # distress or grooming plus swearing: a person must see it, so never reject
        ("i want to die this is sh1t", "hold"),
        ("how old are you idiot", "hold"),
        ("I love pandas", "publishable"),
    ],
)
def test_verdict_policy(text, verdict):
    assert screen(text).verdict == verdict


def test_urgent_and_personal_info_flags():
    assert screen("nobody likes me").is_urgent
    assert not screen("nobody likes me").has_personal_info
    assert screen("add me").has_personal_info
    assert screen("my number is 07700 900123").has_personal_info
    assert not screen("you're an idiot").has_personal_info
    assert not screen("I love pandas").is_urgent


def test_to_json_shape():
    data = screen("call me on 07700 900123").to_json()
    assert data["verdict"] == "hold"
    assert {tuple(sorted(r)) for r in data["reasons"]} == {
        ("end", "kind", "layer", "message", "score", "start", "text")
    }
    assert data["reasons"][0]["layer"] == "rules"
    assert data["reasons"][0]["score"] == 1.0


def test_result_is_frozen():
    result = ScreeningResult(verdict="publishable")
    with pytest.raises(AttributeError):
        result.verdict = "reject"  # type: ignore[misc]
    assert Reason("link", 0, 1, "x", "m") == Reason("link", 0, 1, "x", "m")


def test_child_messages_one_per_kind_and_specific():
    result = screen("call 07700 900123 or 07700 900124, add me")
    messages = child_messages(result)
    assert len(messages) == len(set(result.kinds))
    assert any("phone number" in m for m in messages)
    assert child_messages(screen("I love pandas")) == []


def test_admin_banned_word_rejects_and_suspect_word_holds():
    lists = WordLists(banned=("plonker",), suspect=("vape", "energy drink"))
    assert screen("you plonker", word_lists=lists).verdict == "reject"
    assert screen("you pl0nk3r", word_lists=lists).verdict == "reject"
    held = screen("my brother has a vape", word_lists=lists)
    assert held.verdict == "hold"
    assert [r.text for r in held.reasons] == ["vape"]
    assert screen("I had an Energy Drink", word_lists=lists).verdict == "hold"
    # without the lists the rules let the same words pass
    assert screen("you plonker", model=RULES_ONLY).verdict == "publishable"


def test_threat_words_in_science_are_not_threats():
    for text in (
        "the heat will kill the coral",
        "the volcano could kill thousands of fish",
        "the storm is going to hurt the crops",
    ):
        assert screen(text).verdict == "publishable", text


def test_an_idiom_about_a_parent_passes_the_rules_and_the_model_asks_a_person():
    # "my mum will kill me" is an idiom (LABELS.md), and the rules let it through. The model,
    # whose at-risk threshold is set for recall first, holds it for a person to read: a known
    # false alarm (docs/moderation.md), the price of catching children at risk in new words.
    text = "my mum will kill me if I'm late"
    assert screen(text, model=RULES_ONLY).verdict == "publishable"
    assert screen(text).verdict in ("publishable", "hold")
