"""Wagtail 8 autosave never leaves a hidden draft holding a new story's slug (issue 16, 10a)."""

import pytest
from django.conf import settings

from kidsnews.articles.models import ArticlePage

from ..factories import make_image

pytestmark = pytest.mark.django_db


def add_url(tree):
    return f"/admin/pages/add/articles/articlepage/{tree['stories'].pk}/"


def incomplete(**extra):
    return {
        "title": "Volcano",
        "slug": "volcano-news",
        "body-count": "0",
        "younger_body-count": "0",
        "pinned_related-TOTAL_FORMS": "0",
        "pinned_related-INITIAL_FORMS": "0",
        "pinned_related-MIN_NUM_FORMS": "0",
        "pinned_related-MAX_NUM_FORMS": "3",
        **extra,
    }


def test_autosave_is_off_in_settings_and_on_the_add_page(tree, admin_client):
    assert settings.WAGTAIL_AUTOSAVE_INTERVAL == 0
    response = admin_client.get(add_url(tree))
    assert response.status_code == 200
    assert response.context["autosave_enabled"] is False


def test_autosaving_an_incomplete_story_twice_leaves_nothing_and_a_save_then_works(
    tree, admin_client
):
    for _ in range(2):
        response = admin_client.post(add_url(tree), incomplete(), HTTP_ACCEPT="application/json")
        assert response.status_code == 400
        assert response.json()["error_code"] == "autosave_off"
    assert not ArticlePage.objects.filter(slug="volcano-news").exists()

    complete = incomplete(
        summary="The volcano woke up.",
        hero_image=str(make_image().pk),
        **{
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": '{"blocks":[{"key":"a","text":"It rumbled.","type":"unstyled",'
            '"depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
            "body-0-deleted": "",
            "body-0-order": "0",
        },
    )
    response = admin_client.post(add_url(tree), complete)
    assert response.status_code == 302, response.context["form"].errors
    assert ArticlePage.objects.filter(slug="volcano-news").count() == 1
