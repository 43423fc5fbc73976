"""Disguised emails and spoken phone numbers: caught, and their spans cover all of them,
so replacing each span with "[removed]" leaves nothing a re-screen would flag."""

import pytest

from kidsnews.comments.screening import screen

# (text, the exact text the pii_email span must cover)
EMAILS = [
    ("s a m @ g m a i l . c o m", "s a m @ g m a i l . c o m"),
    ("s a m at g m a i l dot c o m", "s a m at g m a i l dot c o m"),
    ("s.a.m@g.m.a.i.l.c.o.m", "s.a.m@g.m.a.i.l.c.o.m"),
    ("samjones at gmail", "samjones at gmail"),
    ("samjones at gmail dot com", "samjones at gmail dot com"),
    ("its lily at hotmail ok", "lily at hotmail"),
    ("kid99 at yahoo", "kid99 at yahoo"),
    ("sam@outlook", "sam@outlook"),
    ("me is ziggy at icloud", "ziggy at icloud"),
    ("zed at aol dot com", "zed at aol dot com"),
    ("try pip at protonmail", "pip at protonmail"),
    ("email: s a m @ g m a i l . c o m thanks", "s a m @ g m a i l . c o m"),
    (
        "my email is bright giraffe sixty four at gmail dot com write to me",
        "bright giraffe sixty four at gmail dot com",
    ),
    ("sam dot jones at hotmail dot co dot uk", "sam dot jones at hotmail dot co dot uk"),
    ("email me sam jones at gmail", "sam jones at gmail"),
    ("my email is jane.doe@gmail.com!", "jane.doe@gmail.com"),
    ("contact lily dot rose at gmail dot com", "lily dot rose at gmail dot com"),
]


@pytest.mark.parametrize(("text", "span_text"), EMAILS)
def test_disguised_email_is_held_with_the_whole_address(text, span_text):
    result = screen(text)
    assert result.verdict == "hold", result.to_json()
    emails = [r for r in result.reasons if r.kind == "pii_email"]
    assert span_text in [r.text for r in emails], result.to_json()
    for reason in emails:
        assert reason.text == text[reason.start : reason.end]


@pytest.mark.parametrize("text", [text for text, _ in EMAILS])
def test_redacting_the_email_spans_leaves_no_email(text):
    spans = sorted(
        ((r.start, r.end) for r in screen(text).reasons if r.kind == "pii_email"), reverse=True
    )
    for start, end in spans:
        text = text[:start] + "[removed]" + text[end:]
    assert "pii_email" not in screen(text).kinds, text


@pytest.mark.parametrize(
    "text",
    [
        "we looked at the moon",
        "I was at school dot dot dot",
        "I was at school...",
        "Look at yahoo news today",
        "my mum works at outlook",
        "she works at google",
        "we had fun at the zoo",
        "I got an A at school",
        "the score was 2 at half time",
    ],
)
def test_at_without_an_address_is_not_an_email(text):
    assert "pii_email" not in screen(text).kinds, screen(text).to_json()


@pytest.mark.parametrize(
    ("text", "span_text"),
    [
        (
            "my number is oh seven seven double oh nine one two three four five six",
            "oh seven seven double oh nine one two three four five six",
        ),
        (
            "ring oh seven seven double oh nine one two three four five six oh then",
            "oh seven seven double oh nine one two three four five six oh",
        ),
        ("call o 7 7 0 0 9 0 0 1 2 3", "o 7 7 0 0 9 0 0 1 2 3"),
    ],
)
def test_phone_span_keeps_leading_and_trailing_digit_words(text, span_text):
    phones = [r for r in screen(text).reasons if r.kind == "pii_phone"]
    assert [r.text for r in phones] == [span_text], screen(text).to_json()


def test_oh_alone_is_not_a_phone():
    assert screen("oh wow oh my").verdict == "publishable"
