"""Throwaway PostgreSQL and Redis servers for the fault and backup tests.

Never the shared servers: each helper starts its own process on a free port in a temporary
directory, and the test may stop and start it at will.
"""

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from kidsnews.core.appserver import granian_command


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, *, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listening on {port}")


def pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path is None:
        raise FileNotFoundError(name)
    return path


def have_postgres() -> bool:
    try:
        pg_bin("initdb")
        pg_bin("pg_ctl")
    except FileNotFoundError:
        return False
    return True


class ThrowawayPostgres:
    """initdb + pg_ctl on a free port; trust auth on 127.0.0.1 only."""

    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="kn-security-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        # PostgreSQL refuses to run as root; run it as the postgres system user then.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            uid = pwd.getpwnam("postgres").pw_uid
            os.chown(self.dir, uid, -1)

    def _run(self, *args):
        subprocess.run([*self.as_user, *args], check=True, capture_output=True)

    def init(self):
        self._run(
            pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync"
        )
        return self

    def start(self):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            pg_bin("pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-w",
            "-l",
            str(self.dir / "log"),
            "start",
        )
        wait_for_port(self.port)

    def stop(self, mode: str = "fast"):
        self._run(pg_bin("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def url(self, dbname: str = "kidsnews") -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{dbname}"

    def createdb(self, dbname: str = "kidsnews"):
        subprocess.run(
            [pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", dbname],
            check=True,
            capture_output=True,
        )

    def destroy(self):
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)


@contextmanager
def throwaway_postgres():
    server = ThrowawayPostgres().init()
    server.start()
    try:
        yield server
    finally:
        server.destroy()


class ThrowawayRedis:
    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="kn-security-redis-"))
        self.port = free_port()
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    def stop(self):
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"


@contextmanager
def throwaway_redis():
    server = ThrowawayRedis()
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.dir, ignore_errors=True)


ROOT = Path(__file__).resolve().parents[2]


_VAR: list[str] = []


def _shared_var_dir() -> str:
    # One var/ (collected static files, media) for every server this test run starts.
    if not _VAR:
        _VAR.append(tempfile.mkdtemp(prefix="kn-security-var-"))
    return _VAR[0]


def app_env(**extra) -> dict[str, str]:
    """Production settings (kidsnews.settings.base) pointed at throwaway servers."""
    var = _shared_var_dir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kidsnews.settings.base",
        "SECRET_KEY": "fault-tests-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "KIDSNEWS_VAR_DIR": var,
        "SERVE_MEDIA": "true",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "ERROR",
    }
    for name in ("DATABASE_URL", "REDIS_URL", "HTTPS", "DEBUG"):
        env.pop(name, None)
    env.update(extra)
    return env


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [str(ROOT / ".venv/bin/python"), "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:  # say why: a bare CalledProcessError hides manage.py's stderr
        raise RuntimeError(
            f"manage.py {' '.join(args)} exited {result.returncode}:\n{result.stderr[-4000:]}"
        )
    return result.stdout


class AppServer:
    """The project's own WSGI app under granian, with the options `make run` uses
    (scripts/serve.sh)."""

    def __init__(self, env: dict[str, str], *, workers: int = 2, threads: int = 4):
        self.env = env
        self.port = free_port()
        self.workers = workers
        self.threads = threads
        self.process = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        self.process = subprocess.Popen(
            granian_command(
                host="127.0.0.1",
                port=self.port,
                workers=self.workers,
                threads=self.threads,
                extra=("--no-access-log",),
            ),
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_for_port(self.port)
        return self

    def kill(self):
        """SIGKILL the whole server (main process and workers), as a crash or OOM kill would."""
        if self.process is not None:
            os.killpg(self.process.pid, 9)
            self.process.wait()
            self.process = None

    def stop(self):
        if self.process is not None:
            os.killpg(self.process.pid, 15)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:  # a loaded machine: do not leave it running
                os.killpg(self.process.pid, 9)
                self.process.wait()
            self.process = None
