"""Wagtail admin views of the security app. Thin: the work is in services.py."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods
from django_otp.plugins.otp_totp.models import TOTPDevice

from .services import NotAnAdministrator
from .services import reset_two_factor as reset_service


@require_http_methods(["GET", "POST"])
def reset_two_factor(request, user_id: int):
    if not request.user.is_superuser:
        raise NotAnAdministrator("Only administrators can reset two-step sign-in.")
    person = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        removed = reset_service(
            user=person, by=request.user, reason=request.POST.get("reason", "")[:200]
        )
        messages.success(
            request,
            f"Two-step sign-in reset for {person.get_username()} "
            f"({removed} authenticator(s) removed).",
        )
        return redirect("wagtailusers_users:index")
    devices = TOTPDevice.objects.filter(user=person).count()
    return render(
        request, "security/admin/reset_two_factor.html", {"person": person, "devices": devices}
    )
