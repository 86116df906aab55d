"""Tables as a reader sees them: no index numbers, numbers formatted and right-aligned, long lists folded.

:func:`table_html` renders a DataFrame; ``offerkit.notebook_style()`` (:mod:`offerkit._plot.tables`) makes it
the HTML form of every DataFrame a notebook shows.
"""

from __future__ import annotations

import html
import math

import numpy as np
import pandas as pd

__all__ = ["table_html", "Table", "TABLE_CSS"]

TABLE_CSS = (
    "table.offerkit-table{border-collapse:collapse;margin:.5em 0 1em;font-size:.92em}"
    "table.offerkit-table th{border-bottom:1.5px solid #444;padding:4px 10px;text-align:left;font-weight:600}"
    "table.offerkit-table td{border-bottom:1px solid #e3e3e3;padding:3px 10px;text-align:left;vertical-align:top}"
    "table.offerkit-table .num{text-align:right;font-variant-numeric:tabular-nums}"
    "table.offerkit-table caption{caption-side:top;text-align:left;color:#555;padding-bottom:4px}"
)


_NUM = ' class="num"'

#: Column names as a reader says them (the frames keep their names; only the rendered tables change).
HEADERS = {
    "median_days": "median days",
    "median_low": "median, low (95%)",
    "median_high": "median, high (95%)",
    "reply_7d": "answered within 7 days",
    "reply_14d": "answered within 14 days",
    "reply_30d": "answered within 30 days",
    "p_ghost": "P(never answered)",
    "p_alive": "P(still answers)",
    "p_offer": "P(offer)",
    "silent_days": "days silent",
    "this_week": "this week",
    "avg_4w": "4-week average",
    "stage_reached": "stage reached",
    "application_id": "application",
    "interview_rate": "interview rate",
    "interview_rate_shrunk": "interview rate (shrunk)",
    "interview_rate_shrunk_low": "shrunk, low (95%)",
    "interview_rate_shrunk_high": "shrunk, high (95%)",
    "nonbusiness_multiplier": "weekend and holiday factor",
    "business_days": "business days",
    "hazard_applied": "daily answer chance after applying",
    "stale_after": "stale after (days)",
    "as_of": "as of",
    "followups": "follow-ups",
    "n": "waits",
}
#: Event and action names as a reader says them (in the columns that hold them).
VALUES = {
    "follow_up": "follow up",
    "thank_you": "thank-you note",
    "close_stale": "close (long silence)",
    "answer_offer": "answer the offer",
    "ask_process": "ask about the process",
    "not_applied": "never applied",
}
_NAMED_COLUMNS = {"action", "event", "stage", "outcome", "response", "status", "stage_reached"}
#: A model's parameters as a reader says them ("ghost_applied" → "never answered, applied").
_PARAMETER_WORDS = [
    ("ghost_odds_", "odds of never answering, source "),
    ("ghost_", "share never answered, "),
    ("hazard_", "daily answer chance, "),
    ("followup_boost", "follow-up boost"),
    ("nonbusiness_multiplier", "weekend and holiday factor"),
    ("window_multiplier", "holiday window factor"),
    ("left_out", "left out"),
]


def parameter_label(name) -> str:
    """A model parameter's name in words.

    Examples
    --------
    >>> parameter_label("ghost_applied"), parameter_label("hazard_screen"), parameter_label("ghost_odds_referral")
    ('share never answered, applied', 'daily answer chance, screen', 'odds of never answering, source referral')
    """
    text = str(name)
    for key, words in _PARAMETER_WORDS:
        if text.startswith(key):
            return words + text[len(key) :].replace("_", " ")
    return text.replace("_", " ")


def header(name) -> str:
    """A column's name as shown: ``median_days`` → ``median days``, ``p_x`` → ``P(x)``.

    Examples
    --------
    >>> header("median_days"), header("p_screen"), header("company")
    ('median days', 'P(screen)', 'company')
    """
    name = str(name)
    if name in HEADERS:
        return HEADERS[name]
    if name.startswith("p_") and len(name) > 2:
        return f"P({name[2:].replace('_', ' ')})"
    return name.replace("_", " ")


def _number(x) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if isinstance(x, (bool, np.bool_)):
        return "yes" if x else "no"
    if isinstance(x, (int, np.integer)):
        return f"{int(x):,}"
    x = float(x)
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    if x == int(x) and abs(x) >= 10:
        return f"{int(x)}"
    text = f"{x:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _cells(col: pd.Series):
    """(texts, numeric?) for one column."""
    if pd.api.types.is_bool_dtype(col.dtype):
        return [("–" if pd.isna(v) else ("yes" if v else "no")) for v in col], False
    if pd.api.types.is_numeric_dtype(col.dtype):
        return [_number(v) for v in col.tolist()], True
    if pd.api.types.is_datetime64_any_dtype(col.dtype):
        has_time = bool(((col.dropna() - col.dropna().dt.normalize()) != pd.Timedelta(0)).any())
        fmt = "%Y-%m-%d %H:%M" if has_time else "%Y-%m-%d"
        return [("–" if pd.isna(v) else v.strftime(fmt)) for v in col], False
    return [("" if (v is None or (not isinstance(v, str) and pd.isna(v))) else str(v)) for v in col], False


