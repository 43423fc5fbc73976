"""Bodies are read whole, on granian's event loop, before a thread is taken for Django.

Under granian's WSGI interface a request got one of the worker's few threads as soon as its
headers arrived, and that thread then waited for the body: eight clients sending a POST body a
byte every five seconds held every thread, and the site stopped answering (outside security
test, finding 4). granian has a header-read timeout but none for bodies. So the app is served
through its ASGI interface by this small adapter: it receives the body asynchronously (costing
no thread) within BODY_READ_SECONDS, answers 408 itself if the client is slower than that, and
only then runs the unchanged WSGI application (page-cache fast path, then Django) on a pool of
APP_THREADS threads, streaming its response back. A page the page-cache fast path has stored
in this process is sent straight from the loop (no thread: a thread hop per request halved
the requests per second of cached pages). No Django import at module level.

Bodies declared bigger than the largest limit are not read at all: Django's RequestLimits
middleware answers them 413 from the Content-Length alone, as before.
"""

import asyncio
import contextvars
import functools
import io
import logging
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import unquote_to_bytes

logger = logging.getLogger(__name__)

BODY_READ_SECONDS = float(os.environ.get("BODY_READ_SECONDS", "10"))
APP_THREADS = int(os.environ.get("APP_THREADS", "4"))
# Above every limit of security.middleware.RequestLimitsMiddleware (1 MB; 9.5 MB admin).
MAX_BUFFERED_BYTES = 10 * 1024 * 1024
# An answer up to this size is sent by the loop once the thread is done with it.
BUFFERED_ANSWER_BYTES = 256 * 1024

TIMEOUT_PAGE = (
    b"<!doctype html><html lang='en-GB'><head><meta charset='utf-8'>"
    b"<title>That took too long</title></head><body><h1>That took too long to arrive</h1>"
    b"<p>Your connection was very slow, so we stopped waiting. Please try again.</p>"
    b"<p><a href='/'>Go to the home page</a></p></body></html>"
)


class _TooBig(Exception):
    pass


class BufferedBodies:
    """An ASGI application serving a WSGI application, bodies read first."""

    def __init__(self, wsgi_app, *, threads: int = APP_THREADS, body_seconds=BODY_READ_SECONDS):
        self.wsgi_app = wsgi_app
        self.body_seconds = body_seconds
        self.pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="kidsnews-app")
        # A page this process has stored is sent from the loop, without a thread
        # (caching/fastpath.py: PageCacheFastPath.answer_at_once).
        self.answer_at_once = getattr(wsgi_app, "answer_at_once", None)
        # Run in one context of its own, every time: Django keeps a cache's connections per
        # context on an event loop (asgiref's Local), and each request is a new task with a
        # new context, so each would otherwise open the cache anew (10-40 ms with diskcache).
        self.at_once_context = contextvars.Context()
        # Reads of stored stories, counted by one pool thread at a time in batches: a thread
        # woken for each read made a story hit cost twice a home-page hit.
        self.counts: list = []
        self.counts_lock = threading.Lock()
        self.counting = False

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    self.pool.shutdown(wait=False)
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        headers = scope.get("headers", [])
        declared = _declared_length(headers)
        body = b""
        # A request with neither a length nor a chunked body has none (RFC 9112, 6.3): most
        # GETs. Anything else is read here, whole, within body_seconds.
        has_body = declared != 0 and (declared is not None or _is_chunked(headers))
        if has_body and (declared is None or declared <= MAX_BUFFERED_BYTES):
            try:
                body = await asyncio.wait_for(self._read_body(receive), self.body_seconds)
            except TimeoutError:
                await _send_simple(send, 408, TIMEOUT_PAGE)
                return
            except _TooBig:
                declared = MAX_BUFFERED_BYTES + 1  # Django refuses it from the length
        environ = _environ(scope, headers, body, declared)
        if scope["method"] in ("GET", "HEAD") and await self._answered_at_once(environ, send):
            return
        loop = asyncio.get_running_loop()
        # Most answers are whole within BUFFERED_ANSWER_BYTES: the thread hands them back and
        # the loop sends them, with no other crossing between the two. Longer ones stream.
        for message in await loop.run_in_executor(self.pool, self._run_wsgi, environ, send, loop):
            await send(message)

    async def _answered_at_once(self, environ, send) -> bool:
        """Send the stored answer, if there is one; its read is counted in a thread after."""
        if self.answer_at_once is None:
            return False
        try:
            answer = self.at_once_context.run(self.answer_at_once, environ)
        except Exception:  # the thread path below answers it, and logs what is wrong
            return False
        if answer is None:
            return False
        await send(_stored_start_message(answer.status, answer.headers))
        await send({"type": "http.response.body", "body": b"".join(answer.body)})
        if answer.count is not None:
            self._count_later(answer.count)
        return True

    def _count_later(self, count) -> None:
        with self.counts_lock:
            self.counts.append(count)
            if self.counting:
                return  # the thread counting now takes it with its next batch
            self.counting = True
        self.pool.submit(self._count_batches)

    def _count_batches(self) -> None:
        while True:
            with self.counts_lock:
                batch, self.counts = self.counts, []
                if not batch:
                    self.counting = False
                    return
            for count in batch:
                try:
                    count()
                except Exception:  # one bad count must not stop the others, or the next
                    logger.exception("Could not count a read of a stored page")

    @staticmethod
    async def _read_body(receive) -> bytes:
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise TimeoutError  # nobody left to answer; treat as given up
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BUFFERED_BYTES:
                raise _TooBig
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)

    def _run_wsgi(self, environ, send, loop) -> list[dict]:
        """In a pool thread: the WSGI app. Returns its answer's messages for the loop to send,
        or, once the body passes BUFFERED_ANSWER_BYTES, hands each piece to the loop itself
        (then returns only what is left)."""
        state: dict = {}
        held: list[dict] = []
        size = 0

        async def sending(message):
            await send(message)  # granian's send gives an awaitable, not a coroutine

        def deliver(message):
            asyncio.run_coroutine_threadsafe(sending(message), loop).result()

        def start_response(status, response_headers, exc_info=None):
            if exc_info and state.get("started"):
                raise exc_info[1].with_traceback(exc_info[2])
            state["start"] = _start_message(status, response_headers)
            return lambda data: None  # the legacy write() callable: unused by Django

        result = self.wsgi_app(environ, start_response)
        try:
            for chunk in result:
                if not chunk:
                    continue
                if not state.get("started"):
                    state["started"] = True
                    held.append(state["start"])
                held.append({"type": "http.response.body", "body": bytes(chunk), "more_body": True})
                size += len(chunk)
                if size > BUFFERED_ANSWER_BYTES:
                    for message in held:
                        deliver(message)
                    held.clear()
                    size = 0
            if not state.get("started"):
                held.append(state["start"])
            held.append({"type": "http.response.body", "body": b"", "more_body": False})
            return held
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()  # Django's request_finished: connections back, etc.


