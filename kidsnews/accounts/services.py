"""Changes to readers' accounts: sign-up, a parent's consent, emails to parents."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from .models import Parent, Reader, User

PARENT_SALT = "kidsnews.accounts.parent-link"


def parent_token(*, reader: Reader) -> str:
    # Bound to the parent's email too, so a link stops working if the account is re-parented.
    return signing.dumps({"r": reader.pk, "e": reader.parent.email}, salt=PARENT_SALT)


def reader_from_parent_token(token: str) -> Reader | None:
    try:
        data = signing.loads(
            token, salt=PARENT_SALT, max_age=settings.PARENT_LINK_MAX_AGE_DAYS * 86_400
        )
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return (
        Reader.objects.select_related("user", "parent")
        .filter(pk=data.get("r"), parent__email=data.get("e"))
        .first()
    )


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(*, to: str, subject: str, template: str, context: dict) -> None:
    body = render_to_string(template, {"site_name": settings.SITE_NAME, **context})
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to])


def send_consent_email(*, reader: Reader) -> None:
    token = parent_token(reader=reader)
    _send(
        to=reader.parent.email,
        subject=f"{settings.SITE_NAME}: may {reader.nickname} join in the comments?",
        template="emails/consent.txt",
        context={
            "reader": reader,
            "consent_url": _absolute(reverse("accounts:consent", args=[token])),
            "parent_url": _absolute(reverse("accounts:parent", args=[token])),
            "days": settings.PARENT_LINK_MAX_AGE_DAYS,
        },
    )


def send_parent_links(*, email: str) -> int:
    """Emails a fresh parent-page link for each child of `email` (none if unknown)."""
    readers = list(
        Reader.objects.filter(parent__email__iexact=email.strip()).select_related("user", "parent")
    )
    for reader in readers:
        token = parent_token(reader=reader)
        _send(
            to=reader.parent.email,
            subject=f"{settings.SITE_NAME}: your link to {reader.nickname}'s account",
            template="emails/parent_link.txt",
            context={
                "reader": reader,
                "parent_url": _absolute(reverse("accounts:parent", args=[token])),
                "days": settings.PARENT_LINK_MAX_AGE_DAYS,
            },
        )
    return len(readers)


def register_reader(*, nickname: str, age_band: str, password: str, parent_email: str) -> Reader:
    """A child's account, unable to comment until the parent follows the emailed link.

    Readers are 6 to 12: "13 or older" makes no account (ValueError; the sign-up page says
    so kindly before getting here)."""
    if age_band == Reader.AgeBand.TEEN:
        raise ValueError("Reader accounts are for ages 6 to 12.")
    with transaction.atomic():
        parent, _ = Parent.objects.get_or_create(email=parent_email.strip().lower())
        user = User.objects.create_user(username=nickname, password=password)
        reader = Reader.objects.create(user=user, parent=parent, age_band=age_band)
    send_consent_email(reader=reader)
    return reader


def give_consent(*, reader: Reader) -> Reader:
    if reader.consent_given_at is None:
        reader.consent_given_at = timezone.now()
        reader.save(update_fields=["consent_given_at"])
    return reader


def send_password_reset_to_parent(*, nickname: str) -> None:
    """Children have no email: the reset link goes to their grown-up."""
    reader = (
        Reader.objects.select_related("user", "parent")
        .filter(user__username__iexact=nickname.strip(), user__is_active=True)
        .first()
    )
    if reader is None:
        return  # say nothing different: nicknames must not be discoverable this way
    uid = urlsafe_base64_encode(force_bytes(reader.user.pk))
    token = default_token_generator.make_token(reader.user)
    _send(
        to=reader.parent.email,
        subject=f"{settings.SITE_NAME}: a new password for {reader.nickname}",
        template="emails/password_reset.txt",
        context={
            "reader": reader,
            "reset_url": _absolute(reverse("accounts:reset", args=[uid, token])),
        },
    )
