"""A child on a phone taps a glossary word in a story and reads its meaning, with JavaScript
on (a popover next to the word) and off (a link to "Words in this story" and back)."""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from kidsnews.glossary.services import add_term

from ..factories import make_image, make_story
from .fixtures import WCAG_TAGS, RecordingPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MEANING = "A big round dip in the ground, made when a space rock crashes into it."


@pytest.fixture
def phone(browser, live_server):
    """A phone-sized window with a touch screen, recording every request."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, base_url=live_server.url, has_touch=True
    )
    page = RecordingPage(context.new_page(), live_server.url)
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def story(tree):
    picture = make_image(title="Crater", alt="A drawing of the grey Moon covered in craters")
    add_term(word="crater", forms="craters", definition=MEANING, image=picture)
    add_term(word="rocket", forms="rockets", definition="A machine that zooms into space.")
    filler = "<p>" + "The astronauts looked out of the window at the stars. " * 12 + "</p>"
    return make_story(
        tree["stories"],
        title="A rocket visits the Moon",
        body=[
            ("paragraph", "<p>The rocket flew over a huge crater on the Moon.</p>"),
            ("paragraph", filler),
            ("paragraph", "<p>More craters came into view.</p>"),
            ("closing_question", "Would you like to see a crater?"),
        ],
    )


def test_tap_a_word_with_javascript(phone, story, run_axe):
    page = phone
    page.goto(story.url)
    word = page.locator("a.glossary-word", has_text="crater")
    after = page.locator(".story__body p").nth(1)
    before_box = after.bounding_box()

    word.tap()

    popover = page.get_by_role("dialog", name="crater")
    assert popover.is_visible()
    assert popover.get_by_text(MEANING).is_visible()
    assert popover.get_by_role("img").get_attribute("alt") == (
        "A drawing of the grey Moon covered in craters"
    )
    assert word.get_attribute("aria-expanded") == "true"
    assert page.evaluate("location.hash") == ""  # stayed where the child was reading
    assert after.bounding_box() == before_box  # nothing on the page moved
    popover_box = popover.bounding_box()
    viewport = page.viewport_size
    assert popover_box["x"] >= 0 and popover_box["x"] + popover_box["width"] <= viewport["width"]
    run_axe(page)  # the box at the end too: the page is the same with JavaScript off
    # And axe's best practices (landmarks, heading order), as tests/browser/test_every_page_axe.
    results = Axe().run(
        page.page, options={"runOnly": {"type": "tag", "values": [*WCAG_TAGS, "best-practice"]}}
    )
    assert not results.response["violations"], results.generate_report()

    page.keyboard.press("Escape")
    assert not popover.is_visible()
    assert page.evaluate("document.activeElement.textContent") == "crater"  # back on the word
    assert word.get_attribute("aria-expanded") == "false"

    assert page.foreign_requests() == []
    assert page.cookies() == []


def test_tap_a_word_without_javascript(browser, live_server, story):
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        base_url=live_server.url,
        java_script_enabled=False,
        has_touch=True,
    )
    try:
        page = context.new_page()
        requests = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(story.url)
        word = page.locator("a.glossary-word", has_text="crater")
        # Screen readers hear the meaning with the word itself.
        described_by = word.get_attribute("aria-describedby")
        assert page.locator(f"#{described_by}").inner_text() == MEANING

        word.tap()

        # (No page.evaluate here: with JavaScript off Playwright cannot run any.)
        page.wait_for_url("**#word-*")
        entry = page.locator("#" + urlsplit(page.url).fragment)
        assert entry.get_by_text(MEANING).is_visible()
        assert entry.locator("dt").inner_text() == "crater"
        assert page.get_by_role("heading", name="Words in this story").is_visible()

        entry.get_by_role("link", name="Back to the story").tap()
        page.wait_for_url("**#word-use-*")
        assert word.is_visible()

        assert all(url.startswith(live_server.url) for url in requests), requests
        assert context.cookies() == []
    finally:
        context.close()
