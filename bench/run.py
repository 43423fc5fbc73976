"""`make bench`: serve the site the production way on loopback and print what it sustains.

For each size (1,000 and 100,000 stories by default; BENCH_SIZES=1000 for a quick run) it
builds a fresh SQLite site in /tmp (load_demo + generate_scale_data), collects static files,
starts the app server as `make run` does (granian, production settings, one worker process per
core with THREADS threads each) with nginx (deploy/nginx.conf) in front, and measures with wrk.
It prints a table and, last, one JSON line. Timings are reported, never judged: nothing here
passes or fails on a number.
"""

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess  # noqa: S404 - runs our own servers and wrk with fixed arguments
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
SIZES = [int(size) for size in os.environ.get("BENCH_SIZES", "1000,100000").split(",")]
DURATION = os.environ.get("BENCH_SECONDS", "5")
CORES = os.cpu_count() or 1
EDGE_ROUNDS = 3  # static limit and edge, alternated
WORKERS = CORES
THREADS = 4  # as scripts/serve.sh


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)  # noqa: T201 - a command-line report


def ensure_tools() -> None:
    missing = [name for name in ("nginx", "wrk") if not shutil.which(name, path=_path())]
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit(f"bench needs {' and '.join(missing)}: apt-get install nginx-light wrk")
    log(f"Installing {', '.join(missing)} from Debian")
    packages = ["nginx-light" if name == "nginx" else name for name in missing]
    subprocess.run(["apt-get", "update", "-q"], check=True)  # noqa: S607
    subprocess.run(["apt-get", "install", "-y", "-q", *packages], check=True)  # noqa: S603,S607


def _path() -> str:
    return os.environ.get("PATH", "") + ":/usr/sbin:/sbin"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_env(var_dir: Path, **extra) -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="kidsnews.settings.base",
        SECRET_KEY="bench-only-not-secret",  # noqa: S106 - loopback benchmark
        KIDSNEWS_VAR_DIR=str(var_dir),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        LOG_LEVEL="WARNING",
        PATH=_path(),
        **extra,
    )
    return env


