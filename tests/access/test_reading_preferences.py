"""Reading preferences (issue 14, item 2): a child picks bigger text, easy-to-read letters, more
space between lines or dark colours in a panel; the choice is kept in this browser only and is
on the page before it is first drawn, on pages that stay one cached copy for everyone."""

import pytest

from ..factories import make_image, make_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}

# Runs before any of the page's own scripts: notes what <html> says at the moment <body> is
# first inserted, which is before anything of the page can be painted.
RECORD_AT_FIRST_BODY = """
(() => {
    const note = () => {
        const html = document.documentElement;
        window.__atFirstBody = {
            text: html.getAttribute("data-text"),
            font: html.getAttribute("data-font"),
            spacing: html.getAttribute("data-spacing"),
            theme: html.getAttribute("data-theme"),
        };
    };
    new MutationObserver((changes, observer) => {
        if (document.body) { note(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
})();
"""


@pytest.fixture
def story(tree):
    image = make_image(alt="A red rocket on a launch pad")
    return make_story(
        tree["stories"],
        title="Rocket reaches the Moon",
        topics=[tree["space"]],
        hero_image=image,
        body=[("paragraph", "<p>The rocket flew for three days to reach the Moon.</p>")],
    )


def _context(browser, live_server, **options):
    return browser.new_context(viewport=PHONE, base_url=live_server.url, **options)


def _choose(page, group: str, label: str) -> None:
    page.get_by_role("group", name=group).get_by_label(label).check()


def test_choices_survive_a_reload_apply_before_first_paint_and_set_no_cookie(
    browser, live_server, story
):
    context = _context(browser, live_server)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.add_init_script(RECORD_AT_FIRST_BODY)
    page.goto(story.url)
    size_before = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")

    page.get_by_role("button", name="Reading settings").click()
    _choose(page, "Text size", "Bigger")
    _choose(page, "Letters", "Easy to read (Atkinson Hyperlegible)")
    _choose(page, "Space between lines", "More space")
    _choose(page, "Colours", "Dark")

    page.reload()
    seen = page.evaluate("window.__atFirstBody")
    assert seen == {"text": "larger", "font": "readable", "spacing": "wide", "theme": "dark"}
    html = page.locator("html")
    assert html.get_attribute("data-theme") == "dark"
    size_after = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert size_after > size_before * 1.25
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert family.startswith('"Atkinson Hyperlegible"')
    # The self-hosted font really loads (nothing is fetched from elsewhere: see below).
    assert page.evaluate(
        "document.fonts.load('16px \"Atkinson Hyperlegible\"').then(f => f.length > 0)"
    )
    background = page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
    assert background == "rgb(18, 21, 25)"
    # The panel shows what is chosen.
    page.get_by_role("button", name="Reading settings").click()
    assert page.get_by_role("group", name="Colours").get_by_label("Dark").is_checked()

    assert context.cookies() == []
    stored = page.evaluate("localStorage.getItem('kidsnews-reading')")
    assert '"theme":"dark"' in stored
    # Still one page for everyone: what the server sends knows nothing of the choice.
    response = page.request.get(story.url)
    assert response.text().startswith('<!DOCTYPE html>\n<html lang="en-GB">\n')

    page.get_by_role("button", name="Back to normal").click()
    page.reload()
    assert page.evaluate("window.__atFirstBody") == {
        "text": None,
        "font": None,
        "spacing": None,
        "theme": None,
    }
    assert page.evaluate("localStorage.getItem('kidsnews-reading')") is None
    context.close()


def test_the_device_dark_setting_applies_without_javascript(browser, live_server, story):
    context = _context(browser, live_server, java_script_enabled=False, color_scheme="dark")
    page = context.new_page()
    page.goto(story.url)
    background = page.locator("html").evaluate("h => getComputedStyle(h).backgroundColor")
    assert background == "rgb(18, 21, 25)"
    # No dead button: without JavaScript the settings button stays hidden.
    assert not page.get_by_role("button", name="Reading settings").is_visible()
    context.close()


def test_a_chosen_light_scheme_wins_over_a_dark_device(browser, live_server, story):
    context = _context(browser, live_server, color_scheme="dark")
    page = context.new_page()
    page.goto(story.url)
    assert (
        page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
        == "rgb(18, 21, 25)"
    )
    page.get_by_role("button", name="Reading settings").click()
    _choose(page, "Colours", "Light")
    page.reload()
    assert (
        page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
        == "rgb(255, 255, 255)"
    )
    context.close()


def test_the_panel_works_with_the_keyboard_alone(browser, live_server, story):
    context = _context(browser, live_server)
    page = context.new_page()
    page.goto(story.url)
    button = page.get_by_role("button", name="Reading settings")
    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    # Focus moves into the panel, onto the chosen text size.
    assert page.evaluate("document.activeElement.name") == "pref-text"
    page.keyboard.press("ArrowDown")  # radio groups move with the arrow keys
    assert page.locator("html").get_attribute("data-text") == "large"
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert page.get_by_role("group", name="Text size").is_hidden()
    assert page.evaluate("document.activeElement.id") == "prefs-button"
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_in_either_colour_scheme(scheme, browser, live_server, story, run_axe):
    context = _context(browser, live_server, color_scheme=scheme)
    page = context.new_page()
    page.set_default_timeout(15_000)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for path in ("/", story.url):
        page.goto(path)
        run_axe(page)
    # With the panel open and every choice made, too.
    page.get_by_role("button", name="Reading settings").click()
    _choose(page, "Text size", "Bigger")
    _choose(page, "Letters", "Easy to read (Atkinson Hyperlegible)")
    _choose(page, "Space between lines", "More space")
    run_axe(page)
    assert all(url.startswith(live_server.url) for url in requests if url.startswith("http"))
    context.close()
