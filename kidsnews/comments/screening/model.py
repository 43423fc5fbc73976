"""The learned layer: per-kind scores from a linear model over the comment's words and
letter groups, read from a small versioned artifact that `manage.py train_screener` builds.

It reads meaning the rules cannot list ("im tired. not the sleepy kind"); the rules keep the
exact detectors (phones, emails, links) that give a moderator a precise span. Loaded once
per process (`default_model()`); scoring is one gather and sum over a matrix of half-precision weights.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import math
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .features import feature_keys
from .result import URGENT_KINDS, Reason

ARTIFACT = Path(__file__).with_name("artifacts") / "screener-model.bin.gz"
MAGIC = b"KNSM"
# 2: the at-risk score reads the wellbeing and grooming heads; 3: unsafe too; 4: features
# stored as 32-bit keys instead of their text, weights as half-precision floats (the
# artifact and its memory halved; each weight rounded to about three significant figures)
FORMAT_VERSION = 4

# What the model scores. "unsafe" is any kind at all; "at_risk" is wellbeing or grooming.
KIND_HEADS = (
    "wellbeing",
    "grooming",
    "contact_request",
    "hate",
    "insult",
    "threat",
    "sexual",
    "profanity",
    "spam",
    "pii_name",
    "pii_address",
    "pii_age_location",
    "pii_school",
    "pii_social_handle",
)
HEADS = ("unsafe", "at_risk", *KIND_HEADS)
_UNSAFE, _AT_RISK, _WELLBEING, _GROOMING = (
    HEADS.index(h) for h in ("unsafe", "at_risk", "wellbeing", "grooming")
)

MESSAGES = {
    "wellbeing": "Reads like a child who may be at risk or upset",
    "grooming": "Reads like an adult approaching a child",
    "contact_request": "Reads like asking to meet, add or swap details",
    "hate": "Reads like hate against a group",
    "insult": "Reads like an insult",
    "threat": "Reads like a threat",
    "sexual": "Reads like sexual content",
    "profanity": "Reads like swearing",
    "spam": "Reads like spam or an advert",
    "pii_name": "Reads like someone's full name",
    "pii_address": "Reads like where someone lives",
    "pii_age_location": "Reads like an age with a place",
    "pii_school": "Reads like a named school",
    "pii_social_handle": "Reads like a username on a game or app",
}


@dataclass(frozen=True)
class Model:
    """Feature keys (sorted), weights (one row per key, one column per head), biases and the
    decision threshold of each head."""

    keys: np.ndarray
    weights: np.ndarray
    bias: np.ndarray
    thresholds: dict[str, float]
    meta: dict

    def scores(self, text: str) -> dict[str, float]:
        """Probability-like score (0..1) of each head for one comment."""
        found = np.fromiter(feature_keys(text), dtype=np.uint32)
        at = np.searchsorted(self.keys, found)
        inside = at < self.keys.size
        at, found = at[inside], found[inside]
        rows = at[self.keys[at] == found]
        if rows.size:
            margin = self.weights[rows].sum(axis=0, dtype=np.float64) / math.sqrt(rows.size)
            margin += self.bias
        else:
            margin = self.bias
        return dict(zip(HEADS, probabilities(margin).tolist(), strict=True))

    def findings(self, text: str, *, found: frozenset[str] = frozenset()) -> tuple[Reason, ...]:
        """The model's reasons, each spanning the whole text; `found`: the rules' kinds.

        Two heads decide: "at_risk" (a child who may be at risk, or an adult approaching
        one) and "unsafe" (anything a person must read). The kind heads only name what was
        found: those over their own threshold, or else the likeliest. Where the rules found
        something already, a person reads the comment anyway and the rules' exact reasons
        say why: then only a child at risk is added, to put the comment first.
        """
        scores = self.scores(text)
        named: dict[str, float] = {}
        if scores["at_risk"] >= self.thresholds["at_risk"] and not found & URGENT_KINDS:
            kind = max(sorted(URGENT_KINDS), key=lambda k: scores[k])
            named[kind] = scores["at_risk"]
        if scores["unsafe"] >= self.thresholds["unsafe"] and not found:
            # An urgent kind is only named by the at-risk head, above.
            kinds = [k for k in KIND_HEADS if k not in URGENT_KINDS]
            over = {k: scores[k] for k in kinds if scores[k] >= self.thresholds[k]}
            if not over and not named:
                kind = max(kinds, key=lambda k: scores[k] / self.thresholds[k])
                over = {kind: scores["unsafe"]}
            named.update(over)
        return tuple(
            Reason(kind, 0, len(text), text, MESSAGES[kind], layer="model", score=score)
            for kind, score in sorted(named.items(), key=lambda item: (-item[1], item[0]))
        )


def probabilities(margins: np.ndarray) -> np.ndarray:
    """Each head's score from its margin (one comment, or rows of them), the at-risk score
    read together with the others: the mean of the at-risk margin and the larger of the
    wellbeing and grooming margins, lowered by a third of the unsafe margin where that is
    below zero (a comment the unsafe head reads as innocent is rarely a child at risk:
    ordinary sadness scores lower). Only lowered: raising it too would call every sharp
    insult a child at risk. Chosen on out-of-fold scores of the training data with each
    writer's comments kept to one fold (`scripts/screener_choices.py`): at 98% of at-risk
    comments held, 1.8 points more innocent comments pass, while other unsafe comments
    read as at risk go from 9.5% to 12%. Training sets the thresholds on these scores."""
    margins = np.asarray(margins, dtype=np.float64).copy()
    worried = np.maximum(margins[..., _WELLBEING], margins[..., _GROOMING])
    margins[..., _AT_RISK] = (margins[..., _AT_RISK] + worried) / 2 + np.minimum(
        margins[..., _UNSAFE], 0
    ) / 3
    return 1.0 / (1.0 + np.exp(-margins))


def dumps(model: Model) -> bytes:
    """The artifact's bytes: the same model always gives the same bytes."""
    header = dict(model.meta)
    header.update(
        format_version=FORMAT_VERSION,
        heads=list(HEADS),
        thresholds={k: round(float(model.thresholds[k]), 6) for k in HEADS},
        features=int(model.keys.size),
    )
    head = json.dumps(header, sort_keys=True, ensure_ascii=False).encode()
    keys = np.ascontiguousarray(model.keys, dtype="<u4").tobytes()
    weights = np.ascontiguousarray(model.weights, dtype="<f2").tobytes()
    bias = np.ascontiguousarray(model.bias, dtype="<f4").tobytes()
    body = b"".join(
        [
            MAGIC,
            struct.pack("<III", len(head), len(keys), len(weights)),
            head,
            keys,
            weights,
            bias,
        ]
    )
    return gzip.compress(body, compresslevel=9, mtime=0)


