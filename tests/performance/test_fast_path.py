"""The WSGI fast path (kidsnews/caching/fastpath.py): a hit answered before Django's handler
must be byte for byte what Django's own hit path sends, and must never serve what Django would
not: signed-in readers, unknown query parameters, bad bytes, a purged page."""

import io
import sys
import time
from datetime import timedelta
from urllib.parse import unquote

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, RequestFactory
from django.utils import timezone

from kidsnews.caching.fastpath import PageCacheFastPath
from kidsnews.popularity import counters
from kidsnews.popularity.queries import views_of
from kidsnews.popularity.services import record_view

from ..factories import make_site_tree, make_story

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131 Safari/537.36"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def app(django_app):
    return PageCacheFastPath(django_app, max_bytes=4 * 1024 * 1024)


class Answer:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body
        self.code = int(status.split()[0])

    def __getitem__(self, name):
        return {k.lower(): v for k, v in self.headers}[name.lower()]

    def get(self, name):
        return {k.lower(): v for k, v in self.headers}.get(name.lower())


def call(app, path, *, method="GET", query="", scheme="http", **meta):
    environ = {
        "REQUEST_METHOD": method,
        # As servers hand it over: the raw bytes of the path, read as latin-1.
        "PATH_INFO": path.encode().decode("latin-1"),
        "QUERY_STRING": query,
        "SCRIPT_NAME": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver",
        "REMOTE_ADDR": "10.1.2.3",
        "HTTP_USER_AGENT": BROWSER,
        "wsgi.url_scheme": scheme,
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.version": (1, 0),
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        **meta,
    }
    started = []

    def start_response(status, headers, exc_info=None):
        started.append((status, headers))

    result = app(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    status, headers = started[-1]
    return Answer(status, headers, body)


def warm(app, path, **meta):
    """A miss (rendered and stored), then a hit through Django (kept by the fast path)."""
    assert call(app, path, **meta)["X-Page-Cache"] == "miss"
    assert call(app, path, **meta)["X-Page-Cache"] == "hit"


def test_a_fast_hit_sends_exactly_what_a_django_hit_sends(app, django_app, tree):
    story = make_story(tree["stories"], topics=[tree["space"]])
    call(app, story.url)
    through_django = call(app, story.url)
    calls = django_app.calls
    fast = call(app, story.url)
    assert django_app.calls == calls, "the hit should not reach Django"
    assert fast.status == through_django.status == "200 OK"
    assert fast.headers == through_django.headers
    assert fast.body == through_django.body
    names = {name.lower() for name, _ in fast.headers}
    assert "set-cookie" not in names
    assert "x-kidsnews-story-read" not in names
    for header in (
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "X-Frame-Options",
        "Permissions-Policy",
        "Referrer-Policy",
        "ETag",
        "Last-Modified",
    ):
        assert fast.get(header), header
    assert "s-maxage=" in fast["Cache-Control"]


def test_the_security_headers_of_a_fast_hit_match_a_rendered_miss(app, tree, settings):
    story = make_story(tree["stories"])
    miss = call(app, story.url)
    call(app, story.url)
    fast = call(app, story.url)
    for header in (
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "X-Frame-Options",
        "Permissions-Policy",
        "Cross-Origin-Resource-Policy",
        "Cross-Origin-Opener-Policy",
        "Referrer-Policy",
        "Cache-Control",
        "ETag",
        "Last-Modified",
    ):
        assert fast.get(header) == miss.get(header), header


def test_not_modified_and_head_are_answered_like_django(app, django_app, tree):
    story = make_story(tree["stories"])
    warm(app, story.url)
    etag = call(app, story.url)["ETag"]
    last_modified = call(app, story.url)["Last-Modified"]

    calls = django_app.calls
    first_304 = call(app, story.url, HTTP_IF_NONE_MATCH=etag)
    assert django_app.calls == calls + 1, "the first 304 comes from Django"
    fast_304 = call(app, story.url, HTTP_IF_NONE_MATCH=etag)
    since_304 = call(app, story.url, HTTP_IF_MODIFIED_SINCE=last_modified)
    assert django_app.calls == calls + 1
    for answer in (first_304, fast_304, since_304):
        assert answer.code == 304
        assert answer.body == b""
    assert fast_304.headers == first_304.headers == since_304.headers
    assert fast_304["ETag"] == etag

    other = call(app, story.url, HTTP_IF_NONE_MATCH='"something-else"')
    assert other.code == 200 and other.body
    assert django_app.calls == calls + 1

    # If-Match that fails is Django's 412, never a fast answer.
    refused = call(app, story.url, HTTP_IF_MATCH='"something-else"')
    assert refused.code == 412
    assert django_app.calls == calls + 2

    get = call(app, story.url)
    head = call(app, story.url, method="HEAD")
    assert django_app.calls == calls + 2
    assert head.code == 200
    assert head.body == b""
    assert head.headers == get.headers


def test_session_cookies_and_credentials_never_get_or_make_a_fast_hit(
    app, django_app, tree, settings
):
    story = make_story(tree["stories"])
    reader = get_user_model().objects.create_user(username="brave-otter-7", password="x" * 12)
    browser = Client()
    browser.force_login(reader)
    session = browser.cookies[settings.SESSION_COOKIE_NAME].value
    warm(app, story.url)

    calls = django_app.calls
    signed_in = call(
        app, story.url, HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}={session}; theme=dark"
    )
    assert signed_in.code == 200
    assert signed_in.get("X-Page-Cache") is None
    credentials = call(app, story.url, HTTP_AUTHORIZATION="Basic eDp5")
    assert credentials.get("X-Page-Cache") is None
    assert django_app.calls == calls + 2

    anonymous = call(app, story.url)
    assert b"brave-otter-7" not in anonymous.body
    assert django_app.calls == calls + 2  # the anonymous copy, still fast
    # Another cookie is no session: still the anonymous page.
    assert call(app, story.url, HTTP_COOKIE="theme=dark").body == anonymous.body


