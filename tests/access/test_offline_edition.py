"""Today's edition offline (issue 14, item 4), in Chromium: after one visit the service worker
has kept the home page and the newest stories with their pictures; with the connection off
they still show, and a signed-in page is never served from what it kept."""

from datetime import timedelta

import pytest
from django.utils import timezone

from kidsnews.offline.queries import BUDGET_BYTES, EDITION_STORIES
from kidsnews.popularity.models import HourlyViews
from tests.comments.people import PASSWORD, make_reader

from ..factories import make_image, make_story

pytestmark = [pytest.mark.browser, pytest.mark.long, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
CACHE = "kidsnews-edition-v1"
SAVED = """async () => {
    const response = await (await caches.open("CACHE")).match("/offline/saved.json");
    return response ? await response.json() : null;
}""".replace("CACHE", CACHE)
KEYS = """async () => (await (await caches.open("CACHE")).keys())
    .map(r => new URL(r.url).pathname)""".replace("CACHE", CACHE)


@pytest.fixture
def stories(tree):
    now = timezone.now()
    made = []
    for number in range(EDITION_STORIES + 2):
        made.append(
            make_story(
                tree["stories"],
                title=f"Story number {number}",
                slug=f"story-{number}",
                hero_image=make_image(alt=f"Picture for story {number}"),
                published_at=now - timedelta(hours=number),
            )
        )
    return made  # newest first


def _wait_for_saved(page, *, other_than: str | None = None) -> dict:
    """Waits (up to a minute) until the worker has recorded a saved edition, optionally one
    with another version than `other_than`. A wait for an event, not a timed assertion."""
    for _ in range(240):
        saved = page.evaluate(SAVED)
        if saved and saved["version"] != other_than:
            return saved
        page.wait_for_timeout(250)
    raise AssertionError("the service worker did not save the edition")


def _visit_once_and_wait_for_the_edition(page):
    page.goto("/")
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    return _wait_for_saved(page)


def test_after_one_visit_home_and_saved_stories_show_offline(browser, live_server, stories):
    context = browser.new_context(viewport=PHONE, base_url=live_server.url, service_workers="allow")
    page = context.new_page()
    page.set_default_timeout(20_000)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    saved = _visit_once_and_wait_for_the_edition(page)

    newest = stories[:EDITION_STORIES]
    assert [entry["url"] for entry in saved["pages"]] == ["/"] + [s.url for s in newest]
    assert 0 < saved["bytes"] < BUDGET_BYTES
    kept = set(page.evaluate(KEYS))
    assert stories[-1].url not in kept  # the 12th story is not in today's ten
    # Saving is not reading: the worker's fetches are not counted in "most read".
    assert not HourlyViews.objects.filter(page_id__in=[s.pk for s in stories]).exists()
    assert any(path.startswith("/media/images/") for path in kept)  # pictures came too

    context.set_offline(True)
    try:
        page.goto("/")
        assert page.get_by_role("link", name="Story number 0").first.is_visible()
        page.goto(newest[3].url)
        assert page.get_by_role("heading", level=1).inner_text() == "Story number 3"
        picture = page.get_by_alt_text("Picture for story 3").first
        picture.scroll_into_view_if_needed()
        # Waits for the picture to load from the saved copy (fails on a broken image).
        page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=picture.element_handle()
        )
        # The stylesheet came from the saved copy too: the header is the site's blue.
        header = page.locator(".site-header").evaluate("h => getComputedStyle(h).backgroundColor")
        assert header == "rgb(11, 79, 156)"
        # A page that is not saved: the offline page, saying what is.
        page.goto(stories[-1].url)
        assert page.get_by_role("heading", level=1).inner_text() == "Reading without the internet"
        saved_list = page.locator("#offline-saved")
        assert saved_list.get_by_role("link", name="Story number 9").is_visible()
        assert (
            saved_list.get_by_role("link", name=f"Story number {EDITION_STORIES + 1}").count() == 0
        )
    finally:
        context.set_offline(False)
    assert all(url.startswith(live_server.url) for url in requests if url.startswith("http"))
    assert context.cookies() == []
    context.close()


