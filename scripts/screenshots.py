"""Render the three reports of tests/app/test_report_pages.py and save a screenshot of every page under docs/.

Run from the repository root (needs Debian's chromium and playwright, as the browser test does):

    .venv/bin/python scripts/screenshots.py

Writes docs/<report>/<page>.png (sample, cohort, messy, and mail: a tracker read with its mailbox) and prints
the page weights.
"""

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from offerkit._app.html_report import run_report  # noqa: E402
from tests.app.test_report_pages import CHROMIUM, LAUNCH_ARGS, REPORTS, _data_names, check_pages  # noqa: E402


def main():
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        for name, data in REPORTS.items():
            out = Path(tmp) / name
            run_report(data, out=out, echo=lambda *a, **k: None)
            problems = check_pages(out, ROOT / "docs" / name, browser, data_names=_data_names(data))
            weights = ", ".join(f"{f.stem} {f.stat().st_size // 1000} KB" for f in sorted(out.glob("*.html")))
            print(f"{name}: {weights}")
            for problem in problems:
                print(f"  ! {problem}")
            _shrink(ROOT / "docs" / name)
        # a tracker without answer dates read with its mailbox: the latency and December pages from the mail's dates
        out = Path(tmp) / "mail"
        run_report(_tracker_and_mailbox(Path(tmp)), out=out, echo=lambda *a, **k: None)
        for problem in check_pages(out, ROOT / "docs" / "mail", browser, data_names=["tracker", "takeout"]):
            print(f"  ! {problem}")
        _shrink(ROOT / "docs" / "mail")
        browser.close()


def _shrink(folder):
    for shot in folder.glob("*.png"):  # a 256-colour palette: a third of the weight
        Image.open(shot).convert("RGB").quantize(colors=256).save(shot, optimize=True)


def _tracker_and_mailbox(tmp):
    """The tracker of tests/io/test_merge.py and the generated mailbox of tests/data/make_mailbox.py."""
    sys.path.insert(0, str(ROOT / "tests" / "data"))
    import make_mailbox

    from tests.io.test_merge import TRACKER

    make_mailbox.build(tmp / "box")
    tracker = tmp / "tracker.csv"
    tracker.write_text(TRACKER)
    return [tracker, tmp / "box" / "takeout.mbox"]


if __name__ == "__main__":
    main()
