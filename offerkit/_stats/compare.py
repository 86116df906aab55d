"""``offerkit.compare``: your rates beside published figures (definitions §4.8, issue #27 "is my rate normal?").

The figures are package data (``published.csv``: value, year, source,
sample, definition), each checked against the source named; see
``data/README.md`` for the list.  A figure is shown only where the search
defines the same quantity, and every row carries the caveat that the
definitions differ: employers count applicants in their systems, job
seekers count their own applications, and surveys ask people to remember.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd

from .._core.errors import DataError
from .._core.result import Result
from .intervals import wilson

__all__ = ["compare", "Comparison", "published_figures"]

_FIGURES = Path(__file__).with_name("published.csv")

#: What each measure is in this search's data, in words.
MEANINGS = {
    "interview_rate": "applications that reached a screen or an interview",
    "answer_rate": "applications answered (a next step or a no) within 30 days, among those sent 30+ days ago",
    "median_days_to_answer": "median days from applying to a first answer (Kaplan-Meier: silences count as waiting)",
    "ghost_share_after_interview": "applications never answered after a screen or interview, among those silent 30+ days",
}
LABELS = {
    "interview_rate": "interview rate",
    "answer_rate": "answer rate",
    "median_days_to_answer": "days to a first answer",
    "ghost_share_after_interview": "ghosted after an interview",
}
CAVEAT = (
    "Definitions differ: employers count applicants in their own systems, job seekers count their own "
    "applications, surveys ask people to remember. Read a gap as a question, not a verdict."
)


def published_figures() -> pd.DataFrame:
    """The published figures shipped with offerkit: ``measure, value, low, high, year, source, sample, definition``.

    Examples
    --------
    >>> f = published_figures()
    >>> sorted(set(f["measure"]))
    ['answer_rate', 'ghost_share_after_interview', 'interview_rate', 'median_days_to_answer']
    """
    return pd.read_csv(_FIGURES, dtype={"source": str, "sample": str, "definition": str})


@dataclasses.dataclass(repr=False)
class Comparison(Result):
    """Result of :func:`compare`.

    Attributes
    ----------
    summary : pandas.DataFrame
        One row per (measure, published figure): ``measure, yours, low,
        high, n, meaning, published, year, source, sample, definition``.
        ``yours`` is a share (0–1) or days; ``low``/``high`` its 95% interval;
        ``n`` the applications (or waits) it rests on.
    missing : list of str
        Measures the data cannot define, with the reason.
    caveat : str

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=60, seed=2))
    >>> c = offerkit.compare(s)
    >>> {'measure', 'yours', 'published'} <= set(c.summary.columns)
    True
    """

    summary: pd.DataFrame
    missing: list
    caveat: str = CAVEAT

    def _headline(self) -> str:
        return f"Comparison({self.summary['measure'].nunique() if len(self.summary) else 0} measures beside published figures)"

    def table(self) -> pd.DataFrame:
        """The comparison as people read it: each number formatted with its interval, one row per figure."""
        s = self.summary
        return s.assign(
            measure=s["measure"].map(LABELS),
            yours=[
                _fmt(m, v, lo, hi) for m, v, lo, hi in s[["measure", "yours", "low", "high"]].itertuples(index=False)
            ],
            published=[_fmt(m, v) for m, v in s[["measure", "published"]].itertuples(index=False)],
        )[["measure", "yours", "n", "published", "year", "source", "definition"]]

    def __repr__(self) -> str:
        body = self.table()[["measure", "yours", "published", "year", "source"]].to_string(index=False)
        return f"{self._headline()}\n{body}\n{self.caveat}"

    def _repr_html_(self) -> str:
        import html

        from .._core.tables import table_html

        shown = self.table()
        missing = "".join(f"<li>{html.escape(m)}</li>" for m in self.missing)
        return (
            f"<div class='offerkit-result'>{table_html(shown, max_rows=20)}"
            f"<p><i>{html.escape(self.caveat)}</i></p>"
            + (f"<p>Not compared:</p><ul>{missing}</ul>" if missing else "")
            + "</div>"
        )


def _fmt(measure, value, low=None, high=None) -> str:
    if (value is None or pd.isna(value)) and measure == "median_days_to_answer" and low is not None and pd.notna(low):
        return f"not reached (over {low:g} days)"
    if value is None or pd.isna(value):
        return "–"
    if measure == "median_days_to_answer":
        text = f"{value:g} days"
        if low is not None and pd.notna(low):
            text += f" ({low:g}–{high:g})" if pd.notna(high) else f" ({low:g}–not reached)"
        return text
    text = f"{100 * value:.0f}%" if value >= 0.1 else f"{100 * value:.1f}%"
    if low is not None and pd.notna(low) and pd.notna(high):
        text += f" ({100 * low:.0f}–{100 * high:.0f}%)"
    return text


def compare(search, *, figures=None) -> Comparison:
    """Your interview rate, answer rate, time to a first answer and ghost share beside published figures.

    Only the measures the data defines are compared: the rates need
    applications, the time and the answer rate need dates, the ghost share
    needs interviews silent for 30 days or more.  Each of yours comes with its
    95% interval (Wilson for shares, the Kaplan–Meier median's for days).

    Parameters
    ----------
    search : JobSearch
    figures : pandas.DataFrame, optional
        Published figures in the form of :func:`published_figures` (default: the shipped ones).

    Returns
    -------
    Comparison

    Examples
    --------
    >>> import offerkit
    >>> c = compare(offerkit.load(offerkit.sample(applications=80, seed=1)))
    >>> sorted(set(c.summary["measure"]))
    ['answer_rate', 'ghost_share_after_interview', 'interview_rate', 'median_days_to_answer']
    >>> s = c.summary.dropna(subset=["yours"])
    >>> bool(((s["low"] <= s["yours"]) & (s["yours"] <= s["high"])).all())
    True
    """
    figures = published_figures() if figures is None else figures
    apps = search.applications
    if not len(apps):
        raise DataError("no applications were loaded: nothing to compare")
    mine, missing = {}, []
    reached = int((apps["stage_reached"].cat.codes >= 1).sum())
    mine["interview_rate"] = (*wilson(reached, len(apps)), len(apps))
    if search.dateless:
        missing += [
            f"{LABELS[m]}: needs dates" for m in ("answer_rate", "median_days_to_answer", "ghost_share_after_interview")
        ]
    else:
        _dated_measures(search, mine, missing)
    rows = []
    for measure, (value, low, high, n) in mine.items():
        for f in figures[figures["measure"] == measure].itertuples(index=False):
            rows.append(
                (
                    measure,
                    value,
                    low,
                    high,
                    n,
                    MEANINGS[measure],
                    float(f.value),
                    int(f.year),
                    f.source,
                    f.sample,
                    f.definition,
                )
            )
    summary = pd.DataFrame(
        rows,
        columns=[
            "measure",
            "yours",
            "low",
            "high",
            "n",
            "meaning",
            "published",
            "year",
            "source",
            "sample",
            "definition",
        ],
    )
    return Comparison(summary=summary, missing=missing)


def _dated_measures(search, mine, missing):
    from .._core.waits import waits
    from .latency import latency

    w = waits(search)
    applied = w[w["stage"] == "applied"]
    as_of = pd.Timestamp(search.as_of)
    old = applied[applied["start"] <= as_of - pd.Timedelta(days=30)]
    if len(old):
        answered = int((old["observed"] & (old["days"] <= 30)).sum())
        mine["answer_rate"] = (*wilson(answered, len(old)), len(old))
    else:
        missing.append(f"{LABELS['answer_rate']}: no application is 30 days old yet")
    if len(applied):
        row = latency(applied).iloc[0]
        mine["median_days_to_answer"] = (
            float(row["median_days"]),
            float(row["median_low"]),
            float(row["median_high"]),
            len(applied),
        )
    later = w[w["stage"].isin(["screen", "interview", "onsite"])]
    silent = later[~later["observed"] & (later["days"] >= 30)]
    settled = later[later["observed"] | (later["days"] >= 30)]
    if len(settled):
        mine["ghost_share_after_interview"] = (*wilson(len(silent), len(settled)), len(settled))
    else:
        missing.append(f"{LABELS['ghost_share_after_interview']}: no screen or interview has been followed 30 days")
