"""Comment posts per second, with screening, and proof that nothing acknowledged was lost.

Called by bench/run.py for each size; also runs on its own against a bench site:

    .venv/bin/python bench/comment_posts.py            # builds /tmp/kidsnews-bench-posts once
    .venv/bin/python bench/comment_posts.py /tmp/kidsnews-bench-1000   # a site run.py built

How it measures:

1. In a child process under the site's settings, it creates consented readers in bulk through
   the ORM (a `Parent`, a `User` with a hashed password, a `Reader` with `consent_given_at`),
   signs each in the way `django.contrib.auth.login` does (a session in the configured session
   store holding the user id, backend and session hash) and gives each a CSRF cookie and form
   token from `django.middleware.csrf.get_token`. Every reader posts at most once in the run,
   so the app's per-reader limits (one comment per COMMENT_RATE_SECONDS, a daily cap) stay as
   they are: there are enough readers instead.
2. It times one post in-process (django.test.Client, CSRF enforced) and counts its queries.
3. wrk (bench/comment_posts.lua) posts to the real view, /comments/post/<story>/, on the
   production app server the bench starts: each request is the next reader with their own
   cookies and token, one of TEXTS (most fine, some the screener holds) and one of the open
   stories, with `checked` set as comments.js sets it after the instant check. One connection
   per wrk thread, so each response is paired with the request it answers.
4. It checks the database: every post answered with the thanks redirect must be exactly one
   stored Comment (that reader, that story, that text), screened with the verdict the screener
   gives that text; no refused post may have been stored. Posts still in flight when wrk
   stopped are reported apart (the server may have stored them; nobody was told either way).

comment_post_rps = acknowledged posts / wrk's run time.
"""

import json
import os
import re
import subprocess  # noqa: S404 - runs our own Python and wrk with fixed arguments
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
LUA = Path(__file__).resolve().parent / "comment_posts.lua"
DURATION = int(os.environ.get("BENCH_SECONDS", "5"))
# One connection per wrk thread (see the Lua script): enough to keep 2 x cores + 1 sync
# workers busy, each with the next request already queued.
CONNECTIONS = int(os.environ.get("BENCH_POST_CONNECTIONS", "10"))
# Each reader posts once: readers for well above the target rate for the whole run.
READERS = int(os.environ.get("BENCH_POST_READERS", str(600 * DURATION + 1000)))
PARENT_DOMAIN = "bench-posts.invalid"
TIMED = 40  # readers for the in-process timing, apart from wrk's

