"""Screener speed: p50/p95 milliseconds per comment over the corpus, and a 100,000-character
input. Prints figures; never fails on time.

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

CORPUS = ROOT / "tests" / "screening" / "corpus.jsonl"
ROUNDS = 5


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text("utf-8").splitlines()]
    screen("warm up the regex cache")
    timings = []
    for _ in range(ROUNDS):
        for text in texts:
            started = time.perf_counter()
            screen(text)
            timings.append((time.perf_counter() - started) * 1000)
    print(f"corpus: {len(texts)} comments x {ROUNDS} rounds")
    print(
        f"  per comment: p50 {percentile(timings, 0.5):.3f} ms, "
        f"p95 {percentile(timings, 0.95):.3f} ms, max {max(timings):.3f} ms, "
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
