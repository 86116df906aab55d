import os
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture
def write_csv(tmp_path):
    """Write text to a CSV file in tmp_path and return its path."""

    def write(text, name="data.csv", encoding="utf-8"):
        path = tmp_path / name
        path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
        return path

    return write


NOTEBOOKS = sorted((ROOT / "offerkit" / "notebooks").glob("[0-9][0-9]_*.ipynb"))
#: A company name that must come out escaped on every page of the shared report.
EVIL_COMPANY = "<script>alert(1)</script>"


@pytest.fixture(scope="session")
def report_run(tmp_path_factory):
    """Run every notebook once, as `offerkit report` does, on a small 3-candidate sample.

    Returns ``(out_dir, failure)``: ``failure`` is the RuntimeError text that
    names the notebooks that failed, or None.
    """
    pytest.importorskip("papermill")
    import offerkit
    from offerkit._app.html_report import run_report

    tmp = tmp_path_factory.mktemp("report")
    df = offerkit.sample(candidates=3, applications=25, seed=4, start="2024-10-01", end="2025-01-31")
    applied = df.loc[df["event"] == "applied"]
    latest = applied.loc[applied["date"] < "2025-01-14"].sort_values("date")["application_id"].tail(4)
    df.loc[df["application_id"].isin(latest), "company"] = EVIL_COMPANY  # recent, still open: named on the pages
    data = tmp / "evil.csv"
    df.to_csv(data, index=False)
    out = tmp / "report"
    try:
        run_report(data, out=out, as_of="2025-01-20", echo=lambda *a, **k: None)
        failure = None
    except RuntimeError as exc:
        failure = str(exc)
    return out, failure
