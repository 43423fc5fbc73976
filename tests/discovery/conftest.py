# The browser fixtures live with the browser suite; the discovery suite's one browser test
# shares them rather than copying them.
from ..browser.conftest import browser, browser_page, run_axe  # noqa: F401
