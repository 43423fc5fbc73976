"""Cross-cutting protections that every request passes through.

Each class here is small and does one thing; their order in settings.MIDDLEWARE matters and is
explained there.
"""

import re
import time
from urllib.parse import unquote_to_bytes

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template import loader
from django.urls import reverse
from django.utils.http import urlencode

BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _is_admin_path(path: str) -> bool:
    return path.startswith(tuple(settings.SECURITY_ADMIN_PATH_PREFIXES))


def _bad_bytes(raw: bytes) -> bool:
    """True for percent-decoded input that is not UTF-8 or carries a NUL byte."""
    if b"\x00" in raw:
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def is_malformed_read(request: HttpRequest) -> bool:
    """A query string that is not UTF-8 or carries NUL, or NUL in the path: refused with the
    kind 400 whatever the method (also asked by the page cache's fast path, kidsnews/caching)."""
    return _bad_bytes(unquote_to_bytes(request.META.get("QUERY_STRING", ""))) or (
        "\x00" in request.path
    )


def _kind_error(request: HttpRequest, status: int, template: str) -> HttpResponse:
    # The 400/413 pages extend base.html, which needs no database for these status pages.
    html = loader.get_template(template).render({}, request)
    return HttpResponse(html, status=status)


class RequestLimitsMiddleware:
    """Refuse oversized or malformed requests before any view (or Django) reads the body.

    A 10 MB POST to a comment form is answered 413 from its Content-Length alone, so a flood
    of big bodies costs us headers, not memory. Input that is not valid UTF-8, or that carries
    NUL bytes, is refused with the kind 400 page: such bytes are never typed by a reader, and
    letting them through would store mojibake or break PostgreSQL (which rejects NUL in text).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        refused = limits_refusal(request)
        if refused is None:
            return self.get_response(request)
        response = _kind_error(request, refused, f"{refused}.html")
        if refused == 413:
            # The body was never read; closing stops the client streaming the rest.
            response["Connection"] = "close"
        return response


def limits_refusal(request: HttpRequest) -> int | None:
    """The status RequestLimitsMiddleware refuses `request` with (413 too big, 400 malformed),
    or None. Also asked by the poll-vote fast path (kidsnews/polls/fastpath.py)."""
    if request.method in BODY_METHODS:
        limit = (
            settings.ADMIN_MAX_REQUEST_BODY_BYTES
            if _is_admin_path(request.path_info)
            else settings.MAX_REQUEST_BODY_BYTES
        )
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return 400
        if length > limit:
            return 413
    if is_malformed_read(request):
        return 400
    if request.method in BODY_METHODS:
        content_type = request.META.get("CONTENT_TYPE", "")
        if content_type.startswith("application/x-www-form-urlencoded"):
            if _bad_bytes(unquote_to_bytes(request.body.replace(b"+", b" "))):
                return 400
        elif (
            content_type.startswith("multipart/form-data")
            and not _is_admin_path(request.path_info)
            # Django decodes multipart text with replacement characters; a NUL survives.
            and any("\x00" in value for value in request.POST.values())
        ):
            return 400
    return None


class KindStatusPagesMiddleware:
    """A kind page for the statuses Django answers with an empty body.

    `HttpResponseNotAllowed` (a GET on the logout, comment or quiz-results URLs, which only
    take POST) has no body at all: a blank browser page. It becomes 405.html, keeping the
    status and the `Allow` header. JSON answers and responses with a body are left alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 405 and not response.streaming and not response.content:
            kind = _kind_error(request, 405, "405.html")
            if response.has_header("Allow"):
                kind["Allow"] = response["Allow"]
            return kind
        return response


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp with one relaxation for the staff admin only.

    Wagtail's admin sets inline `style` attributes from its JavaScript (sidebar, Draftail,
    tooltips), so the admin policy adds 'unsafe-inline' to style-src. Scripts stay strict
    everywhere: no 'unsafe-inline' or 'unsafe-eval' in script-src, admin included.
    """

    # Inline <script> elements without src= (Wagtail's widget initialisers).
    INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\b(?:src|nonce)=)")

    def process_response(self, request, response):
        if (
            _is_admin_path(request.path_info)
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
        ):
            # Wagtail 8 still renders widget set-up code (choosers, inline panels, date
            # pickers) as inline <script> elements, so the admin cannot run under a plain
            # script-src 'self'. Rather than 'unsafe-inline', the admin's own inline scripts
            # get this response's nonce: inline event handlers and javascript: URLs stay
            # blocked. Documented in SECURITY.md ("admin CSP").
            nonce = str(request.csp_nonce).encode()
            response.content = self.INLINE_SCRIPT.sub(
                b'<script nonce="' + nonce + b'"', response.content
            )
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and _is_admin_path(request.path_info):
            update = dict(parts.update or {})
            update.update(settings.CSP_ADMIN_UPDATE)
            parts.update = update
        return parts


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set, and a locked-down policy for files.

    Uploaded media and documents are served with a CSP of their own (`default-src 'none';
    sandbox`): even if an HTML or SVG file slipped past the upload checks, a browser opening it
    from our origin runs no script and reaches no cookie. It sits inside CSPMiddleware, which
    leaves a header that is already set alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.setdefault("X-Content-Type-Options", "nosniff")
        # Also here because early refusals never reach XFrameOptionsMiddleware.
        response.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        path = request.path_info
        if path.startswith(tuple(settings.SECURITY_FILE_PATH_PREFIXES)):
            response["Content-Security-Policy"] = settings.FILE_CONTENT_SECURITY_POLICY
        return response


class StaffSessionMiddleware:
    """Staff sessions end after inactivity, and staff prove a second factor when it applies.

    Readers keep the normal session length (a child should not be logged out mid-comment); a
    staff session left idle on a shared newsroom computer is the risk this closes. The
    timestamp is written at most once a minute so that browsing the admin does not rewrite the
    session on every request.
    """

    TOUCH_EVERY_SECONDS = 60

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated and user.is_staff:
            now = int(time.time())
            seen = request.session.get("staff_seen_at")
            if seen is not None and now - int(seen) > settings.STAFF_SESSION_IDLE_SECONDS:
                logout(request)
                if _is_admin_path(request.path_info):
                    return HttpResponseRedirect(
                        reverse("wagtailadmin_login")
                        + "?"
                        + urlencode({"next": request.get_full_path()})
                    )
                return self.get_response(request)
            if seen is None or now - int(seen) >= self.TOUCH_EVERY_SECONDS:
                request.session["staff_seen_at"] = now
            redirect = self._second_factor_redirect(request)
            if redirect is not None:
                return redirect
        return self.get_response(request)

    @staticmethod
    def _second_factor_redirect(request: HttpRequest) -> HttpResponse | None:
        from .queries import needs_second_factor

        path = request.path_info
        if not _is_admin_path(path) or path.startswith(tuple(settings.TWO_FACTOR_EXEMPT_PATHS)):
            return None
        step = needs_second_factor(request=request)
        if step is None:
            return None
        target = reverse(f"security:two_factor_{step}")
        return HttpResponseRedirect(target + "?" + urlencode({"next": request.get_full_path()}))
