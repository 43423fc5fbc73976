"""Who a run of wrong passwords locks out (django-axes' AXES_LOCKOUT_PARAMETERS).

Readers' nicknames are public, so locking an *account* after 5 failures would let any stranger
keep a child (or a parent's child) out of their account. For everyone but staff, failures are
counted per account *and* address together, plus per address alone (one address guessing across
many accounts is still stopped): a stranger's tries lock only the stranger's own address.
Staff accounts keep the strict policy: the account is locked whatever the address, as well as
the address, because a staff account is worth a distributed guess.
"""

from axes.helpers import get_client_username
from django.contrib.auth import get_user_model
from django.http import HttpRequest

STAFF = ["ip_address", "username"]
EVERYONE_ELSE = [["username", "ip_address"], "ip_address"]


def lockout_parameters(request_or_attempt, credentials=None) -> list:
    if isinstance(request_or_attempt, HttpRequest):
        username = get_client_username(request_or_attempt, credentials)
    else:  # an AccessAttempt row, when axes re-reads a stored record
        username = getattr(request_or_attempt, "username", None)
    if username and is_staff_username(username):
        return STAFF
    return EVERYONE_ELSE


def is_staff_username(username: str) -> bool:
    # Case-insensitive on purpose: anything that looks like a staff name gets the strict policy.
    return get_user_model().objects.filter(username__iexact=username, is_staff=True).exists()
