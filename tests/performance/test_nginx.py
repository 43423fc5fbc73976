"""deploy/nginx.conf: valid, and it serves anonymous pages from its cache, never signed-in ones."""

import contextlib
import http.server
import shutil
import socket
import subprocess  # noqa: S404 - runs the nginx binary with fixed arguments
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kidsnews.caching import edge
from kidsnews.caching.deploy import render_nginx_conf

from ..factories import make_site_tree, make_story

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
# `make test` installs nginx (scripts/ensure-test-tools.sh); the mark only explains a bare
# pytest run on a machine without it.
needs_nginx = pytest.mark.skipif(
    not Path(NGINX).exists(), reason="nginx is not installed: run make test, which installs it"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def render(tmp_path, upstream="127.0.0.1:9", port=None):
    return render_nginx_conf(
        prefix=tmp_path / "nginx",
        listen=f"127.0.0.1:{port or free_port()}",
        upstream=upstream,
        static_root=tmp_path / "static",
        media_root=tmp_path / "media",
    )


@needs_nginx
def test_nginx_conf_is_valid(tmp_path):
    conf = render(tmp_path)
    assert "{{" not in conf.read_text()
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [NGINX, "-t", "-e", "stderr", "-p", str(conf.parent), "-c", str(conf)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr


def get(url, cookie=None):
    request = urllib.request.Request(url)  # noqa: S310 - loopback URL built by the test
    if cookie:
        request.add_header("Cookie", cookie)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.headers, response.read()
    except urllib.error.HTTPError as error:
        raise AssertionError(f"{url}: {error.code} {error.read()[:3000]!r}") from error


@contextlib.contextmanager
def running_nginx(tmp_path, *, upstream: str):
    """nginx from deploy/nginx.conf on its own port in front of `upstream`; yields its URL."""
    port = free_port()
    conf = render(tmp_path, upstream=upstream, port=port)
    nginx = subprocess.Popen(  # noqa: S603 - fixed arguments
        [NGINX, "-e", "stderr", "-p", str(conf.parent), "-c", str(conf), "-g", "daemon off;"]
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(50):
            try:
                get(base + "/healthz")
                break
            except (OSError, AssertionError):
                time.sleep(0.1)
        yield base
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)


@needs_nginx
@pytest.mark.long
@pytest.mark.django_db(transaction=True)
def test_nginx_serves_anonymous_pages_from_its_cache_and_passes_signed_in_ones(
    tmp_path, live_server, settings
):
    settings.PAGE_CACHE_ENABLED = True
    # Long enough that only a purge can explain a change seen at once.
    settings.PAGE_CACHE_EDGE_SECONDS = 60
    tree = make_site_tree()
    story = make_story(tree["stories"], title="Through nginx")
    with running_nginx(tmp_path, upstream=live_server.url.removeprefix("http://")) as base:
        url = base + story.url
        first_headers, first = get(url)
        second_headers, second = get(url)
        assert b"Through nginx" in first
        assert second_headers["X-Edge-Cache"] == "HIT"
        assert second == first
        assert "Set-Cookie" not in second_headers

        signed_in_headers, _ = get(url, cookie="sessionid=abc")
        assert signed_in_headers["X-Edge-Cache"] == "BYPASS"

        # The purge deletes nginx's cached file too: visible on the very next request.
        settings.EDGE_NGINX_CACHE_DIR = str(tmp_path / "nginx" / "cache")
        assert get(url)[0]["X-Edge-Cache"] == "HIT"
        story.title = "Changed through nginx"
        story.save_revision().publish()
        assert b"Changed through nginx" in get(url)[1]


class _TaggedUpstream(http.server.BaseHTTPRequestHandler):
    """An app answer with the largest tag headers the app sends (edge.MAX_HEADER each)."""

    keys = [f"t{n:05d}" for n in range(edge.MAX_HEADER // 7)]

    def do_GET(self):  # noqa: N802 - the http.server interface
        body = b"<!doctype html><title>Many tags</title><p>A story with many tags"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=0, s-maxage=60")
        self.send_header("Surrogate-Key", " ".join(self.keys))
        self.send_header("Cache-Tag", ",".join(self.keys))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@needs_nginx
def test_an_answer_with_the_largest_tag_headers_passes_nginx_is_cached_and_purged(
    tmp_path, settings
):
    surrogate = " ".join(_TaggedUpstream.keys)
    assert edge.MAX_HEADER - 7 <= len(surrogate) <= edge.MAX_HEADER
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _TaggedUpstream)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        upstream = f"127.0.0.1:{server.server_port}"
        with running_nginx(tmp_path, upstream=upstream) as base:
            first_headers, body = get(base + "/stories/many-tags/")
            assert b"A story with many tags" in body
            assert first_headers["Surrogate-Key"] == surrogate
            assert get(base + "/stories/many-tags/")[0]["X-Edge-Cache"] == "HIT"
            # The purge finds the last key of the longest header in nginx's file.
            settings.EDGE_NGINX_CACHE_DIR = str(tmp_path / "nginx" / "cache")
            edge.purge([_TaggedUpstream.keys[-1]])
            assert get(base + "/stories/many-tags/")[0]["X-Edge-Cache"] != "HIT"
    finally:
        server.shutdown()
        server.server_close()
