"""The rendered report, read as a user reads it: in Chromium, offline, page by page (issue #16).

Three reports: the one-person sample, the coach's cohort sample and a messy Notion snapshot (notes with line
breaks, statuses of its own, few rows).  On every page: no request leaves ``file://``, no error or traceback
cell, no Python repr on screen, every chart image has alt text naming it, the file stays under 250 KB; and a
full-page screenshot is taken (``scripts/screenshots.py`` saves the same ones under ``docs/``).
"""

import re
from pathlib import Path

import pytest

from offerkit._app.html_report import run_report

from ._chromium import CHROMIUM, LAUNCH_ARGS

ROOT = Path(__file__).resolve().parents[2]
REPORTS = {
    "sample": ROOT / "data" / "sample_applications.csv",
    "cohort": ROOT / "data" / "sample_cohort.csv",
    "messy": ROOT / "tests" / "data" / "trackers" / "notion_export.csv",
}
MAX_BYTES = 250_000
REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>|\b(JobSearch|Slowdown|Forecast|ResponseModel|WeeklyReview)\(")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed; .ci/run installs it"),
]


def check_pages(out: Path, shots: Path, browser, data_names=()):
    """Open every page of the report in ``out``; return the problems found (empty: all good).

    ``data_names``: texts of the data itself (file and candidate names) that may look like identifiers.
    """
    problems = []
    shots.mkdir(parents=True, exist_ok=True)
    for page_file in sorted(out.glob("*.html")):
        size = page_file.stat().st_size
        if size > MAX_BYTES:
            problems.append(f"{page_file.name}: {size:,} bytes (limit {MAX_BYTES:,})")
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_file.as_uri(), wait_until="load")
        outside = [u for u in requests if not u.startswith(("file:", "data:"))]
        if outside:
            problems.append(f"{page_file.name}: requests outside the file: {outside[:3]}")
        text = page.inner_text("body")
        if "Traceback" in text or page.locator(".output_error").count():
            problems.append(f"{page_file.name}: an error cell")
        found = REPR.search(text)
        if found:
            problems.append(f"{page_file.name}: a repr on screen: {found.group(0)!r}")
        # plain words: no snake_case identifier or NaN outside the verbatim validation report and the data's names
        shown = re.sub(r"<pre.*?</pre>", "", page.content(), flags=re.S)
        shown = re.sub(r"<style.*?</style>|<[^>]+>", " ", shown, flags=re.S)
        for name in data_names:
            shown = shown.replace(name, "")
        snake = sorted(set(re.findall(r"\b[a-z]+(?:_[a-z0-9]+)+\b", shown))) + re.findall(r"\bNaN\b", shown)
        if snake:
            problems.append(f"{page_file.name}: identifiers or NaN on screen: {snake[:5]}")
        for i in range(page.locator("img").count()):
            alt = page.locator("img").nth(i).get_attribute("alt") or ""
            if not alt.startswith("Chart"):
                problems.append(f"{page_file.name}: image {i + 1} has no alt text naming the chart ({alt!r})")
        page.screenshot(path=str(shots / f"{page_file.stem}.png"), full_page=True)
        page.close()
        for width in (390, 1400):  # a phone and a desktop: the page never scrolls sideways (tables scroll in their box)
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(page_file.as_uri(), wait_until="load")
            scroll = page.evaluate("document.documentElement.scrollWidth")
            if scroll > width:
                problems.append(f"{page_file.name}: {scroll} px wide in a {width} px window")
            page.close()
    return problems


def _data_names(path):
    """The data's own names (file stem, candidates) that may look like identifiers ("candidate_01")."""
    import pandas as pd

    names = {path.stem, path.name}
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "candidate" in frame:
        names |= set(frame["candidate"])
    return sorted(names, key=len, reverse=True)


@pytest.fixture(scope="module")
def browser():
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.mark.parametrize("name", list(REPORTS))
def test_report_reads_well_in_a_browser(name, browser, tmp_path):
    out = tmp_path / "report"
    run_report(REPORTS[name], out=out, echo=lambda *a, **k: None)
    pages = {p.name for p in out.glob("*.html")}
    assert "index.html" in pages and len(pages) >= 6, pages
    if name == "cohort":
        assert "06_coach_cohort.html" in pages and (out / "cohort_table.csv").exists()
        assert 'href="cohort_table.csv"' in (out / "06_coach_cohort.html").read_text()
    else:
        assert "06_coach_cohort.html" not in pages  # one candidate: nothing to compare
        assert "Not run: 06_coach_cohort.ipynb" in (out / "index.html").read_text()
    problems = check_pages(out, tmp_path / "shots", browser, data_names=_data_names(REPORTS[name]))
    assert not problems, "\n".join(problems)
    assert len(list((tmp_path / "shots").glob("*.png"))) == len(pages)
