"""The learned layer: what it adds to the rules, how it is shipped, built and loaded."""

import tracemalloc

import numpy as np
import pytest

from kidsnews.comments.screening import RULES_ONLY, Reason, ScreeningResult, screen
from kidsnews.comments.screening.features import feature_keys
from kidsnews.comments.screening.model import (
    ARTIFACT,
    HEADS,
    default_model,
    dumps,
    load,
    loads,
    probabilities,
)
from kidsnews.comments.screening.training import train
from kidsnews.comments.training_data import training_examples

# Written for this test, in no training file: a child at risk in words no list holds.
AT_RISK = [
    "i keep giving my stuff away to my friends, i wont be needing it after friday",
    "nobody at home would even notice if i never came back from school",
    "he said if i tell anyone about the pictures he will post them everywhere",
]


def test_the_shipped_model_scores_every_head_between_0_and_1():
    scores = default_model().scores("what a lovely story about the pandas")
    assert list(scores) == list(HEADS)
    assert all(0.0 <= value <= 1.0 for value in scores.values())
    assert set(default_model().thresholds) == set(HEADS)


def test_the_unsafe_head_only_ever_lowers_the_at_risk_score():
    """A comment the unsafe head reads as innocent is less likely a child at risk; one it reads
    as unsafe (a sharp insult) is not made more likely at risk by that."""

    def at_risk_score(unsafe: float) -> float:
        margins = np.zeros(len(HEADS))
        margins[HEADS.index("unsafe")] = unsafe
        margins[HEADS.index("at_risk")] = 1.0
        margins[HEADS.index("wellbeing")] = 2.0
        return float(probabilities(margins)[HEADS.index("at_risk")])

    plain = 1 / (1 + np.exp(-1.5))  # the mean of the at-risk margin and the larger of theirs
    assert at_risk_score(0.0) == pytest.approx(plain)
    assert at_risk_score(6.0) == pytest.approx(plain)
    assert at_risk_score(-3.0) == pytest.approx(1 / (1 + np.exp(-0.5)))


@pytest.mark.parametrize(
    "text",
    [
        "you are so stupid and ugly",
        "shut up you idiot nobody asked you",
        "u r so d.u.m.b",
        "ur a loser and ur mum is fat",
    ],
)
def test_a_sharp_insult_is_not_called_a_child_at_risk(text):
    # Reading the unsafe margin both ways called each of these a child at risk.
    result = screen(text)
    assert result.verdict == "reject"
    assert not result.is_urgent


@pytest.mark.parametrize("text", AT_RISK)
def test_a_child_at_risk_in_words_the_rules_do_not_know_is_held_first(text):
    assert screen(text, model=RULES_ONLY).verdict == "publishable"
    result = screen(text)
    assert result.verdict == "hold"
    assert result.is_urgent
    finding = next(r for r in result.reasons if r.kind in ("wellbeing", "grooming"))
    # The model's finding is about the whole comment, says it is the model's, and how sure.
    assert (finding.layer, finding.start, finding.end, finding.text) == (
        "model",
        0,
        len(text),
        text,
    )
    assert 0.0 < finding.score <= 1.0


def test_a_child_at_risk_is_held_even_when_the_comment_also_swears():
    result = screen("i hate my life, everything is sh1t and i want it to stop forever")
    assert result.verdict == "hold"
    assert result.is_urgent


def test_what_the_rules_find_keeps_its_exact_span_and_the_model_adds_no_guess():
    result = screen("my number is 07700 900123")
    assert [(r.kind, r.layer, r.text) for r in result.reasons] == [
        ("pii_phone", "rules", "07700 900123")
    ]


def test_loading_twice_gives_the_same_object_once_per_process():
    assert default_model() is default_model()


def test_the_artifact_is_small_and_loads_in_under_50_mb():
    # Bytes in the repository, per retraining: about 0.3 MB more for each 3,000 comments
    # (keys and half-precision weights: 8.4 MB and 16.2 MiB at 51,922 comments). Kept well
    # under the 50 MB target so growth is seen early.
    assert ARTIFACT.stat().st_size < 10_000_000
    tracemalloc.start()
    try:
        load(ARTIFACT)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 25 * 1024 * 1024, peak


@pytest.mark.long  # trains twice (about 20 s)
def test_the_same_data_gives_the_same_bytes_and_the_bytes_give_the_same_model():
    # A slice of the real training data keeps this quick; test-long rebuilds the whole artifact.
    examples = training_examples()[::12]
    first, second = dumps(train(examples)), dumps(train(examples))
    assert first == second
    model = loads(first)
    assert dumps(model) == first
    text = "u r so annoying nobody wants u here"
    assert model.scores(text) == loads(second).scores(text)


def test_a_comment_is_scored_from_the_keys_of_its_features_the_model_knows():
    # The artifact stores 32-bit feature keys, not their text: the lookup must find exactly
    # the keys a dictionary would, and a key the model never saw must add nothing.
    model = default_model()
    index = {int(key): row for row, key in enumerate(model.keys)}
    text = "my nan said i can stay up late zqxjv if i finish my tea"
    rows = [index[key] for key in feature_keys(text) if key in index]
    assert 0 < len(rows) < len(feature_keys(text))  # "zqxjv" brings keys nobody trained on
    margins = model.weights[rows].sum(axis=0, dtype=np.float64) / np.sqrt(len(rows)) + model.bias
    expected = dict(zip(HEADS, probabilities(margins), strict=True))
    assert model.scores(text) == pytest.approx(expected)
    assert np.all(np.diff(model.keys.astype(np.int64)) > 0)  # sorted, each key once


def test_screening_loads_and_runs_without_the_network(no_network):
    model = load(ARTIFACT)
    assert screen(AT_RISK[0], model=model).is_urgent


@pytest.mark.long
@pytest.mark.timeout(3600)  # trains on every labelled comment, twice over (51,922 now)
def test_train_screener_rebuilds_the_shipped_artifact_byte_for_byte():
    from django.core.management import call_command

    call_command("train_screener", "--check")


def test_a_model_guess_of_personal_information_holds_but_does_not_block_approval():
    # Exact personal information (the rules) must be redacted before approval; a guess about
    # the whole comment cannot be redacted, so it holds the comment for a person to judge.
    guess = Reason("pii_address", 0, 5, "hello", "Reads like where someone lives", layer="model")
    exact = Reason("pii_phone", 0, 5, "hello", "Phone number")
    assert not ScreeningResult(verdict="hold", reasons=(guess,)).has_personal_info
    assert ScreeningResult(verdict="hold", reasons=(guess, exact)).personal_info == (exact,)
