"""In Chromium on a phone-sized window: a child presses Listen, hears the story (the audio
plays to its end) and sees each sentence highlighted in turn; with JavaScript off the plain
player is there; nothing is fetched from another origin; axe finds nothing."""

import time

import pytest

from kidsnews.listen import engines
from kidsnews.listen.services import generate_story_audio
from kidsnews.listen.text import story_sentences

pytestmark = [pytest.mark.browser, pytest.mark.long, pytest.mark.django_db(transaction=True)]

# Records every sentence that gets highlighted, in order, from the moment the page loads.
WATCH_HIGHLIGHTS = """() => {
    window.listenSeen = [];
    new MutationObserver((changes) => {
        for (const change of changes) {
            const el = change.target;
            if (el.classList.contains("listen-s--active")) {
                const id = el.dataset.cue;
                if (window.listenSeen[window.listenSeen.length - 1] !== id) {
                    window.listenSeen.push(id);
                }
            }
        }
    }).observe(document.body, {subtree: true, attributes: true, attributeFilter: ["class"]});
}"""


@pytest.fixture
def spoken_story(short_story):
    stored = generate_story_audio(page=short_story, engine=engines.get_engine("espeak", voice=""))
    return short_story, stored


def test_pressing_listen_highlights_each_sentence_in_turn(browser_page, run_axe, spoken_story):
    story, stored = spoken_story
    page = browser_page
    page.goto(story.url)
    run_axe(page)
    page.evaluate(WATCH_HIGHLIGHTS)
    audio = page.locator("audio.listen__audio")
    # Twice as fast, so the test takes half as long; each cue still lasts over half a second.
    audio.evaluate("(a) => { a.playbackRate = 2; a.defaultPlaybackRate = 2; }")

    page.get_by_role("button", name="Listen").click()
    page.get_by_role("button", name="Pause").wait_for()
    page.locator(".listen-s--active").first.wait_for()
    run_axe(page)  # the highlight keeps its contrast
    page.wait_for_function(
        "() => document.querySelector('audio.listen__audio').ended", timeout=60_000
    )

    seen = page.evaluate("() => window.listenSeen")
    assert seen == [s.cue_id for s in story_sentences(story)]
    played = audio.evaluate("(a) => a.duration")
    assert abs(played - stored.duration_seconds) < 0.1
    assert page.locator(".listen-s--active").count() == 0  # cleared at the end
    assert page.get_by_role("button", name="Listen").is_visible()
    assert page.foreign_requests() == []
    assert page.cookies() == []


def test_without_javascript_the_plain_player_is_there(browser, live_server, spoken_story):
    story, stored = spoken_story
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 844}, base_url=live_server.url
    )
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(story.url)
    audio = page.locator("audio.listen__audio[controls]")
    assert audio.is_visible()
    assert page.get_by_role("button", name="Listen").count() == 0
    sources = audio.locator("source")
    assert sources.nth(0).get_attribute("src") == stored.opus.url
    assert sources.nth(1).get_attribute("src") == stored.mp3.url
    # The browser can play it: it picks a source and reads the file's length.
    # wait_for_function polls with the page's own JavaScript, which is off here: Playwright's
    # evaluate still reads the element, so the test polls from Python.
    audio.evaluate("(a) => a.load()")
    deadline = time.monotonic() + 15
    while audio.evaluate("(a) => a.readyState") < 1:
        assert time.monotonic() < deadline, "the plain player never read the audio's length"
        page.wait_for_timeout(100)
    assert abs(audio.evaluate("(a) => a.duration") - stored.duration_seconds) < 0.1
    assert all(url.startswith(live_server.url) for url in requests)
    context.close()
