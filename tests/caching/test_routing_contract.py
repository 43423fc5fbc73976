"""The private attributes of Wagtail and treebeard that routing (kidsnews/caching/routing.py)
sets, one function each: these fail on an upgrade that stops honouring one of them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from kidsnews.caching import routing

from ..factories import make_story

pytestmark = pytest.mark.django_db


def test_a_remembered_route_is_what_wagtail_serves(rf, tree):
    story = make_story(tree["stories"])
    request = rf.get("/anything/")
    routing.remember_route(request, (story, ["x"], {"y": 1}))
    with CaptureQueriesContext(connection) as queries:
        assert Page.route_for_request(request, "/anything/") == (story, ["x"], {"y": 1})
    assert len(queries) == 0


def test_a_remembered_site_is_what_wagtail_finds_for_the_request(rf, tree):
    site = Site.objects.get(is_default_site=True)
    request = rf.get("/", HTTP_HOST="elsewhere.example")
    routing.remember_site(request, site)
    with CaptureQueriesContext(connection) as queries:
        assert Site.find_for_request(request) is site
    assert len(queries) == 0


def test_a_remembered_parent_costs_no_query(tree):
    story = make_story(tree["stories"])
    child = Page.objects.get(pk=story.pk)
    routing.remember_parent(child, tree["stories"])
    with CaptureQueriesContext(connection) as queries:
        assert child.get_parent() is tree["stories"]
    assert len(queries) == 0
    # The control: without it, treebeard asks the database.
    with CaptureQueriesContext(connection) as queries:
        assert Page.objects.get(pk=story.pk).get_parent().pk == tree["stories"].pk
    assert len(queries) >= 1


def test_routing_finds_the_page_with_public_apis_for_the_rest(client, tree):
    story = make_story(tree["stories"], title="Routed")
    assert b"Routed" in client.get(story.url).content
    assert client.get("/stories/no-such-story/").status_code == 404
