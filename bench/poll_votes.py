"""Poll votes per second through the real view, and proof that every acknowledged vote was
counted.

Called by bench/run.py for each size; also runs on its own against a bench site:

    .venv/bin/python bench/poll_votes.py            # builds /tmp/kidsnews-bench-votes once
    .venv/bin/python bench/poll_votes.py /tmp/kidsnews-bench-1000   # a site run.py built

1. A child process under the site's settings makes an open poll with three answers.
2. wrk (bench/poll_votes.lua) posts one-tap votes to /polls/<id>/vote/ on the production app
   server: each request is a new reader (its own User-Agent), so the once-per-reader check
   lets every one count; one connection per wrk thread. A vote is acknowledged when the
   server answers with the redirect to "?said=thanks".
3. After the server has stopped, the counts are read back (database, and Redis with
   REDIS_URL): for each answer, counted must be at least acknowledged (more only by votes
   still in flight when wrk stopped, which nobody was told about).

poll_votes_per_s = acknowledged votes / wrk's run time; poll_vote_server_cpu_ms = the app
server's CPU time per answered vote (from /proc), the figure other load changes least.
"""

import json
import os
import re
import subprocess  # noqa: S404 - runs our own Python and wrk with fixed arguments
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
LUA = Path(__file__).resolve().parent / "poll_votes.lua"
DURATION = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = int(os.environ.get("BENCH_VOTE_CONNECTIONS", "10"))


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- Run in a child process with Django set up (the site's own settings and database).


def prepare() -> None:
    from datetime import timedelta

    from django.utils import timezone

    from kidsnews.polls.models import Poll, PollAnswer

    poll = Poll(question="Bench: which is best?", closes_at=timezone.now() + timedelta(days=1))
    poll.answers = [PollAnswer(text=text, sort_order=n) for n, text in enumerate("ABC")]
    poll.save()
    print(json.dumps({"poll": poll.pk, "answers": [a.pk for a in poll.answer_list()]}))


def counted(poll_id: int) -> None:
    from kidsnews.polls.models import Poll
    from kidsnews.polls.queries import poll_results

    results = poll_results(poll=Poll.objects.get(pk=poll_id))
    print(json.dumps({row.key: row.votes for row in results.rows}))


# --- The parent process.


def _child(env: dict, call: str) -> dict:
    code = (
        "import sys; sys.path.insert(0, 'bench'); import django; django.setup()\n"
        f"import poll_votes; poll_votes.{call}"
    )
    result = subprocess.run(
        [PY, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        log(result.stderr[-3000:])
        raise RuntimeError(f"poll_votes.{call} failed")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure(env: dict, start_server) -> dict:
    """poll_votes_per_s and its proof; `start_server()` returns a running app server."""
    try:
        return _measure(env, start_server)
    except (RuntimeError, subprocess.CalledProcessError) as error:
        log(f"  poll votes not measured: {error}")
        return {"poll_votes_per_s": None}


def _measure(env: dict, start_server) -> dict:
    from comment_posts import workers_cpu_seconds  # noqa: PLC0415 - bench/ on sys.path

    made = _child(env, "prepare()")
    with tempfile.TemporaryDirectory(prefix="kidsnews-votes-") as tmp:
        log_path = f"{tmp}/log.txt"
        app = start_server()
        try:
            wrk_env = {
                "PATH": env.get("PATH", os.environ.get("PATH", "")),
                "KN_VOTES_PATH": f"/polls/{made['poll']}/vote/",
                "KN_VOTES_ANSWERS": ",".join(str(a) for a in made["answers"]),
                "KN_VOTES_LOG": log_path,
            }
            args = ["wrk", "-t", str(CONNECTIONS), "-c", str(CONNECTIONS), "-d", f"{DURATION}s"]
            args += ["--timeout", "30s", "-s", str(LUA), app.url + "/"]
            cpu_before = workers_cpu_seconds(app)
            result = subprocess.run(args, capture_output=True, text=True, check=True, env=wrk_env)
            cpu_after = workers_cpu_seconds(app)
        finally:
            app.stop()
        seconds = float(re.search(r"run_seconds=([\d.]+)", result.stdout).group(1))
        acked, others = Counter(), Counter()
        for line in Path(log_path).read_text().splitlines():
            kind, key, count = line.split()
            (acked if kind == "A" else others)[key] += int(count)
    stored = _child(env, f"counted({made['poll']})")
    lost = sum(max(0, acked[key] - stored.get(key, 0)) for key in acked)
    total_acked = sum(acked.values())
    out = {
        "poll_votes_per_s": round(total_acked / seconds, 1) if seconds else 0.0,
        "poll_votes_acknowledged": total_acked,
        "poll_votes_counted": sum(stored.values()),
        "poll_votes_lost": lost,
    }
    answered = total_acked + sum(others.values())
    if cpu_before is not None and cpu_after is not None and answered:
        # The workers' CPU per answered vote: what other load on the machine changes least.
        out["poll_vote_server_cpu_ms"] = round((cpu_after - cpu_before) * 1000 / answered, 2)
    log(
        f"  poll votes in {seconds:.1f} s: {total_acked} acknowledged, "
        f"{out['poll_votes_counted']} counted, lost {lost}; other answers {dict(others) or 'none'}"
    )
    return out


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(ROOT))
    from run import AppServer, free_port, manage, site_env  # noqa: PLC0415

    var_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kidsnews-bench-votes")
    env = site_env(var_dir)
    if not (var_dir / "db.sqlite3").exists():
        log(f"Building a demo site in {var_dir}")
        var_dir.mkdir(parents=True, exist_ok=True)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo", "--no-progress")
        manage(env, "collectstatic", "--noinput", "-v0")
    port = free_port()
    print(json.dumps(measure(env, lambda: AppServer(env, port)), sort_keys=True))  # noqa: T201


if __name__ == "__main__":
    main()
