"""Changes to readers' accounts: sign-up, a parent's consent, emails to parents."""

import logging

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from kidsnews.security import ratelimit

from .models import Parent, Reader, User

logger = logging.getLogger(__name__)

# Two links, two purposes (issue 17): the consent link only says yes to comments; the parent
# link opens the page to see, download and delete. Each carries the row ids of the child and
# the parent, signed with its own salt and time-stamped, never the email: a consent link is no
# parent link, and a link stops working if the account is deleted or moves to another parent.
CONSENT_SALT = "kidsnews.accounts.consent-link"
MANAGE_SALT = "kidsnews.accounts.parent-manage-link"
PURPOSES = {"consent": CONSENT_SALT, "manage": MANAGE_SALT}
# A change of the parent's email is confirmed from the NEW address (issue 16): the link holds
# the parent's row id, the old and the new address, signed with its own salt.
EMAIL_CHANGE_SALT = "kidsnews.accounts.parent-email-change"


def _audit(*, action: str, reader: Reader | None = None, detail: str = "", **data) -> None:
    """One AuditLog row, as comment moderation writes them; parents act through links, so the
    actor is 'parent'. No email addresses are written: the nickname and row ids say who."""
    from kidsnews.comments.models import AuditLog

    if reader is not None:
        data = {"nickname": reader.nickname, "reader": reader.pk, **data}
    AuditLog.objects.create(
        actor=None, actor_label="parent", action=action, detail=detail, data=data
    )


class LinkProblem(Exception):
    """A parent's link that cannot be used; `expired` says whether it was once good."""

    def __init__(self, *, expired: bool):
        super().__init__("expired" if expired else "broken")
        self.expired = expired


def _max_age_seconds(purpose: str) -> int:
    days = {
        "consent": settings.PARENT_LINK_MAX_AGE_DAYS,
        "manage": settings.PARENT_MANAGE_LINK_MAX_AGE_DAYS,
    }[purpose]
    return days * 86_400


def consent_token(*, reader: Reader) -> str:
    return signing.dumps([reader.pk, reader.parent_id], salt=CONSENT_SALT)


def manage_token(*, reader: Reader) -> str:
    return signing.dumps([reader.pk, reader.parent_id], salt=MANAGE_SALT)


def reader_from_token(token: str, *, purpose: str) -> Reader:
    """The child a link of `purpose` is for, or LinkProblem (expired, or not a good link)."""
    try:
        data = signing.loads(token, salt=PURPOSES[purpose], max_age=_max_age_seconds(purpose))
    except signing.SignatureExpired:
        raise LinkProblem(expired=True) from None
    except (signing.BadSignature, TypeError, ValueError):
        raise LinkProblem(expired=False) from None
    if not (isinstance(data, list) and len(data) == 2 and all(isinstance(i, int) for i in data)):
        raise LinkProblem(expired=False)
    reader = (
        Reader.objects.select_related("user", "parent")
        .filter(pk=data[0], parent_id=data[1])
        .first()
    )
    if reader is None:  # deleted since, or given to another grown-up
        raise LinkProblem(expired=False)
    return reader


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _may_mail(*, to: str, requester: str | None) -> bool:
    """Mail a stranger can trigger is limited per requester and per recipient (issue 17).

    Over a limit nothing is sent and nothing is said: the page looks the same either way."""
    window = 3600
    if requester is not None and not ratelimit.allow(
        scope="mail-requester",
        key=requester,
        limit=settings.MAIL_PER_REQUESTER_PER_HOUR,
        per_seconds=window,
    ):
        logger.warning("Mail not sent: too many from one requester in an hour")
        return False
    if not ratelimit.allow(
        scope="mail-recipient",
        key=to,
        limit=settings.MAIL_PER_RECIPIENT_PER_HOUR,
        per_seconds=window,
    ):
        logger.warning("Mail not sent: too many to one address in an hour")
        return False
    return True


def _send(*, to: str, subject: str, template: str, context: dict, requester: str | None) -> bool:
    if not _may_mail(to=to, requester=requester):
        return False
    body = render_to_string(template, {"site_name": settings.SITE_NAME, **context})
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to])
    return True


