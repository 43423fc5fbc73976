"""The reading-level publish gate and the editor's meter (issue 13, items 2 and 3), through
the real admin views: a too-hard easier version stops Publish, "publish anyway" with a reason
lets it through and is in the audit log; a story with no easier version publishes as before."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from kidsnews.articles.models import ArticlePage
from kidsnews.articles.services import PUBLISHED_ABOVE_READING_LEVEL
from kidsnews.comments.roles import EDITORS
from tests.comments.people import make_staff

from .stories import HARD_YOUNGER_BODY, MAIN_BODY, YOUNGER_BODY

pytestmark = pytest.mark.django_db


def _blocks(blocks):
    return streamfield(
        [(kind, rich_text(value) if kind == "paragraph" else value) for kind, value in blocks]
    )


def _story_form(*, younger=(), **extra):
    return nested_form_data(
        {
            "title": "Penguin chicks huddle to beat the cold",
            "slug": "penguins",
            "summary": "Scientists watched how emperor penguin chicks keep warm.",
            "hero_caption": "",
            "body": _blocks(MAIN_BODY),
            "younger_title": "Penguin chicks keep warm",
            "younger_summary": "",
            "younger_body": _blocks(younger),
            "pinned_related": inline_formset([]),
            "publish_anyway_reason": "",
            **extra,
        }
    )


@pytest.fixture
def editor_client():
    client = Client()
    client.force_login(make_staff("ana", EDITORS))
    return client


def test_a_too_hard_easier_version_needs_publish_anyway_with_a_reason(tree, editor_client):
    add_url = reverse(
        "wagtailadmin_pages:add", args=["articles", "articlepage", tree["stories"].pk]
    )
    response = editor_client.post(
        add_url, _story_form(younger=HARD_YOUNGER_BODY, **{"action-publish": "Publish"})
    )
    assert response.status_code == 200  # the form again, with the reason
    html = response.content.decode()
    assert "The easier version reads at age" in html and "Publish anyway" in html
    assert not ArticlePage.objects.filter(slug="penguins").exists()

    # Saved as a draft (no gate for drafts), then published with "publish anyway" but no reason.
    assert editor_client.post(add_url, _story_form(younger=HARD_YOUNGER_BODY)).status_code == 302
    page = ArticlePage.objects.get(slug="penguins")
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = editor_client.post(
        edit_url,
        _story_form(
            younger=HARD_YOUNGER_BODY, publish_anyway="on", **{"action-publish": "Publish"}
        ),
    )
    assert "why this story should be published anyway" in response.content.decode()
    page.refresh_from_db()
    assert not page.live
    assert not PageLogEntry.objects.filter(action=PUBLISHED_ABOVE_READING_LEVEL).exists()

    response = editor_client.post(
        edit_url,
        _story_form(
            younger=HARD_YOUNGER_BODY,
            publish_anyway="on",
            publish_anyway_reason="A class of older readers asked for this version.",
            **{"action-publish": "Publish"},
        ),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.has_younger_version
    entry = PageLogEntry.objects.get(action=PUBLISHED_ABOVE_READING_LEVEL, page=page)
    assert entry.data["reason"] == "A class of older readers asked for this version."
    assert entry.data["younger_reading_age"] > 8
    assert entry.user.username == "ana"
    history = editor_client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert "Published above its reading-level target" in history.content.decode()


def test_a_story_with_an_easy_younger_version_publishes_without_asking(tree, editor_client):
    add_url = reverse(
        "wagtailadmin_pages:add", args=["articles", "articlepage", tree["stories"].pk]
    )
    response = editor_client.post(
        add_url, _story_form(younger=YOUNGER_BODY, **{"action-publish": "Publish"})
    )
    assert response.status_code == 302
    page = ArticlePage.objects.get(slug="penguins")
    assert page.live and page.has_younger_version
    assert not PageLogEntry.objects.filter(action=PUBLISHED_ABOVE_READING_LEVEL).exists()


def test_no_easier_version_publishes_as_before_with_a_gentle_note(tree, editor_client):
    add_url = reverse(
        "wagtailadmin_pages:add", args=["articles", "articlepage", tree["stories"].pk]
    )
    assert (
        editor_client.post(add_url, _story_form(**{"action-publish": "Publish"})).status_code == 302
    )
    page = ArticlePage.objects.get(slug="penguins")
    assert page.live and not page.has_younger_version
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "No easier version yet." in edit
    assert "Reading age" in edit and "js/reading_meter.js" in edit


def test_the_meter_endpoint_scores_the_form_as_typed(tree, editor_client):
    url = reverse("articles_reading_level")
    form = _story_form(younger=YOUNGER_BODY)
    response = editor_client.post(url, form)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Easier version (ages 6-8)" in html and "Spache" in html and "Flesch-Kincaid" in html
    assert "emperor" in html or "Antarctica" not in html  # rare words listed with sentences
    # Shorter sentences: the figure goes down as the editor types.
    shorter = _story_form(younger=[("paragraph", "<p>Chicks stand close. It is warm.</p>")])
    shorter_html = editor_client.post(url, shorter).content.decode()
    assert _average(shorter_html, "younger") < _average(html, "younger")

    # Readers and anonymous visitors get no meter; a forged cross-site POST is refused.
    assert Client().post(url, form).status_code in (302, 403)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(make_staff("ben", EDITORS))
    assert strict.post(url, form).status_code == 403


def _average(html: str, level: str) -> float:
    section = html.split(f'data-level="{level}"')[1]
    return float(section.split("data-average-sentence-length>")[1].split("<")[0])
