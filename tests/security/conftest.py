"""People for the security tests: anonymous, reader, editor, moderator, superuser.

Groups "Editors" and "Comment moderators" are the roles of docs/architecture.md; get_or_create keeps
these tests working whether or not the comments app's migration has made them yet.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from kidsnews.comments.roles import COMMENT_MODERATORS

PASSWORD = "correct horse battery staple 42"


def make_user(username: str, *, staff=False, superuser=False, groups=()):
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, is_staff=staff, is_superuser=superuser
    )
    for name in groups:
        group, _ = Group.objects.get_or_create(name=name)
        access = Permission.objects.get(codename="access_admin")
        group.permissions.add(access)
        user.groups.add(group)
    return user


@pytest.fixture
def people(db):
    return {
        "reader": make_user("reader"),
        "editor": make_user("editor", staff=True, groups=["Editors"]),
        "moderator": make_user("moderator", staff=True, groups=[COMMENT_MODERATORS]),
        "admin": make_user("admin", staff=True, superuser=True),
    }
