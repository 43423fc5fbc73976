"""Named people with their powers, shared by the comments and accounts tests."""

import importlib
from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone

from kidsnews.accounts.models import Parent, Reader, User
from kidsnews.comments.roles import COMMENT_MODERATORS

PASSWORD = "penguins-like-snow-42"


def make_reader(nickname="BraveOtter42", *, consent=True, parent_email="grownup@example.org"):
    parent, _ = Parent.objects.get_or_create(email=parent_email)
    user = User.objects.create_user(username=nickname, password=PASSWORD)
    return Reader.objects.create(
        user=user,
        parent=parent,
        age_band=Reader.AgeBand.UNDER_13,
        consent_given_at=timezone.now() - timedelta(days=1) if consent else None,
    )


def ensure_roles() -> None:
    """The groups come from the comments app's data migration; a transactional test (browser)
    flushes them, so put them back the same way."""
    if not Group.objects.filter(name=COMMENT_MODERATORS).exists():
        from django.apps import apps

        roles = importlib.import_module("kidsnews.comments.migrations.0002_moderators_and_editors")
        roles.set_up_roles(apps, None)
        review = importlib.import_module(
            "kidsnews.comments.migrations.0003_comment_moderators_and_page_review"
        )
        review.comment_moderators_and_page_review(apps, None)
        leads = importlib.import_module("kidsnews.comments.migrations.0005_safeguarding_leads")
        leads.safeguarding_leads(apps, None)
        second = importlib.import_module("kidsnews.articles.migrations.0005_second_editor_step")
        second.add_second_editor_step(apps, None)


def make_staff(username: str, group: str) -> User:
    ensure_roles()
    user = User.objects.create_user(username=username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user
