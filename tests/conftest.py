import pytest
from django.core.cache import cache

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
