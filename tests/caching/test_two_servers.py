"""Two app servers on one machine sharing PostgreSQL and Redis, behind Varnish: a publish is on
the next request through either of them, and through Varnish, purged by tag."""

import pytest
import requests

from ..security.servers import (
    AppServer,
    app_env,
    have_postgres,
    manage,
    throwaway_postgres,
    throwaway_redis,
)
from .test_varnish import needs_varnish, running_varnish

pytestmark = [
    pytest.mark.long,
    needs_varnish,
    pytest.mark.skipif(not have_postgres(), reason="needs PostgreSQL's initdb"),
]

SEED = (
    "from tests.factories import make_site_tree, make_story;"
    "tree = make_site_tree();"
    "make_story(tree['stories'], title='First words', slug='shared', topics=[tree['space']])"
)
PUBLISH = (
    "from kidsnews.articles.models import ArticlePage;"
    "story = ArticlePage.objects.get(slug='shared');"
    "story.title = 'Second words';"
    "story.save_revision().publish()"
)
STORY = "/stories/shared/"


def test_a_publish_is_on_the_next_request_through_every_server(tmp_path):
    with throwaway_postgres() as postgres, throwaway_redis() as redis:
        postgres.createdb()
        env = app_env(
            DATABASE_URL=postgres.url(),
            REDIS_URL=redis.url(),
            KIDSNEWS_VAR_DIR=str(tmp_path / "var"),
            PAGE_CACHE_EDGE_SECONDS="60",  # only a purge explains a change seen at once
        )
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        manage(env, "shell", "-c", SEED)
        first, second = AppServer(env, workers=1).start(), AppServer(env, workers=1).start()
        try:
            with running_varnish(tmp_path, backend=f"127.0.0.1:{first.port}") as varnish:
                bases = (first.url, second.url, varnish)
                for base in bases:  # each stores the page (the fast path keeps it in memory)
                    for _ in range(3):
                        assert "First words" in requests.get(base + STORY, timeout=30).text
                assert requests.get(varnish + STORY, timeout=30).headers["X-Edge-Cache"] == "HIT"

                # A third process publishes, as the admin on either server would.
                manage({**env, "EDGE_PURGE_URL": varnish + "/"}, "shell", "-c", PUBLISH)

                for base in bases:
                    page = requests.get(base + STORY, timeout=30)
                    assert "Second words" in page.text, base
                    assert "First words" not in page.text, base
        finally:
            first.stop()
            second.stop()
