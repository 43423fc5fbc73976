"""What each staff role can and cannot do to every kind of thing the admin manages (issue 17.3).

Every model the admin registers is walked (page types, snippets, settings, images, documents,
videos, collections, redirects, users, groups, workflows, the comment queue, Django's admin), by
real admin URLs: an allowed step answers 200, a refused one answers 302 away/403/404, and a
refused POST to an edit or delete URL changes nothing. A model registered later without a row
here fails `test_every_registered_model_has_a_rule`.
"""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, Workflow, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtailmedia.models import get_media_model

from kidsnews.accounts.models import User
from kidsnews.comments.roles import COMMENT_MODERATORS, EDITORS
from kidsnews.glossary.models import GlossaryTerm
from kidsnews.glossary.services import add_term
from kidsnews.polls.models import Poll
from kidsnews.quizzes.models import QuizIndexPage
from kidsnews.topics.models import Topic
from kidsnews.videos.models import VideoIndexPage
from tests.comments.people import make_staff
from tests.factories import make_image, make_story

pytestmark = pytest.mark.django_db

LIST, ADD, EDIT, DELETE = "list", "add", "edit", "delete"
ALL = frozenset({LIST, ADD, EDIT, DELETE})
NOTHING = frozenset()


def _title(obj):
    obj.refresh_from_db()
    for field in ("title", "name", "old_path", "username"):
        if hasattr(obj, field):
            return getattr(obj, field)
    return str(obj)


def _image(tree):
    return make_image(title="Live picture")


def _document(tree):
    document = get_document_model()(title="Live document")
    document.file.save("fact-sheet.txt", ContentFile(b"facts"), save=False)
    document.save()
    return document


def _media(tree):
    media = get_media_model()(title="Live sound", type="audio", duration=3)
    media.file.save("jingle.mp3", ContentFile(b"ID3"), save=False)
    media.save()
    return media


def _collection(tree):
    return Collection.get_first_root_node().add_child(name="Live collection")


def _redirect(tree):
    return Redirect.objects.create(old_path="/old-story", redirect_link="/stories/")


def _user(tree):
    return User.objects.create_user(username="someone", password="x-x-x-x-x-42")  # noqa: S106


def _group(tree):
    return Group.objects.create(name="Visitors")


def _topic(tree):
    return tree["space"]


def _glossary_term(tree):
    return add_term(word="orbit", definition="The path a moon or planet takes around another.")


def _poll(tree):
    return Poll.objects.create(question="Which planet would you visit?")


def _snippet_urls(model):
    def urls(obj):
        viewset = model.snippet_viewset
        return {
            LIST: reverse(viewset.get_url_name("list")),
            ADD: reverse(viewset.get_url_name("add")),
            EDIT: reverse(viewset.get_url_name("edit"), args=[obj.pk]),
            DELETE: reverse(viewset.get_url_name("delete"), args=[obj.pk]),
        }

    return urls


# (area, make, urls(obj) -> {op: url}, {role: allowed ops})
AREAS = {
    "images": (
        _image,
        lambda o: {
            LIST: reverse("wagtailimages:index"),
            ADD: reverse("wagtailimages:add"),
            EDIT: reverse("wagtailimages:edit", args=[o.pk]),
            DELETE: reverse("wagtailimages:delete", args=[o.pk]),
        },
        {"editor": ALL, "moderator": NOTHING},
    ),
    "documents": (
        _document,
        lambda o: {
            LIST: reverse("wagtaildocs:index"),
            ADD: reverse("wagtaildocs:add"),
            EDIT: reverse("wagtaildocs:edit", args=[o.pk]),
            DELETE: reverse("wagtaildocs:delete", args=[o.pk]),
        },
        {"editor": ALL, "moderator": NOTHING},
    ),
    "media": (
        _media,
        lambda o: {
            LIST: reverse("wagtailmedia:index"),
            ADD: reverse("wagtailmedia:add", args=["audio"]),
            EDIT: reverse("wagtailmedia:edit", args=[o.pk]),
            DELETE: reverse("wagtailmedia:delete", args=[o.pk]),
        },
        {"editor": ALL, "moderator": NOTHING},
    ),
    "topics (snippet)": (_topic, _snippet_urls(Topic), {"editor": NOTHING, "moderator": NOTHING}),
    # The readability meter's "add to glossary" is the editors'; polls go on their stories.
    "glossary (snippet)": (
        _glossary_term,
        _snippet_urls(GlossaryTerm),
        {"editor": ALL, "moderator": NOTHING},
    ),
    "polls (snippet)": (_poll, _snippet_urls(Poll), {"editor": ALL, "moderator": NOTHING}),
    "collections": (
        _collection,
        lambda o: {
            LIST: reverse("wagtailadmin_collections:index"),
            ADD: reverse("wagtailadmin_collections:add"),
            EDIT: reverse("wagtailadmin_collections:edit", args=[o.pk]),
            DELETE: reverse("wagtailadmin_collections:delete", args=[o.pk]),
        },
        {"editor": NOTHING, "moderator": NOTHING},
    ),
    "redirects": (
        _redirect,
        lambda o: {
            LIST: reverse("wagtailredirects:index"),
            ADD: reverse("wagtailredirects:add"),
            EDIT: reverse("wagtailredirects:edit", args=[o.pk]),
            DELETE: reverse("wagtailredirects:delete", args=[o.pk]),
        },
        {"editor": NOTHING, "moderator": NOTHING},
    ),
    "users": (
        _user,
        lambda o: {
            LIST: reverse("wagtailusers_users:index"),
            ADD: reverse("wagtailusers_users:add"),
            EDIT: reverse("wagtailusers_users:edit", args=[o.pk]),
            DELETE: reverse("wagtailusers_users:delete", args=[o.pk]),
        },
        {"editor": NOTHING, "moderator": NOTHING},
    ),
    "groups": (
        _group,
        lambda o: {
            LIST: reverse("wagtailusers_groups:index"),
            ADD: reverse("wagtailusers_groups:add"),
            EDIT: reverse("wagtailusers_groups:edit", args=[o.pk]),
            DELETE: reverse("wagtailusers_groups:delete", args=[o.pk]),
        },
        {"editor": NOTHING, "moderator": NOTHING},
    ),
    "workflows": (
        lambda tree: Workflow.objects.first(),
        lambda o: {
            LIST: reverse("wagtailadmin_workflows:index"),
            ADD: reverse("wagtailadmin_workflows:add"),
            EDIT: reverse("wagtailadmin_workflows:edit", args=[o.pk]),
        },
        {"editor": NOTHING, "moderator": NOTHING},
    ),
}


