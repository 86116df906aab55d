"""``offerkit report``: run the notebooks on a data file and write HTML.

Every notebook in ``notebooks/`` is executed with papermill (its
``parameters`` cell receives ``data_path`` and ``as_of``), converted to HTML
with nbconvert (code hidden unless ``show_code``) and linked from
``index.html``.  Every value that comes from the data is HTML-escaped.
"""

from __future__ import annotations

import html
import logging
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

import pandas as pd

__all__ = ["run_report", "notebooks_dir"]


def notebooks_dir() -> Path:
    """The folder holding the kit's notebooks (``offerkit/notebooks``, shipped as package data)."""
    here = Path(__file__).resolve().parent.parent / "notebooks"
    if here.is_dir():
        return here
    raise FileNotFoundError(
        f'offerkit\'s notebooks were not found in {here.parent}: reinstall with pip install "offerkit[notebooks]"'
    )


_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.S | re.I)


def offline(page: str) -> str:
    """A page that needs nothing from the network: every script removed (require.js, MathJax and mermaid come
    from a CDN and fail offline; the report's pages are static and need none), so no request leaves the file."""
    return (
        _SCRIPT.sub("", page)
        .replace("<!-- MathJax configuration -->", "")
        .replace("<!-- End of mathjax configuration -->", "")
    )


_IMG = re.compile(r'<img\s+([^>]*?)src="data:image/png;base64,([A-Za-z0-9+/=\s]+)"([^>]*)>', re.S)
_HEADING = re.compile(r"<h([1-4])\b[^>]*>(.*?)</h\1>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
#: The pixel density of the report's charts (see offerkit._plot.style.RC): shown at 96 px per CSS inch
CHART_DPI = 150

PAGE_CSS = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:0;color:#222;"
    "line-height:1.45;background:#fff}"
    "main{max-width:64em;padding:.5em 2em 3em}"
    "h1{font-size:1.6em;margin:.6em 0 .3em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #eee;"
    "padding-bottom:.2em}h3{font-size:1.08em}"
    ".anchor-link{display:none}"
    "img{max-width:100%;height:auto}"
    "pre{white-space:pre-wrap;background:#f7f7f7;padding:.6em .8em;border-radius:4px;font-size:.88em;overflow-x:auto}"
    ".output_stderr pre{background:#fff4f4}"
    "details{margin:.4em 0 1em}details summary{cursor:pointer;color:#0b5394}"
    "table.dataframe{border-collapse:collapse;font-size:.92em;margin:.5em 0 1em}"
    "table.dataframe th,table.dataframe td{border-bottom:1px solid #e3e3e3;padding:3px 10px;text-align:right}"
    "blockquote{border-left:3px solid #ddd;margin-left:0;padding-left:1em;color:#444}"
    # a phone (390 px): wide tables scroll inside their own box, the page itself never scrolls sideways
    "table.dataframe,table.offerkit-table{display:block;overflow-x:auto;max-width:100%}"
    "nav{display:flex;flex-wrap:wrap;row-gap:.3em}"
    ".output_subarea,.jp-OutputArea-output,.output_html{max-width:100%;overflow-x:auto}"
    "code{overflow-wrap:anywhere}"
    "@media (max-width:600px){main{padding:.5em .8em 2em}h1{font-size:1.35em}}"
)


