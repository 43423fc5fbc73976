"""Browser fixtures, imported once by tests/conftest.py so every test shares one Chromium.

`browser_page` records every request the page makes, so tests can prove that a reader's browser
talks only to our own origin, and `run_axe` checks a page against WCAG 2.2 AA with axe-core
(shipped inside the axe-playwright-python package; nothing is downloaded).
"""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
# Chromium phones home unless told not to; the machine has no network, and readers' pages must
# make no third-party request anyway, so background traffic would only add noise.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


class WorkerlessBrowser:
    """The session's Chromium, whose new contexts block service workers unless a test asks for
    them (`service_workers="allow"`, tests/access/test_offline_edition.py). The site's worker
    saves today's edition in the background (docs/access.md); the live server shares one SQLite
    connection between its threads and cannot take those requests beside the test's own."""

    def __init__(self, browser):
        self._browser = browser

    def __getattr__(self, name):
        return getattr(self._browser, name)

    def new_context(self, **options):
        options.setdefault("service_workers", "block")
        return self._browser.new_context(**options)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield WorkerlessBrowser(browser)
        browser.close()


class RecordingPage:
    """A Playwright page plus the list of every URL it requested."""

    def __init__(self, page, origin: str):
        self.page = page
        self.origin = origin
        self.requests: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))

    def __getattr__(self, name):
        return getattr(self.page, name)

    def foreign_requests(self) -> list[str]:
        ours = urlsplit(self.origin)
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in ("data", "blob", "about")
            and urlsplit(url).netloc != ours.netloc
        ]

    def cookies(self) -> list[dict]:
        return self.page.context.cookies()


@pytest.fixture
def browser_page(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_server.url)
    page = RecordingPage(context.new_page(), live_server.url)
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def run_axe():
    axe = Axe()

    def run(page):
        results = axe.run(
            page.page if isinstance(page, RecordingPage) else page,
            options={"runOnly": {"type": "tag", "values": WCAG_TAGS}},
        )
        violations = results.response["violations"]
        assert not violations, results.generate_report()

    return run
