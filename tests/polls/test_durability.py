"""Nothing acknowledged is lost: the app server is SIGKILLed in the middle of a burst of
votes, and every vote answered "thanks" is in the count (the database on the embedded
default, a Redis hash with REDIS_URL). Real servers, so `long`."""

import json
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from ..security.servers import AppServer, app_env, manage, throwaway_redis, wait_for_port

pytestmark = [pytest.mark.long, pytest.mark.timeout(1200)]

MAKE_POLL = (
    "import json, datetime;"
    "from django.utils import timezone;"
    "from kidsnews.polls.models import Poll, PollAnswer;"
    "p = Poll(question='Cats or dogs?', closes_at=timezone.now() + datetime.timedelta(days=1));"
    "p.answers = [PollAnswer(text=t, sort_order=n) for n, t in enumerate(['Cats', 'Dogs'])];"
    "p.save();"
    "print(json.dumps({'poll': p.pk, 'answers': [a.pk for a in p.answer_list()]}))"
)
COUNTED = (
    "import json;"
    "from kidsnews.polls.models import Poll;"
    "from kidsnews.polls.queries import poll_results;"
    "r = poll_results(poll=Poll.objects.get(pk=%d));"
    "print(json.dumps({row.key: row.votes for row in r.rows}))"
)
VOTES = 1500
KILL_AT = 400


def burst_with_a_kill(env):
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    made = json.loads(manage(env, "shell", "-c", MAKE_POLL).strip().splitlines()[-1])
    server = AppServer(env, workers=3)
    url = f"{server.url}/polls/{made['poll']}/vote/"
    acknowledged: Counter = Counter()

    def vote(number: int):
        answer = str(made["answers"][number % 2])
        try:
            response = requests.post(
                url,
                data={"answer": answer},
                headers={"User-Agent": f"Mozilla/5.0 (reader {number}) Mobile"},
                allow_redirects=False,
                timeout=30,
            )
        except requests.RequestException:
            return None
        if response.status_code == 303 and "said=thanks" in response.headers["Location"]:
            return answer
        return None

    try:
        try:
            server.start()
        except TimeoutError:  # a loaded machine: granian's workers take over 30 s to start
            wait_for_port(server.port, timeout=240)
        with ThreadPoolExecutor(max_workers=12) as pool:
            futures = [pool.submit(vote, number) for number in range(VOTES)]
            for done, future in enumerate(futures):
                if done == KILL_AT:
                    server.kill()
                answer = future.result()
                if answer is not None:
                    acknowledged[answer] += 1
    finally:
        server.kill()
    counted = json.loads(
        manage(env, "shell", "-c", COUNTED % made["poll"]).strip().splitlines()[-1]
    )
    print(f"acknowledged {dict(acknowledged)}, counted {counted}")  # noqa: T201
    assert sum(acknowledged.values()) >= 100, "the burst never got going"
    for answer, votes in acknowledged.items():
        assert counted[answer] >= votes, "an acknowledged vote was lost"


def test_sigkill_mid_burst_loses_no_acknowledged_vote_in_the_database():
    burst_with_a_kill(app_env(KIDSNEWS_VAR_DIR=tempfile.mkdtemp(prefix="kn-votes-")))


def test_sigkill_mid_burst_loses_no_acknowledged_vote_in_redis():
    with throwaway_redis() as redis_server:
        burst_with_a_kill(
            app_env(
                KIDSNEWS_VAR_DIR=tempfile.mkdtemp(prefix="kn-votes-redis-"),
                REDIS_URL=redis_server.url(),
            )
        )