def light_images(body: str) -> str:
    """Each chart as a smaller PNG (a 256-colour palette), sized for the screen, with alt text naming it.

    The alt text is the chart's section: the nearest heading above it ("Chart: How long employers take").
    """
    import base64
    import io

    from PIL import Image

    headings = [(m.start(), _TAG.sub("", m.group(2)).replace("¶", "").strip()) for m in _HEADING.finditer(body)]

    def replace(match):
        attrs = match.group(1) + match.group(3)
        data = base64.b64decode(match.group(2))
        title = next((t for pos, t in reversed(headings) if pos < match.start() and t), "")
        alt = f"Chart: {title}" if title else "Chart"
        width = ""
        try:
            image = Image.open(io.BytesIO(data))
            w, _ = image.size
            out = io.BytesIO()
            image.convert("RGB").quantize(colors=256).save(out, format="PNG", optimize=True)
            if len(out.getvalue()) < len(data):
                data = out.getvalue()
            width = f' width="{round(w * 96 / CHART_DPI)}"'
        except Exception:  # not a picture Pillow can read: keep it as it is
            pass
        attrs = re.sub(r'\s*(alt|width|height)="[^"]*"', "", attrs)
        return (
            f'<img {attrs.strip()} alt="{html.escape(alt)}"{width} '
            f'src="data:image/png;base64,{base64.b64encode(data).decode()}">'
        ).replace("<img  ", "<img ")

    return _IMG.sub(replace, body)


def _page(title: str, nav: str, body: str) -> str:
    from .._core.tables import TABLE_CSS

    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{PAGE_CSS}{TABLE_CSS}</style></head>"
        f"<body>{nav}<main>{body}</main></body></html>\n"
    )


def _headline_numbers(search, pages, review=None) -> str:
    """The numbers that matter this week, each linking to its page (n/a where the data cannot say).

    Each number comes from the same call, with the same settings, as the page
    it links to (a test checks that the page shows it): the weekly review's
    actions and open pipeline (page 01), the applied stage's median wait in
    the latency table by stage (page 02), and the what-if panel's P(offer by
    Dec 31) with its interval (page 05: the same paths, seed and candidate).
    """
    from .. import widgets
    from .._core.waits import waits
    from .._model.simulate import format_percent
    from .._stats.latency import latency
    from .review import weekly_review

    names = {n.split("_", 1)[0]: n for n, _ in pages}
    cards = []

    def card(label, value, page, note=""):
        href = names.get(page)
        inner = (
            f"<div class='headline' style='font-size:1.9em;font-weight:600'>{html.escape(value)}</div>"
            f"<div>{html.escape(label)}</div><div style='color:#666;font-size:.85em'>{html.escape(note)}</div>"
        )
        cards.append(
            f"<a href='{html.escape(href)}' style='{_CARD}'>{inner}</a>"
            if href
            else f"<div style='{_CARD}'>{inner}</div>"
        )

    def safe(fn):
        try:
            return fn()
        except Exception:  # a number the data cannot give (no dates, nothing open) is shown as n/a
            return None

    review = review if review is not None else safe(lambda: weekly_review(search))
    if review is not None and review.by_candidate is not None:  # a coach's cohort: who needs you, not pooled actions
        c = review.by_candidate
        need = int(((c["actions"] > 0) | c["stalled"] | c["offer"]).sum())
        card(
            "candidates who need you this week",
            f"{need} of {len(c)}",
            "01",
            f"{int(c['stalled'].sum())} stalled, {int(c['offer'].sum())} holding an offer, the rest with actions due",
        )
        card("open applications", str(review.open_total), "01", f"across {len(c)} candidates")
    elif review is not None:
        todo, stale = review.to_do, review.actions[review.actions["action"] == "close_stale"]
        card(
            "actions to take",
            str(len(todo)),
            "01",
            f"and {len(stale)} long silence{'s' if len(stale) != 1 else ''} to close"
            if len(stale)
            else "follow-ups, thank-you notes, offers to answer",
        )
        card("open applications", str(review.open_total), "01", "not yet answered with a no, an offer or silence")
    if review is not None:
        act = review.activity.set_index("metric")
        card(
            "answers this week",
            f"{int(act.loc['responses', 'this_week'])}",
            "01",
            f"4-week average {act.loc['responses', 'avg_4w']:.1f}"
            + (f", {len(review.by_candidate)} candidates together" if review.by_candidate is not None else ""),
        )
    else:
        card("open applications", "n/a", "01", "needs dates")
    row = safe(lambda: latency(waits(search), by="stage").set_index("stage").loc["applied"])
    if row is not None:
        med = row["median_days"]
        card(
            "median days from applying to an answer",
            "not reached" if pd.isna(med) else f"{med:g}",
            "02",
            "fewer than half of applications were answered" if pd.isna(med) else median_span(row),
        )
    candidate = widgets.default_candidate(search)
    whatif = safe(lambda: widgets.compute(search, paths=2000, seed=0, candidate=candidate))
    if whatif is not None:
        p = whatif.interval("dec31")
        who = f" ({candidate})" if candidate else ""
        if whatif.accepted_offer is not None:
            company, date = whatif.accepted_offer
            card(
                f"your search{who}",
                "offer accepted",
                "05",
                f"from {company} on {date.date()}: nothing left to forecast",
            )
        elif whatif.held_offer:
            card(
                f"P(another offer before your offer's deadline, {whatif.forecast.deadline.date()}){who}",
                format_percent(whatif.another_offer()),
                "05",
                "you hold an offer: is it worth waiting for the others?",
            )
        elif not pd.isna(float(p)):
            card(
                f"P(an offer by {whatif.dec31.date()}){who}",
                format_percent(p),
                "05",
                "with its 95% interval; default follow-ups, 2,000 simulated futures",
            )
    return "<div style='display:flex;flex-wrap:wrap;gap:12px;margin:1em 0'>" + "".join(cards) + "</div>"


