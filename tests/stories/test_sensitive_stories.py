"""Sensitive stories (issue 15, item 2): a calm panel for the reader, a gentler comment prompt,
never the home page's lead unless an editor says so, and a second editor before it goes live.

The publishing rules are tried through the real admin views, as editors would use them.
"""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from kidsnews.articles.models import ArticlePage, SecondEditorTask
from kidsnews.comments.roles import EDITORS
from kidsnews.core import wording
from kidsnews.home.queries import front_page
from kidsnews.info.models import InfoPage
from tests.comments.people import make_reader, make_staff
from tests.factories import make_story

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


@pytest.fixture
def war_story(tree):
    return make_story(
        tree["stories"],
        title="Families leave their homes as fighting goes on",
        slug="fighting-goes-on",
        is_sensitive=True,
    )


@pytest.fixture
def worried_page(tree):
    page = tree["home"].add_child(
        instance=InfoPage(
            title="Worried about the news?",
            slug="worried",
            intro="What can help.",
            body=[("paragraph", "<p>Talk to a grown-up.</p>")],
        )
    )
    page.save_revision().publish()
    return page


def test_a_sensitive_story_shows_the_calm_panel_with_childline_as_text(
    client, tree, war_story, worried_page
):
    html = client.get(war_story.url).content.decode()
    panel = html.split('<aside class="worried"')[1].split("</aside>")[0]
    assert wording.WORRIED_TITLE in panel
    assert "0800 1111" in panel and "childline.org.uk" in panel
    assert wording.TALK_TO_A_GROWN_UP in panel
    # Childline is said as text: nothing on the page links to or loads from it.
    assert 'href="http' not in panel and "//childline" not in html
    assert f'href="{worried_page.url}"' in panel and worried_page.url == "/worried/"
    assert client.get("/worried/").status_code == 200


def test_an_ordinary_story_has_no_panel(client, tree):
    story = make_story(tree["stories"], title="Penguins hatch", slug="penguins")
    html = client.get(story.url).content.decode()
    assert 'class="worried"' not in html and wording.WORRIED_TITLE not in html


def test_the_panel_works_before_the_newsroom_has_written_the_worried_page(client, tree, war_story):
    html = client.get(war_story.url).content.decode()
    assert wording.WORRIED_TITLE in html and "0800 1111" in html
    assert wording.WORRIED_MORE not in html  # no link to a page that does not exist


def test_a_sensitive_storys_comment_form_asks_gently(client, tree, war_story):
    client.force_login(make_reader().user)
    html = client.get(war_story.url).content.decode()
    assert wording.SENSITIVE_STORY_PROMPT in html and 'name="text"' in html
    ordinary = make_story(tree["stories"], title="Penguins hatch", slug="penguins")
    assert wording.SENSITIVE_STORY_PROMPT not in client.get(ordinary.url).content.decode()


def test_the_home_page_does_not_lead_with_a_sensitive_story(client, tree):
    older = make_story(
        tree["stories"], title="Otters juggle", slug="otters", published_at=days_ago(1)
    )
    newest = make_story(tree["stories"], title="A flood story", slug="flood", is_sensitive=True)
    shown = front_page(home=tree["home"])
    assert shown["lead_story"] == older
    assert newest in shown["top_stories"]  # still on the page, just not on top
    html = client.get("/").content.decode()
    lead = html.split('aria-label="Lead story"')[1].split("</section>")[0]
    assert "Otters juggle" in lead and "A flood story" not in lead


def test_an_editor_may_let_a_sensitive_story_lead(tree):
    make_story(tree["stories"], title="Otters juggle", slug="otters", published_at=days_ago(1))
    newest = make_story(
        tree["stories"], title="A flood story", slug="flood", is_sensitive=True, may_lead_home=True
    )
    assert front_page(home=tree["home"])["lead_story"] == newest


def test_an_editors_lead_pick_that_became_sensitive_is_skipped(tree):
    ordinary = make_story(tree["stories"], title="Otters juggle", slug="otters")
    picked = make_story(
        tree["stories"], title="A flood story", slug="flood", published_at=days_ago(2)
    )
    home = tree["home"]
    home.lead_story = picked
    home.save()
    assert front_page(home=home)["lead_story"] == picked
    ArticlePage.objects.filter(pk=picked.pk).update(is_sensitive=True)
    assert front_page(home=home)["lead_story"] == ordinary
    # Choosing it as the lead again is refused with the reason, in the home page's form.
    home.lead_story = ArticlePage.objects.get(pk=picked.pk)
    with pytest.raises(ValidationError, match="May lead the home page"):
        home.full_clean()