def test_a_path_beyond_ascii_is_served_and_kept_like_any_other(app, django_app, tree):
    story = make_story(tree["stories"], title="Ça va, Zoë? 日本", slug="ça-va-zoë-日本")
    path = unquote(story.url)  # servers hand the path over percent-decoded
    assert "ç" in path
    warm(app, path)
    calls = django_app.calls
    fast = call(app, path)
    assert fast.code == 200
    assert "Ça va, Zoë? 日本" in fast.body.decode()
    assert django_app.calls == calls


def test_unknown_query_parameters_and_other_paths_go_to_django(app, django_app, tree):
    story = make_story(tree["stories"])
    warm(app, story.url)
    calls = django_app.calls
    tracked = call(app, story.url, query="utm_source=x")
    assert tracked.code == 200
    assert tracked.get("X-Page-Cache") is None
    search = call(app, "/search/", query="q=rocket")
    assert search.get("X-Page-Cache") is None
    assert django_app.calls == calls + 2


@pytest.mark.parametrize(
    ("path", "query"),
    [("STORY", "page=%80"), ("STORY", "page=1%00"), ("STORY", "%ff=1"), ("/stories/a%00b/", "")],
)
def test_bad_bytes_are_the_kind_400_never_a_hit(app, django_app, tree, path, query):
    story = make_story(tree["stories"])
    warm(app, story.url)
    calls = django_app.calls
    path = story.url if path == "STORY" else path.replace("%00", "\x00")
    refused = call(app, path, query=query)
    assert refused.code == 400
    assert "wasn't quite right" in refused.body.decode()
    assert django_app.calls == calls + 1


def test_a_disallowed_host_is_refused_by_django(app, django_app, tree):
    story = make_story(tree["stories"])
    warm(app, story.url)
    calls = django_app.calls
    refused = call(app, story.url, HTTP_HOST="evil.example")
    assert refused.code >= 400
    assert refused.get("X-Page-Cache") is None
    assert django_app.calls == calls + 1


def test_a_publish_is_visible_to_the_very_next_request(app, tree):
    story = make_story(tree["stories"], title="Old headline")
    warm(app, story.url)
    assert b"Old headline" in call(app, story.url).body
    story.title = "New headline"
    story.save_revision().publish()
    page = call(app, story.url)
    assert page["X-Page-Cache"] == "miss"
    assert b"New headline" in page.body


def test_a_page_rendered_again_after_a_publish_is_answered_fast_again(app, django_app, tree):
    story = make_story(tree["stories"], title="Old headline")
    warm(app, story.url)
    story.title = "New headline"
    story.save_revision().publish()
    warm(app, story.url)  # the new copy, stored, then kept in memory by a hit through Django
    calls = django_app.calls
    page = call(app, story.url)
    assert django_app.calls == calls, "answered from memory, without Django"
    assert b"New headline" in page.body