def _review_or_none(search):
    """The weekly review of ``search``, or None where the data cannot give one (no dates)."""
    from .review import weekly_review

    try:
        return weekly_review(search)
    except Exception:  # no dates, nothing loaded: the front page shows n/a
        return None


_ACTION_WORDS = {
    "answer_offer": "Answer the offer",
    "thank_you": "Send a thank-you note",
    "follow_up": "Follow up",
    "ask_process": "Ask about the process",
}


def _this_week(search, pages, review=None, *, most=8) -> str:
    """What to do this week, first: offers to answer, thank-you notes, follow-ups due, upcoming interviews.

    The same actions as the review page (the first ``most``, offers and notes first), and the events planned
    after the as-of date; a cohort's page lists who needs the coach instead (see the cards and page 01).
    """
    if review is None:  # no dates: nothing is due
        return ""
    names = {n.split("_", 1)[0]: n for n, _ in pages}
    href = html.escape(names.get("01", "#"))
    if review.by_candidate is not None:
        return ""
    order = {"answer_offer": 0, "thank_you": 1, "follow_up": 2, "ask_process": 3}
    todo = review.to_do.assign(_o=review.to_do["action"].map(order).fillna(9))
    todo = todo.sort_values(["_o", "due"], kind="stable")
    items = []
    for r in todo.head(most).itertuples(index=False):
        due = "overdue since " if r.due < review.as_of else "due "
        items.append(
            f"<li><b>{html.escape(_ACTION_WORDS.get(r.action, r.action))}</b>: "
            f"{html.escape(str(r.company or r.application_id))} ({html.escape(str(r.stage))}), "
            f"{due}{html.escape(r.due.strftime('%a %d %b'))}: {html.escape(str(r.reason))}</li>"
        )
    for r in review.upcoming.head(5).itertuples(index=False):
        items.append(
            f"<li><b>Coming up</b>: {html.escape(str(r.event))} at {html.escape(str(r.company or r.application_id))} "
            f"on {html.escape(r.date.strftime('%a %d %b'))}</li>"
        )
    if not items:
        return "<h2>This week</h2><p>Nothing due: no follow-up, thank-you note or offer is waiting on you.</p>"
    more = len(todo) - min(len(todo), most)
    tail = f"<p><a href='{href}'>{more} more on the weekly review</a></p>" if more > 0 else ""
    return f"<h2>This week</h2><ul>{''.join(items)}</ul>{tail}"


