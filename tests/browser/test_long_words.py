"""Issue 16, item 8: a long word in anything echoed wraps instead of widening a phone's page."""

import pytest

from kidsnews.comments.models import Comment
from tests.comments.people import make_reader
from tests.factories import make_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 812}


def page_width(page) -> int:
    return page.evaluate("() => document.scrollingElement.scrollWidth")


def test_long_words_wrap_on_a_phone(tree, browser, live_server):
    story = make_story(tree["stories"], title="Penguin chicks hatch", slug="penguins")
    word = "Penguins" + "o" * 400 + "!"
    Comment.objects.create(
        story=story, reader=make_reader(), text=word, status=Comment.Status.APPROVED
    )
    context = browser.new_context(viewport=PHONE, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        response = page.goto("/search/?q=" + "a" * 10_000)
        assert response.status == 200
        assert page_width(page) <= PHONE["width"], "search page"
        page.goto(story.url)
        assert page.locator(".comment__text").inner_text().startswith("Penguinsooo")
        assert page_width(page) <= PHONE["width"], "story with a long-word comment"
    finally:
        context.close()
