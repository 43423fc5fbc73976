"""A request for a host name this site does not serve gets a kind 400, never an error page."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/", "/stories/", "/no-such-page/", "/search/?q=x", "/feeds/rss/"]
)
@pytest.mark.parametrize("host", ["evil.example", "a" * 300, "bad host", "127.0.0.1:99999x"])
def test_unknown_host_gets_a_kind_400(tree, path, host):
    response = Client(raise_request_exception=False).get(path, HTTP_HOST=host)
    assert response.status_code == 400, (path, host, response.status_code)
    assert "kidsnews" in response.content.decode()