def _parent_link_context(*, reader: Reader) -> dict:
    return {
        "parent_url": _absolute(reverse("accounts:parent", args=[manage_token(reader=reader)])),
        "manage_days": settings.PARENT_MANAGE_LINK_MAX_AGE_DAYS,
        "new_link_url": _absolute(reverse("accounts:parent_link")),
    }


def send_consent_email(*, reader: Reader, requester: str | None = None) -> bool:
    return _send(
        to=reader.parent.email,
        subject=f"{settings.SITE_NAME}: may {reader.nickname} join in the comments?",
        template="emails/consent.txt",
        context={
            "reader": reader,
            "consent_url": _absolute(
                reverse("accounts:consent", args=[consent_token(reader=reader)])
            ),
            "days": settings.PARENT_LINK_MAX_AGE_DAYS,
            **_parent_link_context(reader=reader),
        },
        requester=requester,
    )


def send_parent_links(*, email: str, requester: str | None = None) -> int:
    """One email to `email` with a fresh parent link for each of their children (none if unknown).

    Returns how many children it named (0 if unknown or over a mail limit)."""
    readers = list(
        Reader.objects.filter(parent__email__iexact=email.strip())
        .select_related("user", "parent")
        .order_by("user__username")
    )
    if not readers:
        return 0
    children = [{"reader": reader, **_parent_link_context(reader=reader)} for reader in readers]
    sent = _send(
        to=readers[0].parent.email,
        subject=f"{settings.SITE_NAME}: your link to your child's account"
        if len(readers) == 1
        else f"{settings.SITE_NAME}: your links to your children's accounts",
        template="emails/parent_link.txt",
        context={
            "children": children,
            "manage_days": settings.PARENT_MANAGE_LINK_MAX_AGE_DAYS,
            "new_link_url": _absolute(reverse("accounts:parent_link")),
        },
        requester=requester,
    )
    return len(readers) if sent else 0


class NicknameTaken(Exception):
    """Another sign-up took the nickname between the form's check and our insert."""


def register_reader(
    *,
    nickname: str,
    age_band: str,
    password: str,
    parent_email: str,
    requester: str | None = None,
) -> Reader:
    """A child's account, unable to comment until the parent follows the emailed link.

    Raises NicknameTaken when another child's sign-up committed the same nickname first (the
    form checked it was free, but two sign-ups can race; the unique index decides). Over a
    mail limit the account is still made but no email goes: the grown-up can ask for a parent
    link later (`send_parent_links`), and say yes from the parent page. Readers are 6 to 12:
    "13 or older" makes no account (ValueError; the sign-up page says so kindly before)."""
    if age_band == Reader.AgeBand.TEEN:
        raise ValueError("Reader accounts are for ages 6 to 12.")
    try:
        with transaction.atomic():
            parent, _ = Parent.objects.get_or_create(email=parent_email.strip().lower())
            user = User.objects.create_user(username=nickname, password=password)
            reader = Reader.objects.create(user=user, parent=parent, age_band=age_band)
    except IntegrityError:
        if User.objects.filter(username__iexact=nickname).exists():
            raise NicknameTaken(nickname) from None
        raise
    send_consent_email(reader=reader, requester=requester)
    return reader


def give_consent(*, reader: Reader) -> Reader:
    """Yes to comments; also gives consent again after it was withdrawn. Audited once."""
    if reader.has_consent:
        return reader
    with transaction.atomic():
        reader.consent_given_at = timezone.now()
        reader.consent_withdrawn_at = None
        reader.save(update_fields=["consent_given_at", "consent_withdrawn_at"])
        _audit(action="give_consent", reader=reader)
    return reader


def decline_consent(*, reader: Reader) -> str:
    """ "No, thanks" on the consent page: the account and everything in it are deleted at once.

    Returns the nickname, for the kind confirmation page."""
    from kidsnews.comments.services import delete_reader_account

    nickname = reader.nickname
    delete_reader_account(reader=reader, by_parent=reader.parent, why="parent said no, thanks")
    return nickname


def withdraw_consent(*, reader: Reader) -> Reader:
    """Consent taken back without deleting: the child can read, not comment; say yes again."""
    if not reader.has_consent:
        return reader
    with transaction.atomic():
        reader.consent_withdrawn_at = timezone.now()
        reader.save(update_fields=["consent_withdrawn_at"])
        _audit(action="withdraw_consent", reader=reader)
    return reader


