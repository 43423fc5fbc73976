"""XSS: hundreds of payloads through every input, rendered in Chromium wherever they are shown.

Payloads (tests/security/xss_payloads.txt) set `window.__xss` or open a dialog if they ever run.
The browser context bypasses our CSP on purpose: this suite proves the *escaping*, so a
regression is caught even though the CSP would also have blocked it. Payloads are batched,
many per page load. A deliberately unescaped control page (a test-only view, mounted only
here) proves the harness really notices script when it runs.
"""

import html
import json
from pathlib import Path
from urllib.parse import quote

import pytest
from django.http import HttpResponse
from django.urls import include, path
from django.utils.html import escape
from django.utils.safestring import mark_safe
from lxml import etree

from kidsnews.comments.roles import COMMENT_MODERATORS

from ..factories import make_image, make_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAYLOADS = [
    line
    for line in (Path(__file__).parent / "xss_payloads.txt").read_text().splitlines()
    if line and not line.startswith("#")
]
BATCH = 12


def batches(items, size=BATCH):
    return [items[i : i + size] for i in range(0, len(items), size)]


def unescaped_control(request):
    # Test-only: renders input raw, as a broken template would. Never mounted outside tests.
    return HttpResponse(mark_safe(f"<p>{request.GET.get('p', '')}</p>"))  # noqa: S308  # nosec


urlpatterns = [
    path("__xss_control__/", unescaped_control),
    path("", include("kidsnews.urls")),
]


@pytest.fixture
def xss_page(browser, live_server, settings):
    settings.ROOT_URLCONF = __name__
    context = browser.new_context(base_url=live_server.url, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    dialogs: list[str] = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.dialogs = dialogs
    yield page
    context.close()


def assert_no_script_ran(page, where: str, *, settle_ms: int = 40):
    # goto() returns after the load event, when image errors have fired; the short wait
    # covers autofocus, animation and toggle handlers.
    page.wait_for_timeout(settle_ms)
    fired = page.evaluate("() => window.__xss || null")
    assert fired is None, f"script ran on {where}"
    assert page.dialogs == [], f"dialog opened on {where}: {page.dialogs}"


def test_control_page_proves_the_harness_catches_script(xss_page):
    caught = 0
    for payload in ['<img src=x onerror="window.__xss=1">', "<script>alert(1)</script>"]:
        xss_page.dialogs.clear()
        xss_page.goto("/__xss_control__/?p=" + quote(payload))
        xss_page.wait_for_timeout(150)
        if xss_page.evaluate("() => window.__xss || null") or xss_page.dialogs:
            caught += 1
    assert caught == 2


def test_at_least_a_hundred_payloads():
    assert len(PAYLOADS) >= 100


def packed(items, limit: int) -> list[str]:
    """Payloads joined by spaces into strings of at most `limit` characters."""
    packs, current = [], ""
    for item in items:
        if current and len(current) + 1 + len(item) > limit:
            packs.append(current)
            current = ""
        current = f"{current} {item}" if current else item
    return [*packs, current]


def test_search_query_and_404_path_reflect_payloads_safely(xss_page, tree):
    shown = 200  # the search page echoes the first 200 characters of the query
    for query in packed(PAYLOADS, shown):
        xss_page.goto("/search/?q=" + quote(query))
        assert_no_script_ran(xss_page, f"search {query!r}")
    for batch in batches(PAYLOADS):
        xss_page.goto("/" + "/".join(quote(p, safe="") for p in batch) + "/")
        assert_no_script_ran(xss_page, f"404 {batch!r}")


def _story_with(tree, batch, number):
    joined = " ".join(batch)
    image = make_image(title=joined[:255], alt=joined[:255], credit=batch[0 % len(batch)][:255])
    body = [
        ("paragraph", "".join(f"<p>{escape(p)}</p>" for p in batch)),
        ("subheading", batch[0 % len(batch)][:120]),
        (
            "picture",
            {"image": image, "caption": batch[-1][:255], "credit": batch[1 % len(batch)][:255]},
        ),
        ("quote", {"text": joined[:600], "attribution": batch[2 % len(batch)][:120]}),
        (
            "social_post",
            {
                "platform": "x",
                "author": batch[3 % len(batch)][:100],
                "handle": batch[4 % len(batch)][:100],
                "text": joined[:1000],
                "posted_at": "2026-01-01",
                "url": "https://example.org/post",
            },
        ),
        ("closing_question", batch[5 % len(batch)][:200]),
    ]
    return make_story(
        tree["stories"],
        title=batch[0 % len(batch)][:255],
        slug=f"xss-{number}",
        summary=joined[:200],
        seo_title=batch[1 % len(batch)][:255],
        search_description=batch[2 % len(batch)],
        body=body,
        hero_image=image,
        topics=[tree["space"]],
    )


def test_editor_fields_on_pages_feeds_json_and_admin(xss_page, tree, live_server, client):
    from .conftest import make_user

    stories = [_story_with(tree, batch, n) for n, batch in enumerate(batches(PAYLOADS))]

    for story in stories:
        xss_page.goto(story.url)
        assert_no_script_ran(xss_page, f"story {story.slug}")
        # Not vacuous: the payloads are on the page, as text the reader can see.
        assert story.title in xss_page.locator("h1").first.inner_text()
        # JSON-LD stays data: it parses, and no payload closes its <script> element early.
        for block in xss_page.locator('script[type="application/ld+json"]').all_text_contents():
            json.loads(block)
    for url in ("/", tree["stories"].url, tree["space_page"].url, "/search/?q=window"):
        xss_page.goto(url)
        assert_no_script_ran(xss_page, url)

    # Feeds escape exactly once: every title a feed reader shows is the editor's exact text.
    titles = {story.title for story in stories}
    rss = etree.fromstring(client.get("/feeds/rss/").content)
    rss_titles = {title.text for title in rss.iterfind("channel/item/title")}
    assert rss_titles
    assert rss_titles <= titles
    atom = etree.fromstring(client.get("/feeds/atom/").content)
    atom_titles = {t.text for t in atom.iterfind("{http://www.w3.org/2005/Atom}entry/{*}title")}
    assert atom_titles <= titles
    feed = json.loads(client.get("/feeds/json/").content)
    assert feed["items"]
    assert {item["title"] for item in feed["items"]} <= titles
    for url in ("/feeds/rss/", "/feeds/atom/", "/feeds/json/"):
        xss_page.goto(url)
        assert_no_script_ran(xss_page, url)

    admin = make_user("xss-admin", staff=True, superuser=True)
    client.force_login(admin)
    xss_page.context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            }
        ]
    )
    # The page explorer comes last: the assertion below reads its listing of titles (search
    # results differ between SQLite and PostgreSQL tokenisers, so they cannot be relied on).
    admin_urls = [
        "/admin/pages/search/?q=window",
        "/admin/",
        "/admin/images/",
        f"/admin/pages/{stories[0].pk}/edit/",
        f"/admin/images/{stories[0].hero_image.pk}/",
        f"/admin/pages/{tree['stories'].pk}/",
    ]
    for url in admin_urls:
        xss_page.goto(url)
        assert "/login/" not in xss_page.url, "the admin session did not take"
        assert_no_script_ran(xss_page, url)
    assert stories[0].title in xss_page.content() or html.escape(stories[0].title) in (
        xss_page.content()
    )


