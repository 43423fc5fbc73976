"""Building the learned layer: one logistic regression per head over the features of
`features.py`, thresholds set on out-of-fold scores of the training data only.

Needs scikit-learn (only here: screening itself needs numpy alone). Deterministic: fixed
seeds, liblinear (no threads, no BLAS reductions), features and rows in a fixed order, so the
same data gives the same artifact byte for byte.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from .corpus import Example
from .features import feature_keys
from .model import HEADS, KIND_HEADS, Model, probabilities
from .result import URGENT_KINDS

SEED = 20261130
C = 32.0
MIN_DF = 3
INNER_FOLDS = 4
# Thresholds, set on out-of-fold scores of the training data. The child first: the at-risk
# head keeps this share of the at-risk comments...
AT_RISK_RECALL = 0.98
# ...and the unsafe head lets this share of innocent comments through; the rules' exact
# detectors add their own catches on top.
INNOCENT_PASS = 0.92
MIN_THRESHOLD = 0.02


def head_targets(examples: Sequence[Example]) -> np.ndarray:
    """n x heads matrix of 0/1: does each example belong to each head."""
    out = np.zeros((len(examples), len(HEADS)), dtype=np.int8)
    for row, example in enumerate(examples):
        kinds = set(example.kinds)
        if "profanity_obfuscated" in kinds:
            kinds.add("profanity")
        out[row, 0] = example.is_unsafe
        out[row, 1] = bool(kinds & URGENT_KINDS)
        for col, kind in enumerate(KIND_HEADS, start=2):
            out[row, col] = kind in kinds
    return out


def vocabulary_of(feature_sets: Sequence[set[int]]) -> dict[int, int]:
    """Each feature key seen in at least MIN_DF comments -> its column, in key order (the
    order the model stores them in)."""
    counts: dict[int, int] = {}
    for found in feature_sets:
        for feature in found:
            counts[feature] = counts.get(feature, 0) + 1
    kept = sorted(f for f, n in counts.items() if n >= MIN_DF)
    return {feature: i for i, feature in enumerate(kept)}


def matrix(feature_sets: Sequence[set[int]], vocabulary: dict[int, int]) -> sparse.csr_matrix:
    """Presence of each feature, each row scaled to unit length (as `Model.scores` does)."""
    indptr, indices, data = [0], [], []
    for found in feature_sets:
        rows = sorted(i for f in found if (i := vocabulary.get(f)) is not None)
        indices.extend(rows)
        data.extend([1.0 / np.sqrt(len(rows))] * len(rows) if rows else [])
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64), indptr),
        shape=(len(feature_sets), len(vocabulary)),
    )


def classifier(c: float = C) -> LogisticRegression:
    """One head's learner: deterministic (liblinear, fixed seed), classes weighted equally."""
    return LogisticRegression(
        C=c,
        solver="liblinear",
        dual=True,
        class_weight="balanced",
        random_state=SEED,
        max_iter=1000,
    )


def _fit(x: sparse.csr_matrix, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    weights = np.zeros((x.shape[1], len(HEADS)), dtype=np.float64)
    bias = np.full(len(HEADS), -8.0)
    for col in range(len(HEADS)):
        target = y[:, col]
        if target.min() == target.max():
            continue  # no example of this head: it never fires
        model = classifier()
        model.fit(x, target)
        weights[:, col] = model.coef_[0]
        bias[col] = model.intercept_[0]
    return weights, bias


def _probabilities(x: sparse.csr_matrix, weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    return probabilities(x @ weights + bias)


def _threshold(scores: np.ndarray, target: np.ndarray, head: str) -> float:
    positives = np.sort(scores[target == 1])
    if positives.size == 0:
        return 1.0
    if head == "at_risk":
        # The highest threshold that still keeps the wanted share of at-risk comments.
        keep = int(np.ceil(AT_RISK_RECALL * positives.size))
        return float(max(MIN_THRESHOLD, positives[positives.size - keep]))
    if head == "unsafe":
        return float(max(MIN_THRESHOLD, np.quantile(scores[target == 0], INNOCENT_PASS)))
    # The kind heads only name what the moderator is looking at: best F1.
    best, best_f1 = 0.5, -1.0
    for candidate in np.unique(np.round(scores, 3)):
        predicted = scores >= candidate
        tp = int((predicted & (target == 1)).sum())
        f1 = 2 * tp / (predicted.sum() + positives.size) if tp else 0.0
        if f1 > best_f1:
            best, best_f1 = float(candidate), f1
    return max(MIN_THRESHOLD, best)


def out_of_fold(feature_sets: list[set[int]], y: np.ndarray, folds: int) -> np.ndarray:
    """Each example scored by a model trained without it (for thresholds)."""
    scores = np.zeros(y.shape, dtype=np.float64)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    strata = y[:, 0] * 2 + y[:, 1]
    for train, test in splitter.split(np.zeros(len(y)), strata):
        vocabulary = vocabulary_of([feature_sets[i] for i in train])
        weights, bias = _fit(matrix([feature_sets[i] for i in train], vocabulary), y[train])
        scores[test] = _probabilities(
            matrix([feature_sets[i] for i in test], vocabulary), weights, bias
        )
    return scores


def data_digest(examples: Sequence[Example]) -> str:
    """What a model was trained on, in one hash (kept in the artifact's header)."""
    digest = hashlib.sha256()
    for e in examples:
        digest.update(f"{e.id}\t{e.label}\t{','.join(e.kinds)}\t{e.text}\n".encode())
    return digest.hexdigest()


def train(examples: Sequence[Example]) -> Model:
    """The model for these examples, with thresholds from their own out-of-fold scores."""
    feature_sets = [feature_keys(e.text) for e in examples]
    y = head_targets(examples)
    oof = out_of_fold(feature_sets, y, INNER_FOLDS)
    thresholds = {h: _threshold(oof[:, i], y[:, i], h) for i, h in enumerate(HEADS)}
    vocabulary = vocabulary_of(feature_sets)
    weights, bias = _fit(matrix(feature_sets, vocabulary), y)
    return Model(
        keys=np.fromiter(vocabulary, dtype=np.uint32, count=len(vocabulary)),
        weights=weights.astype(np.float16),
        bias=bias.astype(np.float32),
        thresholds=thresholds,
        meta={
            "examples": len(examples),
            "data_sha256": data_digest(examples),
            "algorithm": f"logistic regression per head (liblinear, C={C}, balanced), "
            f"words, word pairs and skips, letter 2-5 grams, 6 across words, name classes, min_df={MIN_DF}",
        },
    )