def median_span(row) -> str:
    """``95% interval 5–12 days`` of a latency row (the form page 02's table reads in)."""
    lo, hi = row.get("median_low"), row.get("median_high")
    if pd.notna(lo) and pd.notna(hi):
        return f"95% interval {lo:g}–{hi:g} days"
    if pd.notna(lo):
        return f"95% interval from {lo:g} days (upper end not reached)"
    return ""


_CARD = (
    "display:block;min-width:10em;padding:12px 16px;border:1px solid #ddd;border-radius:8px;"
    "text-decoration:none;color:#222;background:#fafafa"
)


def _nav(pages, current=None) -> str:
    links = []
    for name, title in pages:
        style = "font-weight:bold;" if name == current else ""
        links.append(f'<a href="{html.escape(name)}" style="margin-right:1em;{style}">{html.escape(title)}</a>')
    return (
        '<nav style="padding:8px 12px;background:#f3f3f3;border-bottom:1px solid #ccc;'
        'font-family:sans-serif;position:sticky;top:0;z-index:10">'
        + '<a href="index.html" style="margin-right:1.5em">offerkit report</a>'
        + "".join(links)
        + "</nav>"
    )


def _as_of_text(search) -> str:
    """The as-of date and why it is that day (today for a tracker in use, else the data's last date)."""
    if pd.isna(search.as_of):
        return "n/a (no dates)"
    day = str(search.as_of.date())
    note = next((n for n in search.report.notes if n.startswith("as_of = ")), "")
    if "(today" in note:
        return f"{day} (today: the data's latest date is recent)"
    if "latest date in the data" in note:
        return f"{day} (the last date in the data, which is old)"
    return f"{day} (as given)"


def _title(path: Path) -> str:
    stem = path.stem
    title = stem.split("_", 1)[1].replace("_", " ").capitalize() if "_" in stem else stem
    return title.replace("Followup whatif", "Follow-up what-if")