def test_comments_on_the_story_and_in_the_moderation_queue(xss_page, tree, live_server, client):
    """Readers' text is shown in three places: under the story once approved, and in the
    moderators' queue (with screened spans wrapped in <mark>, a classic place to slip)."""
    from kidsnews.comments.services import CommentRefused, approve_comment, submit_comment

    from ..comments.people import make_reader, make_staff

    story = make_story(tree["stories"], title="Comments story", slug="comments-story")
    moderator = make_staff("xss-mod", COMMENT_MODERATORS)
    stored, refused = [], 0
    for number, text in enumerate(packed(PAYLOADS, 480)):
        reader = make_reader(f"Tester{number}", parent_email=f"p{number}@example.org")
        try:
            stored.append(
                submit_comment(reader=reader, story=story, text=text, personal_info_confirmed=True)
            )
        except CommentRefused:  # stored nowhere, so shown nowhere
            refused += 1
    assert len(stored) >= 10 and len(stored) > refused, "most packs must be stored to be tested"
    approved = []
    for comment in stored[::2]:
        if not comment.has_personal_info:
            approve_comment(comment=comment, moderator=moderator)
            approved.append(comment)
    assert approved and len(approved) < len(stored), "some shown publicly, some kept pending"

    xss_page.goto(story.url)
    assert_no_script_ran(xss_page, "story comments")
    shown = xss_page.locator("#comments").inner_text()
    assert approved[0].text.split()[0] in shown, "the payloads are on the page as text"

    client.force_login(moderator)
    xss_page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    for tab in ("pending", "approved"):
        xss_page.goto(f"/admin/comments/?tab={tab}")
        assert "/login/" not in xss_page.url, "the moderator session did not take"
        assert_no_script_ran(xss_page, f"moderation queue {tab}")
    assert xss_page.locator("body").inner_text().count("Tester") >= 1