def manage(env: dict, *args: str) -> str:
    result = subprocess.run(  # noqa: S603
        [PY, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            urllib.request.urlopen(url, timeout=2).read()  # noqa: S310 - loopback
            return
        time.sleep(0.2)
    sys.exit(f"{url} did not answer")


def fetch(url: str, headers: dict | None = None) -> bytes:
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - loopback
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.read()


def wrk(url: str, *, connections: int = 64) -> float:
    """Requests per second for `url`, after one second of the same load as a warm-up: the
    first requests of a fresh server compile templates and fill per-process caches."""
    warm_up = ["wrk", "-t", str(CORES), "-c", str(connections), "-d", "1s", url]
    subprocess.run(warm_up, capture_output=True, check=False, env={"PATH": _path()})  # noqa: S603
    args = ["wrk", "-t", str(CORES), "-c", str(connections), "-d", f"{DURATION}s", "--latency"]
    result = subprocess.run(  # noqa: S603
        [*args, url], capture_output=True, text=True, check=True, env={"PATH": _path()}
    )
    match = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    if errors:
        log(f"  warning: {errors.group(1)} error responses from {url}")
    return round(float(match.group(1)), 1) if match else 0.0


class AppServer:
    """granian serving kidsnews.wsgi:application (kidsnews/core/appserver.py, as make run)."""

    def __init__(self, env: dict, port: int):
        from kidsnews.core.appserver import granian_command  # noqa: PLC0415 - needs sys.path

        self.process = subprocess.Popen(  # noqa: S603
            granian_command(
                host="127.0.0.1",
                port=port,
                workers=WORKERS,
                threads=THREADS,
                extra=("--backlog", "2048", "--log-level", "warning", "--no-access-log"),
            ),
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{port}"
        try:
            wait_for(self.url + "/healthz", seconds=60)
        except SystemExit:
            self.stop()
            raise

    def worker_rss_mb(self) -> float:
        """The largest peak resident size (VmHWM) among the workers."""
        peaks = []
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        for pid in children.read_text().split():
            status = Path(f"/proc/{pid}/status").read_text()
            match = re.search(r"VmHWM:\s+(\d+) kB", status)
            if match:
                peaks.append(int(match.group(1)) / 1024)
        return round(max(peaks), 1) if peaks else 0.0

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:  # granian kills stuck workers after 10 s; in case not
            log("  warning: the app server did not stop within 30 s of SIGTERM; killed")
            self.process.kill()
            self.process.wait(timeout=30)


def in_process(env: dict, code: str) -> dict:
    """Run a snippet under Django in a child process; it prints one JSON object."""
    result = subprocess.run(  # noqa: S603
        [PY, "-c", "import django; django.setup()\n" + code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        log(result.stderr[-2000:])
        return {}
    return json.loads(result.stdout.strip().splitlines()[-1])


QUERIES = """
import json
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from kidsnews.articles.models import ArticlePage
from kidsnews.topics.models import TopicPage
client = Client(HTTP_HOST="127.0.0.1")
story = ArticlePage.objects.live().order_by("-first_published_at").first()
topic = TopicPage.objects.live().first()
out = {}
for name, url in (("story", story.url), ("home", "/"), ("topic", topic.url)):
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    out[name] = len(queries)
out["story_url"] = story.url
print(json.dumps(out))
"""

PUBLISH = """
import json, sys, time, urllib.request
from kidsnews.articles.models import ArticlePage
url = sys.argv[1] if len(sys.argv) > 1 else None
story = ArticlePage.objects.get(url_path__endswith=%(path)r)
samples = []
for attempt in range(5):
    title = f"Published change {attempt} {time.time()}"
    story.title = title
    started = time.monotonic()
    story.save_revision().publish()
    while True:
        body = urllib.request.urlopen(%(url)r, timeout=10).read().decode()
        if title in body:
            break
        time.sleep(0.01)
    samples.append((time.monotonic() - started) * 1000)
    time.sleep(0.3)
samples.sort()
print(json.dumps({"publish_to_visible_ms": round(samples[len(samples) // 2], 1),
                  "publish_to_visible_max_ms": round(samples[-1], 1)}))
"""

COLD = """
import json, random, statistics, time
from django.test import Client
from kidsnews.articles.models import ArticlePage
from kidsnews.caching import store

# Fragment and cached-result lookups, and how many had to be computed.
lookups = {"all": 0, "computed": 0}
original = store.cached
def counted(name, compute, **kwargs):
    def compute_counted():
        lookups["computed"] += 1
        return compute()
    lookups["all"] += 1
    return original(name, compute_counted, **kwargs)
store.cached = counted

client = Client(HTTP_HOST="127.0.0.1")
ids = list(ArticlePage.objects.live().values_list("pk", flat=True))
rng = random.Random(7)
def cpu_ms(url):
    started = time.process_time()
    assert client.get(url).status_code == 200
    return (time.process_time() - started) * 1000
def url_of(pk):
    return ArticlePage.objects.only("url_path", "path", "depth").get(pk=pk).url
client.get("/")
# Cold: stories nobody read since the site was built, so none of their fragments is stored.
cold = [cpu_ms(url_of(pk)) for pk in rng.sample(ids, 40)]
# A reading session over a long tail of 400 stories, 600 reads, with a publish every 50:
# how often a fragment is found stored, and what a story costs right after a publish.
tail = rng.sample(ids, 400)
urls = {pk: url_of(pk) for pk in tail}
warm_up = [client.get(urls[pk]) for pk in tail]
lookups.update(all=0, computed=0)
after_publish = []
for read in range(600):
    if read % 50 == 0:
        changed = ArticlePage.objects.get(pk=rng.choice(ids))
        changed.title += "!"
        changed.save_revision().publish()
        after_publish.append(cpu_ms(urls[rng.choice(tail)]))
    else:
        client.get(urls[rng.choice(tail)])
warm = [cpu_ms(urls[pk]) for pk in tail[:40]]
print(json.dumps({
    # Issue 12's story_cold_ms: a story's first render after a publish elsewhere on the site.
    "story_cold_ms": round(statistics.median(after_publish), 1),
    "story_never_read_ms": round(statistics.median(cold), 1),
    "story_warm_ms": round(statistics.median(warm), 1),
    "fragment_hit_ratio": round(1 - lookups["computed"] / max(lookups["all"], 1), 3),
}))
"""

SCREEN = """
import json, time, statistics
try:
    from kidsnews.comments.screening import screen
except ImportError:
    from kidsnews.comments.screening.screener import screen
texts = ["I love penguins they are so cute", "my number is oh seven seven double one 2 3",
         "add me on roblox im jake", "the heat will kill the coral, that's sad",
         "I got 9/10 on the quiz!!", "Scunthorpe is where my gran lives"] * 200
times = []
for text in texts:
    t = time.perf_counter(); screen(text); times.append((time.perf_counter() - t) * 1000)
times.sort()
print(json.dumps({"screen_ms_p50": round(statistics.median(times), 3),
                  "screen_ms_p99": round(times[int(0.99 * len(times))], 3)}))
"""


LIGHTHOUSE = ROOT / "bench" / "node_modules" / ".bin" / "lighthouse"


def lighthouse(url: str) -> dict:
    """Mobile Lighthouse performance score and what the page transferred (Debian's chromium)."""
    if not LIGHTHOUSE.exists():
        if not shutil.which("npm"):
            log("  npm not found: no Lighthouse figures")
            return {}
        log("Installing Lighthouse into bench/node_modules (not committed)")
        subprocess.run(  # noqa: S603
            [
                "npm",
                "install",
                "--no-audit",
                "--no-fund",
                "--prefix",
                str(ROOT / "bench"),
                "lighthouse@12",
            ],
            check=False,
            capture_output=True,
            env={**os.environ, "PATH": _path()},
        )
    result = subprocess.run(  # noqa: S603
        [
            str(LIGHTHOUSE),
            url,
            "--only-categories=performance",
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            "--chrome-flags=--headless=new --no-sandbox",
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PATH": _path(), "CHROME_PATH": "/usr/bin/chromium"},
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        log(f"  Lighthouse failed: {result.stderr[-1000:]}")
        return {}
    requests = report["audits"]["network-requests"]["details"]["items"]
    return {
        "lighthouse_performance": report["categories"]["performance"]["score"],
        "story_transfer_kb": round(report["audits"]["total-byte-weight"]["numericValue"] / 1024, 1),
        "story_scripts": sum(1 for item in requests if item.get("resourceType") == "Script"),
    }


def bench_size(stories: int) -> dict:
    # BENCH_DIR: a directory of one's own when others may run the bench on the same machine.
    var_dir = Path(os.environ.get("BENCH_DIR", "/tmp")) / f"kidsnews-bench-{stories}"
    shutil.rmtree(var_dir, ignore_errors=True)
    var_dir.mkdir(parents=True)
    env = site_env(var_dir)
    comments = min(stories * 10, 1_000_000)
    log(f"== {stories} stories, {comments} comments: building the site in {var_dir}")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")
    started = time.monotonic()
    manage(
        env,
        "generate_scale_data",
        "--stories",
        str(max(stories - 16, 0)),
        "--comments",
        str(comments),
        "--no-progress",
    )
    generate_seconds = round(time.monotonic() - started, 1)
    manage(env, "collectstatic", "--noinput", "-v0")
    queries = in_process(site_env(var_dir, PAGE_CACHE_ENABLED="false"), QUERIES)
    cold = in_process(site_env(var_dir, PAGE_CACHE_ENABLED="false"), COLD)
    story_path = queries["story_url"]

    app_port, edge_port = free_port(), free_port()
    limit_dir = var_dir / "limit"
    limit_dir.mkdir()
    from kidsnews.caching.deploy import render_nginx_conf  # noqa: PLC0415 - needs sys.path

    conf = render_nginx_conf(
        prefix=var_dir / "nginx",
        listen=f"127.0.0.1:{edge_port}",
        upstream=f"127.0.0.1:{app_port}",
        static_root=var_dir / "static",
        media_root=var_dir / "media",
        extra_locations=f"location = /limit.html {{ root {limit_dir}; }}",
    )
    result = {"stories": stories, "comments": comments, "generate_s": generate_seconds}
    result["story_queries"] = queries["story"]
    result["home_queries"] = queries["home"]
    result["topic_queries"] = queries["topic"]
    result.update(cold)

    # Uncached: the page cache off, so every request renders.
    app = AppServer(site_env(var_dir, PAGE_CACHE_ENABLED="false"), app_port)
    try:
        result["story_uncached_rps"] = wrk(app.url + story_path, connections=16)
        result["home_uncached_rps"] = wrk(app.url + "/", connections=16)
        result["topic_uncached_rps"] = wrk(app.url + "/topics/", connections=16)
    finally:
        uncached_rss = app.worker_rss_mb()
        app.stop()

    cached_env = site_env(var_dir, NGINX_CACHE_DIR=str(var_dir / "nginx" / "cache"))
    app = AppServer(cached_env, app_port)
    nginx = subprocess.Popen(  # noqa: S603
        ["nginx", "-e", "stderr", "-p", str(conf.parent), "-c", str(conf), "-g", "daemon off;"],
        env={"PATH": _path()},
    )
    try:
        edge = f"http://127.0.0.1:{edge_port}"
        wait_for(edge + "/healthz")
        story_bytes = fetch(app.url + story_path)
        (limit_dir / "limit.html").write_bytes(story_bytes)
        result["story_bytes"] = len(story_bytes)
        # Alternated, best of each: on a shared machine a single pair moves by 10-20%.
        static_runs, edge_runs = [], []
        for _ in range(EDGE_ROUNDS):
            static_runs.append(wrk(edge + "/limit.html", connections=128))
            edge_runs.append(wrk(edge + story_path, connections=128))
        result["static_limit_rps"] = max(static_runs)
        result["story_edge_rps"] = max(edge_runs)
        result["static_limit_runs"] = static_runs
        result["story_edge_runs"] = edge_runs
        result["story_app_cached_rps"] = wrk(app.url + story_path)
        result["home_app_cached_rps"] = wrk(app.url + "/")
        result["home_edge_rps"] = wrk(edge + "/", connections=128)
        result.update(
            in_process(
                cached_env,
                PUBLISH % {"path": story_path.rstrip("/") + "/", "url": edge + story_path},
            )
        )
        result["worker_rss_mb"] = max(uncached_rss, app.worker_rss_mb())
        if stories == min(SIZES):
            result.update(lighthouse(edge + story_path))
    finally:
        nginx.send_signal(signal.SIGQUIT)
        nginx.wait(timeout=30)
        app.stop()
    result.update(in_process(env, SCREEN))
    # Comment posts per second: consented, signed-in readers through the real view (wrk).
    from comment_posts import measure as comment_posts  # noqa: PLC0415 - bench/ on sys.path

    result.update(comment_posts(env, lambda: AppServer(env, app_port)))
    # Poll votes per second: one-tap votes through the real view, acknowledged = counted.
    from poll_votes import measure as poll_votes  # noqa: PLC0415 - bench/ on sys.path

    result.update(poll_votes(env, lambda: AppServer(env, app_port)))
    return result


def main() -> None:
    sys.path.insert(0, str(ROOT))
    ensure_tools()
    started = time.monotonic()
    results = [bench_size(size) for size in SIZES]
    keys = [key for key in results[0] if key not in ("stories",)]
    print(f"{'measure':28}" + "".join(f"{r['stories']:>14,}" for r in results))  # noqa: T201
    for key in keys:
        cells = "".join(f"{str(r.get(key)):>14}" for r in results)
        print(f"{key:28}{cells}")  # noqa: T201
    summary = dict(results[-1])
    summary["by_size"] = results
    summary["bench_seconds"] = round(time.monotonic() - started, 1)
    rates = [r["story_uncached_rps"] for r in results]
    summary["uncached_spread"] = round(max(rates) / min(rates), 3) if min(rates) else None
    # The reading-level meter: its figures per demo story and the time to score one.
    subprocess.run([PY, str(ROOT / "bench" / "readability.py")], check=False)  # noqa: S603
    print(json.dumps(summary, sort_keys=True))  # noqa: T201


if __name__ == "__main__":
    main()
