"""The edge speaks tags (kidsnews/caching/edge.py): headers within the CDNs' documented limits,
and every invalidation sent, by tag, to Varnish/Fastly and to Cloudflare (a local HTTP server
stands in for each and records what it was sent)."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.http import HttpResponse

from kidsnews.caching import edge, tags

from ..factories import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def recorder():
    """A throwaway HTTP server that answers 200 to anything and keeps each request."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def _record(self):
            length = int(self.headers.get("Content-Length") or 0)
            received.append(
                {
                    "method": self.command,
                    "path": self.path,
                    "headers": {name.lower(): value for name, value in self.headers.items()},
                    "body": self.rfile.read(length) if length else b"",
                }
            )
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        do_GET = do_POST = do_PURGE = do_BAN = _record

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", received
    finally:
        server.shutdown()
        server.server_close()


def test_tags_are_sent_as_they_are_or_hashed_within_the_limits():
    assert edge.edge_key("p12") == "p12"
    long_tag = "topics.topic:" + "x" * 2000
    assert len(edge.edge_key(long_tag)) <= edge.MAX_KEY
    assert edge.edge_key("a tag, with separators") != "a tag, with separators"
    assert edge.edge_key(long_tag) == edge.edge_key(long_tag)  # the page and the purge agree

    response = HttpResponse()
    assert edge.add_tag_headers(response, ["p1", "c1", long_tag])
    assert response["Surrogate-Key"].split() == sorted(["p1", "c1", edge.edge_key(long_tag)])
    assert response["Cache-Tag"] == ",".join(response["Surrogate-Key"].split())

    too_many = HttpResponse()
    assert not edge.add_tag_headers(too_many, [f"p{n}" for n in range(4000)])
    assert "Surrogate-Key" not in too_many


def test_a_publish_purges_its_tags_at_varnish_or_fastly(
    recorder, settings, tree, django_capture_on_commit_callbacks
):
    url, received = recorder
    story = make_story(tree["stories"])
    settings.EDGE_PURGE_URL = url + "/"
    settings.EDGE_PURGE_TOKEN = "fastly-api-token"
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()

    purges = [request for request in received if request["method"] == "PURGE"]
    assert purges, received
    keys = set(purges[-1]["headers"]["xkey-purge"].split())
    assert {f"p{story.pk}", "l:articles.articlepage"} <= keys
    assert purges[-1]["headers"]["surrogate-key"] == purges[-1]["headers"]["xkey-purge"]
    assert purges[-1]["headers"]["fastly-key"] == "fastly-api-token"


def test_cloudflare_is_asked_to_purge_the_tags_thirty_at_a_time(
    recorder, settings, django_capture_on_commit_callbacks
):
    url, received = recorder
    settings.CLOUDFLARE_API_URL = url + "/client/v4"
    settings.CLOUDFLARE_ZONE_ID = "zone123"
    settings.CLOUDFLARE_BEARER_TOKEN = "cf-token"
    names = {f"p{n}" for n in range(45)}
    with django_capture_on_commit_callbacks(execute=True):
        tags.invalidate(names)

    assert [request["path"] for request in received] == ["/client/v4/zones/zone123/purge_cache"] * 2
    sent = [json.loads(request["body"])["tags"] for request in received]
    assert [len(batch) for batch in sent] == [30, 15]
    assert set(sent[0]) | set(sent[1]) == names
    assert all(r["headers"]["authorization"] == "Bearer cf-token" for r in received)
    assert all(r["method"] == "POST" for r in received)


def test_an_edge_that_is_down_does_not_undo_the_change(
    settings, django_capture_on_commit_callbacks
):
    settings.EDGE_PURGE_URL = "http://127.0.0.1:9/"  # nothing listens on the discard port
    versions = tags.versions_at_store({"p1"}, started_ns=time.time_ns())
    assert tags.still_valid(versions)
    with django_capture_on_commit_callbacks(execute=True):
        tags.invalidate({"p1"})  # the failed purge is logged, not raised
    assert not tags.still_valid(versions)
