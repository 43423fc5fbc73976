"""Issue 15 in a real browser (Debian's chromium): a child reads a sensitive story, says they
don't feel safe, and is told where to get help at once, with JavaScript and without; a moderator
escalates it from the queue and the case is in its own queue. axe-core on every new page."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail

from kidsnews.comments.models import SafeguardingCase
from kidsnews.comments.roles import COMMENT_MODERATORS
from kidsnews.core import wording
from kidsnews.info.models import InfoPage
from tests.browser.fixtures import WCAG_TAGS
from tests.factories import make_site_tree, make_story

from .people import PASSWORD, make_reader, make_staff

NOT_SAFE = "I don't feel safe at home"


def _no_axe_violations(page, **context):
    results = Axe().run(
        page.page if hasattr(page, "page") else page,
        **context,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}},
    )
    assert not results.response["violations"], results.generate_report()


def _sign_in(page, username: str, *, admin=False) -> None:
    page.goto("/admin/login/" if admin else "/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("main form button[type=submit]" if not admin else "button[type=submit]")
    page.wait_for_url("**/admin/" if admin else "**/")


@pytest.mark.browser
def test_help_at_once_escalation_and_the_new_pages_pass_axe(
    browser, browser_page, live_server, transactional_db, settings
):
    settings.COMMENT_RATE_SECONDS = 0
    tree = make_site_tree()
    story = make_story(
        tree["stories"],
        title="Families leave their homes as fighting goes on",
        slug="fighting",
        is_sensitive=True,
    )
    worried = tree["home"].add_child(
        instance=InfoPage(
            title="Worried about the news?",
            slug="worried",
            intro="What can help if a story upsets you.",
            body=[("paragraph", f"<p>{wording.CALL_CHILDLINE}</p>")],
        )
    )
    worried.save_revision().publish()
    child = make_reader()
    make_staff("mod", COMMENT_MODERATORS)
    lead = make_staff("lead", settings.SAFEGUARDING_GROUP)
    lead.email = "lead@kidsnews.example"
    lead.save()

    # With JavaScript, on a phone: the panel, the gentle prompt, and help after sending.
    page = browser_page
    _sign_in(page, child.nickname)
    page.goto(story.url)
    panel = page.locator("aside.worried")
    assert "0800 1111" in panel.inner_text() and "childline.org.uk" in panel.inner_text()
    assert page.get_by_text(wording.SENSITIVE_STORY_PROMPT).is_visible()
    _no_axe_violations(page)
    page.locator("#comment-text").press_sequentially(NOT_SAFE)
    page.locator("#comment-warnings").wait_for(state="visible")
    page.get_by_role("button", name="Send", exact=True).click()
    page.wait_for_url(f"**{story.url}#comments")
    help_now = page.locator(".messages__item--help")
    assert "0800 1111" in help_now.inner_text()
    assert wording.TALK_TO_A_GROWN_UP in help_now.inner_text()
    _no_axe_violations(page)
    page.goto(worried.url)
    _no_axe_violations(page)
    page.goto("/accounts/me/")
    assert "0800 1111" in page.locator(".help-now").inner_text()
    _no_axe_violations(page)
    # The check page ("Check my comment") says it before anything is sent.
    page.goto(story.url)
    page.locator("#comment-text").press_sequentially("I feel scared at home")
    with page.expect_navigation():
        page.get_by_role("button", name="Check my comment").click()
    assert "0800 1111" in page.locator(".help-now").inner_text()
    _no_axe_violations(page)
    assert page.foreign_requests() == []  # Childline is words on our page, never a request

    # Without JavaScript, sending goes through the check page, which says it first. (axe
    # needs JavaScript; the same page was checked above.)
    without_js = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    plain = without_js.new_page()
    plain.set_default_timeout(15_000)
    _sign_in(plain, child.nickname)
    plain.goto(story.url)
    plain.fill("#comment-text", "I don't feel safe at home at all")
    plain.click("button[value=send]")
    assert plain.locator("h1").inner_text() == "Check your comment"
    assert "0800 1111" in plain.locator(".help-now").inner_text()
    without_js.close()

    # The moderator: the child's comment is first; Escalate, with why.
    staff = browser.new_context(base_url=live_server.url)
    admin = staff.new_page()
    admin.set_default_timeout(15_000)
    _sign_in(admin, "mod", admin=True)
    admin.goto("/admin/comments/")
    first = admin.locator(".kn-queue__item").first
    assert NOT_SAFE in first.inner_text()
    first.get_by_label("Why you are worried").fill("Says they are not safe at home")
    _no_axe_violations(admin, context={"include": [[".kn-queue"]]})
    first.get_by_role("button", name="Escalate").click()
    admin.wait_for_url("**/admin/comments/**")
    case = SafeguardingCase.objects.get()
    assert admin.get_by_role("link", name=f"Safeguarding case {case.pk}").is_visible()
    (email,) = mail.outbox
    assert email.to == ["lead@kidsnews.example"]
    admin.goto("/admin/comments/cases/")
    _no_axe_violations(admin, context={"include": [[".kn-queue"]]})
    admin.get_by_role("link", name=f"Case {case.pk}").click()
    assert NOT_SAFE in admin.locator(".kn-case__text").inner_text()
    _no_axe_violations(admin, context={"include": [[".kn-queue"]]})
    staff.close()
