"""`export_moderation_labels`: moderators' decisions as labelled lines (issue 11.5)."""

import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from kidsnews.comments.models import Comment
from kidsnews.comments.services import (
    approve_comment,
    erase_old_redacted_text,
    redact_words,
    reject_comment,
    submit_comment,
)

from .people import make_reader

pytestmark = pytest.mark.django_db


def _export(tmp_path, *args):
    out = tmp_path / "labels.jsonl"
    call_command("export_moderation_labels", "--output", str(out), *args)
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_decisions_become_labelled_lines_within_retention(story, moderator, tmp_path):
    def post(nickname, text):
        # The child answered "Send anyway" where it held personal information.
        return submit_comment(
            reader=make_reader(nickname), story=story, text=text, personal_info_confirmed=True
        )

    approved = approve_comment(comment=post("Happy1", "Penguins are so cute"), moderator=moderator)
    phone = post("Chatty1", "call me on 07700 900123 after school")
    reject_comment(comment=phone, moderator=moderator, reason="personal_info")
    rude = post("Rude1", "u r so d.u.m.b")
    reject_comment(comment=rude, moderator=moderator, reason="unkind")
    sad = post("Sad1", "I want to disappear, nobody likes me")
    reject_comment(comment=sad, moderator=moderator, reason="other")
    redacted = post("Named1", "otters rule 07700 900123 yay")
    redacted = redact_words(comment=redacted, moderator=moderator, words="07700 900123")
    approve_comment(comment=redacted, moderator=moderator)
    post("Waiting1", "Still pending")

    rows = {row["text"]: row for row in _export(tmp_path)}
    assert set(rows) == {
        "Penguins are so cute",
        "call me on 07700 900123 after school",
        "u r so d.u.m.b",
        "I want to disappear, nobody likes me",
        "otters rule 07700 900123 yay",  # the ORIGINAL text while it is kept
    }
    assert rows["Penguins are so cute"]["label"] == "publishable"
    assert rows["Penguins are so cute"]["kinds"] == []
    assert rows["call me on 07700 900123 after school"]["label"] == "hold"
    assert "pii_phone" in rows["call me on 07700 900123 after school"]["kinds"]
    assert rows["u r so d.u.m.b"] | {"note": ""} == rows["u r so d.u.m.b"] | {
        "label": "reject",
        "kinds": ["insult"],
        "note": "",
    }
    assert rows["I want to disappear, nobody likes me"]["label"] == "hold"
    assert rows["I want to disappear, nobody likes me"]["kinds"] == ["wellbeing"]
    assert rows["otters rule 07700 900123 yay"]["label"] == "hold"
    assert "pii_phone" in rows["otters rule 07700 900123 yay"]["kinds"]
    for row in rows.values():
        assert set(row) == {"id", "text", "label", "kinds", "note"}
        assert row["id"].startswith("mod-") and str(approved.pk) != row["id"][4:]
        assert "Happy1" not in json.dumps(row) and "Chatty1" not in json.dumps(row)
        assert (row["label"] == "publishable") == (row["kinds"] == [])

    # --since drops older decisions
    Comment.objects.filter(pk=approved.pk).update(moderated_at=timezone.now() - timedelta(days=9))
    since = (timezone.now() - timedelta(days=1)).date().isoformat()
    assert "Penguins are so cute" not in {r["text"] for r in _export(tmp_path, "--since", since)}

    # Retention: once the redacted words are forgotten, the redacted comment is not exported;
    # a rejection past its erasure date is not exported even before the purge has run.
    erase_old_redacted_text(now=timezone.now() + timedelta(days=31))
    Comment.objects.filter(pk=rude.pk).update(moderated_at=timezone.now() - timedelta(days=31))
    texts = {row["text"] for row in _export(tmp_path)}
    assert "otters rule 07700 900123 yay" not in texts
    assert "otters rule [removed] yay" not in texts
    assert "u r so d.u.m.b" not in texts
