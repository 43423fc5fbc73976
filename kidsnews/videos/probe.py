"""Reading a video's running time from the file itself, with the ffmpeg binary that the
imageio-ffmpeg package ships (no system ffmpeg needed, nothing fetched)."""

import re
import subprocess  # nosec B404

import imageio_ffmpeg

_DURATION = re.compile(r"Duration:\s*(\d+):(\d{2}):(\d{2}(?:\.\d+)?)")


def parse_duration(ffmpeg_output: str) -> float | None:
    """Seconds from the `Duration: 00:01:32.04` line `ffmpeg -i` prints, or None."""
    match = _DURATION.search(ffmpeg_output)
    if not match:
        return None
    hours, minutes, seconds = match.groups()
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def read_duration(path: str) -> float | None:
    """The running time of the media file at `path`, in seconds, or None if unreadable."""
    # `ffmpeg -i` with no output file exits non-zero by design but prints the stream info
    # on stderr, which is all we need; the timeout stops a hostile file from hanging a worker.
    try:
        result = subprocess.run(  # noqa: S603 # nosec B603
            [imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", path],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return parse_duration(result.stderr)