def run_report(
    data,
    *,
    out="reports",
    as_of=None,
    show_code=False,
    notebooks=None,
    parameters=None,
    echo=print,
    anonymize_salt=None,
    mapping=None,
    timeout=300,
    dayfirst=None,
    country="US",
    deadline=None,
) -> Path:
    """Execute the notebooks on ``data`` and write ``out/index.html``.

    ``out`` must be a new or empty folder, or one an earlier ``offerkit
    report`` wrote (it holds a ``.offerkit-report`` marker listing its
    files); any other folder is refused before anything is written, so a
    user's own files are never touched.  The report is written to a temporary
    folder inside ``out`` and moved into place only when complete: after a
    crash, a full disk or Ctrl-C, ``out`` holds the previous report (or
    nothing).  A lock file in ``out`` refuses a second report into the same
    folder while one runs.

    Parameters
    ----------
    data : str or path
        The data file or folder (passed to each notebook as ``data_path``).
    out : str or path, default "reports"
    as_of : str, optional
        Passed to each notebook as ``as_of``.
    show_code : bool, default False
        Keep the code cells in the HTML.
    notebooks : list of path, optional
        Which notebooks to run; all of ``notebooks/`` by default.
    parameters : dict, optional
        Extra papermill parameters for every notebook.
    echo : callable, default print
        Progress messages.
    anonymize_salt : str, optional
        Run the whole report on an anonymized copy of the data
        (:func:`offerkit.anonymize`), written to ``out/anonymized.csv``.
    mapping : dict, optional
        The ``mapping=`` of :func:`offerkit.load`, passed to every notebook.
    timeout : int, default 300
        Seconds a notebook cell may run before the notebook is stopped and
        reported as failed.
    deadline : int, optional
        Seconds the whole report may take: loading, every notebook (each cell
        then gets at most the time left) and the front page.  Past it the run
        stops with one line and the previous report stays.  The environment
        variable ``OFFERKIT_TIMEOUT`` sets it (and caps ``timeout``); default
        no limit beyond the cells'.
    dayfirst : bool, optional
        The ``dayfirst=`` of :func:`offerkit.load`, passed to every notebook.
    country : str, default "US"
        The public-holiday calendar, passed to every notebook.

    Returns
    -------
    pathlib.Path
        The path of ``index.html``.
    """
    import nbformat  # noqa: F401  (the notebook extra: fail early, before any folder is made)
    import papermill  # noqa: F401

    env = os.environ.get("OFFERKIT_TIMEOUT", "").strip()
    if env:
        deadline = _seconds(env)  # before any folder is made: a bad value leaves nothing behind
    final = Path(out).expanduser().resolve()  # relative, ".", "~": the notebooks run elsewhere, so absolute
    check_out_folder(final)
    created = not final.exists()
    final.mkdir(parents=True, exist_ok=True)  # the user's normal permissions (umask), not mkdtemp's 0700
    lock = final / LOCK
    fd = _take_lock(lock, final, echo)
    tmp = Path(tempfile.mkdtemp(prefix=".offerkit-tmp-", dir=final))
    # the kernels must draw inline: an MPLBACKEND such as Agg in the caller's environment would leave every
    # chart out of the pages
    backend = os.environ.pop("MPLBACKEND", None)
    clock = _Deadline(deadline)
    try:
        try:
            with clock:
                failures = _write_report(
                    data,
                    out=tmp,
                    as_of=as_of,
                    show_code=show_code,
                    notebooks=notebooks,
                    parameters=parameters,
                    echo=echo,
                    anonymize_salt=anonymize_salt,
                    mapping=mapping,
                    timeout=int(timeout),
                    dayfirst=dayfirst,
                    country=country,
                    clock=clock,
                )
        except ReportDeadline as exc:
            kept = "the previous report was kept" if (final / "index.html").exists() else "no report was written"
            raise RuntimeError(
                f"{exc}: {kept}. Allow more time (OFFERKIT_TIMEOUT=seconds) or run on less data"
            ) from None
        ran = [p for p in tmp.glob("[0-9][0-9]_*.html")]
        if failures and len(failures) >= len(ran) and (final / "index.html").exists():
            # every notebook failed: the previous report stays (a broken one never replaces a good one)
            raise RuntimeError(
                "every notebook failed, so the previous report was kept: "
                + "; ".join(f"{n} ({m})" for n, m in failures)
            )
        _swap_into_place(tmp, final)
    finally:
        if backend is not None:
            os.environ["MPLBACKEND"] = backend
        shutil.rmtree(tmp, ignore_errors=True)
        os.close(fd)
        lock.unlink(missing_ok=True)
        if created and not any(final.iterdir()):
            final.rmdir()  # a run that wrote nothing leaves no empty folder behind
    if failures:
        raise RuntimeError("notebooks failed: " + "; ".join(f"{n} ({m})" for n, m in failures))
    return final / "index.html"


def _seconds(text) -> int:
    try:
        value = int(float(text))
    except ValueError:
        raise RuntimeError(f"OFFERKIT_TIMEOUT={text!r} is not a number of seconds: set it to e.g. 600") from None
    if value <= 0:
        raise RuntimeError(f"OFFERKIT_TIMEOUT={text!r} must be a positive number of seconds")
    return value


class ReportDeadline(Exception):
    """The whole report ran past its deadline (``OFFERKIT_TIMEOUT``)."""


class _Deadline:
    """One deadline for the whole report: an alarm for the parent's own work, the time left for each cell.

    The alarm (``SIGALRM``, main thread on POSIX) bounds what runs in this process (loading the data, the
    front page's review and forecast); the notebooks' cells get ``min(timeout, time left)``.  Without a
    deadline, or where no alarm can be set, only the cells are bounded.
    """

    def __init__(self, seconds):
        self.seconds = seconds
        self.end = None
        self._old = None

    def left(self):
        return None if self.end is None else self.end - time.monotonic()

    def cell_timeout(self, timeout):
        left = self.left()
        return int(timeout) if left is None else max(1, int(min(timeout, left)))

    def __enter__(self):
        import signal
        import threading

        if not self.seconds:
            return self
        self.end = time.monotonic() + self.seconds
        if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():

            def fire(signum, frame):
                raise ReportDeadline(f"the report did not finish within {self.seconds} s (OFFERKIT_TIMEOUT)")

            self._old = signal.signal(signal.SIGALRM, fire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        import signal

        if self._old is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old)
            self._old = None
        return False