def table_html(frame: pd.DataFrame, *, max_rows=15, caption=None, limit=None, more=None) -> str:
    """A DataFrame as a light, escaped HTML table; more than ``max_rows`` rows fold behind "show all N rows".

    Row numbers (an unnamed integer index, sorted or not) are dropped; a meaningful index becomes the first
    column.

    Parameters
    ----------
    frame : pandas.DataFrame
    max_rows : int, default 15
        Rows shown before the rest fold behind "show all N rows".
    caption : str, optional
        A caption above the table (escaped).
    limit : int, optional
        At most this many rows go into the page at all; a note says how many were cut.
    more : str, optional
        Where the cut rows can be found (added to that note, escaped).

    Returns
    -------
    str

    Examples
    --------
    >>> print(table_html(pd.DataFrame({"stage": ["applied"], "rate": [0.15123]})))  # doctest: +NORMALIZE_WHITESPACE
    <table class="offerkit-table"><thead><tr><th>stage</th><th class="num">rate</th></tr></thead><tbody><tr><td>applied</td><td class="num">0.151</td></tr></tbody></table>
    """
    if len(frame) == 0:  # a table of headers only says nothing: say that there is nothing
        cap = f"{html.escape(caption)}: " if caption else ""
        return f"<p class='offerkit-empty'>{cap}none in this data.</p>"
    df = frame
    if (
        df.index.name is not None
        or any(n is not None for n in df.index.names)
        or not pd.api.types.is_integer_dtype(df.index)
    ):
        df = df.reset_index()  # a meaningful index (named, or labels): shown as a column; row numbers are not
    df = df.reset_index(drop=True)
    cut = 0
    if limit is not None and len(df) > limit:
        cut, df = len(df) - limit, df.iloc[:limit]
    tail = (
        (
            f"<p class='offerkit-more'>… and {cut:,} more row(s) not shown"
            + (f": {html.escape(more)}" if more else "")
            + "</p>"
        )
        if cut
        else ""
    )
    columns = [
        (str(c), *_cells(df[c] if not isinstance(df[c], pd.DataFrame) else df[c].iloc[:, 0])) for c in df.columns
    ]
    columns = [
        (
            name,
            [t.replace(",", "") for t in texts]
            if num and ("year" in name.lower() or name.lower() in ("week", "iso_week", "month"))
            else texts,
            num,
        )
        for name, texts, num in columns
    ]  # a year is 2026, not "2,026"
    columns = [
        (
            name,
            [VALUES.get(t, t) for t in texts]
            if name in _NAMED_COLUMNS
            else [parameter_label(t) for t in texts]
            if name == "parameter"
            else texts,
            num,
        )
        for name, texts, num in columns
    ]
    head = "".join(f"<th{_NUM if num else ''}>{html.escape(header(name))}</th>" for name, _, num in columns)

    def rows(lo, hi):
        return "".join(
            "<tr>"
            + "".join(f"<td{_NUM if num else ''}>{html.escape(texts[i])}</td>" for _, texts, num in columns)
            + "</tr>"
            for i in range(lo, hi)
        )

    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    n = len(df)
    if n <= max_rows:
        return f'<table class="offerkit-table">{cap}<thead><tr>{head}</tr></thead><tbody>{rows(0, n)}</tbody></table>{tail}'
    shown = max(5, max_rows - 5)
    return (
        f'<table class="offerkit-table">{cap}<thead><tr>{head}</tr></thead><tbody>{rows(0, shown)}</tbody></table>'
        f"<details><summary>show all {n + cut:,} rows ({n + cut - shown:,} more)</summary>"
        f'<table class="offerkit-table"><thead><tr>{head}</tr></thead><tbody>{rows(shown, n)}</tbody></table>{tail}</details>'
    )


class Table:
    """A DataFrame shown with :func:`table_html` in a notebook (``Table(df, caption="...")``).

    Parameters
    ----------
    frame : pandas.DataFrame
    max_rows : int, default 15
        Rows shown before the rest fold behind "show all N rows".
    caption : str, optional
        A caption above the table (escaped).

    Examples
    --------
    >>> import pandas as pd
    >>> t = Table(pd.DataFrame({"stage": ["applied"], "rate": [0.25]}), caption="<b>rates</b>")
    >>> "&lt;b&gt;rates&lt;/b&gt;" in t._repr_html_()
    True
    """

    def __init__(self, frame, *, max_rows=15, caption=None):
        self.frame, self.max_rows, self.caption = frame, max_rows, caption

    def _repr_html_(self):
        return table_html(self.frame, max_rows=self.max_rows, caption=self.caption)

    def __repr__(self):
        return self.frame.to_string(index=False)
