"""The just-in-time warning in a real browser: instant with JavaScript, a check step without."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from kidsnews.comments.models import Comment
from tests.browser.fixtures import WCAG_TAGS
from tests.factories import make_site_tree, make_story

from .people import PASSWORD, make_reader

QUESTION = "It looks like this has a phone number in it. Send anyway, or change it?"
PHONE_IN_WORDS = "my number is seven seven zero zero nine double-oh one two three"


def _sign_in(page, nickname: str) -> None:
    page.goto("/accounts/login/")
    page.fill("#id_username", nickname)
    page.fill("#id_password", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url("**/")


@pytest.mark.browser
def test_warning_shows_instantly_with_js_and_as_a_check_step_without(
    browser,
    live_server,
    transactional_db,
    settings,
):
    settings.COMMENT_RATE_SECONDS = 0
    tree = make_site_tree()
    story = make_story(tree["stories"], title="Penguin chicks hatch", slug="penguins")
    make_reader()

    with_js = browser.new_context(base_url=live_server.url)
    page = with_js.new_page()
    page.set_default_timeout(15_000)
    _sign_in(page, "BraveOtter42")
    page.goto(story.url)
    page.fill("#comment-text", PHONE_IN_WORDS)
    mark = page.wait_for_selector("#comment-warnings mark[data-kind=pii_phone]")
    assert "seven" in mark.inner_text()
    assert "phone number" in page.inner_text("#comment-warnings")
    # Send: asked once more, in place (issue 16 item 5); "Change it" goes back to the words.
    page.click("button[value=send]")
    page.get_by_text(QUESTION).wait_for()
    assert not Comment.objects.exists()
    page.get_by_role("button", name="Change it").click()
    assert page.evaluate("() => document.activeElement.id") == "comment-text"
    page.click("button[value=send]")
    page.get_by_role("button", name="Send anyway").click()
    page.wait_for_url(f"**{story.url}#comments")
    assert Comment.objects.get().has_personal_info
    with_js.close()

    without_js = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = without_js.new_page()
    page.set_default_timeout(15_000)
    _sign_in(page, "BraveOtter42")
    page.goto(story.url)
    assert page.is_hidden("#comment-warnings")
    page.fill("#comment-text", PHONE_IN_WORDS)
    page.click("button[value=send]")
    assert page.locator("h1").inner_text() == "Check your comment"
    assert "seven" in page.inner_text("mark[data-kind=pii_phone]")
    assert "phone number" in page.inner_text("main")
    assert QUESTION in page.inner_text("main")
    assert Comment.objects.count() == 1  # warned, not stored: the child can still edit
    page.fill("#comment-text", PHONE_IN_WORDS + " or not")
    page.get_by_role("button", name="Send anyway").click()  # a yes for other words: asked again
    assert page.locator("h1").inner_text() == "Check your comment"
    assert Comment.objects.count() == 1
    page.get_by_role("button", name="Send anyway").click()
    page.wait_for_url(f"**{story.url}#comments")
    assert Comment.objects.count() == 2
    without_js.close()


@pytest.mark.browser
def test_moderator_redacts_by_selecting_words_with_the_mouse(
    browser, live_server, transactional_db
):
    from kidsnews.comments.roles import COMMENT_MODERATORS
    from kidsnews.comments.services import submit_comment

    from .people import make_staff

    tree = make_site_tree()
    story = make_story(tree["stories"], title="Penguin chicks hatch", slug="penguins")
    comment = submit_comment(
        reader=make_reader(), story=story, text="My friend Sam Smith loves penguins"
    )
    make_staff("mod", COMMENT_MODERATORS)
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto("/admin/login/")
    page.fill("#id_username", "mod")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    assert page.inner_text("[data-count=pending]") == "1"
    page.goto("/admin/comments/")
    start = comment.text.index("Sam Smith")
    # Select "Sam Smith" inside the comment's text, as a mouse drag would.
    page.evaluate(
        """([id, start, end]) => {
            const p = document.getElementById(id);
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            let node, seen = 0, range = document.createRange();
            while ((node = walker.nextNode())) {
                const len = node.data.length;
                if (start >= seen && start <= seen + len) range.setStart(node, start - seen);
                if (end >= seen && end <= seen + len) { range.setEnd(node, end - seen); break; }
                seen += len;
            }
            const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
        }""",
        [f"text-{comment.pk}", start, start + len("Sam Smith")],
    )
    form = page.locator(f"form.kn-redact[data-text=text-{comment.pk}]")
    page.wait_for_function(
        f"document.querySelector('form.kn-redact[data-text=text-{comment.pk}]').start.value !== ''"
    )
    assert form.locator("input[name=words]").input_value() == "Sam Smith"
    # WCAG 2.2 AA on our part of the page (Wagtail's own chrome is Wagtail's to test).
    results = Axe().run(
        page,
        context={"include": [[".kn-queue"]]},
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}},
    )
    assert not results.response["violations"], results.generate_report()
    form.locator("button[value=redact]").click()
    page.wait_for_url("**/admin/comments/**")
    comment.refresh_from_db()
    assert comment.text == "My friend [removed] loves penguins"
    context.close()
