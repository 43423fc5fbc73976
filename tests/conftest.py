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
