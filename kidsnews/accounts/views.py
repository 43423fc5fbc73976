"""Readers' and parents' pages. Thin: the work is in services.py."""

import json
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView, LogoutView, PasswordResetConfirmView
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from kidsnews.comments.queries import comments_of_reader
from kidsnews.comments.services import delete_reader_account
from kidsnews.core import wording
from kidsnews.info.queries import privacy_notice_url
from kidsnews.security.privacy import requester_key

from . import services
from .forms import (
    NewParentEmailForm,
    NicknameForm,
    ParentEmailForm,
    ReaderLoginForm,
    ReaderSetPasswordForm,
    SignUpForm,
)
from .models import Reader
from .nicknames import nickname_options


def _link_problem(request, problem):
    """An expired (410) or broken (404) parent link: say which, kindly, and offer a new one."""
    return render(
        request,
        "accounts/link_problem.html",
        {"expired": problem.expired, "form": ParentEmailForm()},
        status=410 if problem.expired else 404,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def sign_up(request):
    if request.method == "POST" and request.POST.get("age_band") == Reader.AgeBand.TEEN:
        # 13 or older: said kindly, before any other check, and no account is made (see
        # docs/architecture.md, "Who can join").
        return render(
            request,
            "accounts/too_old.html",
            {"title": wording.TOO_OLD_TITLE, "message": wording.TOO_OLD},
        )
    if request.method == "POST":
        form = SignUpForm(request.POST)
        if form.is_valid():
            try:
                reader = services.register_reader(
                    nickname=form.cleaned_data["nickname"],
                    age_band=form.cleaned_data["age_band"],
                    password=form.cleaned_data["password1"],
                    parent_email=form.cleaned_data["parent_email"],
                    requester=requester_key(request),
                )
            except services.NicknameTaken:
                # Another child picked it a moment ago: new names to choose from.
                form = SignUpForm(
                    options=nickname_options(),
                    initial={
                        "age_band": form.cleaned_data["age_band"],
                        "parent_email": form.cleaned_data["parent_email"],
                    },
                )
                notice = "Someone just took that nickname. Please pick another one."
                return render(request, "accounts/sign_up.html", {"form": form, "notice": notice})
            login(request, reader.user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect("accounts:signed_up")
        if not form.fields["nickname"].choices:
            form = SignUpForm(options=nickname_options())
    else:
        form = SignUpForm(options=nickname_options())
    return render(request, "accounts/sign_up.html", {"form": form})


@never_cache
def signed_up(request):
    return render(request, "accounts/signed_up.html")


def parent_link_view(purpose: str):
    """The view gets the child the link is for; a bad link gets a kind page and a new-link form."""

    def decorate(view):
        @wraps(view)
        def wrapped(request, token: str, **kwargs):
            try:
                reader = services.reader_from_token(token, purpose=purpose)
            except services.LinkProblem as problem:
                return _link_problem(request, problem)
            return view(request, reader, token, **kwargs)

        return wrapped

    return decorate


@never_cache
@require_http_methods(["GET", "POST"])
@parent_link_view("consent")
def consent(request, reader, token: str):
    # A GET only shows the question: mail scanners follow links, and must not say yes.
    # No link to the parent page here: this link grants consent and nothing else.
    if request.method == "POST" and request.POST.get("answer") == "no":
        nickname = services.decline_consent(reader=reader)
        return render(
            request,
            "accounts/consent_declined.html",
            {
                "title": wording.CONSENT_DECLINED_TITLE,
                "message": wording.CONSENT_DECLINED.format(nickname=nickname),
            },
        )
    if request.method == "POST":
        services.give_consent(reader=reader)
        return render(request, "accounts/consent_given.html", {"reader": reader})
    return render(
        request,
        "accounts/consent.html",
        {
            "reader": reader,
            "token": token,
            "what_we_keep": wording.what_we_keep(
                rejected_days=settings.REJECTED_COMMENT_TEXT_DAYS,
                unconsented_days=settings.UNCONSENTED_ACCOUNT_DAYS,
                inactive_days=settings.INACTIVE_ACCOUNT_DAYS,
            ),
            "privacy_url": privacy_notice_url(),
        },
    )


def _parent_page(request, reader, token: str, *, notice: str = "", email_form=None, status=200):
    return render(
        request,
        "accounts/parent.html",
        {
            "reader": reader,
            "token": token,
            "consent_token": services.consent_token(reader=reader),
            "comments": comments_of_reader(reader=reader),
            "notice": notice,
            "email_form": email_form or NewParentEmailForm(),
            "privacy_url": privacy_notice_url(),
        },
        status=status,
    )


@never_cache
@parent_link_view("manage")
def parent_page(request, reader, token: str):
    return _parent_page(request, reader, token)


@never_cache
@require_http_methods(["POST"])
@parent_link_view("manage")
def parent_withdraw(request, reader, token: str):
    services.withdraw_consent(reader=reader)
    notice = wording.CONSENT_WITHDRAWN.format(nickname=reader.nickname)
    return _parent_page(request, reader, token, notice=notice)


@never_cache
@require_http_methods(["POST"])
@parent_link_view("manage")
def parent_rejection_emails(request, reader, token: str):
    enabled = request.POST.get("email_on_rejection") == "on"
    services.set_rejection_emails(reader=reader, enabled=enabled)
    notice = wording.REJECTION_EMAILS_ON if enabled else wording.REJECTION_EMAILS_OFF
    return _parent_page(request, reader, token, notice=notice)


@never_cache
@require_http_methods(["POST"])
@parent_link_view("manage")
def parent_email(request, reader, token: str):
    form = NewParentEmailForm(request.POST)
    if not form.is_valid():
        return _parent_page(request, reader, token, email_form=form, status=400)
    services.request_parent_email_change(
        reader=reader, new_email=form.cleaned_data["email"], requester=requester_key(request)
    )
    # Said the same whether or not a mail limit held it back, like the other parent emails.
    notice = wording.EMAIL_CHANGE_SENT.format(email=form.cleaned_data["email"])
    return _parent_page(request, reader, token, notice=notice)


@never_cache
@require_http_methods(["GET", "POST"])
def parent_email_confirm(request, token: str):
    # A GET only asks: mail scanners follow links, and must not change the address.
    try:
        if request.method == "POST":
            parent = services.confirm_parent_email_change(token=token)
            message = wording.EMAIL_CHANGED.format(email=parent.email)
            return render(request, "accounts/parent_email_changed.html", {"message": message})
        _, new_email = services.parent_from_email_change_token(token)
    except services.LinkProblem as problem:
        return _link_problem(request, problem)
    return render(
        request, "accounts/parent_email_confirm.html", {"token": token, "new_email": new_email}
    )


@never_cache
@parent_link_view("manage")
def parent_download(request, reader, token: str):
    data = {
        "nickname": reader.nickname,
        "age_band": reader.age_band,
        "parent_email": reader.parent.email,
        "created_at": reader.created_at.isoformat(),
        "consent_given_at": reader.consent_given_at.isoformat()
        if reader.consent_given_at
        else None,
        "consent_withdrawn_at": reader.consent_withdrawn_at.isoformat()
        if reader.consent_withdrawn_at
        else None,
        "email_on_rejection": reader.parent.email_on_rejection,
        "comments": [
            {
                "story": comment.story.title,
                "text": comment.text,
                "status": comment.status,
                "rejection_reason": comment.kind_rejection_reason,
                "created_at": comment.created_at.isoformat(),
            }
            for comment in comments_of_reader(reader=reader)
        ],
    }
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="{reader.nickname}.json"'
    add_never_cache_headers(response)
    return response


@never_cache
@require_http_methods(["GET", "POST"])
@parent_link_view("manage")
def parent_delete(request, reader, token: str):
    if request.method == "POST" and request.POST.get("confirm") == "yes":
        nickname = reader.nickname
        delete_reader_account(reader=reader, by_parent=reader.parent)
        return render(request, "accounts/deleted.html", {"nickname": nickname})
    return render(request, "accounts/parent_delete.html", {"reader": reader, "token": token})


@never_cache
@require_http_methods(["GET", "POST"])
def parent_link(request):
    form = ParentEmailForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.send_parent_links(
            email=form.cleaned_data["email"], requester=requester_key(request)
        )
        return render(request, "accounts/parent_link_sent.html")
    return render(request, "accounts/parent_link.html", {"form": form})


@never_cache
@require_http_methods(["GET", "POST"])
def forgot_password(request):
    form = NicknameForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.send_password_reset_to_parent(
            nickname=form.cleaned_data["nickname"], requester=requester_key(request)
        )
        return render(request, "accounts/forgot_sent.html")
    return render(request, "accounts/forgot.html", {"form": form})


@never_cache
@login_required
def my_comments(request):
    reader = request.user.reader_or_none
    if reader is None:
        messages.info(request, "This page is for readers' accounts.")
        return redirect("/")
    return render(
        request,
        "accounts/my_comments.html",
        {
            "reader": reader,
            "comments": comments_of_reader(reader=reader),
            # Beside a comment that sounded as if its writer may not be safe (issue 15).
            "help_now": wording.HELP_NOW,
        },
    )


class ReaderLoginView(LoginView):
    template_name = "accounts/login.html"
    authentication_form = ReaderLoginForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        # Without ?next=: a reader lands on "My comments", anyone else on LOGIN_REDIRECT_URL.
        if getattr(self.request.user, "reader_or_none", None) is not None:
            return reverse("accounts:me")
        return super().get_default_redirect_url()


class ReaderLogoutView(LogoutView):
    next_page = "/"


class ReaderPasswordResetConfirmView(PasswordResetConfirmView):
    template_name = "accounts/reset.html"
    form_class = ReaderSetPasswordForm
    success_url = reverse_lazy("accounts:login")

    def form_valid(self, form):
        messages.success(self.request, "All done! Sign in with the new password.")
        return super().form_valid(form)
