"""deploy/varnish.vcl in front of a live app: pages cached, a publish purged by tag and visible
on the next request, each page type naming its tags, signed-in requests passed through."""

import contextlib
import shutil
import subprocess  # noqa: S404 - runs varnishd with fixed arguments
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kidsnews.caching.deploy import render_varnish_vcl

from ..factories import make_site_tree, make_story
from ..performance.test_nginx import free_port

VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
# `make test` installs varnish and varnish-modules (scripts/ensure-test-tools.sh).
needs_varnish = pytest.mark.skipif(
    not Path(VARNISHD).exists(), reason="varnish is not installed: run make test"
)


def get(url, cookie=None):
    request = urllib.request.Request(url)  # noqa: S310 - loopback URL built by the test
    if cookie:
        request.add_header("Cookie", cookie)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@contextlib.contextmanager
def running_varnish(workdir: Path, *, backend: str, grace: str = "30s"):
    """A throwaway varnishd (own port, own working directory) from the project's VCL, in front
    of `backend` (host:port). Yields its base URL."""
    host, port = backend.split(":")
    vcl = render_varnish_vcl(
        path=workdir / "varnish.vcl", backend_host=host, backend_port=int(port), grace=grace
    )
    listen = free_port()
    process = subprocess.Popen(  # noqa: S603 - fixed arguments
        [
            VARNISHD,
            "-F",  # in the foreground: the test owns the process
            "-j",
            "none",  # no privilege separation: run as the test's user
            "-n",
            str(workdir / "work"),
            "-a",
            f"127.0.0.1:{listen}",
            "-T",
            "none",
            "-f",
            str(vcl),
            "-s",
            "malloc,32m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{listen}"
    try:
        for _ in range(100):
            try:
                if get(base + "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.1)
        else:
            raise AssertionError(process.stderr.read1().decode() if process.stderr else "")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def varnish(tmp_path, live_server):
    with running_varnish(tmp_path, backend=live_server.url.removeprefix("http://")) as base:
        yield base


@needs_varnish
@pytest.mark.long
@pytest.mark.django_db(transaction=True)
def test_a_publish_is_purged_by_tag_and_visible_through_varnish_on_the_next_request(
    settings, live_server, varnish
):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_EDGE_SECONDS = 60  # only a purge can explain a change seen at once
    settings.EDGE_PURGE_URL = varnish + "/"
    tree = make_site_tree()
    story = make_story(tree["stories"], title="Through Varnish", topics=[tree["space"]])
    other = make_story(
        tree["stories"],
        title="Owls hunt at night",
        summary="Barn owls fly without a sound.",
        topics=[tree["animals"]],
    )
    pages = {
        "story": story.url,
        "other": other.url,
        "home": "/",
        "topic": tree["space_page"].url,
        "feed": "/feeds/rss/",
        "sitemap": "/sitemap.xml",
    }
    headers = {}
    for name, path in pages.items():
        assert get(varnish + path)[0] == 200, name
        status, headers[name], _ = get(varnish + path)
        assert headers[name]["X-Edge-Cache"] == "HIT", name

    # Each page type names what it shows, for a CDN as for Varnish.
    assert {f"p{story.pk}", f"c{story.pk}", "site"} <= set(
        headers["story"]["Surrogate-Key"].split()
    )
    assert {f"p{story.pk}", "most-read"} <= set(headers["home"]["Surrogate-Key"].split())
    assert {f"p{story.pk}", f"t{tree['space'].pk}"} <= set(
        headers["topic"]["Surrogate-Key"].split()
    )
    assert {f"p{story.pk}", "l:articles.articlepage"} <= set(
        headers["feed"]["Surrogate-Key"].split()
    )
    assert "l:wagtailcore.page" in headers["sitemap"]["Surrogate-Key"].split()
    assert headers["story"]["Cache-Tag"] == ",".join(headers["story"]["Surrogate-Key"].split())
    assert "xkey" not in headers["story"]

    story.title = "Changed through Varnish"
    story.save_revision().publish()

    for name in ("story", "home", "topic", "feed"):
        status, page_headers, body = get(varnish + pages[name])
        assert b"Changed through Varnish" in body, name
        assert page_headers["X-Edge-Cache"] == "MISS", name
    assert get(varnish + pages["other"])[1]["X-Edge-Cache"] == "HIT"  # purged exactly

    _, signed_in, _ = get(varnish + story.url, cookie="sessionid=abc")
    assert signed_in["X-Edge-Cache"] == "MISS"
    assert get(varnish + story.url, cookie="sessionid=abc")[1]["X-Edge-Cache"] == "MISS"
