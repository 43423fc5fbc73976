"""Each StreamField block renders what a reader needs, and nothing from a third party."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from kidsnews.core.blocks import (
    FactBoxBlock,
    PictureBlock,
    QuoteBlock,
    SocialPostBlock,
    StoryBodyBlock,
)

from ..factories import make_image

pytestmark = pytest.mark.django_db


def render(block, value):
    return block.render(block.to_python(value) if isinstance(value, dict) else value)


def test_picture_shows_caption_and_the_images_own_credit():
    image = make_image(credit="Photo: Space Agency", alt="Astronauts waving")
    block = PictureBlock()
    html = block.render(block.to_python({"image": image.pk, "caption": "Home at last!"}))
    assert "<figure" in html and "<figcaption" in html
    assert "Home at last!" in html
    assert "Photo: Space Agency" in html
    assert 'alt="Astronauts waving"' in html


def test_picture_credit_can_be_overridden_per_use():
    image = make_image(credit="Photo: Space Agency")
    block = PictureBlock()
    value = block.to_python({"image": image.pk, "caption": "c", "credit": "Drawing: Sam"})
    html = block.render(value)
    assert "Drawing: Sam" in html
    assert "Photo: Space Agency" not in html


def test_decorative_picture_has_empty_alt():
    image = make_image(alt="", is_decorative=True)
    block = PictureBlock()
    html = block.render(block.to_python({"image": image.pk, "caption": "Stars"}))
    assert 'alt=""' in html


def test_quote_and_fact_box():
    quote = QuoteBlock()
    html = quote.render(quote.to_python({"text": "It was amazing!", "attribution": "An astronaut"}))
    assert "<blockquote>" in html and "It was amazing!" in html and "An astronaut" in html
    box = FactBoxBlock()
    html = box.render(box.to_python({"title": "Did you know?", "body": "<p>Mars is red.</p>"}))
    assert "Did you know?" in html and "<p>Mars is red.</p>" in html


SOCIAL = {
    "platform": "x",
    "author": "City Zoo",
    "handle": "@CityZooNews",
    "text": "Our baby penguin took her first swim today!",
    "posted_at": "2026-11-20",
    "url": "https://example.org/posts/1",
}


def test_social_post_is_our_own_html_with_a_link_out():
    block = SocialPostBlock()
    html = block.render(block.to_python(SOCIAL))
    assert "City Zoo" in html and "@CityZooNews" in html and "X (Twitter)" in html
    assert "first swim today" in html
    assert 'href="https://example.org/posts/1"' in html
    assert "20 November 2026" in html
    for forbidden in ("<script", "<iframe", "twitter.com/widgets", "platform.twitter"):
        assert forbidden not in html


def test_social_post_text_is_escaped():
    block = SocialPostBlock()
    html = block.render(block.to_python({**SOCIAL, "text": "<script>alert(1)</script>"}))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "http://example.org/x", "data:text/html,hi", "ftp://x.org/"]
)
def test_social_post_link_must_be_https(url):
    block = SocialPostBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**SOCIAL, "url": url}))


def test_closing_question_and_subheading():
    body = StoryBodyBlock()
    value = body.to_python(
        [
            {"type": "subheading", "value": "Why is it red?"},
            {"type": "closing_question", "value": "What colour is your favourite planet?"},
        ]
    )
    html = "".join(block.render() for block in value)
    assert '<h2 class="story__subheading">Why is it red?</h2>' in html
    assert "What colour is your favourite planet?" in html
    assert 'href="#comments"' in html


def test_social_post_dates_are_dates():
    block = SocialPostBlock()
    assert block.to_python(SOCIAL)["posted_at"] == datetime.date(2026, 11, 20)