def test_an_approved_comment_is_visible_to_the_very_next_request(app, tree):
    from kidsnews.comments.roles import COMMENT_MODERATORS
    from kidsnews.comments.services import approve_comment, submit_comment

    from ..comments.people import make_reader, make_staff

    story = make_story(tree["stories"])
    comment = submit_comment(reader=make_reader(), story=story, text="I love the stars")
    warm(app, story.url)
    approve_comment(comment=comment, moderator=make_staff("mod", COMMENT_MODERATORS))
    assert call(app, story.url)["X-Page-Cache"] == "miss"


def test_a_page_past_its_time_is_not_served_from_memory(app, django_app, tree):
    story = make_story(
        tree["stories"], comments_close_at_override=timezone.now() + timedelta(seconds=2)
    )
    warm(app, story.url)
    time.sleep(2.2)
    calls = django_app.calls
    assert call(app, story.url)["X-Page-Cache"] == "miss"
    assert django_app.calls == calls + 1


def test_a_fast_hit_over_another_scheme_goes_to_django(app, django_app, tree):
    story = make_story(tree["stories"])
    warm(app, story.url)
    calls = django_app.calls
    call(app, story.url, scheme="https")
    assert django_app.calls == calls + 1


def test_story_reads_served_fast_are_counted_like_any_other(app, django_app, tree):
    story = make_story(tree["stories"])
    warm(app, story.url, REMOTE_ADDR="10.0.0.1")
    assert views_of(page_id=story.pk) == 1  # the miss and its reload within a minute: one
    calls = django_app.calls
    call(app, story.url, REMOTE_ADDR="10.0.0.2")
    call(app, story.url, REMOTE_ADDR="10.0.0.2")  # a reload
    call(app, story.url, REMOTE_ADDR="10.0.0.3", HTTP_USER_AGENT="Googlebot/2.1")
    call(app, story.url, REMOTE_ADDR="10.0.0.4", HTTP_SEC_PURPOSE="prefetch")
    call(app, story.url, REMOTE_ADDR="10.0.0.5", method="HEAD")
    call(app, story.url, REMOTE_ADDR="10.0.0.6")
    assert django_app.calls == calls
    assert views_of(page_id=story.pk) == 3


def test_reads_are_added_up_in_the_process_and_written_together(app, tree, settings):
    settings.POPULARITY_FLUSH_SECONDS = 3600
    counters.pending.flush()
    story = make_story(tree["stories"])
    warm(app, story.url)
    for number in range(5):
        call(app, story.url, REMOTE_ADDR=f"10.0.1.{number}")
    assert views_of(page_id=story.pk) == 0, "written at most once an interval"
    assert counters.pending.flush() == 6
    assert views_of(page_id=story.pk) == 6
    assert counters.pending.flush() == 0


def test_the_memory_copy_stays_within_its_budget(django_app, tree):
    small = PageCacheFastPath(django_app, max_bytes=25_000)
    stories = [make_story(tree["stories"], title=f"Story {n}") for n in range(4)]
    for story in stories:
        warm(small, story.url)
    assert small.bytes <= 25_000
    assert 0 < len(small.pages) < 4
    calls = django_app.calls
    # The newest copy is served from memory; a page that left it goes through Django again.
    call(small, stories[-1].url)
    assert django_app.calls == calls
    assert call(small, stories[0].url)["X-Page-Cache"] == "hit"
    assert django_app.calls == calls + 1


def test_no_memory_budget_means_every_request_goes_to_django(django_app, tree):
    off = PageCacheFastPath(django_app, max_bytes=0)
    story = make_story(tree["stories"])
    warm(off, story.url)
    calls = django_app.calls
    assert call(off, story.url)["X-Page-Cache"] == "hit"
    assert django_app.calls == calls + 1


@pytest.mark.django_db(transaction=True)
def test_pending_reads_are_written_by_the_process_itself_within_seconds(settings):
    tree = make_site_tree()
    story = make_story(tree["stories"])
    settings.POPULARITY_FLUSH_SECONDS = 1
    counters.pending.flush()
    request = RequestFactory().get(story.url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="10.0.2.1")
    assert record_view(request=request, page_id=story.pk)
    deadline = time.monotonic() + 10
    while views_of(page_id=story.pk) == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert views_of(page_id=story.pk) == 1, "no request came to write it: the process did"
    settings.POPULARITY_FLUSH_SECONDS = 0
    deadline = time.monotonic() + 10
    while counters.pending.flusher_pid is not None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert counters.pending.flusher_pid is None, "back to writing at once: the thread stops"
