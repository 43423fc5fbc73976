"""A child on a phone opens a story and follows "Read the easier version" (issue 13), with
JavaScript on and off: axe finds nothing, no request leaves the site, no cookie is set."""

import pytest

from tests.readinglevels.stories import MAIN_BODY, YOUNGER_BODY

from ..factories import make_story
from .fixtures import RecordingPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def story(tree):
    return make_story(
        tree["stories"],
        title="Penguin chicks huddle to beat the cold",
        slug="penguins",
        topics=[tree["animals"]],
        body=MAIN_BODY,
        younger_title="Penguin chicks keep warm",
        younger_summary="Baby penguins stand close together.",
        younger_body=YOUNGER_BODY,
    )


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_a_child_follows_the_easier_version_on_a_phone(
    browser, live_server, story, run_axe, javascript
):
    context = browser.new_context(
        viewport=PHONE, base_url=live_server.url, java_script_enabled=javascript
    )
    page = RecordingPage(context.new_page(), live_server.url)
    page.set_default_timeout(15_000)
    try:
        page.goto(story.url)
        assert page.get_by_role("heading", level=1).inner_text() == (
            "Penguin chicks huddle to beat the cold"
        )
        page.get_by_role("link", name="Read the easier version").click()
        page.wait_for_url(f"**{story.url}easier/")
        assert page.get_by_role("heading", level=1).inner_text() == "Penguin chicks keep warm"
        assert page.get_by_text("They take turns in the middle.").is_visible()
        if javascript:
            run_axe(page)
        page.get_by_role("link", name="Read the full version").click()
        page.wait_for_url(f"**{story.url}")
        assert page.get_by_role("heading", level=1).inner_text().startswith("Penguin chicks huddle")
        assert page.foreign_requests() == []
        assert page.cookies() == []
    finally:
        context.close()
