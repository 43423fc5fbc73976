"""Faults against real servers: PostgreSQL stops and starts, Redis disappears.

Each test starts its own throwaway PostgreSQL (initdb) and Redis on free ports and serves the
project with granian, exactly as production does; the shared servers are never touched.
"""

import re
import time

import pytest
import requests

from .servers import AppServer, app_env, have_postgres, manage, throwaway_postgres, throwaway_redis

pytestmark = [
    pytest.mark.long,
    pytest.mark.skipif(not have_postgres(), reason="needs PostgreSQL's initdb"),
]

SEED = (
    "from tests.factories import make_site_tree, make_story;"
    "tree = make_site_tree();"
    "make_story(tree['stories'], topics=[tree['space']])"
)


@pytest.fixture(scope="module")
def postgres():
    with throwaway_postgres() as server:
        server.createdb()
        env = app_env(DATABASE_URL=server.url())
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        manage(env, "shell", "-c", SEED)
        yield server


def wait_for(url: str, status: int, *, timeout: float = 20) -> requests.Response:
    deadline = time.monotonic() + timeout
    while True:
        try:
            response = requests.get(url, timeout=30)
            if response.status_code == status:
                return response
        except (requests.ConnectionError, requests.Timeout):
            response = None
        if time.monotonic() > deadline:
            raise AssertionError(f"{url} never answered {status}: {response}")
        time.sleep(0.2)


def test_database_outage_is_a_friendly_503_and_the_site_recovers(postgres):
    server = AppServer(app_env(DATABASE_URL=postgres.url())).start()
    try:
        wait_for(server.url + "/", 200)
        postgres.stop()
        # Pages never served before (so not in the page cache) need the database.
        for path in ("/topics/", "/stories/?page=1", "/no-such-page/", "/healthz"):
            response = requests.get(server.url + path, timeout=30)
            assert response.status_code == 503, path
        page = requests.get(server.url + "/topics/", timeout=30)
        assert "back in a moment" in page.text
        assert "Content-Security-Policy" in page.headers
        assert page.headers["Retry-After"] == "30"
        postgres.start()
        # No restart of the app: persistent connections are health-checked and replaced.
        started = time.monotonic()
        wait_for(server.url + "/topics/", 200)
        wait_for(server.url + "/stories/", 200)
        print(f"recovered {time.monotonic() - started:.1f}s after PostgreSQL came back")  # noqa: T201
    finally:
        server.stop()
        if not _is_up(postgres):
            postgres.start()


def _is_up(postgres) -> bool:
    try:
        wait_for_port_quick(postgres.port)
    except OSError:
        return False
    return True


def wait_for_port_quick(port: int) -> None:
    import socket

    socket.create_connection(("127.0.0.1", port), timeout=0.5).close()


def login(session: requests.Session, base: str, username: str, password: str):
    page = session.get(base + "/admin/login/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    return session.post(
        base + "/admin/login/",
        data={"username": username, "password": password, "csrfmiddlewaretoken": token},
        headers={"Referer": base + "/admin/login/"},
        allow_redirects=False,
        timeout=30,
    )


def test_redis_outage_pages_serve_and_login_throttling_falls_back_to_the_database(postgres):
    with throwaway_redis() as redis:
        env = app_env(DATABASE_URL=postgres.url(), REDIS_URL=redis.url(5))
        manage(
            env,
            "shell",
            "-c",
            "from kidsnews.accounts.models import User;"
            "User.objects.filter(username='ed').delete();"
            "User.objects.create_user('ed', password='right-password-123', is_staff=True)",
        )
        server = AppServer(env).start()
        try:
            wait_for(server.url + "/", 200)
            redis.stop()
            started = time.monotonic()
            assert requests.get(server.url + "/stories/", timeout=30).status_code == 200
            assert requests.get(server.url + "/topics/", timeout=30).status_code == 200
            print(f"pages with Redis down: {time.monotonic() - started:.2f}s")  # noqa: T201

            browser = requests.Session()
            for _ in range(4):
                assert login(browser, server.url, "ed", "wrong").status_code == 200
            # The fifth failure locks; the sixth try is refused before the password is checked.
            assert login(browser, server.url, "ed", "wrong").status_code == 429
            assert login(browser, server.url, "ed", "wrong").status_code == 429
            locked = login(browser, server.url, "ed", "right-password-123")
            assert locked.status_code == 429
            counted = manage(
                env,
                "shell",
                "-c",
                "from axes.models import AccessAttempt;"
                "print(AccessAttempt.objects.filter(username='ed').count())",
            )
            assert int(counted.split()[-1]) >= 1  # the failures were recorded in PostgreSQL
        finally:
            server.stop()