def _take_lock(lock: Path, final: Path, echo):
    """Open the lock file of a report into ``final`` (holding this process's id), or refuse.

    A lock whose process is gone (a hard kill, a power cut) is taken over, and
    the run says so; a lock of a live process refuses the run.
    """
    for _ in range(2):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            os.write(fd, str(os.getpid()).encode())
            return fd
        except FileExistsError:
            try:
                pid = int(lock.read_text().strip() or "0")
            except (OSError, ValueError):
                pid = 0
            if pid and _alive(pid):
                raise RuntimeError(
                    f"another offerkit report (process {pid}) is being written into {final}; wait for it to finish"
                ) from None
            if not pid and time.time() - lock.stat().st_mtime < 5:  # just made by a run that has not written its id
                raise RuntimeError(
                    f"another offerkit report is being written into {final} (if none is running, remove {lock})"
                ) from None
            echo(f"(an earlier report into {final} was stopped before it finished: its lock is taken over)")
            lock.unlink(missing_ok=True)
    raise RuntimeError(f"cannot take the lock {lock}: remove it if no report is running")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


#: The file that marks a folder as written by ``offerkit report``; it lists the files the report wrote.
MARKER = ".offerkit-report"
LOCK = ".offerkit-report.lock"


class OutFolderError(OSError):
    """``report --out`` names a folder that holds files ``offerkit report`` did not write (nothing is touched)."""


def check_out_folder(final: Path):
    """Refuse an output folder that is not empty and was not written by ``offerkit report``.

    A report replaces only what an earlier report wrote (the files listed in
    the marker file): a tracker, a cover letter or any other file of the user's
    in the folder is never touched, and the run stops before doing anything.

    Raises
    ------
    OutFolderError
        When ``final`` is a file, or a folder with other files and no marker.
    """
    if final.exists() and not final.is_dir():
        raise OutFolderError(f"--out {final}: this is a file, not a folder; give a new or empty folder for the report")
    if not final.is_dir() or (final / MARKER).is_file():
        return
    own = {LOCK}
    others = [p.name for p in final.iterdir() if p.name not in own and not p.name.startswith(".offerkit-tmp-")]
    if others:
        shown = ", ".join(sorted(others)[:3]) + (", ..." if len(others) > 3 else "")
        raise OutFolderError(
            f"--out {final}: the folder holds files offerkit did not write ({shown}); nothing was "
            "touched. Give a new or empty folder, e.g. --out reports"
        )


def _listed(final: Path) -> list:
    """The files an earlier report wrote into ``final`` (from its marker)."""
    import json

    try:
        names = json.loads((final / MARKER).read_text(encoding="utf-8")).get("files", [])
    except (OSError, ValueError, AttributeError):
        return []
    return [n for n in names if isinstance(n, str) and n == Path(n).name and n not in (MARKER, LOCK, "", ".", "..")]


def _swap_into_place(tmp: Path, final: Path):
    """Move the complete report in ``tmp`` into ``final``, file by file (renames on one file system).

    Each page is replaced whole (``os.replace``); ``index.html`` comes last, so
    it never links to a page not yet there. Files of an earlier report that
    this one does not write again are removed; nothing else in ``final`` is.
    """
    import json

    new = sorted(p.name for p in tmp.iterdir() if p.is_file())
    old = _listed(final)
    (final / MARKER).write_text(
        json.dumps({"written_by": "offerkit report", "files": sorted(set(new) | set(old))}), encoding="utf-8"
    )
    for name in sorted(new, key=lambda n: n == "index.html"):
        os.replace(tmp / name, final / name)
    for name in set(old) - set(new):
        path = final / name
        if path.is_file() and not path.is_symlink():
            path.unlink()
    (final / MARKER).write_text(json.dumps({"written_by": "offerkit report", "files": new}), encoding="utf-8")