# --- A second editor before publishing, through the admin.


def _story_form(**extra):
    return nested_form_data(
        {
            "title": "Earthquake shakes a city",
            "slug": "earthquake",
            "summary": "Buildings shook, and helpers came quickly.",
            "hero_caption": "",
            "body": streamfield([("paragraph", rich_text("<p>Rescue teams are helping.</p>"))]),
            "younger_body": streamfield([]),
            "pinned_related": inline_formset([]),
            "is_sensitive": "on",
            **extra,
        }
    )


def _as(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _current_task_state(page) -> TaskState:
    return WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).current_task_state


def _approve(client, page):
    state = _current_task_state(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    return client.post(url, {"comment": ""})


def _approved(response) -> bool:
    return response.status_code == 302 and response["Location"].endswith("/edit/")


def _refused(response) -> bool:
    # The Wagtail admin answers PermissionDenied by sending the user to the dashboard.
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def test_a_sensitive_story_waits_for_a_second_editor(tree):
    first, second = make_staff("ana", EDITORS), make_staff("ben", EDITORS)
    as_first, as_second = _as(first), _as(second)
    add_url = reverse(
        "wagtailadmin_pages:add", args=["articles", "articlepage", tree["stories"].pk]
    )

    # Publish straight away: kept as a draft, with the reason.
    response = as_first.post(add_url, _story_form(**{"action-publish": "Publish"}), follow=True)
    page = ArticlePage.objects.get(slug="earthquake")
    assert not page.live and page.is_sensitive
    assert "needs a second editor" in response.content.decode()
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert as_first.post(edit_url, _story_form(**{"action-publish": "Publish"})).status_code == 302
    page.refresh_from_db()
    assert not page.live

    # Submitted: the general review step may be approved by the submitter, as for any page.
    response = as_first.post(edit_url, _story_form(**{"action-submit": "Submit"}))
    assert response.status_code == 302
    assert _approved(_approve(as_first, page))
    state = _current_task_state(page)
    assert isinstance(state.task.specific, SecondEditorTask)
    page.refresh_from_db()
    assert not page.live

    # The second step: not by the editor who submitted it, and not on their review list...
    assert _refused(_approve(as_first, page))
    page.refresh_from_db()
    assert not page.live
    assert "Awaiting your review" not in as_first.get("/admin/").content.decode()
    # ...but by another editor, who sees it waiting for them; then it is live.
    dashboard = as_second.get("/admin/").content.decode()
    assert "Awaiting your review" in dashboard and "Earthquake shakes a city" in dashboard
    assert _approved(_approve(as_second, page))
    page.refresh_from_db()
    assert page.live
    assert Client().get(page.url).status_code == 200


def test_an_ordinary_story_passes_the_second_editor_step(tree):
    editor = make_staff("ana", EDITORS)
    as_editor = _as(editor)
    add_url = reverse(
        "wagtailadmin_pages:add", args=["articles", "articlepage", tree["stories"].pk]
    )
    form = _story_form(**{"action-submit": "Submit"})
    del form["is_sensitive"]
    assert as_editor.post(add_url, form).status_code == 302
    page = ArticlePage.objects.get(slug="earthquake")
    assert _approved(_approve(as_editor, page))
    page.refresh_from_db()
    assert page.live
    skipped = TaskState.objects.get(
        workflow_state__object_id=str(page.pk), task__in=SecondEditorTask.objects.all()
    )
    assert skipped.status == TaskState.STATUS_SKIPPED


def test_an_ordinary_story_is_still_published_by_one_editor(tree):
    editor = make_staff("ana", EDITORS)
    add_url = reverse(
        "wagtailadmin_pages:add", args=["articles", "articlepage", tree["stories"].pk]
    )
    form = _story_form(**{"action-publish": "Publish"})
    del form["is_sensitive"]
    assert _as(editor).post(add_url, form).status_code == 302
    assert ArticlePage.objects.get(slug="earthquake").live


def test_code_that_publishes_as_an_editor_is_held_to_the_same_rule(tree, war_story):
    from wagtail.actions.publish_page_revision import PublishPagePermissionError

    editor = make_staff("ana", EDITORS)
    assert not war_story.permissions_for_user(editor).can_publish()
    revision = war_story.save_revision(user=editor)
    with pytest.raises(PublishPagePermissionError):
        revision.publish(user=editor)