def set_rejection_emails(*, reader: Reader, enabled: bool) -> Parent:
    """The parent's opt-in to an email when a moderator rejects their child's comment."""
    parent = reader.parent
    if parent.email_on_rejection != enabled:
        with transaction.atomic():
            parent.email_on_rejection = enabled
            parent.save(update_fields=["email_on_rejection"])
            _audit(action="rejection_emails", reader=reader, detail="on" if enabled else "off")
    return parent


def email_change_token(*, parent: Parent, new_email: str) -> str:
    return signing.dumps([parent.pk, parent.email, new_email], salt=EMAIL_CHANGE_SALT)


def request_parent_email_change(
    *, reader: Reader, new_email: str, requester: str | None = None
) -> bool:
    """Nothing changes yet: a link goes to the NEW address, and only that link changes it.

    Returns whether the email was sent (False over a mail limit, or if it is the same)."""
    new_email = new_email.strip().lower()
    parent = reader.parent
    if new_email == parent.email:
        return False
    sent = _send(
        to=new_email,
        subject=f"{settings.SITE_NAME}: please confirm your new email address",
        template="emails/parent_email_change.txt",
        context={
            "reader": reader,
            "confirm_url": _absolute(
                reverse(
                    "accounts:parent_email_confirm",
                    args=[email_change_token(parent=parent, new_email=new_email)],
                )
            ),
            "days": settings.PARENT_LINK_MAX_AGE_DAYS,
        },
        requester=requester,
    )
    if sent:
        _audit(action="request_email_change", reader=reader, parent=parent.pk)
    return sent


def parent_from_email_change_token(token: str) -> tuple[Parent, str]:
    """The grown-up and the new address a confirm link is for, or LinkProblem."""
    try:
        data = signing.loads(token, salt=EMAIL_CHANGE_SALT, max_age=_max_age_seconds("consent"))
    except signing.SignatureExpired:
        raise LinkProblem(expired=True) from None
    except (signing.BadSignature, TypeError, ValueError):
        raise LinkProblem(expired=False) from None
    if not (
        isinstance(data, list)
        and len(data) == 3
        and isinstance(data[0], int)
        and all(isinstance(item, str) for item in data[1:])
    ):
        raise LinkProblem(expired=False)
    # The link is spent once the address changed: the old address must still be the current one.
    parent = Parent.objects.filter(pk=data[0], email=data[1]).first()
    if parent is None:
        raise LinkProblem(expired=False)
    return parent, data[2]


def confirm_parent_email_change(*, token: str) -> Parent:
    """Following the link sent to the new address changes it (LinkProblem if not a good link).

    If that address already looks after other children, the children move to it (one
    grown-up, one row); the old row goes. Links sent before stop working for moved children."""
    parent, new_email = parent_from_email_change_token(token)
    with transaction.atomic():
        existing = Parent.objects.select_for_update().filter(email=new_email).first()
        if existing is None:
            parent.email = new_email
            parent.save(update_fields=["email"])
            result = parent
        else:
            moved = Reader.objects.filter(parent=parent).update(parent=existing)
            parent.delete()
            result = existing
        _audit(action="change_parent_email", parent=result.pk, merged=existing is not None)
        if existing is not None:
            logger.info("Parent email change joined %s children to an existing parent", moved)
    return result


def send_rejection_email(*, comment) -> bool:
    """A short email with the kind reason, if the child's grown-up asked for one.

    Called by the moderation service once a rejection is committed. Per-recipient mail limits
    apply; nothing else about the comment is sent (the words stay on the parent page)."""
    reader = Reader.objects.select_related("user", "parent").filter(pk=comment.reader_id).first()
    if reader is None or not reader.parent.email_on_rejection:
        return False
    return _send(
        to=reader.parent.email,
        subject=f"{settings.SITE_NAME}: a comment by {reader.nickname} was not published",
        template="emails/comment_rejected.txt",
        context={
            "reader": reader,
            "reason": comment.kind_rejection_reason,
            "story_title": comment.story.title,
            **_parent_link_context(reader=reader),
        },
        requester=None,
    )


def send_password_reset_to_parent(*, nickname: str, requester: str | None = None) -> None:
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
        requester=requester,
    )
