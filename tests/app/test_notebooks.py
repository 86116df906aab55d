"""Notebooks: committed without outputs; each runs once per test session, through `offerkit report`.

The shared ``report_run`` fixture (``tests/conftest.py``) executes every
notebook a single time on small data, the way ``offerkit report`` does
(papermill fills the ``parameters`` cell); the tests here and the escaping
test read its pages.  nbval is not used to execute the notebooks a second time.
"""

import json

import pytest

from ..conftest import NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs_and_with_parameters_cell(path):
    nb = json.loads(path.read_text())
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    params = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(params) == 1 and code[0] is params[0]
    assert "data_path" in "".join(params[0]["source"]) and "as_of" in "".join(params[0]["source"])


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_runs_with_papermill_on_small_data(path, report_run):
    out, failure = report_run
    assert failure is None or path.name not in failure, failure
    page = (out / (path.stem + ".html")).read_text()
    assert "Traceback (most recent call last)" not in page
    assert "output_area" in page  # the page holds the executed outputs, not an empty shell
    # every chart cell shows its chart (a figure lost between cells once left sections empty)
    nb = json.loads(path.read_text())
    plot_cells = [c for c in nb["cells"] if c["cell_type"] == "code" and "offerkit.plot_" in "".join(c["source"])]
    assert page.count("<img") >= len(plot_cells), (path.name, page.count("<img"), len(plot_cells))


@pytest.mark.slow
def test_pages_work_offline_and_stay_light(report_run):
    out, _ = report_run
    for page in out.glob("*.html"):
        text = page.read_text()
        assert "<script" not in text.lower(), page.name  # no require.js / MathJax / mermaid from a CDN
        assert 'src="http' not in text and "src='http" not in text, page.name
        assert page.stat().st_size <= 250_000, (page.name, page.stat().st_size)


@pytest.mark.slow
def test_index_opens_with_the_numbers_that_matter(report_run):
    out, _ = report_run
    index = (out / "index.html").read_text()
    # a coach's cohort (three candidates): who needs the coach, not their actions pooled
    for label in (
        "open applications",
        "answers this week",
        "candidates who need you this week",
        "median days from applying to an answer",
        "P(an offer by",
    ):
        assert label in index, label
    assert "nan" not in index.split("<h2>Analyses")[0]
    assert "01_weekly_review.html" in index.split("<h2>Analyses")[0]  # the numbers link to their pages


@pytest.mark.slow
def test_pages_speak_plainly(report_run):
    """Issue #27: no snake_case identifier and no "NaN" on any page (the validation report's verbatim text and
    the data file's own name aside)."""
    import html as _html
    import re

    import pandas as pd

    out, _ = report_run
    data = pd.read_csv(out.parent / "evil.csv", dtype=str)
    names = set(data["candidate"])  # the data's own names ("candidate_01") are data, not identifiers
    found = {}
    for page in sorted(out.glob("*.html")):
        text = re.sub(r"<style.*?</style>|<img[^>]*>|<pre.*?</pre>", "", page.read_text(), flags=re.S)
        text = _html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("evil.csv", "")
        for name in names:
            text = text.replace(name, "")
        bad = sorted(set(re.findall(r"\b[a-z]+(?:_[a-z0-9]+)+\b", text))) + re.findall(r"\bNaN\b", text)
        if bad:
            found[page.name] = bad
    assert not found, found
