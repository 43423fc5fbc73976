"""Oversized and malformed requests get a clear 4xx and change nothing."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

TEN_MB = 10 * 1024 * 1024


class ExplodingBody:
    """A request body that fails the test if anything tries to read it."""

    def read(self, *args):
        raise AssertionError("the body of an oversized request was read")

    readline = read


@pytest.mark.parametrize("path", ["/search/", "/comments/post/1/", "/admin/login/", "/"])
def test_ten_megabyte_posts_are_refused_before_reading(client, path):
    response = client.generic(
        "POST",
        path,
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(TEN_MB),
        **{"wsgi.input": ExplodingBody()},
    )
    assert response.status_code == 413
    assert "too big" in response.content.decode()


def test_admin_uploads_under_the_cap_are_not_refused_by_size(client):
    response = client.generic(
        "POST", "/admin/login/", data=b"a=1", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code != 413


def test_framework_cap_is_set_for_form_fields(settings):
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= 2_621_440
    assert settings.MAX_REQUEST_BODY_BYTES < TEN_MB
    assert settings.ADMIN_MAX_REQUEST_BODY_BYTES < TEN_MB


@pytest.mark.parametrize(
    "query", ["q=%ff%fe", "q=%c3%28", "q=abc%00def", "q=%ed%a0%80", "%ff=1", "page=%80"]
)
def test_invalid_utf8_and_nul_in_query_strings_are_a_kind_400(client, query):
    response = client.get(f"/search/?{query}")
    assert response.status_code == 400
    assert "wasn't quite right" in response.content.decode()


def test_nul_in_path_is_a_kind_400(client):
    assert client.get("/stories/a%00b/").status_code == 400


@pytest.mark.parametrize("body", [b"username=%ff&password=x", b"username=a%00b&password=x"])
def test_invalid_form_bodies_are_refused_and_nothing_is_stored(client, body):
    users = get_user_model().objects.count()
    response = client.generic(
        "POST", "/admin/login/", data=body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert get_user_model().objects.count() == users


def test_nul_in_multipart_fields_is_refused(client):
    response = client.post("/search/", {"q": "rock\x00et"})
    assert response.status_code == 400


def test_huge_fields_and_integers_do_not_crash(client, tree):
    for params in ({"q": "x" * 100_000}, {"page": "9" * 5000}, {"q": "1" * 5000, "page": "-0"}):
        response = client.get("/search/", params)
        assert response.status_code < 500
