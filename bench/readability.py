"""The reading-level meter's figures for every demo story with an easier version, and how long
scoring a story takes (both versions, warm process). `make bench` runs it; run it alone with
`.venv/bin/python bench/readability.py`. Printed, never judged."""

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kidsnews.settings.test")
    import django

    django.setup()
    from kidsnews.articles.readability.meter import score_bodies
    from kidsnews.core.blocks import StoryBodyBlock
    from kidsnews.demo.content.stories import STORIES
    from kidsnews.demo.content.younger import YOUNGER_VERSIONS

    block = StoryBodyBlock()

    def stream(blocks):
        # Pictures and social posts need database rows; the meter reads neither's pictures.
        return block.to_python([{"type": k, "value": v} for k, v in blocks if k != "picture"])

    score_bodies(body=stream(STORIES[0]["body"]), younger_body=None)  # load the data once
    rows, times, cpu_times = [], [], []
    for story in STORIES:
        younger = YOUNGER_VERSIONS.get(story["slug"])
        body = stream([(k, v) for k, v in story["body"] if k != "social_post"])
        younger_body = stream(younger["body"]) if younger else None
        started, cpu_started = time.perf_counter(), time.process_time()
        score = score_bodies(body=body, younger_body=younger_body)
        times.append((time.perf_counter() - started) * 1000)
        cpu_times.append((time.process_time() - cpu_started) * 1000)
        if younger:
            rows.append(
                {
                    "story": story["slug"],
                    "main_age": score.main.reading_age,
                    "fk_grade": round(score.main.flesch_kincaid_grade, 1),
                    "dale_chall": score.main.dale_chall.score,
                    "main_asl": score.main.average_sentence_length,
                    "main_rare": len(score.main.rare_words),
                    "younger_age": score.younger.reading_age,
                    "spache": round(score.younger.spache_grade, 2),
                    "younger_asl": score.younger.average_sentence_length,
                    "younger_rare": [rare.word for rare in score.younger.rare_words],
                }
            )
    for row in rows:
        print(json.dumps(row))  # noqa: T201
    times.sort()
    cpu_times.sort()
    print(  # noqa: T201
        json.dumps(
            {
                "score_story_ms_p50": round(statistics.median(times), 1),
                "score_story_ms_max": round(times[-1], 1),
                # CPU time: the same on a busy machine, where wall time waits for a core.
                "score_story_cpu_ms_p50": round(statistics.median(cpu_times), 1),
                "score_story_cpu_ms_max": round(cpu_times[-1], 1),
                "stories": len(times),
            }
        )
    )


if __name__ == "__main__":
    main()
