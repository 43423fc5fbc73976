"""In a real browser on a desktop screen: the lead story's headline is on the first screen
beside its picture, only the current section is marked, and the page passes axe-core."""

import pytest

from ..factories import make_image, make_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_desktop_home_shows_the_lead_headline_on_the_first_screen(browser, live_server, run_axe):
    from ..factories import make_site_tree

    tree = make_site_tree()
    picture = make_image(title="Penguins", alt="Penguins on the ice")
    for number in range(3):
        make_story(tree["stories"], title=f"Older story {number}", topics=[tree["animals"]])
    make_story(
        tree["stories"],
        title="Fluffy penguin chicks hatch at the city zoo",
        topics=[tree["animals"]],
        hero_image=picture,
    )
    context = browser.new_context(viewport={"width": 1280, "height": 800}, base_url=live_server.url)
    page = context.new_page()
    page.goto("/")
    headline = page.locator(".story-card--lead .story-card__title")
    box = headline.bounding_box()
    assert box is not None
    assert box["y"] >= 0 and box["y"] + box["height"] <= 800, box
    image = page.locator(".story-card--lead img").bounding_box()
    assert image["y"] < 800 and image["width"] > 300
    # The only marked link in the header is the page we are on.
    marked = page.locator('.site-nav [aria-current="page"]')
    assert marked.count() == 1 and marked.inner_text() == "Home"
    assert page.locator(".most-read, .badge-new").count() >= 1
    run_axe(page)
    context.close()
