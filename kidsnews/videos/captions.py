"""WebVTT captions: checking an upload is really WebVTT, and reading its cues for the
transcript under the player."""

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.utils.text import slugify

_TIMING = re.compile(
    r"^\s*((?:\d+:)?\d{2}:\d{2}\.\d{3})\s+-->\s+((?:\d+:)?\d{2}:\d{2}\.\d{3})(?:\s+.*)?$"
)
_TAGS = re.compile(r"<[^>]+>")
MAX_CAPTION_BYTES = 512 * 1024


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


def _seconds(stamp: str) -> float:
    parts = [float(part) for part in stamp.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0.0)
    hours, minutes, seconds = parts
    return hours * 3600 + minutes * 60 + seconds


def parse_webvtt(text: str) -> list[Cue]:
    """The cues of a WebVTT document; raises ValidationError with an editor-friendly reason."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    first_line = text.split("\n", 1)[0]
    if not (first_line == "WEBVTT" or first_line.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise ValidationError(
            "This is not a WebVTT captions file: the first line must be WEBVTT.",
            code="not_webvtt",
        )
    cues: list[Cue] = []
    for block in re.split(r"\n{2,}", text)[1:]:
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines or lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        # A cue may start with an identifier line before its timing line.
        timing_index = 0 if "-->" in lines[0] else 1
        if timing_index >= len(lines) or "-->" not in lines[timing_index]:
            raise ValidationError(
                f"This captions block has no timing line: {lines[0][:60]!r}.", code="bad_cue"
            )
        match = _TIMING.match(lines[timing_index])
        if not match:
            raise ValidationError(
                f"This timing line is not valid WebVTT: {lines[timing_index][:60]!r}.",
                code="bad_timing",
            )
        start, end = _seconds(match.group(1)), _seconds(match.group(2))
        if end <= start:
            raise ValidationError(
                f"A caption must end after it starts: {lines[timing_index][:60]!r}.",
                code="bad_timing",
            )
        words = " ".join(_TAGS.sub("", line).strip() for line in lines[timing_index + 1 :])
        cues.append(Cue(start=start, end=end, text=words))
    if not cues:
        raise ValidationError("This captions file has no captions in it.", code="no_cues")
    return cues


def read_uploaded_text(file) -> str:
    """The text of an uploaded or stored captions file, refusing anything huge or not UTF-8."""
    if file.size is not None and file.size > MAX_CAPTION_BYTES:
        raise ValidationError("This captions file is too big (512 KB at most).", code="too_big")
    was_closed = file.closed
    file.open("rb")
    file.seek(0)
    raw = file.read(MAX_CAPTION_BYTES + 1)
    file.seek(0)
    if was_closed:  # a stored file we opened; an upload stays open for storage to save
        file.close()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(
            "This captions file is not UTF-8 text, so it cannot be WebVTT.", code="not_utf8"
        ) from None


def captions_upload_to(instance, filename: str) -> str:
    """Where an uploaded captions file is stored: always `captions/<name>.vtt`.

    The name an editor's computer gave the file is not trusted: `evil.html` that starts with
    WEBVTT is valid captions, and kept as .html it would be served as a web page. Only the
    stem survives (as a safe slug); the extension is always .vtt, so the file is served as
    text/vtt (with nosniff) wherever media is served.
    """
    stem = slugify(PurePosixPath(filename.replace("\\", "/")).stem)[:80] or "captions"
    return f"captions/{stem}.vtt"


def validate_webvtt_file(file) -> None:
    """Field validator: the upload is a WebVTT file with at least one well-formed cue."""
    parse_webvtt(read_uploaded_text(file))


def transcript_paragraphs(cues: list[dict]) -> list[str]:
    """The captions' words as reading paragraphs: a new paragraph after a pause of 2 s or more,
    so the transcript reads like text rather than a list of subtitle fragments."""
    paragraphs: list[list[str]] = []
    previous_end = None
    for cue in cues:
        if previous_end is None or cue["start"] - previous_end >= 2:
            paragraphs.append([])
        if cue["text"]:
            paragraphs[-1].append(cue["text"])
        previous_end = cue["end"]
    return [" ".join(words) for words in paragraphs if words]
