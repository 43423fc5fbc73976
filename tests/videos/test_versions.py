"""Signed (BSL) and audio-described versions of a video (issue 14, item 3): the usual video's
page links its versions and each version links back, /watch/?signed=1 lists the signed ones,
and the JSON-LD says which accessibility features each video has."""

import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from kidsnews.caching import tags
from kidsnews.videos import queries
from kidsnews.videos.models import VersionKind

from .helpers import CAPTIONS, make_video, make_video_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def bulletin(tree):
    index = make_video_index(tree["home"])
    return make_video(index, title="Daily bulletin", topics=[tree["space"]], days_ago=1)


@pytest.fixture
def signed(bulletin):
    return make_video(
        bulletin.get_parent(),
        title="Daily bulletin with sign language",
        version_of=bulletin,
        version_kind=VersionKind.SIGNED,
        days_ago=0,
    )


def json_ld(html):
    return json.loads(re.search(r'application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_the_bulletin_links_its_signed_version_and_the_version_links_back(bulletin, signed):
    html = Client().get(bulletin.url).content.decode()
    assert f'<a class="button" href="{signed.url}">Watch with sign language</a>' in html
    back = Client().get(signed.url).content.decode()
    assert f'<a class="button" href="{bulletin.url}">Watch without sign language</a>' in back


def test_an_audio_described_version_is_linked_by_its_own_words(bulletin, signed):
    described = make_video(
        bulletin.get_parent(),
        title="Daily bulletin, described",
        version_of=bulletin,
        version_kind=VersionKind.DESCRIBED,
    )
    html = Client().get(bulletin.url).content.decode()
    assert html.index("Watch with sign language") < html.index("Watch with audio description")
    assert f'href="{described.url}">Watch with audio description</a>' in html
    data = json_ld(Client().get(described.url).content.decode())
    assert data["accessibilityFeature"] == ["captions", "transcript", "audioDescription"]


def test_a_video_without_versions_shows_no_version_links(bulletin):
    html = Client().get(bulletin.url).content.decode()
    assert "Watch with sign language" not in html
    assert 'class="video-versions"' not in html


def test_a_draft_version_is_not_linked(bulletin):
    make_video(
        bulletin.get_parent(),
        title="Not ready yet",
        version_of=bulletin,
        version_kind=VersionKind.SIGNED,
        publish=False,
    )
    assert "Watch with sign language" not in Client().get(bulletin.url).content.decode()


def test_json_ld_lists_the_accessibility_features_true_of_each_video(bulletin, signed):
    usual = json_ld(Client().get(bulletin.url).content.decode())
    assert usual["accessibilityFeature"] == ["captions", "transcript"]
    version = json_ld(Client().get(signed.url).content.decode())
    assert version["accessibilityFeature"] == ["captions", "transcript", "signLanguage"]


def test_watch_lists_usual_videos_and_can_be_filtered_to_signed_ones(bulletin, signed):
    everything = Client().get("/watch/").content.decode()
    assert "Daily bulletin with sign language" not in everything
    assert "Daily bulletin" in everything
    assert 'href="/watch/?signed=1"' in everything
    only_signed = Client().get("/watch/?signed=1")
    html = only_signed.content.decode()
    assert only_signed.status_code == 200
    assert "<h1>Videos with sign language</h1>" in html
    assert "Daily bulletin with sign language" in html
    assert "Video with sign language" in html
    assert ">Daily bulletin</span>" not in html
    assert '<a href="/watch/">All videos</a>' in html


def test_the_signed_listing_is_cached_and_a_new_signed_version_reaches_it(
    settings, bulletin, signed
):
    settings.PAGE_CACHE_ENABLED = True
    client = Client()
    first = client.get("/watch/?signed=1")
    assert first.status_code == 200
    assert "l:videos.videopage" in first["Surrogate-Key"].split()
    assert client.get("/watch/?signed=1")["X-Page-Cache"] == "hit"
    make_video(
        bulletin.get_parent(),
        title="Explainer with sign language",
        is_bulletin=False,
        version_of=bulletin,
        version_kind=VersionKind.SIGNED,
    )
    assert "Explainer with sign language" in client.get("/watch/?signed=1").content.decode()


def test_versions_of_registers_the_video_listing_tag(bulletin, signed):
    with tags.collecting() as seen:
        assert [video.pk for video in queries.versions_of(video=bulletin)] == [signed.pk]
    assert "l:videos.videopage" in seen


def test_the_home_watch_slot_and_related_video_keep_to_the_usual_bulletin(tree, bulletin, signed):
    assert queries.latest_bulletin().pk == bulletin.pk
    assert queries.latest_bulletin_url() == bulletin.url


def _edit(admin_client, page, **fields):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "video": page.video_id,
            "hero_image": page.hero_image_id,
            "comments": inline_formset([]),
            **fields,
        }
    )
    data["action-publish"] = "action-publish"
    return admin_client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_an_editor_marks_a_video_as_the_signed_version(admin_client, bulletin):
    other = make_video(bulletin.get_parent(), title="Signed bulletin", captions=None, publish=False)
    response = _edit(
        admin_client,
        other,
        version_of=bulletin.pk,
        version_kind="signed",
        captions=SimpleUploadedFile("c.vtt", CAPTIONS.encode(), content_type="text/vtt"),
    )
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.version_of_id == bulletin.pk and other.version_kind == "signed"


def test_a_version_needs_both_the_video_and_what_it_adds(admin_client, bulletin, signed):
    response = _edit(admin_client, signed, version_of=bulletin.pk, version_kind="")
    assert response.status_code == 200
    assert "Say what this version adds" in response.content.decode()
    response = _edit(admin_client, bulletin, version_of=signed.pk, version_kind="signed")
    assert "Choose the usual video, not another version of it." in response.content.decode()
