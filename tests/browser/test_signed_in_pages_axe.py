"""axe-core on the pages a reader or a grown-up reaches by signing in, following a link or sending
a form, at phone and desktop sizes (the anonymous pages are in test_every_page_axe.py).

Each page is reached the way a person reaches it: the child signs in through the form and
posts a comment with a phone number in it; the grown-up follows the links in our emails. All
violations are gathered, so one run names every page that fails.
"""

from datetime import timedelta
from unittest import mock

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings as django_settings
from django.utils import timezone

from kidsnews.accounts.services import consent_token, manage_token
from kidsnews.comments.models import Comment, CommentSettings
from kidsnews.comments.services import submit_comment
from kidsnews.core import wording
from tests.browser.test_every_page_axe import SIZES, TAGS
from tests.comments.people import PASSWORD, make_reader
from tests.factories import make_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = "my number is 07700 900123 call me"
QUESTION = "It looks like this has a phone number in it. Send anyway, or change it?"


def _comment(story, reader, text, status):
    comment = submit_comment(reader=reader, story=story, text=text, personal_info_confirmed=True)
    # An hour ago, so the next comment is not "too soon".
    Comment.objects.filter(pk=comment.pk).update(
        status=status, created_at=timezone.now() - timedelta(hours=1)
    )
    return comment


@pytest.fixture
def people(tree):
    story = make_story(tree["stories"], title="Penguin chicks hatch", slug="penguins")
    child = make_reader("BraveOtter42")
    other = make_reader("CalmSeal17", parent_email="another@example.org")
    waiting = make_reader("HappyFox23", consent=False, parent_email="third@example.org")
    _comment(story, other, "Penguins are my favourite birds", Comment.Status.APPROVED)
    _comment(story, child, "I would like to hold a chick", Comment.Status.APPROVED)
    _comment(story, child, "Chicks are fluffy", Comment.Status.PENDING)
    return {"story": story, "child": child, "waiting": waiting}


# The phone sweep repeats the desktop one at another width: it runs in make test-long.
@pytest.mark.parametrize("size", [pytest.param("phone", marks=pytest.mark.long), "desktop"])
def test_signed_in_and_linked_pages_have_no_axe_violations(size, browser, live_server, people):
    story, child = people["story"], people["child"]
    axe = Axe()
    failures = {}

    def check(page, name):
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
        violations = results.response["violations"]
        if violations:
            failures[f"{name} ({page.url})"] = [
                (v["id"], [node["target"] for node in v["nodes"]][:3]) for v in violations
            ]

    def expect(response, status, name):
        assert response is not None and response.status == status, (name, response.status)

    contexts = []

    def new_page():
        context = browser.new_context(viewport=SIZES[size], base_url=live_server.url)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    try:
        # --- The child: signs in through the form, lands on "My comments".
        page = new_page()
        page.goto("/accounts/login/")
        page.fill("input[name=username]", child.nickname)
        page.fill("input[name=password]", PASSWORD)
        with page.expect_navigation():
            page.get_by_role("button", name="Sign in").click()
        assert page.url.endswith("/accounts/me/"), page.url
        assert page.get_by_text("I would like to hold a chick").is_visible()
        check(page, "my comments")

        # The story with the comment form open; comments.js asks "Send anyway?" in place.
        expect(page.goto(story.url), 200, "story, signed in")
        check(page, "story, signed in")
        page.locator("#comment-text").press_sequentially(PHONE)
        page.locator("#comment-warnings").wait_for(state="visible")
        page.get_by_role("button", name="Send", exact=True).click()
        page.locator(".comment-form__confirm").wait_for(state="visible")
        check(page, "story, send anyway? in place")

        # Without the in-place step: the check page asks the same.
        with page.expect_navigation() as checked:
            page.get_by_role("button", name="Check my comment").click()
        expect(checked.value, 200, "check page")
        assert page.get_by_text(QUESTION).is_visible()
        check(page, "check page, send anyway?")

        # Comments rest while the child decides: "Send anyway" gets the refused page.
        paused = CommentSettings.for_site(story.get_site())
        CommentSettings.objects.filter(pk=paused.pk).update(is_paused=True)
        with page.expect_navigation() as refused:
            page.get_by_role("button", name="Send anyway").click()
        expect(refused.value, 403, "refused page")
        assert page.get_by_text(wording.COMMENTS_RESTING).is_visible()
        check(page, "refused page")

        # Reporting another child's approved comment.
        page.goto(story.url)
        with page.expect_navigation() as report:
            page.locator(".comment", has_text="Penguins are my favourite birds").get_by_role(
                "link", name="Report"
            ).click()
        expect(report.value, 200, "report page")
        check(page, "report page")

        # --- A grown-up, not signed in: the links in our emails.
        page = new_page()
        expect(page.goto(f"/accounts/parent/{manage_token(reader=child)}/"), 200, "parent page")
        assert page.get_by_text(child.nickname).first.is_visible()
        check(page, "parent page")

        waiting = people["waiting"]
        consent = page.goto(f"/accounts/consent/{consent_token(reader=waiting)}/")
        expect(consent, 200, "consent page")
        check(page, "consent page")

        expect(page.goto("/accounts/parent/not-a-real-link/"), 404, "link problem")
        check(page, "link doesn't work")

        days = django_settings.PARENT_MANAGE_LINK_MAX_AGE_DAYS + 1
        with mock.patch("time.time", return_value=timezone.now().timestamp() - days * 86_400):
            old_link = f"/accounts/parent/{manage_token(reader=child)}/"
        expect(page.goto(old_link), 410, "link expired")
        assert page.get_by_text("This link has expired").first.is_visible()
        check(page, "link expired")

        expect(page.goto("/accounts/parent/"), 200, "parent link request")
        check(page, "parent link request")
        page.fill("input[name=email]", "grownup@example.org")
        with page.expect_navigation() as sent:
            page.locator("main form button[type=submit]").click()
        expect(sent.value, 200, "parent link sent")
        check(page, "parent link sent")

        expect(page.goto("/accounts/forgot/"), 200, "forgot password")
        check(page, "forgot password")
        page.fill("input[name=nickname]", child.nickname)
        with page.expect_navigation() as sent:
            page.locator("main form button[type=submit]").click()
        expect(sent.value, 200, "forgot password sent")
        check(page, "forgot password sent")

        # --- A teenager signs up: "13 or older" is said kindly, no account is made.
        page = new_page()
        expect(page.goto("/accounts/sign-up/"), 200, "sign-up")
        page.locator("input[name=nickname]").first.check()
        page.get_by_label("13 or older").check()
        page.fill("input[name=password1]", PASSWORD)
        page.fill("input[name=password2]", PASSWORD)
        page.fill("input[name=parent_email]", "teen@example.org")
        with page.expect_navigation() as too_old:
            page.get_by_role("button", name="Make my account").click()
        expect(too_old.value, 200, "too old")
        assert page.get_by_text(wording.TOO_OLD_TITLE).first.is_visible()
        check(page, "sign-up, 13 or older")
    finally:
        for context in contexts:
            context.close()
    assert not failures, failures
