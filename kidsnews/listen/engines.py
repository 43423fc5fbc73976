"""Text-to-speech engines behind one small interface, chosen by settings.LISTEN_ENGINE.

An engine turns one sentence into mono float32 samples in [-1, 1] at its `sample_rate`. It runs
offline: nothing here may download a voice or a model (the shipped voice is inside a wheel or a
Debian package). `LISTEN_ENGINE` is "hibari" (the default), "espeak", or the dotted path of
a class with the same interface, so an operator can plug in a better voice (docs/operations.md).
"""

from __future__ import annotations

import functools
import io
import shutil
import subprocess  # noqa: S404  # nosec B404 - espeak-ng is a fixed binary, run with an argument list
import wave
from typing import Protocol

import numpy as np
from django.conf import settings
from django.utils.module_loading import import_string


class EngineError(RuntimeError):
    """The engine could not speak (missing binary, broken voice file)."""


class Engine(Protocol):
    name: str  # stored with the audio, e.g. "hibari"
    voice: str  # stored with the audio, e.g. "heart"
    sample_rate: int

    def synthesise(self, text: str) -> np.ndarray: ...


class EspeakEngine:
    """Debian's espeak-ng (formant synthesis): robotic but always there, any language, fast.
    The floor every machine has (scripts/ensure-test-tools.sh installs it)."""

    name = "espeak-ng"
    sample_rate = 22050

    def __init__(self, voice: str = "", words_per_minute: int = 150):
        self.voice = voice or "en-gb"
        self.words_per_minute = words_per_minute
        self.binary = shutil.which("espeak-ng")
        if not self.binary:
            raise EngineError("espeak-ng is not installed (apt-get install espeak-ng)")

    def synthesise(self, text: str) -> np.ndarray:
        # The text goes on stdin, never the command line: it cannot be read as an option.
        done = subprocess.run(  # noqa: S603  # nosec B603 - fixed binary, argument list
            [self.binary, "-v", self.voice, "-s", str(self.words_per_minute), "--stdout"],
            input=text.encode(),
            capture_output=True,
            timeout=60,
            check=False,
        )
        if done.returncode != 0:
            raise EngineError(f"espeak-ng failed: {done.stderr.decode(errors='replace')[:200]}")
        with wave.open(io.BytesIO(done.stdout)) as wav:
            if wav.getframerate() != self.sample_rate or wav.getsampwidth() != 2:
                raise EngineError("espeak-ng gave an unexpected WAV format")
            pcm = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
        return pcm.astype(np.float32) / 32768.0


class HibariEngine:
    """hibari-tts: a small neural voice distilled from Kokoro-82M (af_heart, American English,
    female), whose model, lexicon and phonemiser are inside the wheel. Only the voice in the
    wheel is used: hibari downloads its other voices on first use, which we never allow, so
    another voice is given as a file path (LISTEN_MODEL_PATH)."""

    name = "hibari"
    sample_rate = 24000
    BUNDLED_VOICE = "heart"

    def __init__(self, voice: str = "", model_path: str = ""):
        self.voice = voice or self.BUNDLED_VOICE
        if self.voice != self.BUNDLED_VOICE and not model_path:
            raise EngineError(
                f"hibari's {self.voice!r} voice is not in the wheel; give its .onnx file as "
                "LISTEN_MODEL_PATH (nothing is downloaded at run time)"
            )
        self.tts = _load_hibari(self.voice, model_path or None)

    def synthesise(self, text: str) -> np.ndarray:
        # seed=0: the same sentence gives the same audio, so a re-run changes no byte.
        return np.asarray(self.tts(text, seed=0), dtype=np.float32)


@functools.cache
def _load_hibari(voice: str, model_path: str | None):
    from hibari import Hibari
    from hibari.voices import VOICES

    if voice not in VOICES:
        raise EngineError(f"hibari has no voice called {voice!r}")
    # One onnxruntime thread: the worker shares the machine with the site.
    return Hibari(voice=voice, model=model_path, threads=1)


ENGINES = {"hibari": HibariEngine, "espeak": EspeakEngine, "espeak-ng": EspeakEngine}


def get_engine(name: str | None = None, *, voice: str | None = None) -> Engine:
    """The engine settings choose (or the one named), ready to speak."""
    name = name or settings.LISTEN_ENGINE
    voice = settings.LISTEN_VOICE if voice is None else voice
    if name in ENGINES:
        engine_class = ENGINES[name]
    else:
        try:
            engine_class = import_string(name)
        except ImportError as error:
            raise EngineError(f"LISTEN_ENGINE {name!r} is not an engine") from error
    if engine_class is HibariEngine:
        return HibariEngine(voice=voice, model_path=settings.LISTEN_MODEL_PATH)
    return engine_class(voice=voice)