def test_a_publish_reaches_the_saved_edition_on_the_next_visit(browser, live_server, stories, tree):
    context = browser.new_context(viewport=PHONE, base_url=live_server.url, service_workers="allow")
    page = context.new_page()
    page.set_default_timeout(20_000)
    first = _visit_once_and_wait_for_the_edition(page)

    fresh = make_story(tree["stories"], title="Breaking: pandas dance", slug="pandas")
    page.goto("/stories/")  # the next visit, online
    _wait_for_saved(page, other_than=first["version"])
    context.set_offline(True)
    try:
        page.goto(fresh.url)
        assert page.get_by_role("heading", level=1).inner_text() == "Breaking: pandas dance"
        page.goto("/")
        assert page.get_by_role("link", name="Breaking: pandas dance").first.is_visible()
    finally:
        context.set_offline(False)
    context.close()


def test_a_saved_storys_listen_audio_plays_offline(browser, live_server, stories):
    """The Listen audio of a saved story comes along, and offline the worker answers the
    player's byte-range requests from it, so it plays without a connection."""
    from kidsnews.listen import engines
    from kidsnews.listen.services import generate_story_audio

    stored = generate_story_audio(page=stories[0], engine=engines.get_engine("espeak", voice=""))
    context = browser.new_context(viewport=PHONE, base_url=live_server.url, service_workers="allow")
    page = context.new_page()
    page.set_default_timeout(20_000)
    _visit_once_and_wait_for_the_edition(page)
    assert stored.opus.url in set(page.evaluate(KEYS))
    context.set_offline(True)
    try:
        page.goto(stories[0].url)
        first_bytes = page.evaluate(
            """async url => {
                const response = await fetch(url, {headers: {Range: "bytes=0-99"}});
                return [response.status, response.headers.get("Content-Range"),
                        (await response.arrayBuffer()).byteLength];
            }""",
            stored.opus.url,
        )
        assert first_bytes[0] == 206 and first_bytes[2] == 100
        assert first_bytes[1].startswith("bytes 0-99/")
        # The player itself: it reads the duration from the saved file, offline.
        duration = page.locator("audio").first.evaluate(
            """audio => new Promise((resolve, reject) => {
                if (audio.readyState >= 1) return resolve(audio.duration);
                audio.addEventListener("loadedmetadata", () => resolve(audio.duration));
                audio.addEventListener("error", () => reject(new Error("no audio")));
                audio.preload = "metadata"; audio.load();
            })"""
        )
        assert abs(duration - stored.duration_seconds) < 1
    finally:
        context.set_offline(False)
    context.close()


def test_a_signed_in_page_is_never_served_from_the_saved_edition(browser, live_server, stories):
    reader = make_reader("BraveOtter42")
    context = browser.new_context(viewport=PHONE, base_url=live_server.url, service_workers="allow")
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto("/accounts/login/")
    page.fill("input[name=username]", reader.user.username)
    page.fill("input[name=password]", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    _visit_once_and_wait_for_the_edition(page)
    assert "Signed in as" in page.content()  # online: the live, signed-in page
    page.goto("/accounts/me/")
    assert "BraveOtter42" in page.content()

    kept = page.evaluate(KEYS)
    assert not [path for path in kept if path.startswith(("/accounts/", "/admin/", "/comments/"))]

    context.set_offline(True)
    try:
        page.goto("/")
        # The saved home page is the one every reader gets, not this child's.
        assert "Signed in as" not in page.content()
        assert "BraveOtter42" not in page.content()
        with pytest.raises(Exception, match="ERR_INTERNET_DISCONNECTED|ERR_FAILED"):
            page.goto("/accounts/me/")
    finally:
        context.set_offline(False)
    context.close()


def test_the_demo_edition_fits_in_the_budget_with_all_ten_stories(browser, live_server):
    from io import StringIO

    from django.core.management import call_command

    from tests.browser.test_every_page_axe import restore_what_migrations_made

    restore_what_migrations_made()
    call_command("load_demo", "--no-progress", stdout=StringIO())
    context = browser.new_context(viewport=PHONE, base_url=live_server.url, service_workers="allow")
    page = context.new_page()
    page.set_default_timeout(20_000)
    saved = _visit_once_and_wait_for_the_edition(page)
    assert len(saved["pages"]) == 1 + EDITION_STORIES
    assert saved["bytes"] < BUDGET_BYTES
    context.close()
