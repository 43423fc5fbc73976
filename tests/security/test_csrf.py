"""CSRF: every URL that could change state refuses a POST without a token.

The URL patterns are walked, not listed by hand, so a view added tomorrow is covered the day it
lands. A signed-in superuser posts with no token; each must be refused with 403 by the CSRF
check. Parameters are filled with placeholder values: the check runs before the view, so the
view's own 404 for a missing object can never hide a missing CSRF check.
"""

import pytest
from django.test import Client

from .urlwalk import all_routes, fill

pytestmark = pytest.mark.django_db

# Views that are deliberately exempt, with the reason. Keep this empty unless justified.
QUIZ_REASON = (
    "anonymous quiz answers only add to per-question totals, and playing must set no cookie "
    "(SAFETY.md 2), so there is no CSRF cookie to check; input is validated strictly"
)
VOTE_REASON = (
    "an anonymous poll vote or reaction only adds one to a total, once per reader, and voting "
    "must set no cookie (SAFETY.md 2), so there is no CSRF cookie to check; input is validated"
)
EXEMPT: dict[str, str] = {
    "kidsnews.polls.views.vote": VOTE_REASON,
    "kidsnews.polls.views.react": VOTE_REASON,
    "kidsnews.quizzes.views.check_answer": QUIZ_REASON,
    "kidsnews.quizzes.views.final_result": QUIZ_REASON,
    "kidsnews.quizzes.views.results_page": QUIZ_REASON,
}
# Static and media serving take no POST; they are skipped because they are not views of ours.
SKIP_PREFIXES = ("static/", "media/", "healthz")


def test_every_post_without_a_token_is_refused(people, tree):
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["admin"])
    checked = 0
    for route, pattern in all_routes():
        url = "/" + fill(route)
        if pattern.lookup_str in ("wagtail.views.serve", "kidsnews.caching.routing.serve"):
            url = "/stories/"  # the page tree's catch-all: any served page, forms included
        if url.lstrip("/").startswith(SKIP_PREFIXES) or pattern.lookup_str in EXEMPT:
            continue
        response = client.post(url, {"title": "x", "body": "x", "text": "x"})
        if response.status_code == 301 and response["Location"] == url + "/":
            continue  # APPEND_SLASH answers before any view runs; nothing can change
        assert response.status_code == 403, (route, response.status_code)
        assert "CSRF" in response.content.decode() or response.reason_phrase == "Forbidden"
        checked += 1
    assert checked > 100  # the walk really covered the admin, not just a handful


def test_a_valid_token_is_accepted(people):
    client = Client(enforce_csrf_checks=True)
    client.get("/admin/login/")
    token = client.cookies["csrftoken"].value
    response = client.post(
        "/admin/login/",
        {"username": "admin", "password": "wrong", "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 200  # the form answered, the CSRF check passed


def test_exempt_views_are_exactly_the_listed_ones():
    """A new csrf_exempt view fails here until it is listed above with its reason."""
    exempt = {
        pattern.lookup_str
        for _route, pattern in all_routes()
        if getattr(pattern.callback, "csrf_exempt", False)
        and pattern.lookup_str.startswith("kidsnews.")
    }
    assert exempt == {name for name in EXEMPT if name.rsplit(".", 1)[0] in _loaded_modules()}


def _loaded_modules() -> set[str]:
    return {pattern.lookup_str.rsplit(".", 1)[0] for _route, pattern in all_routes()}
