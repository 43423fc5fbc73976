"""Captions are stored as .vtt whatever the upload was called, and media is served with its
real type and nosniff (outside security test, finding 9)."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from kidsnews.videos.models import VideoPage

from .helpers import CAPTIONS, make_video, make_video_index

pytestmark = pytest.mark.django_db

EVIL = CAPTIONS.rstrip("\n") + "\n<script>alert(document.cookie)</script>\n"


@pytest.mark.parametrize("name", ["evil.html", "evil.svg", "evil.htm.", "../../evil.html", "x"])
def test_a_captions_upload_is_stored_and_served_as_webvtt(tree, name):
    page = make_video(make_video_index(tree["home"]), captions=None, publish=False)
    page.captions = SimpleUploadedFile(name, EVIL.encode(), content_type="text/html")
    page.full_clean()
    page.save()
    page = VideoPage.objects.get(pk=page.pk)
    assert page.captions.name.startswith("captions/")
    assert page.captions.name.endswith(".vtt")
    assert ".." not in page.captions.name

    response = Client().get(page.captions.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vtt")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


def test_an_html_file_already_in_media_is_never_served_as_a_page(settings):
    folder = Path(settings.MEDIA_ROOT) / "captions"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "old-upload.html").write_text(EVIL)
    try:
        response = Client().get("/media/captions/old-upload.html")
    finally:
        (folder / "old-upload.html").unlink()
    assert response.status_code == 200
    assert not response["Content-Type"].startswith("text/html")
    assert response["X-Content-Type-Options"] == "nosniff"
