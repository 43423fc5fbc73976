"""Screener speed and size: p50/p95/p99 milliseconds per comment over every labelled comment
in the repository (rules + the learned layer), a 100,000-character input, and the memory the
loaded model takes. Prints figures; never fails on time.

    .venv/bin/python bench/screener.py
"""

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kidsnews.comments.screening import screen  # noqa: E402
from kidsnews.comments.screening.model import ARTIFACT, load  # noqa: E402

CORPORA = [
    ROOT / "tests" / "screening" / "corpus.jsonl",
    *sorted((ROOT / "data" / "screening").glob("*.jsonl")),
]
ROUNDS = 3


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    import tracemalloc

    tracemalloc.start()
    load(ARTIFACT)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"model: {ARTIFACT.stat().st_size / 1e6:.2f} MB on disk, {peak / 2**20:.1f} MiB peak to load"
    )
    texts = [
        json.loads(line)["text"]
        for path in CORPORA
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    screen("warm up the regex cache and load the model")
    timings = []
    for _ in range(ROUNDS):
        for text in texts:
            started = time.perf_counter()
            screen(text)
            timings.append((time.perf_counter() - started) * 1000)
    print(f"corpus: {len(texts)} comments x {ROUNDS} rounds")
    print(
        f"  per comment: p50 {percentile(timings, 0.5):.3f} ms, "
        f"p95 {percentile(timings, 0.95):.3f} ms, p99 {percentile(timings, 0.99):.3f} ms, max {max(timings):.3f} ms, "
        f"mean {statistics.fmean(timings):.3f} ms"
    )
    story = "I loved the story about the pandas! My favourite bit was the baby one. "
    for label, text in (
        ("100,000 chars of prose", (story * 2000)[:100_000]),
        ("100,000 chars of '1 '", "1 " * 50_000),
        ("100,000 chars of 's h '", "s h " * 25_000),
        ("100,000 zero-width spaces", "\u200b" * 100_000),
    ):
        started = time.perf_counter()
        result = screen(text)
        elapsed = (time.perf_counter() - started) * 1000
        print(f"  {label}: {elapsed:.1f} ms, verdict {result.verdict}")


if __name__ == "__main__":
    main()
