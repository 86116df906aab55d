"""Drive the served dashboard in Chromium; run by ``test_browser.py`` as its own process.

The test runs this file under a hard time limit and kills its process group when the limit passes: once in a CI run
the playwright driver and Chromium were gone and the test waited on them for good (issue #24's note), which a timeout
inside playwright cannot end.

Exit status: 0 the slider changed the shown probability as expected; 1 an assertion failed (the message on stderr);
3 the page did not load in time (the caller may retry with a fresh server).
"""

import sys

from playwright.sync_api import sync_playwright

try:  # (imported by pytest's doctest collection, as tests.app._drive_dashboard)
    from ._chromium import LAUNCH_ARGS
except ImportError:  # (run as a script by test_browser.py: its folder is on the path)
    from _chromium import LAUNCH_ARGS

NOT_LOADED = 3


def main(chromium, url, before, after, steps, screenshot):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 1200})
            try:
                page.goto(url, wait_until="commit", timeout=120_000)
                page.wait_for_selector(".offerkit-p-offer", timeout=120_000)
            except Exception as e:  # playwright's TimeoutError
                print(f"the dashboard did not load: {e}", file=sys.stderr)
                return NOT_LOADED
            shown = page.locator(".offerkit-p-offer")
            assert shown.inner_text() == before, (shown.inner_text(), before)
            handle = page.locator(".widget-slider .noUi-handle").first
            handle.focus()
            for _ in range(steps):
                handle.press("ArrowRight")
            readout = page.locator(".widget-slider .widget-readout").first
            page.wait_for_function(
                "([sel, want]) => { const e = document.querySelector(sel); return e && e.innerText.trim() === want; }",
                arg=[".offerkit-p-offer", after],
                timeout=60_000,
            )
            assert page.locator(".offerkit-p-offer").inner_text() == after
            page.screenshot(path=screenshot, full_page=True)
            return readout.inner_text().strip()
        finally:
            browser.close()


if __name__ == "__main__":
    chromium, url, before, after, steps, screenshot = sys.argv[1:7]
    result = main(chromium, url, before, after, int(steps), screenshot)
    if result == NOT_LOADED:
        sys.exit(NOT_LOADED)
    print(result)
