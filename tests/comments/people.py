"""Named people with their powers, shared by the comments and accounts tests."""

from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone

from kidsnews.accounts.models import Parent, Reader, User

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


def make_staff(username: str, group: str) -> User:
    # The groups and their powers come from the comments app's data migration.
    user = User.objects.create_user(username=username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user
