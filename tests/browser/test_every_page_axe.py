"""axe-core (WCAG 2.2 AA) on every page type of the demo site, at phone and desktop sizes.

One demo load per size (drawing the pictures is the slow part); every page is visited and all
violations are gathered, so one run names every page that fails rather than the first.
"""

from io import StringIO

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from kidsnews.articles.models import ArticlePage
from kidsnews.quizzes.models import QuizPage
from kidsnews.topics.models import TopicPage
from kidsnews.videos.models import VideoPage
from tests.browser.fixtures import WCAG_TAGS
from tests.comments.people import ensure_roles

# heading-order and the landmark rules are tagged "best-practice" by axe, not WCAG; a child using
# a screen reader needs them all the same.
TAGS = [*WCAG_TAGS, "best-practice"]

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


SIZES = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}


def restore_what_migrations_made() -> None:
    """load_demo expects the root page, locale, root collection and staff groups that the
    migrations made; an earlier transactional test flushed them. (Not serialized_rollback: it
    leaves the content types table empty for the tests after it.)"""
    from django.conf import settings
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Collection, Locale, Page

    if Page.get_first_root_node() is None:
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        Locale.objects.get_or_create(language_code=language)
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    ensure_roles()


def every_page_type() -> dict[str, tuple[str, int]]:
    """page type -> (path, expected status), one of each from the demo content."""
    stories = ArticlePage.objects.live().order_by("-first_published_at")
    story = stories.filter(is_sensitive=False).first()
    return {
        "home": ("/", 200),
        "story index": ("/stories/", 200),
        "story": (story.url, 200),
        # "Worried about the news?": the panel on a sensitive story, and the page it links to.
        "sensitive story": (stories.get(is_sensitive=True).url, 200),
        "worried about the news": ("/worried/", 200),
        "glossary A to Z": ("/words/", 200),
        "topic index": ("/topics/", 200),
        "topic": (TopicPage.objects.live().get(slug="animals").url, 200),
        "watch index": ("/watch/", 200),
        "video": (VideoPage.objects.live().first().url, 200),
        "quiz index": ("/quizzes/", 200),
        "quiz": (QuizPage.objects.live().first().url, 200),
        "search": ("/search/?q=space", 200),
        "search, nothing found": ("/search/?q=zzzzqqq", 200),
        "sign-in": ("/accounts/login/", 200),
        "sign-up": ("/accounts/sign-up/", 200),
        "error page": ("/no-such-page/", 404),
    }


# The phone sweep repeats the desktop one at another width: it runs in make test-long.
@pytest.mark.parametrize("size", [pytest.param("phone", marks=pytest.mark.long), "desktop"])
def test_every_page_type_has_no_axe_violations(size, browser, live_server):
    restore_what_migrations_made()
    call_command("load_demo", "--no-progress", stdout=StringIO())
    context = browser.new_context(viewport=SIZES[size], base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    axe = Axe()
    failures = {}
    try:
        for name, (path, status) in every_page_type().items():
            response = page.goto(path)
            assert response.status == status, (name, path, response.status)
            results = axe.run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
            violations = results.response["violations"]
            if violations:
                failures[f"{name} ({path})"] = [
                    (v["id"], [node["target"] for node in v["nodes"]][:3]) for v in violations
                ]
    finally:
        context.close()
    assert not failures, failures
