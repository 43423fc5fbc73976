from django import forms

from kidsnews.core import wording

from .models import Report


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label="What's wrong with this comment?",
        choices=Report.Reason.choices,
        widget=forms.RadioSelect,
        error_messages=wording.field_errors(required=wording.REQUIRED_CHOICE),
    )
