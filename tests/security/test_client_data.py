"""No child's address or browser is stored (SAFETY.md item 3; issue 17 A).

A whole family's journey through the real views, from one distinctive address and browser:
sign-up (which signs the child in), sign out and in, a wrong password, a comment, the parent's
deletion. After each step that could write something, every column of every table is read
back and searched for the address and the browser string.
"""

import re

import pytest
from axes.models import AccessAttempt, AccessLog
from django.core import mail
from django.db import connection
from django.test import Client

from kidsnews.comments.models import Comment
from kidsnews.core.appserver import ANONYMOUS_ACCESS_LOG_FORMAT, run_command
from kidsnews.security.services import forget_expired_login_failures
from tests.comments.conftest import story  # noqa: F401, F811 - fixture

ADDRESS = "203.0.113.77"
BROWSER = "KidsTablet/9.3 (FamilyOS 4.2; Penguin-Edition) Gecko/20260101"
PASSWORD = "snowy-owl-tuesday"


def _path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def _as_text(value) -> str:
    if isinstance(value, memoryview):
        value = value.tobytes()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def places_holding(*needles: str) -> list[str]:
    """'table.column' for every stored value that contains one of `needles`."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT * FROM {quoted}")  # noqa: S608 - names from introspection
            columns = [column[0] for column in cursor.description]
            for row in cursor.fetchall():
                for column, value in zip(columns, row, strict=True):
                    if value is None:
                        continue
                    text = _as_text(value)
                    if any(needle in text for needle in needles):
                        found.append(f"{table}.{column}")
    return sorted(set(found))


@pytest.mark.django_db
def test_no_table_holds_the_childs_address_or_browser(story, settings):  # noqa: F811
    child = Client(REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT=BROWSER)
    form = child.get("/accounts/sign-up/").context["form"]
    nickname = form.fields["nickname"].choices[0][0]
    signed_up = child.post(
        "/accounts/sign-up/",
        {
            "nickname": nickname,
            "offered": form.initial["offered"],
            "age_band": "9-12",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "parent_email": "grownup@example.org",
        },
    )
    assert signed_up.status_code == 302 and "_auth_user_id" in child.session
    assert places_holding(ADDRESS, BROWSER) == []

    # The parent says yes from their own link.
    (email,) = mail.outbox
    consent_url = _path(re.search(r"https?://\S+/accounts/consent/\S+/", email.body).group(0))
    manage_url = _path(re.search(r"https?://\S+/accounts/parent/\S+/", email.body).group(0))
    assert Client().post(consent_url).status_code == 200

    # Out, in again, then a wrong password.
    child.post("/accounts/logout/")
    login = child.post("/accounts/login/", {"username": nickname, "password": PASSWORD})
    assert login.status_code == 302
    child.post("/accounts/logout/")
    wrong = child.post("/accounts/login/", {"username": nickname, "password": "not-it"})
    assert wrong.status_code == 200
    # The failure is counted (the lock needs it): in the cache with Redis, else in the
    # database, under a hash, not the address.
    assert AccessAttempt.objects.filter(username=nickname).exists() == (not settings.REDIS_URL)
    assert not AccessLog.objects.exists()
    assert places_holding(ADDRESS, BROWSER) == []

    # A comment, then the parent deletes the account.
    child.post("/accounts/login/", {"username": nickname, "password": PASSWORD})
    posted = child.post(
        f"/comments/post/{story.pk}/",
        {"text": "I love penguins! I hope the chicks stay warm.", "action": "send"},
    )
    assert posted.status_code in (200, 302)
    assert Comment.objects.filter(reader__user__username=nickname).exists()
    assert places_holding(ADDRESS, BROWSER) == []
    child.post("/accounts/logout/")
    child.post("/accounts/login/", {"username": nickname, "password": "wrong-again"})
    assert AccessAttempt.objects.filter(username=nickname).exists() == (not settings.REDIS_URL)

    parent = Client()
    deleted = parent.post(f"{manage_url}delete/", {"confirm": "yes"})
    assert "are deleted" in deleted.content.decode()
    assert places_holding(ADDRESS, BROWSER) == []
    assert not AccessAttempt.objects.filter(username=nickname).exists()
    # Nothing of the account is left, hashed or not, but the audit line of its deletion.
    assert places_holding(nickname) == ["comments_auditlog.data"]


@pytest.mark.django_db
def test_a_wrong_password_is_counted_and_still_locks(client):
    """The hash keeps the lock working: five failures from one address lock it."""
    for number in range(5):
        client.post(
            "/accounts/login/",
            {"username": f"nobody{number}", "password": "wrong"},
            REMOTE_ADDR=ADDRESS,
            HTTP_USER_AGENT=BROWSER,
        )
    refused = client.post(
        "/accounts/login/",
        {"username": "someone-else", "password": "wrong"},
        REMOTE_ADDR=ADDRESS,
        HTTP_USER_AGENT=BROWSER,
    )
    assert refused.status_code == 429
    assert places_holding(ADDRESS, BROWSER) == []


@pytest.mark.django_db
def test_failure_counts_are_forgotten_after_the_cool_off():
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    for hours in (0, 2):  # as the database handler stores them, when Redis is away
        AccessAttempt.objects.create(
            username=f"ghost{hours}",
            ip_address="2001:db8::1",
            user_agent="h:0",
            http_accept="",
            path_info="/accounts/login/",
            get_data="",
            post_data="",
            failures_since_start=1,
        )
        AccessAttempt.objects.filter(username=f"ghost{hours}").update(
            attempt_time=now - timedelta(hours=hours)
        )
    AccessLog.objects.create(username="ghost0", user_agent="", http_accept="", path_info="/")
    assert forget_expired_login_failures(now=now) == 2  # the expired failure and the log
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["ghost0"]
    assert not AccessLog.objects.exists()


def test_app_server_logs_no_client_address_by_default():
    command = run_command({})
    assert "--no-access-log" in command and "--access-log" not in command
    assert command[command.index("--access-log-fmt") + 1] == ANONYMOUS_ACCESS_LOG_FORMAT
    assert "addr" not in ANONYMOUS_ACCESS_LOG_FORMAT
    switched_on = run_command({"ACCESS_LOG": "true"})
    assert "--access-log" in switched_on
    assert switched_on[switched_on.index("--access-log-fmt") + 1] == ANONYMOUS_ACCESS_LOG_FORMAT
