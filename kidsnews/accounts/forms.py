"""Readers' and parents' forms. Every error a child can see is in kidsnews/core/wording.py,
wired in through `error_messages`; none of Django's adult defaults reaches the page."""

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, SetPasswordForm
from django.core import signing

from kidsnews.core import wording

from .models import Reader, User

OFFER_SALT = "kidsnews.accounts.nickname-offer"
PASSWORD_HELP = "Your password needs: " + " ".join(wording.PASSWORD_RULES)


def kind_password_errors(password: str, user) -> list[str]:
    """Django's password validators, their verdicts said for a child ([] if the password is
    fine). Unknown validators' messages become one general sentence."""
    try:
        password_validation.validate_password(password, user)
    except forms.ValidationError as error:
        messages = [
            wording.PASSWORD_ERRORS.get(item.code, wording.PASSWORD_WEAK)
            for item in error.error_list
        ]
        return list(dict.fromkeys(messages))
    return []


def _password_field(label: str, **extra) -> forms.CharField:
    return forms.CharField(
        label=label,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages=wording.field_errors(),
        **extra,
    )


class SignUpForm(forms.Form):
    """Nickname from the generated options only; no name, email, birth date or photo."""

    nickname = forms.ChoiceField(
        label="Pick your nickname",
        widget=forms.RadioSelect,
        error_messages=wording.field_errors(
            required=wording.NICKNAME_PICK, invalid_choice=wording.NICKNAME_PICK
        ),
    )
    offered = forms.CharField(widget=forms.HiddenInput, error_messages=wording.field_errors())
    age_band = forms.ChoiceField(
        label="How old are you?",
        choices=Reader.AgeBand.choices,
        widget=forms.RadioSelect,
        error_messages=wording.field_errors(
            required=wording.AGE_PICK, invalid_choice=wording.AGE_PICK
        ),
    )
    # The rules are shown before the first try, not only after a failure.
    password1 = _password_field("Choose a password", help_text=PASSWORD_HELP)
    password2 = _password_field("Type the password again")
    parent_email = forms.EmailField(
        label="Your grown-up's email",
        help_text="We'll ask them to say yes before you can comment. We never email you.",
        error_messages=wording.field_errors(
            required=wording.PARENT_EMAIL_NEEDED, invalid=wording.INVALID_EMAIL
        ),
    )

    def __init__(self, *args, options: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if options is None:  # a posted form: the options are the ones we signed and offered
            try:
                options = signing.loads(self.data.get("offered", ""), salt=OFFER_SALT)
            except signing.BadSignature:
                options = []
        self.fields["nickname"].choices = [(name, name) for name in options]
        self.initial["offered"] = signing.dumps(list(options), salt=OFFER_SALT)

    def clean_nickname(self):
        nickname = self.cleaned_data["nickname"]
        if User.objects.filter(username__iexact=nickname).exists():
            raise forms.ValidationError(wording.NICKNAME_TAKEN)
        return nickname

    def clean(self):
        data = super().clean()
        one, two = data.get("password1"), data.get("password2")
        if one and two and one != two:
            self.add_error("password2", wording.PASSWORDS_DIFFERENT)
        elif one:
            for message in kind_password_errors(one, User(username=data.get("nickname"))):
                self.add_error("password1", message)
        return data


class ReaderLoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": wording.LOGIN_WRONG,
        "inactive": wording.LOGIN_INACTIVE,
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = wording.LOGIN_NICKNAME
        for field in self.fields.values():
            field.error_messages.update(wording.field_errors())


class ReaderSetPasswordForm(SetPasswordForm):
    """The new password after a reset (the link goes to the grown-up; the child may type)."""

    error_messages = {"password_mismatch": wording.PASSWORDS_DIFFERENT}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].help_text = PASSWORD_HELP
        self.fields["new_password2"].help_text = ""
        for field in self.fields.values():
            field.error_messages.update(wording.field_errors())

    def validate_password_for_user(self, user, password_field_name="new_password2"):  # noqa: S107  # nosec B107
        password = self.cleaned_data.get(password_field_name)
        if password:
            for message in kind_password_errors(password, user):
                self.add_error(password_field_name, message)


class NicknameForm(forms.Form):
    nickname = forms.CharField(
        label="Your nickname", max_length=150, error_messages=wording.field_errors()
    )


class ParentEmailForm(forms.Form):
    email = forms.EmailField(
        label="Your email",
        error_messages=wording.field_errors(invalid="Please enter a whole email address."),
    )


class NewParentEmailForm(forms.Form):
    """A grown-up's new address; the change waits for the link sent there (issue 16)."""

    email = forms.EmailField(
        label="New email address",
        error_messages=wording.field_errors(invalid="Please enter a whole email address."),
    )
