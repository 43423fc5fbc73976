"""Listen: how fast the read-aloud engines speak, as seconds of audio per second of CPU (the
real-time factor: 20 means a 2-minute story costs 6 CPU seconds), synthesis alone and with the
Opus + MP3 encoding. CPU time counts this process and its children (espeak-ng, ffmpeg).
Prints figures; never fails on time.

    .venv/bin/python bench/listen.py
"""

import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kidsnews.listen import audio  # noqa: E402
from kidsnews.listen.engines import EspeakEngine, HibariEngine  # noqa: E402
from kidsnews.listen.text import Sentence, split_sentences  # noqa: E402

# About 170 words, the length of a short kidsnews story.
STORY = """Scientists have found a new kind of frog in the rainforest of Ecuador. It is smaller
than your thumbnail, and its skin is bright orange with tiny black spots. The team spotted it
after a night of heavy rain, when the frogs come out to call to each other. Each call sounds a
bit like a squeaky door! The frog lives high up in the trees, so it is very hard to see. The
scientists say there could be many more animals like it that nobody has found yet. They want
to protect the forest, because some of it is being cut down for farms and roads. Local children
helped to choose the frog's name. They picked a word that means "little flame" in their
language. What would you name a new animal? The team will go back next year to count how many
of the frogs there are, and to listen for other calls they have never heard before."""


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(engine) -> dict:
    sentences = [Sentence(f"s{i}", text) for i, text in enumerate(split_sentences(STORY))]
    engine.synthesise("Warm up.")
    start_cpu, start_wall = cpu_seconds(), time.perf_counter()
    recording = audio.speak(sentences, engine)
    speak_cpu = cpu_seconds() - start_cpu
    audio.encode(recording)
    total_cpu = cpu_seconds() - start_cpu
    return {
        "engine": engine.name,
        "voice": engine.voice,
        "audio_seconds": round(recording.duration, 1),
        "audio_per_cpu_second": round(recording.duration / speak_cpu, 1),
        "audio_per_cpu_second_with_encoding": round(recording.duration / total_cpu, 1),
        "wall_seconds": round(time.perf_counter() - start_wall, 2),
    }


def main() -> None:
    load_start = cpu_seconds()
    hibari = HibariEngine()
    load_cpu = cpu_seconds() - load_start
    results = [measure(hibari), measure(EspeakEngine())]
    results[0]["load_cpu_seconds"] = round(load_cpu, 2)
    print(f"{'Listen engine':22}{'audio s':>9}{'audio/CPU s':>13}{'+encode':>9}")  # noqa: T201
    for r in results:
        print(  # noqa: T201
            f"{r['engine'] + '/' + r['voice']:22}{r['audio_seconds']:>9}"
            f"{r['audio_per_cpu_second']:>13}{r['audio_per_cpu_second_with_encoding']:>9}"
        )
    print(json.dumps({"listen": results}))  # noqa: T201


if __name__ == "__main__":
    main()
