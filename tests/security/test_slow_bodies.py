"""Slow request bodies cannot take the site down (outside security test, finding 4), and a URL
too long for any server gets a kind page behind nginx (finding 16.7).

A throwaway granian with `make run`'s command line (kidsnews/core/appserver.py): bodies are
read on its event loop before a Django thread is taken (kidsnews/core/bodyfront.py), and a
client slower than BODY_READ_SECONDS is answered 408."""

import contextlib
import shutil
import socket
import subprocess  # noqa: S404 - nginx with fixed arguments
import threading
import time
from pathlib import Path

import pytest
import requests

from kidsnews.caching.deploy import render_nginx_conf

from .servers import AppServer, app_env, free_port, manage, wait_for_port

pytestmark = pytest.mark.long

SEED = "from tests.factories import make_site_tree; make_site_tree()"
BODY_SECONDS = 4
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    var = tmp_path_factory.mktemp("slow-bodies-var")
    env = app_env(KIDSNEWS_VAR_DIR=str(var), BODY_READ_SECONDS=str(BODY_SECONDS))
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "shell", "-c", SEED)
    # As few threads as make run gives a worker: the attack needed only eight connections.
    app = AppServer(env, workers=1, threads=4).start()
    app.var = var
    try:
        assert requests.get(app.url + "/", timeout=60).status_code == 200
        yield app
    finally:
        app.stop()


def slow_post(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(
        b"POST /accounts/sign-up/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000\r\n\r\na"
    )
    return sock


def test_the_site_answers_while_slow_bodies_trickle_in(server):
    attackers = [slow_post(server.port) for _ in range(12)]
    stop = threading.Event()

    def drip():  # a byte on every connection, every second: never idle, never finished
        while not stop.is_set():
            for sock in attackers:
                with contextlib.suppress(OSError):
                    sock.sendall(b"a")
            stop.wait(1)

    dripper = threading.Thread(target=drip, daemon=True)
    dripper.start()
    try:
        for _ in range(5):
            time.sleep(1)
            started = time.monotonic()
            response = requests.get(server.url + "/", timeout=10)
            assert response.status_code == 200
            assert time.monotonic() - started < 3
        # And the trickling clients themselves are cut off, with a 408, after BODY_READ_SECONDS.
        attackers[0].settimeout(BODY_SECONDS + 10)
        answer = attackers[0].recv(4096)
        assert answer.startswith(b"HTTP/1.1 408"), answer[:100]
    finally:
        stop.set()
        dripper.join(timeout=5)
        for sock in attackers:
            sock.close()


def test_an_ordinary_post_body_still_reaches_django(server):
    # No token: Django's kind 403, which means the body was read and passed on.
    response = requests.post(server.url + "/accounts/sign-up/", data={"a": "b"}, timeout=30)
    assert response.status_code == 403
    assert "expired" in response.text


@pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is not installed (make test does)")
def test_behind_nginx_a_70000_character_url_gets_the_kind_414(server, tmp_path):
    port = free_port()
    conf = render_nginx_conf(
        prefix=tmp_path / "nginx",
        listen=f"127.0.0.1:{port}",
        upstream=f"127.0.0.1:{server.port}",
        static_root=server.var / "static",
        media_root=server.var / "media",
    )
    nginx = subprocess.Popen(  # noqa: S603 - fixed arguments
        [NGINX, "-e", "stderr", "-p", str(conf.parent), "-c", str(conf), "-g", "daemon off;"],
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        too_long = requests.get(f"http://127.0.0.1:{port}/search/?q={'a' * 70_000}", timeout=30)
        assert too_long.status_code == 414
        assert "That address was too long" in too_long.text
        long_ok = requests.get(f"http://127.0.0.1:{port}/search/?q={'rocket+' * 3000}", timeout=30)
        assert long_ok.status_code == 200
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)
