"""The app server `make run` uses (granian, scripts/serve.sh) with the production settings: long
search URLs still reach Django's friendly page, and the page cache's fast path answers over real
HTTP exactly as Django's hit path does."""

import socket

import pytest
import requests

from .servers import AppServer, app_env, manage

pytestmark = pytest.mark.long

SEED = (
    "from tests.factories import make_site_tree, make_story;"
    "tree = make_site_tree();"
    "print(make_story(tree['stories'], title='Served by granian').url)"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    var = tmp_path_factory.mktemp("app-server-var")
    env = app_env(KIDSNEWS_VAR_DIR=str(var))
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    story_url = manage(env, "shell", "-c", SEED).strip().splitlines()[-1]
    app = AppServer(env, workers=1).start()
    app.story_url = story_url
    try:
        requests.get(app.url + "/healthz", timeout=60)
        yield app
    finally:
        app.stop()


@pytest.mark.parametrize("length", [5_000, 20_000, 60_000])
def test_long_search_urls_get_djangos_page_not_a_bare_414(server, length):
    query = "+".join(["rocket"] * (length // 7))
    response = requests.get(f"{server.url}/search/?q={query}", timeout=60)
    assert response.status_code == 200
    assert "kidsnews" in response.text
    assert "Content-Security-Policy" in response.headers


def test_cached_hits_over_http_match_djangos_and_refuse_what_django_refuses(server):
    url = server.url + server.story_url
    session = requests.Session()
    miss = session.get(url, timeout=30)
    through_django = session.get(url, timeout=30)
    fast = session.get(url, timeout=30)
    assert miss.headers["X-Page-Cache"] == "miss"
    assert through_django.headers["X-Page-Cache"] == fast.headers["X-Page-Cache"] == "hit"
    assert fast.content == through_django.content == miss.content
    assert "Set-Cookie" not in fast.headers

    def without_date(headers):
        return {name: value for name, value in headers.items() if name.lower() != "date"}

    assert without_date(fast.headers) == without_date(through_django.headers)

    head = session.head(url, timeout=30)
    assert head.status_code == 200 and head.content == b""
    assert without_date(head.headers) == without_date(fast.headers)

    for _ in range(2):
        not_modified = session.get(url, headers={"If-None-Match": fast.headers["ETag"]}, timeout=30)
        assert not_modified.status_code == 304 and not_modified.content == b""
        assert (
            not_modified.headers["Content-Security-Policy"]
            == fast.headers["Content-Security-Policy"]
        )

    signed_in = requests.get(url, cookies={"sessionid": "not-a-session"}, timeout=30)
    assert "X-Page-Cache" not in signed_in.headers

    # A NUL in the path or broken UTF-8 in the query: the kind 400, never a cached page.
    for target in (server.story_url + "?page=%ff", server.story_url.rstrip("/") + "%00/"):
        refused = requests.get(server.url + target, timeout=30)
        assert refused.status_code == 400, target
        assert "wasn't quite right" in refused.text


def test_a_raw_request_with_bytes_that_are_not_utf8_is_refused(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(
            b"GET " + server.story_url.encode() + b"?page=\xff HTTP/1.1\r\n"
            b"Host: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    status_line = answer.split(b"\r\n", 1)[0]
    assert b" 400" in status_line, status_line
