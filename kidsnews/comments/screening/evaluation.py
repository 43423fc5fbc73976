"""How well the screener does on labelled comments, and cross-validation of the whole
screener (rules + a model trained without the comments it is measured on).

Figures: unsafe caught (not called publishable), at risk held (wellbeing or grooming given
"hold"), innocent passed (publishable called publishable), per-kind catch rate, and the
confusion table of label against verdict.
"""

from __future__ import annotations

import functools
import multiprocessing
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from sklearn.model_selection import StratifiedKFold

from .corpus import Example
from .engine import screen
from .result import HOLD, PUBLISHABLE, REJECT, ScreeningResult
from .training import SEED, train

VERDICTS = (PUBLISHABLE, HOLD, REJECT)


@dataclass
class Report:
    name: str
    total: int = 0
    confusion: Counter = field(default_factory=Counter)  # (label, verdict) -> n
    kind_total: Counter = field(default_factory=Counter)
    kind_caught: Counter = field(default_factory=Counter)
    at_risk: int = 0
    at_risk_held: int = 0
    # How many of the comments the model being measured was trained on (its figures flatter).
    in_training: int = 0
    missed: list[Example] = field(default_factory=list)
    false_alarms: list[Example] = field(default_factory=list)
    # The same figures for each family (writer and kind of writing) of the comments measured.
    families: dict[str, Report] = field(default_factory=dict)

    def add(self, example: Example, verdict: str, *, by_family: bool = True) -> None:
        if by_family:
            family = self.families.setdefault(example.family, Report(example.family))
            family.add(example, verdict, by_family=False)
        self.total += 1
        self.confusion[(example.label, verdict)] += 1
        for kind in example.kinds:
            self.kind_total[kind] += 1
            self.kind_caught[kind] += verdict != PUBLISHABLE
        if example.is_at_risk:
            self.at_risk += 1
            self.at_risk_held += verdict == HOLD
        if example.is_unsafe and verdict == PUBLISHABLE:
            self.missed.append(example)
        if not example.is_unsafe and verdict != PUBLISHABLE:
            self.false_alarms.append(example)

    def _share(self, labels: tuple[str, ...], verdicts: tuple[str, ...]) -> float | None:
        rows = sum(self.confusion[(lab, v)] for lab in labels for v in VERDICTS)
        hits = sum(self.confusion[(lab, v)] for lab in labels for v in verdicts)
        return hits / rows if rows else None

    @property
    def unsafe_caught(self) -> float | None:
        return self._share((HOLD, REJECT), (HOLD, REJECT))

    @property
    def innocent_passed(self) -> float | None:
        return self._share((PUBLISHABLE,), (PUBLISHABLE,))

    @property
    def at_risk_held_share(self) -> float | None:
        return self.at_risk_held / self.at_risk if self.at_risk else None

    def summary(self) -> dict:
        return {
            "set": self.name,
            "comments": self.total,
            "unsafe_caught": _round(self.unsafe_caught),
            "at_risk_held": _round(self.at_risk_held_share),
            "innocent_passed": _round(self.innocent_passed),
            "in_training": self.in_training,
        }

    def text(self) -> str:
        def pct(value: float | None) -> str:
            return "   -" if value is None else f"{value:5.1%}"

        lines = [
            f"== {self.name}: {self.total} comments",
            *(
                [f"NB: {self.in_training} of them are in the training data: figures flatter"]
                if self.in_training
                else []
            ),
            f"unsafe caught    {pct(self.unsafe_caught)}",
            f"at risk held     {pct(self.at_risk_held_share)}  ({self.at_risk_held} of "
            f"{self.at_risk})",
            f"innocent passed  {pct(self.innocent_passed)}",
            "",
            "kind                  caught",
        ]
        for kind in sorted(self.kind_total):
            lines.append(
                f"  {kind:<20} {self.kind_caught[kind]:>4} of {self.kind_total[kind]:<4} "
                f"{pct(self.kind_caught[kind] / self.kind_total[kind])}"
            )
        lines += ["", "label \\ verdict    " + "".join(f"{v:>13}" for v in VERDICTS)]
        for label in VERDICTS:
            cells = "".join(f"{self.confusion[(label, v)]:>13}" for v in VERDICTS)
            lines.append(f"  {label:<16}{cells}")
        if len(self.families) > 1:
            lines += ["", "family      comments  unsafe caught  at risk held  innocent passed"]
            for name, family in sorted(self.families.items()):
                lines.append(
                    f"  {name:<10}{family.total:>8}  {pct(family.unsafe_caught):>13}  "
                    f"{pct(family.at_risk_held_share):>12}  {pct(family.innocent_passed):>15}"
                )
        return "\n".join(lines)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def measure(
    name: str, examples: Sequence[Example], screener: Callable[[str], ScreeningResult]
) -> Report:
    report = Report(name)
    for example in examples:
        report.add(example, screener(example.text).verdict)
    return report


def cross_validate(
    name: str,
    examples: Sequence[Example],
    *,
    folds: int = 5,
    group_of: Callable[[Example], str] | None = None,
    jobs: int = 1,
) -> Report:
    """Every example screened by rules + a model trained on the other folds only.

    With `group_of`, each group (a family, a writer) is a fold: train on the others, test on
    it, so the figure says how the screener does on a kind of writing it never saw. `jobs`
    folds are trained at once, each in a process of its own (training is single-threaded);
    the figures do not depend on it.
    """
    if group_of is not None:
        groups = sorted({group_of(e) for e in examples})
        splits = [[i for i, e in enumerate(examples) if group_of(e) == group] for group in groups]
    else:
        strata = [f"{e.label}{int(e.is_at_risk)}" for e in examples]
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
        splits = [list(test) for _, test in splitter.split(strata, strata)]
    run = functools.partial(_fold_verdicts, examples)
    if jobs > 1:
        context = multiprocessing.get_context("fork")  # the examples are shared, not copied
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            verdicts = list(pool.map(run, splits))
    else:
        verdicts = [run(test) for test in splits]
    report = Report(name)
    for test, fold_verdicts in zip(splits, verdicts, strict=True):
        for i, verdict in zip(test, fold_verdicts, strict=True):
            report.add(examples[i], verdict)
    return report


def _fold_verdicts(examples: Sequence[Example], test: list[int]) -> list[str]:
    held_out = set(test)
    model = train([e for i, e in enumerate(examples) if i not in held_out])
    return [screen(examples[i].text, model=model).verdict for i in test]
