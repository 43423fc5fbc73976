"""`manage.py evaluate_screener`: the figures a moderator or reviewer reads, from any file."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

ROWS = [
    {"id": "t-1", "text": "I love the pandas", "label": "publishable", "kinds": []},
    {"id": "t-2", "text": "my number is 07700 900123", "label": "hold", "kinds": ["pii_phone"]},
    {"id": "t-3", "text": "you are a stupid idiot", "label": "reject", "kinds": ["insult"]},
    {"id": "t-4", "text": "3 2 1 lift off", "label": "publishable", "kinds": []},
    {"id": "t-5", "text": "I want to disappear, nobody likes me", "label": "hold",
     "kinds": ["wellbeing"]},
]  # fmt: skip


@pytest.fixture
def labelled(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    return path


def run(*args) -> str:
    out = io.StringIO()
    call_command("evaluate_screener", *args, stdout=out)
    return out.getvalue()


def test_prints_the_three_figures_kinds_and_confusion_table(labelled, no_network):
    text = run(str(labelled))
    assert "5 comments" in text
    assert "unsafe caught    100.0%" in text
    assert "at risk held     100.0%  (1 of 1)" in text
    assert "innocent passed  100.0%" in text
    assert "pii_phone" in text and "wellbeing" in text
    assert "label \\ verdict" in text


def test_json_summary_one_line_per_file(labelled, no_network):
    lines = run(str(labelled), "--json").splitlines()
    summary = json.loads(lines[0])
    assert summary == {
        "set": str(labelled),
        "comments": 5,
        "unsafe_caught": 1.0,
        "at_risk_held": 1.0,
        "innocent_passed": 1.0,
        "in_training": summary["in_training"],
    }


def test_a_file_from_the_training_data_is_flagged(tmp_path):
    path = tmp_path / "seen.jsonl"
    row = {"text": "my number is 07700 900123", "label": "unsafe", "kinds": ["pii_phone"]}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert "NB: 1 of them are in the training data" in run(str(path))


def test_a_bad_file_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "hi", "label": "maybe", "kinds": []}\n', encoding="utf-8")
    with pytest.raises(CommandError, match="unknown label"):
        run(str(path))
    with pytest.raises(CommandError, match="name labelled files"):
        run()


def test_cross_validation_scores_each_comment_once_k_fold_and_by_group():
    from kidsnews.comments.screening.corpus import read_examples
    from kidsnews.comments.screening.evaluation import cross_validate
    from kidsnews.comments.training_data import training_files

    path, family = training_files()[0]
    examples = read_examples(path, family=family)[::4]
    folds = cross_validate("k-fold", examples, folds=3)
    assert folds.total == len(examples)
    # Two made-up groups: each is scored by a model trained on the other alone.
    halves = cross_validate("groups", examples, group_of=lambda e: "ab"[len(e.text) % 2])
    assert halves.total == len(examples)
    assert set(halves.families) == {family}
    assert 0.0 <= halves.unsafe_caught <= 1.0 and 0.0 <= halves.innocent_passed <= 1.0


def test_folds_trained_side_by_side_give_the_same_figures():
    from kidsnews.comments.screening.corpus import read_examples
    from kidsnews.comments.screening.evaluation import cross_validate
    from kidsnews.comments.training_data import training_files

    path, family = training_files()[0]
    examples = read_examples(path, family=family)[::4]
    alone = cross_validate("alone", examples, folds=3)
    side_by_side = cross_validate("side by side", examples, folds=3, jobs=2)
    assert side_by_side.confusion == alone.confusion
    assert side_by_side.kind_caught == alone.kind_caught
    assert side_by_side.total == alone.total == len(examples)
