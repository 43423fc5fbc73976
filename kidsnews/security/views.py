"""Two-factor steps for staff, and the error page that tells a database outage apart."""

import base64
import sys
from io import BytesIO

import qrcode
import qrcode.image.svg
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from kidsnews.core.views import server_error as plain_server_error

from .forms import TokenForm
from .queries import has_confirmed_totp
from .services import AlreadyEnrolled, confirm_totp, start_totp_setup


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or "/admin/"
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return "/admin/"


def _staff_only(request):
    if not request.user.is_staff:
        return HttpResponse("Staff only.", status=403)
    return None


@never_cache
@login_required(login_url="wagtailadmin_login")
def two_factor_verify(request):
    if refused := _staff_only(request):
        return refused
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        for device in TOTPDevice.objects.filter(user=request.user, confirmed=True):
            if device.verify_token(form.cleaned_data["token"]):
                otp_login(request, device)
                return redirect(_next_url(request))
        form.add_error("token", "That code didn't match. Check your app and try again.")
    return render(
        request, "security/two_factor_verify.html", {"form": form, "next": _next_url(request)}
    )


@never_cache
@login_required(login_url="wagtailadmin_login")
def two_factor_setup(request):
    if refused := _staff_only(request):
        return refused
    try:
        return _two_factor_setup(request)
    except AlreadyEnrolled:
        # The password alone never adds a device to an enrolled account; an administrator's
        # reset (security.services.reset_two_factor) is the way to a new one.
        return render(
            request,
            "security/two_factor_enrolled.html",
            {"next": _next_url(request)},
            status=403,
        )


def _two_factor_setup(request):
    if has_confirmed_totp(user=request.user):
        raise AlreadyEnrolled
    form = TokenForm(request.POST or None)
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if request.method == "POST" and device is not None and form.is_valid():
        if confirm_totp(device=device, token=form.cleaned_data["token"]):
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("token", "That code didn't match. Check your app and try again.")
    if device is None:
        device = start_totp_setup(user=request.user)
    # The QR code is drawn here: the secret never leaves our server for a QR-code service.
    svg = BytesIO()
    qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage).save(svg)
    qr_src = "data:image/svg+xml;base64," + base64.b64encode(svg.getvalue()).decode()
    return render(
        request,
        "security/two_factor_setup.html",
        {
            "form": form,
            "next": _next_url(request),
            "qr_src": qr_src,
            "secret": device.bin_key.hex(),
        },
    )


@requires_csrf_token
def server_error(request):
    """500 page, except when the database is unreachable: then a friendly 503.

    A 503 tells readers (and load balancers, and crawlers) that this is temporary. Neither page
    touches the database or context processors, since whatever broke may break them too.
    """
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError):
        html = loader.get_template("503.html").render({})
        response = HttpResponse(html, status=503)
        response["Retry-After"] = "30"
        return response
    return plain_server_error(request)
