"""Sentences to one recording: synthesis per sentence (so each sentence's time is known), the
WebVTT timings track, and encoding with the ffmpeg binary the imageio-ffmpeg wheel ships."""

from __future__ import annotations

import subprocess  # noqa: S404  # nosec B404 - a fixed binary from the imageio-ffmpeg wheel, argument lists
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from imageio_ffmpeg import get_ffmpeg_exe

from .text import Sentence

PAUSE_SECONDS = 0.3  # between sentences, so a child hears where one ends
OPUS_BITRATE = "24k"  # speech in Opus: clear at 24 kb/s mono (a 2-minute story is ~360 KB)
MP3_BITRATE = "40k"
ENCODE_TIMEOUT_SECONDS = 300


@dataclass(frozen=True)
class Cue:
    cue_id: str
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class Recording:
    samples: np.ndarray  # mono float32
    sample_rate: int
    cues: list[Cue]

    @property
    def duration(self) -> float:
        return len(self.samples) / self.sample_rate


def speak(sentences: list[Sentence], engine) -> Recording:
    """Each sentence synthesised on its own, joined with a short pause; the cues say when each
    one is heard. The recording ends where the last sentence ends."""
    rate = engine.sample_rate
    pause = np.zeros(int(PAUSE_SECONDS * rate), dtype=np.float32)
    chunks, cues, at = [], [], 0
    for sentence in sentences:
        samples = np.asarray(engine.synthesise(sentence.text), dtype=np.float32).reshape(-1)
        if not len(samples):
            continue
        if chunks:
            chunks.append(pause)
            at += len(pause)
        chunks.append(samples)
        cues.append(Cue(sentence.cue_id, at / rate, (at + len(samples)) / rate, sentence.text))
        at += len(samples)
    joined = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)
    return Recording(joined, rate, cues)


def _timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def _cue_text(text: str) -> str:
    # WebVTT cue text is markup: escape it, and no "-->" or blank line may appear in it.
    text = " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("--&gt;", "—&gt;")


def webvtt(cues: list[Cue]) -> str:
    """One cue per sentence; its identifier is the id of the sentence's span on the page."""
    blocks = ["WEBVTT\n"]
    for cue in cues:
        blocks.append(
            f"{cue.cue_id}\n{_timestamp(cue.start)} --> {_timestamp(cue.end)}\n"
            f"{_cue_text(cue.text)}\n"
        )
    return "\n".join(blocks)


def parse_webvtt_ends(text: str) -> list[float]:
    """The end time of each cue (for checks and tests)."""
    ends = []
    for line in text.splitlines():
        if "-->" in line:
            end = line.split("-->")[1].strip().split()[0]
            h, m, s = end.split(":")
            ends.append(int(h) * 3600 + int(m) * 60 + float(s))
    return ends


def _ffmpeg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603  # nosec B603 - fixed binary, argument list
        [get_ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", *args],
        capture_output=True,
        timeout=ENCODE_TIMEOUT_SECONDS,
        check=True,
    )


def encode(recording: Recording) -> dict[str, bytes]:
    """{"webm": Opus in WebM, "mp3": MP3}: both from one 16-bit WAV, in one ffmpeg run."""
    with tempfile.TemporaryDirectory(prefix="kidsnews-listen-") as folder:
        folder = Path(folder)
        wav_path = folder / "speech.wav"
        pcm = (np.clip(recording.samples, -1.0, 1.0) * 32767.0).astype("<i2")
        with wave.open(str(wav_path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(recording.sample_rate)
            wav.writeframes(pcm.tobytes())
        # -map_metadata -1 and -fflags +bitexact: no encoder version or date in the files.
        _ffmpeg(
            "-i", str(wav_path), "-map_metadata", "-1", "-fflags", "+bitexact",
            "-c:a", "libopus", "-b:a", OPUS_BITRATE, "-application", "voip",
            str(folder / "speech.webm"),
            "-map_metadata", "-1", "-fflags", "+bitexact",
            "-c:a", "libmp3lame", "-b:a", MP3_BITRATE, "-ac", "1",
            str(folder / "speech.mp3"),
        )  # fmt: skip
        return {
            "webm": (folder / "speech.webm").read_bytes(),
            "mp3": (folder / "speech.mp3").read_bytes(),
        }


def decoded_seconds(path: str | Path, sample_rate: int = 48000) -> float:
    """Decode a file completely with ffmpeg and say how long it plays (fails if it does not
    decode)."""
    done = subprocess.run(  # noqa: S603  # nosec B603 - fixed binary, argument list
        [get_ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", "-i", str(path),
         "-f", "s16le", "-ac", "1", "-ar", str(sample_rate), "pipe:1"],
        capture_output=True,
        timeout=ENCODE_TIMEOUT_SECONDS,
        check=True,
    )  # fmt: skip
    if done.stderr.strip():
        raise ValueError(done.stderr.decode(errors="replace"))
    return len(done.stdout) / 2 / sample_rate
