"""People who sign in: staff (editors, moderators, admins) and, later, child readers."""

from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The project's user model, custom from the first migration so it can grow safely.

    Child readers never give a real name or an email of their own: those fields stay empty
    for them and are used only by staff accounts.
    """

    class Meta:
        db_table = "accounts_user"
