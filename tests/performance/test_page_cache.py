"""The anonymous page cache: what readers see after a change, and what is never shared."""

import time
from datetime import timedelta

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone

from kidsnews.articles.models import ArticlePage
from kidsnews.caching.middleware import AnonymousPageCacheMiddleware, mark_cacheable
from kidsnews.comments.roles import COMMENT_MODERATORS

from ..comments.people import make_reader, make_staff
from ..factories import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def fetch(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code in (200, 304, 404), response.status_code
    return response


def cache_state(client, url):
    return fetch(client, url).get("X-Page-Cache")


def test_second_anonymous_request_is_served_from_the_cache_without_cookies(client, tree):
    story = make_story(tree["stories"], topics=[tree["space"]])
    first = fetch(client, story.url)
    second = fetch(client, story.url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert not second.cookies and not first.cookies
    assert "Set-Cookie" not in second
    cache_control = second["Cache-Control"]
    assert "public" in cache_control
    assert "s-maxage=" in cache_control
    assert "max-age=0" in cache_control
    # The security middlewares still put their headers on a cached page.
    assert "Content-Security-Policy" in second


def test_a_published_change_is_visible_to_the_next_anonymous_request(client, tree):
    story = make_story(tree["stories"], title="Old headline", topics=[tree["space"]])
    assert b"Old headline" in fetch(client, story.url).content
    assert b"Old headline" in fetch(client, "/").content
    assert cache_state(client, story.url) == "hit"

    story.title = "New headline"
    story.save_revision().publish()

    page = fetch(client, story.url)
    assert page["X-Page-Cache"] == "miss"
    assert b"New headline" in page.content
    assert b"New headline" in fetch(client, "/").content
    assert b"New headline" in fetch(client, tree["space_page"].url).content


def test_purge_is_exact_an_unrelated_story_stays_cached(client, tree):
    changed = make_story(tree["stories"], title="Changed", topics=[tree["space"]])
    # Shares no topic and no word with it, so its "More like this" does not show it.
    unrelated = make_story(
        tree["stories"], title="Unrelated", summary="Owls hunt at night.", topics=[tree["animals"]]
    )
    for url in (changed.url, unrelated.url, tree["animals_page"].url):
        fetch(client, url)

    changed.title = "Changed again"
    changed.save_revision().publish()

    assert cache_state(client, unrelated.url) == "hit"
    assert cache_state(client, tree["animals_page"].url) == "hit"
    assert cache_state(client, changed.url) == "miss"


def test_unpublishing_removes_the_page_at_once(client, tree):
    story = make_story(tree["stories"])
    fetch(client, story.url)
    story.unpublish()
    assert fetch(client, story.url).status_code == 404


def test_an_approved_comment_is_visible_to_the_next_anonymous_request(
    client, tree, django_capture_on_commit_callbacks
):
    from kidsnews.comments.services import approve_comment, submit_comment

    story = make_story(tree["stories"], topics=[tree["space"]])
    other = make_story(
        tree["stories"], title="Other", summary="Owls hunt at night.", topics=[tree["animals"]]
    )
    urls = [story.url, "/", tree["space_page"].url, tree["stories"].url, other.url]
    for url in urls:
        fetch(client, url)
    assert all(cache_state(client, url) == "hit" for url in urls)

    comment = submit_comment(reader=make_reader(), story=story, text="I love the stars")
    with django_capture_on_commit_callbacks(execute=True):
        approve_comment(comment=comment, moderator=make_staff("mod", COMMENT_MODERATORS))

    assert cache_state(client, story.url) == "miss"
    assert cache_state(client, "/") == "miss"
    assert cache_state(client, tree["stories"].url) == "miss"  # /stories/ prints the count too
    assert cache_state(client, tree["space_page"].url) == "miss"
    assert cache_state(client, other.url) == "hit"


def test_a_comment_approved_by_a_moderator_shows_on_the_next_anonymous_request(
    client, tree, django_capture_on_commit_callbacks
):
    from kidsnews.comments.services import approve_comment, submit_comment

    story = make_story(tree["stories"], topics=[tree["space"]])
    reader = make_reader()
    moderator = make_staff("mod", COMMENT_MODERATORS)
    text = "I would love to see the penguins"
    comment = submit_comment(reader=reader, story=story, text=text)
    assert text.encode() not in fetch(client, story.url).content  # pending: never shown
    assert cache_state(client, story.url) == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        approve_comment(comment=comment, moderator=moderator)

    page = fetch(client, story.url)
    assert page["X-Page-Cache"] == "miss"
    assert text.encode() in page.content


def test_the_story_list_shows_the_new_count_at_once(
    client, tree, django_capture_on_commit_callbacks
):
    from kidsnews.comments.services import approve_comment, submit_comment

    story = make_story(tree["stories"], title="Penguin chicks hatch")
    comment = submit_comment(reader=make_reader(), story=story, text="I love the chicks")
    assert b"0 comments" in fetch(client, tree["stories"].url).content
    assert cache_state(client, tree["stories"].url) == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        approve_comment(comment=comment, moderator=make_staff("mod", COMMENT_MODERATORS))

    page = fetch(client, tree["stories"].url)
    assert page["X-Page-Cache"] == "miss"
    assert b"1 comment<" in page.content


def test_a_thread_closing_expires_the_cached_story(client, tree):
    story = make_story(
        tree["stories"], comments_close_at_override=timezone.now() + timedelta(seconds=1)
    )
    first = fetch(client, story.url)
    assert first["X-Page-Cache"] == "miss"
    assert "s-maxage=0" in first["Cache-Control"] or "s-maxage=1" in first["Cache-Control"]
    assert cache_state(client, story.url) == "hit"
    time.sleep(1.2)
    assert not ArticlePage.objects.get(pk=story.pk).are_comments_open
    assert cache_state(client, story.url) == "miss"


def test_etag_and_last_modified_give_304(client, tree):
    story = make_story(tree["stories"])
    first = fetch(client, story.url)
    etag = first["ETag"]
    assert first["Last-Modified"]
    for _ in range(2):  # on a miss and on a hit
        not_modified = fetch(client, story.url, HTTP_IF_NONE_MATCH=etag)
        assert not_modified.status_code == 304
        assert not_modified.content == b""
    story.title = "Changed"
    story.save_revision().publish()
    assert fetch(client, story.url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_signed_in_readers_are_never_served_or_stored(client, tree, django_user_model):
    story = make_story(tree["stories"])
    fetch(client, story.url)
    reader = django_user_model.objects.create_user(username="brave-otter-7", password="x" * 12)
    client.force_login(reader)
    signed_in = fetch(client, story.url)
    assert "X-Page-Cache" not in signed_in  # never answered from the anonymous copy

    client.logout()
    client.cookies.clear()
    anonymous = fetch(client, story.url)
    assert anonymous["X-Page-Cache"] == "hit"
    assert b"brave-otter-7" not in anonymous.content


def _middleware_serving(view):
    return AnonymousPageCacheMiddleware(view)


def test_a_response_that_sets_a_cookie_or_is_private_is_never_stored(rf: RequestFactory):
    calls = []

    def sets_cookie(request):
        calls.append(request)
        mark_cacheable(request)
        response = HttpResponse("for one visitor")
        response.set_cookie("csrftoken", "abc")
        return response

    def private(request):
        calls.append(request)
        mark_cacheable(request)
        response = HttpResponse("signed in: brave-otter-7")
        response["Cache-Control"] = "private, no-store"
        return response

    for view, path in ((sets_cookie, "/a/"), (private, "/b/")):
        middleware = _middleware_serving(view)
        for _ in range(2):
            response = middleware(rf.get(path))
            assert "X-Page-Cache" not in response
    assert len(calls) == 4


def test_a_session_cookie_or_credentials_bypass_the_cache(rf, settings):
    calls = []

    def page(request):
        calls.append(request)
        mark_cacheable(request)
        return HttpResponse("page")

    middleware = _middleware_serving(page)
    assert middleware(rf.get("/c/"))["X-Page-Cache"] == "miss"
    assert middleware(rf.get("/c/"))["X-Page-Cache"] == "hit"
    with_session = rf.get("/c/")
    with_session.COOKIES[settings.SESSION_COOKIE_NAME] = "x"
    assert "X-Page-Cache" not in middleware(with_session)
    assert "X-Page-Cache" not in middleware(rf.get("/c/", HTTP_AUTHORIZATION="Basic eDp5"))
    # Unknown query parameters are rendered, never stored (no cache filling by query string).
    assert "X-Page-Cache" not in middleware(rf.get("/c/", {"utm": "1"}))
    assert len(calls) == 4


def test_every_listing_page_is_purged_together(client, tree):
    for number in range(14):
        make_story(tree["stories"], title=f"Story {number}", topics=[tree["space"]])
    url = tree["space_page"].url
    fetch(client, url)
    fetch(client, url + "?page=2")
    assert cache_state(client, url + "?page=2") == "hit"
    make_story(tree["stories"], title="Newest", topics=[tree["space"]])
    assert cache_state(client, url + "?page=2") == "miss"
    assert b"Newest" in fetch(client, url).content


def test_feeds_and_sitemaps_are_cached_and_purged_on_publish(client, tree):
    make_story(tree["stories"], title="First story")
    for url in ("/feeds/rss/", "/sitemap.xml"):
        fetch(client, url)
        assert cache_state(client, url) == "hit"
    make_story(tree["stories"], title="Brand new story")
    feed = fetch(client, "/feeds/rss/")
    assert feed["X-Page-Cache"] == "miss"
    assert b"Brand new story" in feed.content
    assert cache_state(client, "/sitemap.xml") == "miss"
