"""CSRF: every URL that could change state refuses a POST without a token.

The URL patterns are walked, not listed by hand, so a view added tomorrow is covered the day it
lands. A signed-in superuser posts with no token; each must be refused with 403 by the CSRF
check. Parameters are filled with placeholder values: the check runs before the view, so the
view's own 404 for a missing object can never hide a missing CSRF check.
"""

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

pytestmark = pytest.mark.django_db

# Views that are deliberately exempt, with the reason. Keep this empty unless justified.
EXEMPT: dict[str, str] = {}
# Static and media serving take no POST; they are skipped because they are not views of ours.
SKIP_PREFIXES = ("static/", "media/", "healthz")

SAMPLE = {"int": "1", "str": "x", "slug": "x", "uuid": "00000000-0000-0000-0000-000000000001"}


def _fill(route: str) -> str:
    route = re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLE.get(m.group(1) or "str", "x"), route)
    # Regex patterns (re_path): fill groups, drop anchors and escapes.
    route = re.sub(r"\(\?P<\w+>[^)]*\)", "1", route)
    route = re.sub(r"\([^)]*\)", "1", route)
    route = route.replace("^", "").replace("$", "").replace("\\", "")
    route = re.sub(r"[?*+]|\{\d+,?\d*\}", "", route)
    return route


def all_routes(patterns=None, prefix=""):
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from all_routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern


def test_every_post_without_a_token_is_refused(people, tree):
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["admin"])
    checked = 0
    for route, pattern in all_routes():
        url = "/" + _fill(route)
        if pattern.lookup_str == "wagtail.views.serve":
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