@pytest.fixture
def staff(tree):
    return {
        "editor": make_staff("role-editor", EDITORS),
        "moderator": make_staff("role-moderator", COMMENT_MODERATORS),
    }


def _refused(response, url):
    if response.status_code in (403, 404, 405):
        return True
    return response.status_code == 302 and response["Location"].split("?")[0] != url


@pytest.mark.parametrize("role", ["editor", "moderator"])
@pytest.mark.parametrize("area", sorted(AREAS))
def test_role_powers_over_each_admin_area(area, role, staff, tree):
    make, urls_for, allowed = AREAS[area]
    obj = make(tree)
    before = _title(obj)
    client = Client()
    client.force_login(staff[role])
    for op, url in urls_for(obj).items():
        response = client.get(url)
        if op in allowed[role]:
            assert response.status_code == 200, (area, role, op, url, response.status_code)
        else:
            assert _refused(response, url), (area, role, op, url, response.status_code)
            if op in (EDIT, DELETE):
                client.post(url, {"title": "Changed", "name": "Changed", "username": "changed"})
                assert type(obj).objects.filter(pk=obj.pk).exists(), (area, role, op)
                assert _title(obj) == before, (area, role, op)


PAGE_RULES = {"editor": ALL, "moderator": NOTHING}


def _parent_for(model, tree):
    for parent_model in model.allowed_parent_page_models():
        parent = parent_model.objects.filter(depth__gt=1).first()
        if parent is not None and parent_model is not Page and model.can_create_at(parent):
            return parent.specific
    return None


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_role_powers_over_every_page_type(role, staff, tree):
    client = Client()
    client.force_login(staff[role])
    story = make_story(tree["stories"], title="A live story", slug="live-story")
    tree["home"].add_child(instance=VideoIndexPage(title="Watch", slug="watch"))
    tree["home"].add_child(instance=QuizIndexPage(title="Quizzes", slug="quizzes"))
    checked = 0
    for model in get_page_models():
        if model is Page:
            continue
        existing = model.objects.filter(depth__gt=1).first()
        if existing is not None:  # every type's edit view: the index pages are one of a kind
            url = reverse("wagtailadmin_pages:edit", args=[existing.pk])
            response = client.get(url)
            if EDIT in PAGE_RULES[role]:
                assert response.status_code == 200, (model, role)
            else:
                assert _refused(response, url), (model, role, response.status_code)
            checked += 1
        parent = _parent_for(model, tree)
        if parent is None:
            continue
        url = reverse(
            "wagtailadmin_pages:add",
            args=[model._meta.app_label, model._meta.model_name, parent.pk],
        )
        response = client.get(url)
        if ADD in PAGE_RULES[role]:
            assert response.status_code == 200, (model, role)
        else:
            assert _refused(response, url), (model, role, response.status_code)
        checked += 1
    assert checked >= 11, checked  # 7 edit views, 4 add views
    for op, url in (
        (EDIT, reverse("wagtailadmin_pages:edit", args=[story.pk])),
        (DELETE, reverse("wagtailadmin_pages:delete", args=[story.pk])),
    ):
        response = client.get(url)
        if op in PAGE_RULES[role]:
            assert response.status_code == 200, (op, role)
        else:
            assert _refused(response, url), (op, role)
            client.post(url, {"title": "Changed"})
            story.refresh_from_db()
            assert story.live and story.title == "A live story"


