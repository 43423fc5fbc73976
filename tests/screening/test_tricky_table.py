"""SAFETY.md's table of tricky cases, row by row."""

import pytest

from kidsnews.comments.screening import screen

TRICKY = [
    ("my number is seven seven zero zero nine double-oh one two three", "hold", "pii_phone"),
    ("email me: sam (at) example (dot) org", "hold", "pii_email"),
    ("im 9 and i live in Leeds", "hold", "pii_age_location"),
    ("add me on roblox im SkyRacer_44", "hold", "pii_social_handle"),
    ("we go to St Mary's Juniors", "hold", "pii_school"),
    ("u r so d.u.m.b", "reject", "insult"),
    ("sh!tty news", "reject", "profanity"),
    ("I want to disappear, nobody likes me", "hold", "wellbeing"),
    ("I live in Scotland and it snowed!", "publishable", None),
    ("the volcano could kill thousands of fish", "publishable", None),
    ("I scored 8/10 on the space quiz", "publishable", None),
    ("3 2 1 lift off", "publishable", None),
    ("Scunthorpe won the match", "publishable", None),
    ("my grandad met Tim Peake", "publishable", None),
]


@pytest.mark.parametrize(("text", "verdict", "kind"), TRICKY)
def test_tricky_case(text, verdict, kind):
    result = screen(text)
    assert result.verdict == verdict, result.to_json()
    if kind is None:
        assert result.reasons == ()
    else:
        assert kind in {r.kind for r in result.reasons}


def test_distress_is_urgent_and_never_rejected():
    result = screen("I want to disappear, nobody likes me, this is sh!t")
    assert result.verdict == "hold"
    assert result.is_urgent


def test_disguised_phone_span_is_the_number_in_the_original():
    text = "my number is seven seven zero zero nine double-oh one two three"
    (phone,) = [r for r in screen(text).reasons if r.kind == "pii_phone"]
    assert text[phone.start : phone.end] == phone.text == text[len("my number is ") :]
