"""deploy/systemd: the app server and the worker come back after they die (finding 11c), and
retention and the most-read roll-up have timers of their own (finding 12)."""

import configparser
import shutil
import subprocess  # noqa: S404 - systemd-analyze with fixed arguments
from pathlib import Path

import pytest

UNITS = Path(__file__).resolve().parents[2] / "deploy" / "systemd"
ROOT = Path(__file__).resolve().parents[2]


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(UNITS / name)
    return parser


def test_app_server_and_worker_restart_always_with_the_right_commands():
    app = unit("kidsnews.service")["Service"]
    assert app["Restart"] == "always"
    assert app["ExecStart"].endswith("python -m kidsnews.core.appserver")  # make run's line
    worker = unit("kidsnews-worker.service")["Service"]
    assert worker["Restart"] == "always"
    assert "manage.py run_worker" in worker["ExecStart"]
    serve = (ROOT / "scripts" / "serve.sh").read_text()
    assert "manage.py run_worker" in serve and "-m kidsnews.core.appserver" in serve


@pytest.mark.parametrize(
    ("timer", "command", "when"),
    [
        ("kidsnews-retention", "manage.py purge_comment_data", "*-*-* 03:15:00"),
        ("kidsnews-rollup", "manage.py rollup_popularity", "hourly"),
    ],
)
def test_housekeeping_timers_run_the_commands(timer, command, when):
    assert unit(f"{timer}.timer")["Timer"]["OnCalendar"] == when
    assert unit(f"{timer}.service")["Service"]["ExecStart"].endswith(command)


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze not installed")
def test_systemd_accepts_the_units(tmp_path):
    # Paths pointed at this checkout so systemd can check the executables exist.
    for source in UNITS.iterdir():
        text = (
            source.read_text()
            .replace("/srv/kidsnews/app", str(ROOT))
            .replace("/etc/kidsnews/env", "/dev/null")
            .replace("User=kidsnews", "User=root")
            .replace("Group=kidsnews", "Group=root")
        )
        (tmp_path / source.name).write_text(text)
    result = subprocess.run(  # noqa: S603 - fixed arguments
        ["systemd-analyze", "verify", *sorted(str(p) for p in tmp_path.iterdir())],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
