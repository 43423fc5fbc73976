"""The database stops: anonymous readers of pages served before get the last good copy, from
the app's own cache and from Varnish's grace, for the configured grace and no longer; signed-in
readers, POSTs and pages never served get the friendly 503.

A throwaway PostgreSQL and the app under granian, as tests/security/test_faults.py does."""

import time

import pytest
import requests

from ..performance.test_nginx import needs_nginx, running_nginx
from ..security.servers import AppServer, app_env, have_postgres, manage, throwaway_postgres
from .test_varnish import needs_varnish, running_varnish

pytestmark = [
    pytest.mark.long,
    needs_varnish,
    needs_nginx,
    pytest.mark.skipif(not have_postgres(), reason="needs PostgreSQL's initdb"),
]

SEED = (
    "from tests.factories import make_site_tree, make_story;"
    "tree = make_site_tree();"
    "make_story(tree['stories'], title='Still here', slug='still-here', topics=[tree['space']])"
)
STORY = "/stories/still-here/"
PAGE_SECONDS = 3
GRACE_SECONDS = 8


@pytest.fixture
def app(tmp_path):
    with throwaway_postgres() as postgres:
        postgres.createdb()
        env = app_env(
            DATABASE_URL=postgres.url(),
            KIDSNEWS_VAR_DIR=str(tmp_path / "var"),  # its own file cache
            PAGE_CACHE_SECONDS=str(PAGE_SECONDS),
            PAGE_CACHE_GRACE_SECONDS=str(GRACE_SECONDS),
        )
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        manage(env, "shell", "-c", SEED)
        server = AppServer(env, workers=1).start()
        try:
            yield server, postgres
        finally:
            server.stop()


@pytest.fixture
def nginx(tmp_path, app):
    server, _ = app
    with running_nginx(tmp_path, upstream=f"127.0.0.1:{server.port}") as base:
        yield base


def test_anonymous_readers_get_the_last_good_copy_for_the_grace_and_no_longer(app, nginx, tmp_path):
    server, postgres = app
    with running_varnish(
        tmp_path / "varnish", backend=f"127.0.0.1:{server.port}", grace=f"{GRACE_SECONDS}s"
    ) as varnish:
        for base in (server.url, varnish, nginx):
            assert requests.get(base + STORY, timeout=30).status_code == 200
        stored_at = time.monotonic()

        postgres.stop()
        time.sleep(PAGE_SECONDS + 1)  # every copy is now past its time

        direct = requests.get(server.url + STORY, timeout=30)
        assert direct.status_code == 200
        assert direct.headers["X-Page-Cache"] == "stale"
        assert "Still here" in direct.text
        assert direct.headers["Cache-Control"] == "no-store"  # no shared cache renews it
        for edge in (varnish, nginx):
            page = requests.get(edge + STORY, timeout=30)
            assert page.status_code == 200, edge
            assert "Still here" in page.text

        # Nothing else changes: the signed-in, a POST and a page never served get the 503.
        signed_in = requests.get(server.url + STORY, cookies={"sessionid": "x"}, timeout=30)
        assert signed_in.status_code == 503
        assert "back in a moment" in signed_in.text
        token = "a" * 32
        posted = requests.post(
            server.url + STORY,
            cookies={"csrftoken": token},
            headers={"X-CSRFToken": token},
            timeout=30,
        )
        assert posted.status_code == 503
        assert requests.get(server.url + "/topics/space/", timeout=30).status_code == 503

        time.sleep(max(0, stored_at + PAGE_SECONDS + GRACE_SECONDS + 1 - time.monotonic()))
        assert requests.get(server.url + STORY, timeout=30).status_code == 503
        assert requests.get(varnish + STORY, timeout=30).status_code == 503
        assert requests.get(nginx + STORY, timeout=30).status_code == 503
