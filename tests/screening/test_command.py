"""`manage.py screen_comments`: JSON Lines in, one verdict line out per input."""

import io
import json

import pytest
from django.core.management import call_command


def run(monkeypatch, lines: str) -> list[dict]:
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    out = io.StringIO()
    call_command("screen_comments", stdout=out, stderr=io.StringIO())
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.django_db
def test_one_line_per_input_and_bad_lines_do_not_stop_it(monkeypatch):
    answers = run(
        monkeypatch,
        '{"id": 1, "text": "add me on roblox"}\n'
        "this is not json\n"
        '{"id": 2}\n'
        "\n"
        '{"id": "c3", "text": "I love the pandas"}\n',
    )
    assert len(answers) == 4
    assert answers[0]["id"] == 1
    assert answers[0]["verdict"] == "hold"
    kinds = {r["kind"] for r in answers[0]["reasons"]}
    assert "pii_social_handle" in kinds
    assert set(answers[0]["reasons"][0]) == {"kind", "start", "end", "text"}
    assert answers[1]["id"] is None and "error" in answers[1]
    assert answers[2]["id"] is None and "error" in answers[2]
    assert answers[3] == {"id": "c3", "verdict": "publishable", "reasons": []}