def loads(blob: bytes) -> Model:
    return _read(gzip.GzipFile(fileobj=io.BytesIO(blob), mode="rb"))


def load(path: Path = ARTIFACT) -> Model:
    with gzip.open(path, "rb") as stream:
        return _read(stream)


def _read(stream: gzip.GzipFile) -> Model:
    """Read the artifact section by section, the weights straight into their array: no copy
    of the whole decompressed body is ever held (it would double the memory at load)."""

    def exactly(size: int) -> bytes:
        data = stream.read(size)
        if len(data) != size:
            raise ValueError("screener model is cut short")
        return data

    if exactly(4) != MAGIC:
        raise ValueError("not a kidsnews screener model")
    head_len, keys_len, weights_len = struct.unpack("<III", exactly(12))
    header = json.loads(exactly(head_len))
    if header.get("format_version") != FORMAT_VERSION or header.get("heads") != list(HEADS):
        raise ValueError("screener model of another version: run manage.py train_screener")
    keys = np.frombuffer(exactly(keys_len), dtype="<u4")
    weights = np.empty(weights_len // 2, dtype="<f2")
    if stream.readinto(memoryview(weights).cast("B")) != weights_len:
        raise ValueError("screener model is cut short")
    bias = np.frombuffer(stream.read(), dtype="<f4")
    return Model(
        keys=keys,
        weights=weights.reshape(keys.size, -1),
        bias=bias,
        thresholds=header["thresholds"],
        meta={k: v for k, v in header.items() if k not in ("thresholds", "heads", "features")},
    )


@functools.cache
def default_model() -> Model:
    """The shipped model, read once per process."""
    return load(ARTIFACT)