def _start_message(status: str, headers) -> dict:
    return {
        "type": "http.response.start",
        "status": int(status.split(" ", 1)[0]),
        "headers": [
            (name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers
        ],
    }


# A stored page's headers are the same tuple on every hit (caching/fastpath.py): encoded once.
_stored_start_message = functools.lru_cache(maxsize=1024)(_start_message)


def _is_chunked(headers) -> bool:
    return any(name == b"transfer-encoding" for name, _ in headers)


def _declared_length(headers) -> int | None:
    for name, value in headers:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _environ(scope, headers, body: bytes, declared: int | None) -> dict:
    root = scope.get("root_path", "")
    raw = scope.get("raw_path")
    # WSGI's PATH_INFO is the percent-decoded bytes read as latin-1 (PEP 3333); from raw_path
    # so bytes that are not UTF-8 reach Django's checks (the kind 400) unchanged.
    if raw:
        path = unquote_to_bytes(raw.split(b"?", 1)[0]).decode("latin-1")
    else:
        path = scope["path"].encode("utf-8").decode("latin-1")
    if root and path.startswith(root):
        path = path[len(root) :]
    server = scope.get("server") or ("localhost", 80)
    environ = {
        "REQUEST_METHOD": scope["method"],
        "SCRIPT_NAME": root.encode("utf-8").decode("latin-1"),
        # WSGI carries the raw path as latin-1 text; ASGI gives it percent-decoded as UTF-8.
        "PATH_INFO": path,
        "QUERY_STRING": scope.get("query_string", b"").decode("latin-1"),
        "SERVER_NAME": str(server[0]),
        "SERVER_PORT": str(server[1] or 80),
        "SERVER_PROTOCOL": f"HTTP/{scope.get('http_version', '1.1')}",
        "REMOTE_ADDR": (scope.get("client") or ("", 0))[0],
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scope.get("scheme", "http"),
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    for name, value in headers:
        key = name.decode("latin-1").upper().replace("-", "_")
        text = value.decode("latin-1")
        if key == "CONTENT_LENGTH":
            environ["CONTENT_LENGTH"] = text
        elif key == "CONTENT_TYPE":
            environ["CONTENT_TYPE"] = text
        else:
            key = "HTTP_" + key
            environ[key] = f"{environ[key]},{text}" if key in environ else text
    if declared is not None:
        environ["CONTENT_LENGTH"] = str(declared)
    elif body:
        environ["CONTENT_LENGTH"] = str(len(body))
    return environ


async def _send_simple(send, status: int, body: bytes) -> None:
    try:
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"text/html; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                    (b"x-content-type-options", b"nosniff"),
                    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body, "more_body": False})
    except Exception:  # noqa: S110 # nosec B110 - the client has gone; nothing to tell it
        pass
