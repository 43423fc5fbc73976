"""'Last updated at HH:MM' appears only when an editor marks a revision as a significant update."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from kidsnews.articles.models import ArticlePage

from ..factories import make_story

pytestmark = pytest.mark.django_db


def publish_edit(story, *, significant: bool, title: str):
    page = ArticlePage.objects.get(pk=story.pk)
    page.title = title
    page.is_significant_update = significant
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=story.pk)


@pytest.fixture
def story(tree):
    return make_story(
        tree["stories"], title="Volcano wakes up", published_at=timezone.now() - timedelta(hours=3)
    )


def test_first_publication_is_not_an_update(client, story):
    assert story.last_updated_at is None
    assert "Last updated" not in client.get(story.url).content.decode()


def test_a_typo_fix_does_not_show_last_updated(client, story):
    page = publish_edit(story, significant=False, title="Volcano wakes up!")
    assert page.last_updated_at is None
    assert "Last updated" not in client.get(page.url).content.decode()


def test_a_significant_update_shows_the_time_in_london(client, story, settings):
    before = timezone.now()
    page = publish_edit(story, significant=True, title="Volcano wakes up: town is safe")
    assert page.last_updated_at >= before
    assert page.is_significant_update is False, "the flag describes one revision only"
    london = page.last_updated_at.astimezone(ZoneInfo("Europe/London"))
    html = client.get(page.url).content.decode()
    assert f'Last updated at <time datetime="{london.isoformat()}">{london:%H:%M}</time>' in html


def test_a_later_typo_fix_keeps_the_earlier_update_time(story):
    updated = publish_edit(story, significant=True, title="Volcano: big news")
    stamp = updated.last_updated_at
    page = publish_edit(updated, significant=False, title="Volcano: big news!")
    assert page.last_updated_at == stamp


def test_the_edit_form_starts_unticked(story, admin_client):
    publish_edit(story, significant=True, title="Volcano update")
    response = admin_client.get(f"/admin/pages/{story.pk}/edit/")
    assert response.status_code == 200
    field = response.context["form"]["is_significant_update"]
    assert field.value() is False


@pytest.mark.parametrize(
    "model",
    ["articles.ArticlePage", "videos.VideoPage", "quizzes.QuizPage"],
)
def test_significant_update_is_on_the_content_tab_not_promote(model):
    from django.apps import apps

    page_class = apps.get_model(model)
    tabs = {tab.heading: tab for tab in page_class.get_edit_handler().children}

    def field_names(panel):
        names = set(getattr(panel, "field_name", None) and [panel.field_name] or [])
        for child in getattr(panel, "children", []):
            names |= field_names(child)
        return names

    assert "is_significant_update" in field_names(tabs["Content"])
    assert "is_significant_update" not in field_names(tabs["Promote"])


def test_the_rendered_content_tab_holds_the_tickbox(story, admin_client):
    html = admin_client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    content_tab = html.split('id="tab-content"', 1)[1].split('id="tab-promote"', 1)[0]
    assert 'name="is_significant_update"' in content_tab
