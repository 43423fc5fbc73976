"""The ASGI adapter granian serves (kidsnews/core/bodyfront.py) hands every answer over whole
and in order: a short one sent by the event loop once the thread is done with it, a long one
streamed piece by piece while the application is still producing it."""

import asyncio
import threading

from kidsnews.core.bodyfront import BUFFERED_ANSWER_BYTES, BufferedBodies


def serve(wsgi_app, *, method="GET", body=b"", requests=1):
    """Requests through one adapter; the messages it sent, each with whether the application
    had finished by then."""
    adapter = BufferedBodies(wsgi_app, threads=2)
    sent = []

    async def run():
        for _ in range(requests):
            await one()

    async def one():
        scope = {
            "type": "http",
            "method": method,
            "path": "/x/",
            "raw_path": b"/x/",
            "query_string": b"",
            "headers": [(b"host", b"testserver"), (b"content-length", str(len(body)).encode())],
            "server": ("testserver", 80),
            "client": ("127.0.0.1", 5000),
            "scheme": "http",
        }
        delivered = False

        async def receive():
            nonlocal delivered
            if delivered:
                return {"type": "http.disconnect"}
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message):
            sent.append((message, wsgi_app.finished.is_set()))

        await adapter(scope, receive, send)

    # A thread of its own: the browser tests' Playwright may have a loop running in this one.
    runner = threading.Thread(target=asyncio.run, args=(run(),))
    try:
        runner.start()
        runner.join(timeout=30)
    finally:
        adapter.pool.shutdown()  # waits for the counts still queued
    return sent


class App:
    def __init__(self, chunks):
        self.chunks = chunks
        self.finished = threading.Event()
        self.received = None

    def __call__(self, environ, start_response):
        self.received = environ["wsgi.input"].read()
        start_response("200 OK", [("Content-Type", "text/plain")])
        return self.body()

    def body(self):
        yield from self.chunks
        self.finished.set()


def body_of(sent) -> bytes:
    return b"".join(m.get("body", b"") for m, _ in sent if m["type"] == "http.response.body")


def test_a_short_answer_is_sent_whole_once_the_application_is_done():
    app = App([b"Hello ", b"", b"readers"])
    sent = serve(app, method="POST", body=b"answer=1")
    assert app.received == b"answer=1"
    assert sent[0][0] == {
        "type": "http.response.start",
        "status": 200,
        "headers": [(b"content-type", b"text/plain")],
    }
    assert body_of(sent) == b"Hello readers"
    assert sent[-1][0]["more_body"] is False
    assert all(finished for _, finished in sent)


def test_a_long_answer_streams_before_the_application_is_done():
    piece = b"x" * 65536
    count = 4 * BUFFERED_ANSWER_BYTES // len(piece)
    app = App([piece] * count)
    sent = serve(app)
    assert sent[0][0]["type"] == "http.response.start"
    assert body_of(sent) == piece * count
    assert sent[-1][0] == {"type": "http.response.body", "body": b"", "more_body": False}
    # The reader had the first part before the rest was made.
    assert not sent[0][1]
    assert sent[-1][1]


def test_an_answer_with_no_body_still_starts_and_ends():
    def empty(environ, start_response):
        start_response("303 See Other", [("Location", "/results/?said=thanks")])
        return []

    empty.finished = threading.Event()
    sent = [m for m, _ in serve(empty, method="POST", body=b"answer=2")]
    assert [m["type"] for m in sent] == ["http.response.start", "http.response.body"]
    assert sent[0]["status"] == 303
    assert sent[1] == {"type": "http.response.body", "body": b"", "more_body": False}


def test_a_stored_page_is_sent_from_the_loop_and_its_read_counted_in_a_thread():
    from kidsnews.caching.fastpath import Answer

    seen = {}
    counted = threading.Event()

    def count():
        seen["count"] = threading.current_thread().name
        counted.set()

    def app(environ, start_response):  # only when nothing is stored
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"from Django"]

    def answer_at_once(environ):
        seen["answer"] = threading.current_thread().name
        if environ["PATH_INFO"] != "/x/":
            return None
        return Answer("200 OK", (("Content-Type", "text/html"),), [b"stored page"], count)

    app.answer_at_once = answer_at_once
    app.finished = threading.Event()
    sent = [m for m, _ in serve(app)]
    assert [m["type"] for m in sent] == ["http.response.start", "http.response.body"]
    assert sent[0]["headers"] == [(b"content-type", b"text/html")]
    assert sent[1]["body"] == b"stored page"
    assert counted.wait(5)
    assert not seen["answer"].startswith("kidsnews-app")  # the loop's own thread
    assert seen["count"].startswith("kidsnews-app")


def test_every_read_of_a_stored_page_is_counted_once_even_past_a_failing_count():
    from kidsnews.caching.fastpath import Answer

    counted = []

    def count(n):
        if n == 3:
            raise RuntimeError("a broken counter")
        counted.append(n)

    reads = iter(range(500))

    def app(environ, start_response):
        raise AssertionError("every request is answered from the store")

    def answer_at_once(environ):
        n = next(reads)
        return Answer("200 OK", (("Content-Type", "text/html"),), [b"p"], lambda: count(n))

    app.answer_at_once = answer_at_once
    app.finished = threading.Event()
    sent = serve(app, requests=500)
    assert len(sent) == 1000
    assert sorted(counted) == [n for n in range(500) if n != 3]


def test_a_post_never_takes_the_stored_page_path():
    def app(environ, start_response):
        start_response("303 See Other", [("Location", "/done/")])
        return []

    def answer_at_once(environ):
        raise AssertionError("a POST must reach the application")

    app.answer_at_once = answer_at_once
    app.finished = threading.Event()
    sent = [m for m, _ in serve(app, method="POST", body=b"answer=1")]
    assert sent[0]["status"] == 303
