"""The site's icon: named on every page, and found at /favicon.ico by clients that only look there."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_pages_name_the_icon_and_favicon_ico_leads_to_it(tree):
    client = Client()
    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html

    redirect = client.get("/favicon.ico")
    assert redirect.status_code == 301
    assert redirect["Location"] == "/static/img/favicon.svg"
    icon = client.get(redirect["Location"])
    assert icon.status_code == 200
    assert b"<svg" in b"".join(icon.streaming_content)