def _write_text(path: Path, text: str):
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OSError(f"{path}: cannot write the report ({exc.strerror or exc})") from None


def _as_canonical_file(search, path, *, as_of, country):
    """Write ``search`` as a canonical event log (ISO dates) to ``path`` and load it back with the same report.

    The notebooks then read that file: one reading for every page (a merged tracker + mailbox, an anonymized
    copy), with the original load's report kept.
    """
    from .._io.export import to_safe_csv
    from .._io.load import load

    to_safe_csv(search.events.assign(date=search.events["date"].dt.strftime("%Y-%m-%d")).drop(columns="row"), path)
    return load(path, as_of=as_of, errors="report", country=country).replace(report=search.report)


def _write_report(
    data,
    *,
    out,
    as_of,
    show_code,
    notebooks,
    parameters,
    echo,
    anonymize_salt,
    mapping,
    timeout,
    dayfirst=None,
    country="US",
    clock=None,
):
    """Run the notebooks into ``out`` (a fresh folder); return the failures."""
    import nbformat
    import papermill
    from nbconvert import HTMLExporter

    from .._io.load import load

    originals = [Path(d).resolve() for d in data] if isinstance(data, (list, tuple)) else [Path(data).resolve()]
    display = " + ".join(p.name for p in originals)
    data = originals[0]
    search = load(
        originals if len(originals) > 1 else data,
        as_of=as_of,
        errors="report",
        mapping=mapping,
        dayfirst=dayfirst,
        country=country,
    )
    report_path = None
    if len(originals) > 1 and not anonymize_salt:  # a tracker and its mailbox, read once: the notebooks read the merge
        data = (out / "tracker_and_mail.csv").resolve()
        search = _as_canonical_file(search, data, as_of=as_of, country=country)
        # the pages show the report of the person's own files (their names and rows), not of the merged copy
        report_path = (out / "tracker_and_mail.report.json").resolve()
        search.report.to_json(report_path)
        dayfirst = None  # written as ISO dates
        mapping = None  # the written copy is canonical: nothing left to map
    if anonymize_salt:
        from .._io.anonymize import anonymize

        data = (out / "anonymized.csv").resolve()
        search = _as_canonical_file(anonymize(search, salt=anonymize_salt), data, as_of=as_of, country=country)
        display = data.name  # no file name of the user's on any page
        dayfirst = None
        mapping = None
    nb_dir = notebooks_dir()
    paths = sorted(notebooks if notebooks is not None else nb_dir.glob("[0-9][0-9]_*.ipynb"))
    skipped = []
    if notebooks is None and len(search.candidates) < 2:  # a coach's page compares candidates: none to compare
        skipped = [
            (p.name, "one candidate in the data: the coach's view compares candidates")
            for p in paths
            if p.stem.startswith("06_")
        ]
        paths = [p for p in paths if not p.stem.startswith("06_")]
    for name, why in skipped:
        echo(f"(skipping {name}: {why})")
    pages = [(p.stem + ".html", _title(p)) for p in paths]
    exporter = HTMLExporter(
        template_name="basic", exclude_input=not show_code, exclude_input_prompt=True, exclude_output_prompt=True
    )
    params = {
        "data_path": str(data),
        "as_of": None if as_of is None else str(as_of),
        "mapping": mapping,
        "dayfirst": dayfirst,
        "country": country,
        **({"report_path": str(report_path)} if report_path else {}),
        **(parameters or {}),
    }
    failures = []
    for i, path in enumerate(paths, 1):
        echo(f"[{i}/{len(paths)}] {path.name} ...", end="", flush=True) if echo is print else echo(
            f"[{i}/{len(paths)}] {path.name}"
        )
        t0 = time.perf_counter()
        executed = out / (path.stem + ".ipynb")
        status = "done"
        cell_timeout = clock.cell_timeout(timeout) if clock is not None else timeout
        for attempt in (1, 2):
            try:
                declared = papermill.inspect_notebook(str(path))
                extra = {"interactive": False, "csv_path": str(out / "cohort_table.csv")}
                own = {k: v for k, v in {**params, **extra}.items() if k in declared}
                papermill.execute_notebook(
                    str(path),
                    str(executed),
                    parameters=own,
                    cwd=str(nb_dir),
                    kernel_name="python3",
                    progress_bar=False,
                    log_output=False,
                    report_mode=not show_code,
                    execution_timeout=cell_timeout,
                    extra_arguments=[
                        "--IPKernelApp.log_level=CRITICAL"
                    ],  # no transport warnings, no "KeyboardInterrupt caught" at shutdown
                )
                break
            except papermill.PapermillExecutionError as exc:
                failures.append((path.name, f"{exc.ename}: {exc.evalue}"))
                status = "FAILED"
                break
            except (KeyboardInterrupt, ReportDeadline):
                raise
            except OSError as exc:
                if not isinstance(exc, TimeoutError):  # a timed-out cell is a TimeoutError (an OSError): reported below
                    raise
                failures.append((path.name, f"stopped after {cell_timeout} s (a cell ran too long)"))
                status = "FAILED"
                break
            except Exception as exc:  # a cell past the timeout, a kernel that died or could not start
                if attempt == 1 and "Address already in use" in str(exc):
                    continue  # another kernel took the port: start a new one
                why = (
                    f"stopped after {cell_timeout} s (a cell ran too long)"
                    if "timed out" in str(exc).lower() or type(exc).__name__ in ("CellTimeoutError", "TimeoutError")
                    else f"{type(exc).__name__}: {exc}"
                )
                failures.append((path.name, why))
                status = "FAILED"
                break
        if not executed.exists():
            nbformat.write(nbformat.read(str(path), as_version=4), str(executed))
        logging.getLogger("traitlets").setLevel(logging.ERROR)  # nbconvert's "alt text missing": light_images adds it
        body, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
        body = light_images(offline(body))
        page = _page(f"{_title(path)} · offerkit report: {display}", _nav(pages, path.stem + ".html"), body)
        _write_text(out / (path.stem + ".html"), page)
        executed.unlink(missing_ok=True)
        msg = f" {status} ({time.perf_counter() - t0:.1f} s)"
        echo(msg) if echo is print else None
    report = search.report
    summary = "\n".join(report.summary_lines(max_problems=30)).replace(str(data), data.name)  # no absolute paths
    for original in originals:
        summary = summary.replace(str(original), original.name)
    review = _review_or_none(search)  # one review for the to-do list and the cards
    items = "".join(f'<li><a href="{html.escape(n)}">{html.escape(t)}</a></li>' for n, t in pages)
    fail = "".join(f"<li>{html.escape(n)}: {html.escape(m)}</li>" for n, m in failures)
    index = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>offerkit report: {html.escape(display)}</title>
<style>{PAGE_CSS}</style>
</head><body>{_nav(pages)}<main>
<h1>offerkit report</h1>
{_this_week(search, pages, review)}
{_headline_numbers(search, pages, review)}
<p><b>Data:</b> {html.escape(display)} &nbsp; <b>As of:</b> {html.escape(_as_of_text(search))} &nbsp;
<b>Rows read:</b> {report.rows_read} = loaded {report.rows_loaded} + set aside {report.rows_set_aside}</p>
<h2>Analyses</h2><ol>{items}</ol>
{"".join(f"<p>Not run: {html.escape(n)} ({html.escape(why)}).</p>" for n, why in skipped)}
{"<h2>Notebooks that failed</h2><ul>" + fail + "</ul>" if fail else ""}
<h2>Validation report</h2><pre>{html.escape(summary)}</pre>
</main></body></html>
"""
    _write_text(out / "index.html", index)
    return failures
