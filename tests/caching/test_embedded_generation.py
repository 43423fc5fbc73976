"""The embedded default keeps the cache tags' invalidation generation in a file beside its cache
(kidsnews/caching/backend.py): read on every page-cache hit without a query, bumped by any
process on the machine, and seen by every other process on its very next read."""

import multiprocessing
from pathlib import Path

import pytest
import requests
from django.core.cache import caches

from kidsnews.caching import tags
from kidsnews.caching.backend import KeptOpenDiskCache, SharedCounter

from ..security.servers import AppServer, app_env, manage
from .test_two_servers import PUBLISH, SEED

FORK = multiprocessing.get_context("fork")


def _bump_times(path: str, times: int) -> None:
    counter = SharedCounter(Path(path))
    for _ in range(times):
        counter.bump()


def test_a_bump_in_another_process_is_read_at_once(tmp_path):
    counter = SharedCounter(tmp_path / "generation")
    before = counter.read()
    child = FORK.Process(target=_bump_times, args=(str(tmp_path / "generation"), 1))
    child.start()
    child.join(30)
    assert child.exitcode == 0
    assert counter.read() == before + 1


def test_bumps_from_several_processes_at_once_are_all_counted(tmp_path):
    path = tmp_path / "generation"
    before = SharedCounter(path).read()
    children = [FORK.Process(target=_bump_times, args=(str(path), 300)) for _ in range(3)]
    for child in children:
        child.start()
    for child in children:
        child.join(60)
        assert child.exitcode == 0
    assert SharedCounter(path).read() == before + 900


def test_a_new_counter_does_not_start_where_another_did(tmp_path):
    # A recreated cache directory must not repeat a generation a process has already seen.
    starts = {SharedCounter(tmp_path / f"generation-{n}").read() for n in range(5)}
    assert len(starts) == 5


@pytest.fixture
def disk_cache(settings, tmp_path):
    settings.CACHES = {
        "default": {
            "BACKEND": "kidsnews.caching.backend.KeptOpenDiskCache",
            "LOCATION": str(tmp_path / "cache"),
            "KEY_PREFIX": "kidsnews",
        }
    }
    assert isinstance(caches["default"], KeptOpenDiskCache)
    return caches["default"]


@pytest.mark.django_db
def test_an_invalidation_moves_the_generation_and_a_cleared_cache_does_too(disk_cache):
    first = tags.generation()
    assert tags.generation() == first  # nothing changed, nothing moves
    tags.invalidate({"p1"})
    second = tags.generation()
    assert second != first
    assert disk_cache.get("tag:generation") is None  # no SQLite read on the hit path
    disk_cache.clear()  # every version gone: every stored page must be checked again
    assert tags.generation() != second


@pytest.mark.long  # a minute: migrations, static files and two servers
def test_a_publish_reaches_two_servers_on_the_embedded_default_at_once(tmp_path):
    """SQLite and the file cache, no other server: two app servers keep the page in memory,
    a third process publishes, and both show the new words on the very next request."""
    env = app_env(KIDSNEWS_VAR_DIR=str(tmp_path / "var"), PAGE_CACHE_EDGE_SECONDS="60")
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "shell", "-c", SEED)
    servers = [AppServer(env, workers=1, threads=2).start() for _ in range(2)]
    try:
        for server in servers:
            for _ in range(3):  # stored, then answered from the process's memory
                page = requests.get(server.url + "/stories/shared/", timeout=30)
                assert "First words" in page.text
            assert page.headers["X-Page-Cache"] == "hit"
        manage(env, "shell", "-c", PUBLISH)
        for server in servers:
            page = requests.get(server.url + "/stories/shared/", timeout=30)
            assert "Second words" in page.text, server.url
            assert "First words" not in page.text, server.url
    finally:
        for server in servers:
            server.stop()
