"""An editor watches the reading-level meter follow their typing (issue 13, item 2): the
panel's script posts the form to the meter endpoint and shows the new figures."""

import pytest

from kidsnews.comments.roles import EDITORS
from tests.comments.people import PASSWORD, make_staff
from tests.readinglevels.stories import MAIN_BODY, YOUNGER_BODY

from ..factories import make_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONG_SENTENCE = (
    " And then they all walk and walk and walk along the icy beach to the big blue sea where "
    "the other penguins swim and play with their friends all day."
)


def test_the_meter_follows_the_editors_typing(browser, live_server, tree):
    story = make_story(
        tree["stories"],
        title="Penguin chicks huddle to beat the cold",
        slug="penguins",
        body=MAIN_BODY,
        younger_body=YOUNGER_BODY,
    )
    make_staff("ana", EDITORS)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        page.goto("/admin/login/")
        page.fill("#id_username", "ana")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url("**/admin/")
        page.goto(f"/admin/pages/{story.pk}/edit/")
        average = page.locator('[data-level="younger"] [data-average-sentence-length]')
        before = float(average.inner_text())
        page.locator(".w-panel__header", has_text="Easier version for younger").first.locator(
            "button.w-panel__toggle"
        ).click()
        editor = page.locator(".Draftail-Editor [contenteditable=true]").filter(
            has_text="They take turns in the middle."
        )
        editor.click()
        page.keyboard.press("End")
        page.keyboard.type(LONG_SENTENCE)
        # The figure changes once the debounced request has come back; nothing was saved.
        page.wait_for_function(
            "before => Number(document.querySelector("
            "'[data-level=\"younger\"] [data-average-sentence-length]').textContent) > before",
            arg=before,
        )
        assert float(average.inner_text()) > before
        longest = page.locator('[data-level="younger"] ol li').first.inner_text()
        assert longest.startswith("And then they all walk")
    finally:
        context.close()
