from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.core import signing

from .models import Reader, User

OFFER_SALT = "kidsnews.accounts.nickname-offer"


class SignUpForm(forms.Form):
    """Nickname from the generated options only; no name, email, birth date or photo."""

    nickname = forms.ChoiceField(label="Pick your nickname", widget=forms.RadioSelect)
    offered = forms.CharField(widget=forms.HiddenInput)
    age_band = forms.ChoiceField(
        label="How old are you?", choices=Reader.AgeBand.choices, widget=forms.RadioSelect
    )
    password1 = forms.CharField(
        label="Choose a password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label="Type the password again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    parent_email = forms.EmailField(
        label="Your grown-up's email",
        help_text="We'll ask them to say yes before you can comment. We never email you.",
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
            raise forms.ValidationError("Someone just took that one. Please pick another.")
        return nickname

    def clean(self):
        data = super().clean()
        one, two = data.get("password1"), data.get("password2")
        if one and two and one != two:
            self.add_error("password2", "The two passwords are different. Try again.")
        elif one:
            try:
                password_validation.validate_password(one, User(username=data.get("nickname")))
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class ReaderLoginForm(AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Nickname"


class NicknameForm(forms.Form):
    nickname = forms.CharField(label="Your nickname", max_length=150)


class ParentEmailForm(forms.Form):
    email = forms.EmailField(label="Your email")
