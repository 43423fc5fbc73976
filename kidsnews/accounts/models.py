"""People who sign in: staff (editors, moderators, admins) and child readers.

A child reader is a `User` (username = generated nickname, no email, no real name) with a
`Reader` profile that holds only what we need: an age band, the parent's email for consent, and
when consent was given. A `Parent` is not a login: parents act through signed, emailed links.
"""

from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """The project's user model, custom from the first migration so it can grow safely.

    Child readers never give a real name or an email of their own: those fields stay empty
    for them and are used only by staff accounts.
    """

    class Meta:
        db_table = "accounts_user"

    @property
    def reader_or_none(self):
        try:
            return self.reader
        except Reader.DoesNotExist:
            return None


class Parent(models.Model):
    """A grown-up who consents for one or more children; known only by email."""

    email = models.EmailField(unique=True)
    # Opt-in (issue 16): a short email with the kind reason when a moderator rejects a comment
    # by one of this grown-up's children. Off unless the parent turns it on.
    email_on_rejection = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.email


class Reader(models.Model):
    """A child's account: a generated nickname, an age band and a parent. Nothing else."""

    class AgeBand(models.TextChoices):
        UNDER_9 = "6-8", "6 to 8"
        UNDER_13 = "9-12", "9 to 12"
        TEEN = "13+", "13 or older"

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="reader")
    parent = models.ForeignKey(Parent, on_delete=models.CASCADE, related_name="children")
    age_band = models.CharField(max_length=8, choices=AgeBand.choices)
    consent_given_at = models.DateTimeField(null=True, blank=True)
    # A parent may take consent back without deleting (issue 16): the child still reads and
    # signs in but cannot comment until consent is given again. consent_given_at is kept, so
    # the retention rule for accounts never consented to does not delete the account.
    consent_withdrawn_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["consent_given_at", "created_at"])]

    def __str__(self) -> str:
        return self.nickname

    @property
    def nickname(self) -> str:
        return self.user.username

    @property
    def has_consent(self) -> bool:
        return self.consent_given_at is not None and self.consent_withdrawn_at is None
