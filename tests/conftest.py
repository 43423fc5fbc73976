import pytest
from django.core.cache import cache

from .browser.fixtures import browser, browser_page, run_axe  # noqa: F401 - one Chromium for every test
from .factories import make_site_tree


@pytest.fixture(autouse=True)
def _clear_cache():
    # Tests share one cache backend (Redis in CI); each starts from an empty one.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def tree(db):
    return make_site_tree()


class CountingDjango:
    """Django's WSGI handler, counting the requests that reach it (for the WSGI fast paths,
    kidsnews/caching/fastpath.py and kidsnews/polls/fastpath.py)."""

    def __init__(self):
        from django.core.handlers.wsgi import WSGIHandler

        self.handler = WSGIHandler()
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        return self.handler(environ, start_response)


@pytest.fixture
def django_app():
    """A CountingDjango. As Django's test client does, the test's connection (inside its
    transaction) is not closed at the end of each request."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield CountingDjango()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
