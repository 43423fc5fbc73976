"""How the screener's model settings were chosen: out-of-fold scores of the training data only,
each writer's comments (a family: the id's prefix) kept to one of five folds, so every score
comes from a model that never read that writer. No held-out set is read.

    .venv/bin/python scripts/screener_choices.py            # C=32, the shipped setting
    .venv/bin/python scripts/screener_choices.py 16 64      # other C values side by side

For each C it fits the four heads that decide a verdict (unsafe, at_risk, wellbeing, grooming)
and prints, for several ways of reading the at-risk score, the share of innocent comments
passed when 98% of at-risk comments are held and 95% / 96% of unsafe ones caught (rules +
model, thresholds set on the pooled scores) and the share of other unsafe comments (insults
and the like) then read as at risk, and the shipped policy's three figures.
About two minutes per C on one core.
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kidsnews.settings.test")

import django  # noqa: E402

django.setup()

from kidsnews.comments.screening import model, training  # noqa: E402
from kidsnews.comments.screening.engine import RULES_ONLY, screen  # noqa: E402
from kidsnews.comments.screening.features import feature_keys  # noqa: E402
from kidsnews.comments.screening.result import PUBLISHABLE, URGENT_KINDS  # noqa: E402
from kidsnews.comments.training_data import training_examples  # noqa: E402

FOLDS = 5
HEADS = ("unsafe", "at_risk", "wellbeing", "grooming")


def targets(examples) -> dict[str, np.ndarray]:
    """The four deciding heads' 0/1 columns, as training builds them."""
    y = training.head_targets(examples)
    return {head: y[:, model.HEADS.index(head)] for head in HEADS}


def out_of_fold_margins(feature_sets, y, fold, c: float) -> dict[str, np.ndarray]:
    out = {head: np.zeros(len(feature_sets)) for head in HEADS}
    for g in range(FOLDS):
        train, test = np.where(fold != g)[0], np.where(fold == g)[0]
        vocabulary = training.vocabulary_of([feature_sets[i] for i in train])
        x_train = training.matrix([feature_sets[i] for i in train], vocabulary)
        x_test = training.matrix([feature_sets[i] for i in test], vocabulary)
        for head in HEADS:
            learner = training.classifier(c)
            learner.fit(x_train, y[head][train])
            out[head][test] = learner.decision_function(x_test)
    return out


def main(cs: list[float]) -> None:
    examples = training_examples()
    fold = np.array([zlib.crc32(e.family.encode()) % FOLDS for e in examples])
    y = targets(examples)
    innocent, unsafe, at_risk = y["unsafe"] == 0, y["unsafe"] == 1, y["at_risk"] == 1
    rules = [screen(e.text, model=RULES_ONLY) for e in examples]
    rules_unsafe = np.array([r.verdict != PUBLISHABLE for r in rules])
    rules_urgent = np.array([any(x.kind in URGENT_KINDS for x in r.reasons) for r in rules])
    feature_sets = [feature_keys(e.text) for e in examples]
    print(f"{len(examples)} comments, {len({e.family for e in examples})} writers in {FOLDS} folds")

    def figures(u, a, recall, innocent_pass=None, caught=None):
        kept = np.sort(a[at_risk])
        ta = kept[kept.size - int(np.ceil(recall * kept.size))]
        if innocent_pass is not None:
            tu = np.quantile(u[innocent], innocent_pass)
        else:  # the highest unsafe threshold that still catches `caught` of the unsafe ones
            tu = max(
                t
                for t in np.quantile(u[innocent], np.linspace(0.5, 0.999, 400))
                if (rules_unsafe | (a >= ta) | (u >= t))[unsafe].mean() >= caught
            )
        flagged = rules_unsafe | (a >= ta) | (u >= tu)
        held = (rules_urgent | (a >= ta))[at_risk].mean()
        return held, flagged[unsafe].mean(), 1 - flagged[innocent].mean(), ta

    for c in cs:
        m = out_of_fold_margins(feature_sets, y, fold, c)
        worried = np.maximum(m["wellbeing"], m["grooming"])
        plain = (m["at_risk"] + worried) / 2
        readings = {
            "at_risk alone": m["at_risk"],
            "mean(at_risk, max(wellbeing, grooming))": plain,
            "  + unsafe, raising and lowering": (m["at_risk"] + worried + m["unsafe"]) / 3,
            "  + min(unsafe, 0) / 3 [shipped]": plain + np.minimum(m["unsafe"], 0) / 3,
        }
        print(
            f"\nC={c:g}: innocent passed at 98% at risk held and 95% / 96% unsafe caught; "
            "other unsafe comments read as at risk"
        )
        for name, a in readings.items():
            cells = [figures(m["unsafe"], a, 0.98, caught=t) for t in (0.95, 0.96)]
            print(
                f"  {name:<42} {cells[0][2]:.3f} / {cells[1][2]:.3f}   "
                f"{(a >= cells[0][3])[unsafe & ~at_risk].mean():.3f}"
            )
        held, caught, passed, _ = figures(
            m["unsafe"],
            readings["  + min(unsafe, 0) / 3 [shipped]"],
            training.AT_RISK_RECALL,
            innocent_pass=training.INNOCENT_PASS,
        )
        print(
            f"  shipped policy ({training.AT_RISK_RECALL:.0%} at risk, unsafe head passes "
            f"{training.INNOCENT_PASS:.0%}): at risk held {held:.3f}, unsafe caught "
            f"{caught:.3f}, innocent passed {passed:.3f}"
        )


if __name__ == "__main__":
    main([float(a) for a in sys.argv[1:]] or [training.C])