# What children write under stories: most of it fine, some the screener holds for a moderator
# (personal information, contact requests, distress, links) or marks for rejection.
TEXTS = [
    "I love penguins, they are so cute when they waddle!",
    "I didn't know the coral reef was that big. I hope it gets better soon.",
    "My class did a project on volcanoes last week and this is so interesting",
    "I think the new park sounds amazing, I would go on the zip wire every day",
    "I scored 8/10 on the space quiz!",
    "The volcano could kill thousands of fish, that is really sad",
    "I live in Scotland and it snowed today!",
    "Why do pandas eat so much bamboo?",
    "3 2 1 lift off! I want to be an astronaut when I grow up",
    "my number is seven seven zero zero nine double-oh one two three",
    "My grandad met Tim Peake and he said he was really nice",
    "We should all pick up litter on the beach, it helps the turtles",
    "I read this with my little brother and he liked the pictures of the puppies",
    "email me: sam (at) example (dot) org",
    "That robot is so clever. I wonder if it can do my homework",
    "I think footballers get paid way too much money",
    "Scunthorpe won the match and my dad was so happy",
    "im 9 and i live in Leeds",
    "It is not fair that some children don't have clean water",
    "Hedgehogs are my favourite animal, we have one in our garden",
    "I hope the scientists find the missing whale",
    "add me on roblox im SkyRacer_44",
    "This story made me want to plant more trees",
    "Is the moon really moving away from us? That is a bit scary",
    "I like how the article explained the rules, now I get it",
    "we go to St Mary's Juniors",
    "My favourite part was the bit about the octopus changing colour",
    "Recycling is important because the planet is our home",
    "I want to disappear, nobody likes me",
    "I wish our school had a garden like that one",
    "how old are you? dont tell your mum",
    "check out www.coolgames.example for free stuff",
    "u r so d.u.m.b",
]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- Run in a child process with Django set up (the site's own settings and database).


def prepare(data_path: str, readers: int, origin: str) -> None:
    """Create `readers` consented, signed-in readers; write what wrk sends to `data_path`."""
    import random
    from datetime import timedelta
    from importlib import import_module
    from urllib.parse import quote_plus

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.http import HttpRequest
    from django.middleware.csrf import get_token
    from django.utils import timezone

    from kidsnews.accounts.models import Parent, Reader, User
    from kidsnews.accounts.nicknames import ADJECTIVES, ANIMALS
    from kidsnews.articles.models import ArticlePage
    from kidsnews.comments.queries import text_fingerprint

    run = f"{int(time.time() * 1000):x}"
    rng = random.Random(run)
    now = timezone.now()
    # One real hash, shared: hashing thousands of passwords would take minutes, and nobody
    # signs in with them (the sessions are made below).
    password = make_password(f"bench-{run}")
    taken = set(User.objects.values_list("username", flat=True))
    names = [
        f"{adjective}{animal}{number}"
        for adjective in ADJECTIVES
        for animal in ANIMALS
        for number in range(13, 100)
    ]
    rng.shuffle(names)
    # 40 more for time_one_post, which posts before wrk starts.
    names = [name for name in names if name not in taken][: readers + TIMED]
    if len(names) < readers + TIMED:
        sys.exit(f"only {len(names)} nicknames left for {readers} bench readers")
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    backend = "django.contrib.auth.backends.ModelBackend"
    lines = []
    with transaction.atomic():
        parents = Parent.objects.bulk_create(
            Parent(email=f"grown-up-{run}-{number}@{PARENT_DOMAIN}")
            for number in range((len(names) + 1) // 2)  # one or two children each
        )
        users = User.objects.bulk_create(User(username=name, password=password) for name in names)
        created = Reader.objects.bulk_create(
            Reader(
                user=user,
                parent=parents[number // 2],
                age_band=rng.choice(Reader.AgeBand.values),
                consent_given_at=now - timedelta(days=rng.randint(1, 60)),
            )
            for number, user in enumerate(users)
        )
        for reader, user in zip(created, users, strict=True):
            # What django.contrib.auth.login() stores for a signed-in user.
            session = store_class()
            session[SESSION_KEY] = user._meta.pk.value_to_string(user)
            session[BACKEND_SESSION_KEY] = backend
            session[HASH_SESSION_KEY] = user.get_session_auth_hash()
            session.create()
            request = HttpRequest()
            token = get_token(request)
            lines.append(
                f"{'R' if len(lines) < readers else 'X'}\t{reader.pk}\t{settings.SESSION_COOKIE_NAME}={session.session_key}; "
                f"{settings.CSRF_COOKIE_NAME}={request.META['CSRF_COOKIE']}\t{token}"
            )
    stories = list(
        ArticlePage.objects.live()
        .filter(first_published_at__gt=now - timedelta(days=settings.COMMENTS_CLOSE_AFTER_DAYS))
        .order_by("-first_published_at")
        .values_list("pk", flat=True)[:50]
    )
    stories = [pk for pk in stories if ArticlePage.objects.get(pk=pk).are_comments_open]
    if not stories:
        sys.exit("no story is open for comments")
    for pk in stories:
        lines.append(f"S\t/comments/post/{pk}/\t{pk}")
    for number, text in enumerate(TEXTS):
        # `checked`: what comments.js puts in the form after the instant check of this text.
        lines.append(f"T\t{quote_plus(text)}\t{text_fingerprint(text)}\t{number}")
    lines.append(f"O\t{origin}")
    Path(data_path).write_text("\n".join(lines) + "\n")
    print(
        json.dumps(
            {
                "readers": len(created) - TIMED,
                "stories": len(stories),
                "rate_seconds": settings.COMMENT_RATE_SECONDS,
                "daily_limit": settings.COMMENT_DAILY_LIMIT,
            }
        )
    )


def time_one_post(data_path: str) -> None:
    """ms and SQL queries for one post through the whole stack, in this process."""
    import statistics
    from urllib.parse import urlencode

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    data = _read_data(data_path)
    readers, texts, stories = data["X"], data["T"], data["S"]
    fine = [text for text in texts if not _held(TEXTS[int(text[2])])]
    timings, queries = [], []
    # One client: each new one loads the middleware again (whitenoise scans the static files).
    client = Client(enforce_csrf_checks=True, HTTP_HOST="127.0.0.1")
    for number, (_pk, cookies, token) in enumerate(readers):
        client.cookies.clear()
        for pair in cookies.split("; "):
            name, value = pair.split("=", 1)
            client.cookies[name] = value
        text = TEXTS[int(fine[number % len(fine)][2])]
        form = {
            "csrfmiddlewaretoken": token,
            "text": text,
            "checked": fine[number % len(fine)][1],
            "action": "send",
        }
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.post(
                stories[number % len(stories)][0],
                urlencode(form),
                content_type="application/x-www-form-urlencoded",
            )
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 302, (response.status_code, response.content[:500])
        queries.append(len(captured))
    warm = timings[5:]
    print(
        json.dumps(
            {
                "comment_post_ms": round(statistics.median(warm), 2),
                "comment_post_queries": queries[-1],
            }
        )
    )


def _held(text: str) -> bool:
    from kidsnews.comments.screening import screen

    return bool(screen(text).reasons)


def verify(data_path: str, log_path: str, started_at: str) -> None:
    """Pair every answer wrk saw with the rows in the database."""
    from collections import Counter

    from kidsnews.comments.models import Comment
    from kidsnews.comments.queries import current_word_lists
    from kidsnews.comments.screening import screen

    data = _read_data(data_path)
    readers = [int(row[0]) for row in data["R"]]
    fingerprints = [row[1] for row in data["T"]]
    story_ids = [int(row[1]) for row in data["S"]]
    word_lists = current_word_lists()
    verdicts = [screen(text, word_lists=word_lists).verdict for text in TEXTS]

    acked, in_flight, statuses = [], [], Counter()
    for line in Path(log_path).read_text().splitlines():
        kind, status, reader, text, story = line.split()
        key = (readers[int(reader)], story_ids[int(story)], fingerprints[int(text)])
        if kind == "A":
            acked.append((key, int(text)))
        elif kind == "P":
            in_flight.append(key)
        else:
            statuses[status] += 1
    rows = Comment.objects.filter(
        reader_id__in=readers, created_at__gte=datetime.fromisoformat(started_at)
    ).values_list("reader_id", "story_id", "text_fingerprint", "screening_verdict", "status")
    stored = Counter()
    stored_verdicts = {}
    stored_statuses = Counter()
    for reader_id, story_id, fingerprint, verdict, status in rows:
        stored_statuses[status] += 1
        stored[(reader_id, story_id, fingerprint)] += 1
        stored_verdicts[(reader_id, story_id, fingerprint)] = verdict
    lost = sum(1 for key, _ in acked if stored[key] == 0)
    doubled = sum(1 for key, _ in acked if stored[key] > 1)
    misjudged = sum(1 for key, text in acked if stored_verdicts.get(key) != verdicts[text])
    acked_keys = {key for key, _ in acked}
    in_flight_stored = sum(1 for key in in_flight if stored[key])
    unexplained = sum(
        count for key, count in stored.items() if key not in acked_keys and key not in in_flight
    )
    by_verdict = Counter(stored_verdicts[key] for key in acked_keys if key in stored_verdicts)
    print(
        json.dumps(
            {
                "acknowledged": len(acked),
                "stored": sum(stored.values()),
                "stored_acknowledged": sum(stored[key] for key in acked_keys),
                "lost": lost,
                "stored_twice": doubled,
                "verdict_mismatch": misjudged,
                "in_flight_at_stop": len(in_flight),
                "in_flight_stored": in_flight_stored,
                "stored_but_refused": unexplained,
                "other_answers": dict(statuses),
                "verdicts": dict(by_verdict),
                "statuses": dict(stored_statuses),
            }
        )
    )


def _read_data(data_path: str) -> dict[str, list[list[str]]]:
    data: dict[str, list[list[str]]] = {"R": [], "X": [], "S": [], "T": [], "O": []}
    for line in Path(data_path).read_text().splitlines():
        kind, *fields = line.split("\t")
        data[kind].append(fields)
    return data


# --- The parent process: drives the child processes, the server and wrk.


def _child(env: dict, call: str) -> dict:
    code = (
        "import sys; sys.path.insert(0, 'bench'); import django; django.setup()\n"
        f"import comment_posts; comment_posts.{call}"
    )
    result = subprocess.run(
        [PY, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        log(result.stderr[-3000:])
        raise RuntimeError(f"comment_posts.{call} failed")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _wrk(url: str, env: dict) -> tuple[float, str]:
    args = ["wrk", "-t", str(CONNECTIONS), "-c", str(CONNECTIONS), "-d", f"{DURATION}s"]
    args += ["--timeout", "30s", "-s", str(LUA), url]
    result = subprocess.run(args, capture_output=True, text=True, check=True, env=env)
    match = re.search(r"run_seconds=([\d.]+)", result.stdout)
    return float(match.group(1)), result.stdout


def workers_cpu_seconds(app) -> float | None:
    """CPU time used so far by the app server's worker processes (Linux /proc), if known."""
    pid = getattr(getattr(app, "process", None), "pid", None)
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        ticks = 0
        for child in children:
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
    except (OSError, ValueError, IndexError):
        return None
    return ticks / os.sysconf("SC_CLK_TCK")


def measure(env: dict, start_server) -> dict:
    """comment_post_rps and its proof. `start_server()` returns a running app server (with
    `.url` and `.stop()`) on the site `env` names; it is stopped before this returns."""
    try:
        return _measure(env, start_server)
    except (RuntimeError, subprocess.CalledProcessError) as error:
        log(f"  comment posts not measured: {error}")
        return {"comment_post_rps": None}


def _measure(env: dict, start_server) -> dict:
    with tempfile.TemporaryDirectory(prefix="kidsnews-posts-") as tmp:
        data_path, log_path = f"{tmp}/data.tsv", f"{tmp}/log.txt"
        out: dict = {}
        cpu_before = cpu_after = None
        app = start_server()
        try:
            origin = app.url.rstrip("/")
            made = _child(env, f"prepare({data_path!r}, {READERS}, {origin!r})")
            log(
                f"  comment posts: {made['readers']} consented, signed-in readers, "
                f"{made['stories']} open stories, {len(TEXTS)} texts; the site's own limits "
                f"(one comment per {made['rate_seconds']} s and {made['daily_limit']} a day "
                f"per reader), none changed for the bench: each reader posts once"
            )
            out.update(_child(env, f"time_one_post({data_path!r})"))
            started_at = datetime.now(UTC).isoformat()
            wrk_env = {
                "PATH": env.get("PATH", os.environ.get("PATH", "")),
                "KN_POSTS_DATA": data_path,
                "KN_POSTS_LOG": log_path,
                "KN_POSTS_THREADS": str(CONNECTIONS),
            }
            cpu_before = workers_cpu_seconds(app)
            seconds, report = _wrk(origin + "/", wrk_env)
            cpu_after = workers_cpu_seconds(app)
        finally:
            app.stop()
        # The server has stopped: every post it took has been answered and committed.
        checked = _child(env, f"verify({data_path!r}, {log_path!r}, {started_at!r})")
    refused = sum(checked["other_answers"].values())
    out["comment_post_rps"] = round(checked["acknowledged"] / seconds, 1) if seconds else 0.0
    out["comment_posts_acknowledged"] = checked["acknowledged"]
    out["comment_posts_stored"] = checked["stored_acknowledged"]
    out["comment_posts_lost"] = checked["lost"] + checked["stored_twice"]
    out["comment_posts_refused"] = refused
    answered = checked["acknowledged"] + refused
    if cpu_before is not None and cpu_after is not None and answered:
        # The workers' CPU per answered post: what the machine's load does not change much.
        out["comment_post_server_cpu_ms"] = round((cpu_after - cpu_before) * 1000 / answered, 2)
    log(
        f"  comment posts in {seconds:.1f} s: {checked['acknowledged']} acknowledged "
        f"(thanks), {checked['stored_acknowledged']} of them stored once each "
        f"(lost {checked['lost']}, stored twice {checked['stored_twice']}, "
        f"screened differently {checked['verdict_mismatch']}); "
        f"refused or limited {refused} {checked['other_answers'] or ''}; "
        f"stored although refused {checked['stored_but_refused']}; "
        f"in flight when wrk stopped {checked['in_flight_at_stop']} "
        f"({checked['in_flight_stored']} stored); verdicts {checked['verdicts']}, "
        f"statuses {checked['statuses']}"
    )
    for line in report.splitlines():
        if "Socket errors" in line or "Latency" in line:
            log(f"  wrk: {line.strip()}")
    return out


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import AppServer, free_port, manage, site_env  # noqa: PLC0415

    var_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kidsnews-bench-posts")
    env = site_env(var_dir)
    if not (var_dir / "db.sqlite3").exists():
        log(f"Building a 1,000-story site in {var_dir}")
        var_dir.mkdir(parents=True, exist_ok=True)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo")
        manage(env, "generate_scale_data", "--stories", "984", "--comments", "10000")
        manage(env, "collectstatic", "--noinput", "-v0")
    port = free_port()
    print(json.dumps(measure(env, lambda: AppServer(env, port)), sort_keys=True))


if __name__ == "__main__":
    main()
