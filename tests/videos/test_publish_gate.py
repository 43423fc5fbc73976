"""An editor cannot publish a video without WebVTT captions, and is told why, in the admin."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from kidsnews.videos.models import VideoPage

from .helpers import CAPTIONS, make_video, make_video_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(tree):
    index = make_video_index(tree["home"])
    return make_video(index, title="Draft bulletin", captions=None, publish=False)


def post_edit(admin_client, page, *, action, captions=None):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "video": page.video_id,
            "hero_image": page.hero_image_id,
            "is_bulletin": "on",
            "comments": inline_formset([]),
        }
    )
    data[action] = action
    if captions is not None:
        data["captions"] = captions
    return admin_client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_publishing_without_captions_is_refused_with_the_reason(admin_client, draft):
    response = post_edit(admin_client, draft, action="action-publish")
    assert response.status_code == 200  # the form again, not a redirect
    html = response.content.decode()
    assert "Add a WebVTT captions file before publishing" in html
    draft.refresh_from_db()
    assert not draft.live


def test_saving_a_draft_without_captions_is_allowed(admin_client, draft):
    response = post_edit(admin_client, draft, action="action-save-draft")
    assert response.status_code == 302


def test_a_file_that_is_not_webvtt_is_refused(admin_client, draft):
    fake = SimpleUploadedFile("captions.vtt", b"1\n00:00:01,000 --> 00:00:02,000\nHi\n")
    response = post_edit(admin_client, draft, action="action-publish", captions=fake)
    assert "the first line must be WEBVTT" in response.content.decode()
    draft.refresh_from_db()
    assert not draft.live


def test_publishing_with_captions_goes_live_with_a_transcript(admin_client, draft):
    upload = SimpleUploadedFile("captions.vtt", CAPTIONS.encode(), content_type="text/vtt")
    response = post_edit(admin_client, draft, action="action-publish", captions=upload)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = VideoPage.objects.get(pk=draft.pk)
    assert page.live
    assert page.transcript == ["Hello and welcome to the news. Astronauts are home again."]


def test_bulk_publish_from_the_page_listing_is_refused_too(admin_client, draft):
    url = f"/admin/bulk/wagtailcore/page/publish/?id={draft.pk}&next=/admin/pages/"
    response = admin_client.post(url, {}, follow=True)
    draft.refresh_from_db()
    assert not draft.live
    shown = [str(message) for message in response.context["messages"]]
    assert any("has no captions file" in message for message in shown), shown


def test_bulk_publish_of_a_video_with_captions_goes_ahead(admin_client, tree):
    index = make_video_index(tree["home"])
    ready = make_video(index, title="Ready bulletin", publish=False)
    admin_client.post(f"/admin/bulk/wagtailcore/page/publish/?id={ready.pk}", {})
    ready.refresh_from_db()
    assert ready.live
