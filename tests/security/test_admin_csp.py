"""The Wagtail admin works under our CSP: no violations on login, dashboard and page editing."""

import pytest

from ..factories import make_story
from .conftest import PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


def violations(page, console) -> list[str]:
    page.wait_for_timeout(300)
    found = page.evaluate("() => window.__csp")
    return found + [text for text in console if "Content Security Policy" in text]


def test_admin_login_dashboard_and_page_editor_run_without_csp_violations(
    browser, live_server, tree
):
    story = make_story(tree["stories"], topics=[tree["space"]])
    make_user("csp-admin", staff=True, superuser=True)
    context = browser.new_context(base_url=live_server.url)
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto("/admin/login/")
        assert violations(page, console) == []
        page.fill("input[name=username]", "csp-admin")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url("**/admin/")
        assert response_ok(page)
        assert violations(page, console) == [], "dashboard"
        page.goto(f"/admin/pages/{story.pk}/edit/")
        # The editor is JavaScript-built: its Draftail rich text editor proves scripts ran.
        page.wait_for_selector(".DraftEditor-root", timeout=20_000)
        assert violations(page, console) == [], "page editor"
        assert errors == []
    finally:
        # The editor pings the server in the background (and each request touches the
        # session); leave the page first so no request is still writing during teardown.
        page.goto("about:blank")
        page.wait_for_timeout(200)
        context.close()


def response_ok(page) -> bool:
    return "/login/" not in page.url
