"""Marking glossary words in the demo stories: what it costs per story body (pure Python, no
database: the demo glossary and stories from kidsnews/demo/content). Prints, never judges.

    .venv/bin/python bench/glossary_marking.py
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kidsnews.demo.content.glossary import TERMS  # noqa: E402
from kidsnews.demo.content.stories import STORIES  # noqa: E402
from kidsnews.glossary.marking import (  # noqa: E402
    Matcher,
    forms_index,
    mark_first_uses,
    split_forms,
)

ROUNDS = 200


def main() -> None:
    pairs = [(n, [word, *split_forms(forms)]) for n, (word, forms, _, _) in enumerate(TERMS)]
    started = time.perf_counter()
    matcher = Matcher(forms_index(pairs))
    compile_ms = (time.perf_counter() - started) * 1000
    bodies = [
        [str(value) for kind, value in story["body"] if kind == "paragraph"] for story in STORIES
    ]
    per_story = []
    marked = 0
    for _ in range(ROUNDS):
        for blocks in bodies:
            seen: set[int] = set()
            started = time.perf_counter()
            for html in blocks:
                mark_first_uses(html, matcher, seen, lambda term_id, text: text)
            per_story.append((time.perf_counter() - started) * 1000)
            marked += len(seen)
    print(  # noqa: T201 - a command-line report
        f"{len(TERMS)} terms, {len(STORIES)} stories x {ROUNDS}: matcher built in "
        f"{compile_ms:.2f} ms; marking a story body: median "
        f"{statistics.median(per_story):.3f} ms, max {max(per_story):.3f} ms; "
        f"{marked / ROUNDS / len(STORIES):.1f} words marked per story"
    )


if __name__ == "__main__":
    main()
