"""Page review goes to people who may publish, never to comment moderators (issue 16.2).

A writer without publish rights submits a story through the real edit view; an editor sees it
awaiting review on the dashboard, approves it, and it goes live. Comment moderators get no task.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, TaskState, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from kidsnews.articles.models import ArticlePage
from kidsnews.comments.roles import COMMENT_MODERATORS, EDITORS

from .people import make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer(tree):
    group = Group.objects.create(name="Writers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    return make_staff("writer", "Writers")


def test_the_default_workflow_goes_to_editors_who_may_publish(tree):
    make_staff("nobody", EDITORS)  # makes sure the roles exist
    workflow = Workflow.objects.get(active=True)
    groups = {g.name for task in workflow.tasks.all() for g in task.specific.groups.all()}
    assert groups == {EDITORS}
    assert "Moderators" not in workflow.name
    assert not Group.objects.filter(name="Moderators").exists()


def test_a_submitted_story_is_reviewed_by_an_editor_and_goes_live(tree, writer):
    editor = make_staff("ed", EDITORS)
    moderator = make_staff("mod", COMMENT_MODERATORS)
    as_writer = Client()
    as_writer.force_login(writer)
    stories = tree["stories"]
    add_url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", stories.pk])
    response = as_writer.post(
        add_url,
        nested_form_data(
            {
                "title": "Otters learn to juggle",
                "slug": "otters-juggle",
                "summary": "Otters at the zoo juggle pebbles.",
                "hero_caption": "",
                "body": streamfield([("paragraph", rich_text("<p>They practise daily.</p>"))]),
                "younger_body": streamfield([]),
                "pinned_related": inline_formset([]),
                "action-submit": "Submit to Editors approval",
            }
        ),
    )
    assert response.status_code == 302, response.content[:2000]
    page = ArticlePage.objects.get(slug="otters-juggle")
    assert not page.live
    task_state = TaskState.objects.get(workflow_state__object_id=str(page.pk))
    assert task_state.status == TaskState.STATUS_IN_PROGRESS

    # Comment moderators: no task on their dashboard and no power to approve.
    as_moderator = Client()
    as_moderator.force_login(moderator)
    assert "Otters learn to juggle" not in as_moderator.get("/admin/").text
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    as_moderator.post(approve_url, {"comment": ""})
    page.refresh_from_db()
    assert not page.live

    # An editor sees it awaiting review and approves it: it is published.
    as_editor = Client()
    as_editor.force_login(editor)
    dashboard = as_editor.get("/admin/").text
    assert "Awaiting your review" in dashboard and "Otters learn to juggle" in dashboard
    response = as_editor.post(approve_url, {"comment": ""})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert Client().get(page.url).status_code == 200