SETTINGS_RULES = {
    ("comments", "commentsettings"): {"editor": False, "moderator": False},
    # The reading-level targets the publish gate holds editors to: set by an administrator.
    ("articles", "readinglevelsettings"): {"editor": False, "moderator": False},
    ("comments", "screeningwords"): {"editor": False, "moderator": True},
}


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_role_powers_over_settings(role, staff, tree):
    client = Client()
    client.force_login(staff[role])
    for (app_label, model_name), rules in SETTINGS_RULES.items():
        url = reverse("wagtailsettings:edit", args=[app_label, model_name])
        response = client.get(url)
        if response.status_code == 302 and rules[role]:  # site settings: to the default site's
            response = client.get(response["Location"])
        if rules[role]:
            assert response.status_code == 200, (model_name, role)
        else:
            assert _refused(response, url), (model_name, role, response.status_code)


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_role_powers_over_the_comment_queue(role, staff, tree):
    client = Client()
    client.force_login(staff[role])
    for url in (reverse("comment_moderation:queue"), reverse("comment_moderation:log")):
        response = client.get(url)
        if role == "moderator":
            assert response.status_code == 200
        else:
            assert _refused(response, url)


# Safeguarding cases (issue 15): comment moderators open them and may follow them; the
# safeguarding leads (settings.SAFEGUARDING_GROUP) work them and see nothing else; editors
# never see them.
CASE_RULES = {
    "editor": {"cases": False, "queue": False},
    "moderator": {"cases": True, "queue": True},
    "lead": {"cases": True, "queue": False},
}


@pytest.mark.parametrize("role", sorted(CASE_RULES))
def test_role_powers_over_safeguarding_cases(role, staff, tree, settings):
    from kidsnews.comments.models import SafeguardingCase

    user = staff.get(role) or make_staff("role-lead", settings.SAFEGUARDING_GROUP)
    case = SafeguardingCase.objects.create(text="words", why="worried", escalated_by=None)
    client = Client()
    client.force_login(user)
    for url in (
        reverse("comment_moderation:cases"),
        reverse("comment_moderation:case", args=[case.pk]),
    ):
        response = client.get(url)
        if CASE_RULES[role]["cases"]:
            assert response.status_code == 200, (role, url)
        else:
            assert _refused(response, url), (role, url, response.status_code)
    act = reverse("comment_moderation:case_act", args=[case.pk])
    client.post(act, {"action": "close", "outcome": "done"})
    case.refresh_from_db()
    assert (case.status == SafeguardingCase.Status.CLOSED) is CASE_RULES[role]["cases"], role
    queue = reverse("comment_moderation:queue")
    response = client.get(queue)
    if CASE_RULES[role]["queue"]:
        assert response.status_code == 200, role
    else:
        assert _refused(response, queue), (role, response.status_code)
    if role == "lead":  # nothing of the newsroom's either
        stories = tree["stories"]
        url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", stories.pk])
        assert _refused(client.get(url), url)


DJANGO_ADMIN_RULES = {
    "editor": {"wagtaildocs.document", "wagtailmedia.media"},
    "moderator": set(),
}


def _django_admin_models():
    from django.apps import apps

    return [model for model in apps.get_models() if admin.site.is_registered(model)]


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_role_powers_in_django_admin(role, staff, tree):
    client = Client()
    client.force_login(staff[role])
    for model in _django_admin_models():
        label = model._meta.label_lower
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        response = client.get(url)
        if label in DJANGO_ADMIN_RULES[role]:
            assert response.status_code == 200, (label, role)
        else:
            assert response.status_code in (302, 403), (label, role, response.status_code)


def test_every_registered_model_has_a_rule():
    """A new page type, snippet, setting or Django-admin model must be given rules here."""
    assert set(get_snippet_models()) == {Topic, GlossaryTerm, Poll}
    assert {(m._meta.app_label, m._meta.model_name) for m in settings_registry} == set(
        SETTINGS_RULES
    )
    assert {m._meta.label_lower for m in get_page_models()} == {
        "wagtailcore.page",
        "topics.topicindexpage",
        "topics.topicpage",
        "home.homepage",
        "articles.articleindexpage",
        "articles.articlepage",
        "videos.videoindexpage",
        "videos.videopage",
        "quizzes.quizindexpage",
        "quizzes.quizpage",
        "info.infopage",
        "glossary.glossaryindexpage",
        "polls.pollpage",
    }