def test_redis_outage_home_page_still_serves(postgres):
    with throwaway_redis() as redis:
        server = AppServer(app_env(DATABASE_URL=postgres.url(), REDIS_URL=redis.url(5))).start()
        try:
            wait_for(server.url + "/stories/", 200)
            redis.stop()
            assert requests.get(server.url + "/", timeout=30).status_code == 200
        finally:
            server.stop()


READERS = 16
SESSIONS = (
    "import json;"
    "from django.test import Client;"
    "from kidsnews.accounts.models import Reader;"
    "from kidsnews.accounts.services import register_reader, give_consent;"
    "from kidsnews.articles.models import ArticlePage;"
    "out = {'story': ArticlePage.objects.live().first().pk, 'sessions': []};\n"
    f"for n in range({READERS}):\n"
    "    reader = register_reader(nickname=f'BurstOtter{n}', age_band=Reader._meta.get_field("
    "'age_band').choices[0][0], password='pw-not-used-123', parent_email='p@example.org');\n"
    "    give_consent(reader=reader); c = Client(); c.force_login(reader.user);\n"
    "    out['sessions'].append(c.cookies['sessionid'].value)\n"
    "print(json.dumps(out))"
)
CHECK_STORED = (
    "import json, sys;"
    "from kidsnews.comments.models import Comment;"
    "rows = list(Comment.objects.values('text', 'text_fingerprint', 'screening_verdict', 'status'));"
    "print(json.dumps(rows))"
)


def test_sigkill_during_a_burst_of_comment_posts_loses_nothing_acknowledged(postgres):
    """1,000 posts from 16 readers; the app server is SIGKILLed part-way through. Every post
    answered with the "thanks" redirect must be in the database, and no row may be partial."""
    import json
    from concurrent.futures import ThreadPoolExecutor

    env = app_env(
        DATABASE_URL=postgres.url(), COMMENT_RATE_SECONDS="0", COMMENT_DAILY_LIMIT="100000"
    )
    setup = json.loads(manage(env, "shell", "-c", SESSIONS).strip().splitlines()[-1])
    server = AppServer(env, workers=3).start()
    wait_for(server.url + "/stories/", 200)
    token = "a" * 32  # a well-formed CSRF secret, sent as cookie and form field alike
    acknowledged: list[str] = []
    refused_after_kill = 0

    def post(number: int):
        text = f"I really liked this story about space, rockets and stars, note {number} ok"
        session_id = setup["sessions"][number % READERS]
        try:
            response = requests.post(
                f"{server.url}/comments/post/{setup['story']}/",
                data={"text": text, "csrfmiddlewaretoken": token},
                cookies={"sessionid": session_id, "csrftoken": token},
                allow_redirects=False,
                timeout=30,
            )
        except requests.RequestException:
            return None
        if response.status_code == 302 and "#comments" in response.headers.get("Location", ""):
            return text
        return None

    with ThreadPoolExecutor(max_workers=12) as pool:
        futures = [pool.submit(post, number) for number in range(1000)]
        for done, future in enumerate(futures):
            if done == 400:
                server.kill()
            result = future.result()
            if result is not None:
                acknowledged.append(result)
            elif done > 400:
                refused_after_kill += 1

    rows = json.loads(manage(env, "shell", "-c", CHECK_STORED).strip().splitlines()[-1])
    stored = {row["text"] for row in rows}
    print(  # noqa: T201
        f"acknowledged {len(acknowledged)} of 1000, stored {len(rows)}, "
        f"unanswered after the kill {refused_after_kill}"
    )
    assert len(acknowledged) >= 100, "the burst never got going"
    assert set(acknowledged) <= stored
    for row in rows:
        assert row["text"] and row["text_fingerprint"] and row["screening_verdict"]
        assert row["status"] in ("pending", "approved", "rejected")
