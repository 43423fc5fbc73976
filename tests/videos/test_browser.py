"""A child follows the header's Watch link and watches the bulletin with captions, in Chromium."""

import pytest

from .helpers import make_video, make_video_index

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_watch_link_plays_the_latest_bulletin_with_captions(tree, browser_page, run_axe):
    index = make_video_index(tree["home"])
    make_video(index, title="Yesterday's bulletin", days_ago=1)
    bulletin = make_video(index, title="Today's bulletin", days_ago=0)
    page = browser_page
    page.goto("/")
    # Watch, in the header, opens the videos; the newest bulletin leads them.
    page.get_by_role("link", name="Watch", exact=True).first.click()
    page.wait_for_url(f"**{index.url}")
    page.get_by_role("link", name="Today's bulletin").first.click()
    page.wait_for_url(f"**{bulletin.url}")
    assert page.get_by_role("heading", level=1).inner_text() == "Today's bulletin"

    video = page.locator("video")
    assert video.get_attribute("autoplay") is None
    page.evaluate("() => { const v = document.querySelector('video'); v.muted = true; v.play(); }")
    page.wait_for_function(
        "() => { const v = document.querySelector('video');"
        " return v.readyState >= 2 && v.currentTime > 0; }"
    )
    page.wait_for_function(
        "() => { const t = document.querySelector('video').textTracks[0];"
        " return t && t.mode === 'showing' && t.cues && t.cues.length === 2; }"
    )
    assert page.evaluate("() => document.querySelector('video').textTracks[0].language") == "en"
    assert page.get_by_role("heading", name="Transcript").is_visible()
    assert page.get_by_text("Hello and welcome to the news.").is_visible()
    run_axe(page)
    assert page.foreign_requests() == []
    assert page.cookies() == []
