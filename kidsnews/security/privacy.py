"""Who is asking, without keeping who they are (SAFETY.md item 3).

Abuse controls (login throttling, mail limits) need to recognise a repeat visitor for an hour;
they never need the address itself. Everything here turns the client's address or browser into
a salted hash (HMAC keyed with SECRET_KEY), so what reaches the database, the cache or a log line
cannot be read back as an address.

`pseudonymous_address()` is django-axes' AXES_CLIENT_IP_CALLABLE: axes stores and compares that
value in its `ip_address` column (an IP-address field, `inet` on PostgreSQL), so the hash is
shaped as an address in 2001:db8::/32, the range reserved for documentation that no client ever
has. The same client always maps to the same value, so locks by address still hold.
"""

import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.http import HttpRequest

PSEUDO_NETWORK = ipaddress.IPv6Network("2001:db8::/32")
_PSEUDO_PREFIX = int(PSEUDO_NETWORK.network_address)
HASHED_TEXT_PREFIX = "h:"


def _digest(purpose: str, value: str) -> bytes:
    key = f"{settings.SECRET_KEY}:kidsnews.security.privacy:{purpose}".encode()
    return hmac.new(key, value.encode("utf-8", "replace"), hashlib.sha256).digest()


def client_address(request: HttpRequest) -> str:
    """The client's address as django-axes would find it. Never store or log it."""
    try:
        from ipware.ip import get_client_ip  # optional, as in django-axes
    except ImportError:
        return request.META.get("REMOTE_ADDR", "") or ""
    found, _ = get_client_ip(
        request,
        proxy_order=getattr(settings, "AXES_IPWARE_PROXY_ORDER", "left-most"),
        proxy_count=getattr(settings, "AXES_IPWARE_PROXY_COUNT", None),
        proxy_trusted_ips=getattr(settings, "AXES_IPWARE_PROXY_TRUSTED_IPS", None),
        request_header_order=getattr(settings, "AXES_IPWARE_META_PRECEDENCE_ORDER", None)
        or ["REMOTE_ADDR"],
    )
    return found or ""


def is_pseudonymous(address: str | None) -> bool:
    try:
        return ipaddress.ip_address(address or "") in PSEUDO_NETWORK
    except ValueError:
        return False


def pseudonymise_address(address: str | None) -> str | None:
    """A salted hash of `address`, written as an IPv6 address in 2001:db8::/32.

    Idempotent: a value that is already one is returned as it is, so a handler may apply it to
    whatever it is given (a raw address from `manage.py axes_reset_ip`, or a stored hash)."""
    if not address:
        return None
    if is_pseudonymous(address):
        return str(ipaddress.ip_address(address))
    low_bits = int.from_bytes(_digest("address", address.strip().lower())[:12], "big")
    return str(ipaddress.IPv6Address(_PSEUDO_PREFIX | low_bits))


def pseudonymous_address(request: HttpRequest) -> str | None:
    """AXES_CLIENT_IP_CALLABLE: the client's address, hashed."""
    return pseudonymise_address(client_address(request))


def hash_text(value: str, *, purpose: str) -> str:
    """A short salted hash of a browser string, an email address or the like. Idempotent."""
    if value.startswith(HASHED_TEXT_PREFIX):
        return value
    return HASHED_TEXT_PREFIX + _digest(purpose, value).hex()[:32]


def requester_key(request: HttpRequest) -> str:
    """Who sent this request, for per-requester limits: the hashed address, never the address."""
    return pseudonymous_address(request) or "unknown"
