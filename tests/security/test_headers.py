"""Every HTML response carries the CSP and the other protective headers."""

import subprocess
import sys

import pytest
from django.conf import settings

from ..factories import make_story

pytestmark = pytest.mark.django_db

EXPECTED = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def csp_directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


def assert_protected(response, *, admin=False):
    for name, value in EXPECTED.items():
        assert response[name] == value, name
    assert "geolocation=()" in response["Permissions-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    csp = csp_directives(response)
    assert csp["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert ("'unsafe-inline'" in csp["style-src"]) is admin
    for sources in csp.values():
        assert not any(source.startswith(("http:", "https:", "*")) for source in sources)


@pytest.fixture
def public_urls(tree):
    story = make_story(tree["stories"], topics=[tree["space"]])
    return [
        "/",
        story.url,
        tree["stories"].url,
        tree["topics_index"].url,
        tree["space_page"].url,
        "/search/?q=rocket",
        "/no/such/page/",
        "/%3Cscript%3E/",
    ]


def test_public_pages_and_404_carry_csp_and_headers(client, public_urls):
    for url in public_urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert response["Content-Type"].startswith("text/html")
        assert_protected(response)


@pytest.mark.parametrize("url", ["/admin/login/", "/django-admin/login/"])
def test_admin_login_carries_the_admin_policy(client, url):
    assert_protected(client.get(url), admin=True)


def test_admin_dashboard_carries_the_admin_policy(client, people, tree):
    client.force_login(people["admin"])
    response = client.get("/admin/")
    assert response.status_code == 200
    assert_protected(response, admin=True)


def test_error_pages_carry_headers(client, db):
    assert_protected(client.get("/?q=%ff"))  # 400
    response = client.post(
        "/search/", data=b"x", content_type="text/plain", CONTENT_LENGTH="20000000"
    )
    assert response.status_code == 413
    assert_protected(response)


def test_nonce_is_fresh_per_response_and_added_when_used(rf):
    from kidsnews.security.middleware import SiteCSPMiddleware

    def view(request):
        from django.http import HttpResponse

        return HttpResponse(f'<script nonce="{request.csp_nonce}"></script>')

    middleware = SiteCSPMiddleware(view)
    first = middleware(rf.get("/"))
    second = middleware(rf.get("/"))
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]
    nonce = first.content.decode().split('nonce="')[1].split('"')[0]
    assert f"'nonce-{nonce}'" in first["Content-Security-Policy"]


def test_uploaded_files_are_sandboxed(client, tree):
    from ..factories import make_image

    image = make_image()
    response = client.get(image.file.url)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "sandbox" in policy
    assert "default-src 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"


def test_svg_and_html_cannot_be_uploaded():
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    for extension in ("svg", "html", "htm", "xhtml", "js", "xml"):
        assert extension not in settings.WAGTAILDOCS_EXTENSIONS


def test_documents_are_downloaded_never_shown_inline(client, people):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Notes", file=ContentFile(b"<script>alert(1)</script>", name="notes.txt")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


PRODUCTION_PROBE = """
import django, os
os.environ.update(HTTPS="true", SECRET_KEY="x" * 60, DJANGO_SETTINGS_MODULE="kidsnews.settings.base")
django.setup()
from django.conf import settings as s
print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,
      s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME,
      s.CONTENT_SECURITY_POLICY["DIRECTIVES"].get("upgrade-insecure-requests"))
"""


def test_https_turns_on_redirect_hsts_and_host_only_secure_cookies():
    output = subprocess.run(
        [sys.executable, "-c", PRODUCTION_PROBE], capture_output=True, text=True, check=True
    ).stdout.split()
    assert output == [
        "True",
        "31536000",
        "True",
        "True",
        "__Host-sessionid",
        "__Host-csrftoken",
        "True",
    ]


def test_check_deploy_passes_under_the_documented_production_configuration():
    result = subprocess.run(
        [sys.executable, "scripts/check_deploy.py"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
