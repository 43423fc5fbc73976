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


INJECT_HANDLER = """() => {
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__pwned = 1');
    img.src = '/no-such-picture.png';
    document.body.append(img);
}"""
PROBE_HANDLER = "() => document.createElement('div').setAttribute('ontouchstart', 'return;')"


def test_image_focal_point_tool_runs_under_the_admin_csp(browser, live_server, tree):
    """Wagtail's focal-point cropper (Jcrop) initialises and sets a focal point, no violation."""
    from kidsnews.images.models import CustomImage

    from ..factories import make_image

    image = make_image()
    make_user("csp-editor", staff=True, superuser=True)
    context = browser.new_context(base_url=live_server.url)
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto("/admin/login/")
        page.fill("input[name=username]", "csp-editor")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url("**/admin/")
        page.goto(f"/admin/images/{image.pk}/")
        # Jcrop wraps the picture in its holder once it has initialised.
        page.wait_for_selector(".jcrop-holder", timeout=20_000)
        assert violations(page, console) == [], "image editor"
        assert errors == []
        box = page.locator(".jcrop-holder").bounding_box()
        page.mouse.move(box["x"] + box["width"] * 0.2, box["y"] + box["height"] * 0.2)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.7, steps=8)
        page.mouse.up()
        assert page.input_value("input.focal_point_x") != ""
        with page.expect_navigation():
            page.get_by_role("button", name="Save", exact=True).click()
        assert "/login/" not in page.url
        image = CustomImage.objects.get(pk=image.pk)
        assert image.focal_point_x is not None
        assert image.focal_point_width > 0
        assert violations(page, console) == [], "after saving"

        # Only Jcrop's no-op probe is allowed: any other inline handler is still blocked.
        page.goto(f"/admin/images/{image.pk}/")
        page.evaluate(INJECT_HANDLER)
        page.wait_for_timeout(300)
        assert page.evaluate("() => window.__pwned") is None
        assert any("script-src-attr" in found for found in violations(page, console))

        # The public site allows no inline handler at all, not even the probe.
        console.clear()
        page.goto("/")
        page.evaluate(PROBE_HANDLER)
        assert any("script-src-attr" in found for found in violations(page, console))
    finally:
        page.goto("about:blank")
        page.wait_for_timeout(200)
        context.close()


def test_public_policy_is_unchanged_and_the_admin_allows_only_the_jcrop_probe(client, tree):
    from .test_headers import csp_directives

    def self_and_nonce_only(sources):
        return sources[0] == "'self'" and all(s.startswith("'nonce-") for s in sources[1:])

    public = csp_directives(client.get("/"))
    assert self_and_nonce_only(public["script-src"])
    assert "script-src-attr" not in public
    assert not any("'unsafe-hashes'" in sources for sources in public.values())

    admin = csp_directives(client.get("/admin/login/"))
    assert self_and_nonce_only(admin["script-src"])
    assert admin["script-src-attr"] == [
        "'unsafe-hashes'",
        "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='",  # sha256 of "return;"
    ]
