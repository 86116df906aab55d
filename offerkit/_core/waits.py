"""Waits: the unit of response latency (definitions §4.1).

A wait opens at ``applied``, ``screen``, ``interview`` and ``onsite``; it ends
*observed* at the next ``screen``, ``interview``, ``onsite``, ``offer``
(response ``advanced``) or ``rejected`` (response ``rejected``); otherwise it
is *censored* at the first ``withdrew`` after its start, else at ``as_of``.
No wait opens after ``offer``, ``rejected`` or ``withdrew``.  ``reply``,
``ghosted``, ``follow_up`` and ``thank_you`` never end a wait; the follow-ups
dated in ``(start, end]`` are counted.

Everything is computed with array operations over the sorted event log; no
loop over applications.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._kernels import first_seen_codes, next_index
from .search import event_is, first_nonempty, lookup_events
from .text import str_column
from .timeline import dates_of, day_numbers, day_table_for
from .vocab import ADVANCING_STAGES, DECISIONS, NO_WAIT_AFTER, OPENING_STAGES

__all__ = ["waits", "compute_waits", "empty_waits", "WAIT_COLUMNS"]

WAIT_COLUMNS = [
    "candidate",
    "application_id",
    "company",
    "source",
    "stage",
    "start",
    "end",
    "days",
    "business_days",
    "observed",
    "response",
    "followups",
]


def waits(search) -> pd.DataFrame:
    """One row per wait (definitions §4.1).

    Parameters
    ----------
    search : JobSearch

    Returns
    -------
    pandas.DataFrame
        ``candidate, application_id, company, source, stage, start, end, days,
        business_days, observed, response, followups``. ``days`` are calendar
        days from start to end; ``business_days`` are the Monday–Friday days
        in ``(start, end]`` that are not public holidays of
        ``search.country``; ``response`` is ``"advanced"``, ``"rejected"`` or
        ``""`` when censored.  Computed once per search (``search.waits``).

    Examples
    --------
    >>> import offerkit, pandas as pd
    >>> df = pd.DataFrame({"application_id": ["a"] * 3,
    ...                    "event": ["applied", "screen", "rejected"],
    ...                    "date": ["2024-12-20", "2024-12-27", "2025-01-06"]})
    >>> w = waits(offerkit.load(df))
    >>> w[["stage", "days", "business_days", "response"]].values.tolist()
    [['applied', 7, 4, 'advanced'], ['screen', 10, 5, 'rejected']]
    """
    return search.waits


def empty_waits() -> pd.DataFrame:
    """A waits table with no rows and the column types of a full one."""
    text = pd.Series([], dtype=str)
    return pd.DataFrame(
        {
            "candidate": text,
            "application_id": text,
            "company": text,
            "source": text,
            "stage": pd.Categorical([], categories=list(OPENING_STAGES), ordered=True),
            "start": pd.Series([], dtype="datetime64[ns]"),
            "end": pd.Series([], dtype="datetime64[ns]"),
            "days": pd.Series([], dtype="int64"),
            "business_days": pd.Series([], dtype="int64"),
            "observed": pd.Series([], dtype=bool),
            "response": text,
            "followups": pd.Series([], dtype="int64"),
        }
    )[WAIT_COLUMNS]


def compute_waits(search):
    """``(waits table, wait keys)`` of a search; use ``search.waits`` / ``search.wait_keys``, which keep them."""
    if len(search.events) and search.events["date"].isna().all():
        from .errors import DataError

        raise DataError(
            "this data has no dates (stage flags, a transition table or statuses without dates): latency, the slowdown "
            "and the simulator are unavailable; the funnel works. Add dates to measure time."
        )
    ev, group, starts = search.sorted_events
    unknown_end = None
    if ev["date"].isna().any():  # undated events (outcomes known without their date): waits from the dated events only
        keep = ev["date"].notna().to_numpy()
        # an outcome known without its date ends no wait: the wait it would have ended is left out (definitions §4.1)
        ender = event_is(ev["event"], (*ADVANCING_STAGES, *DECISIONS))
        undated_end = np.bincount(group[~keep & ender], minlength=int(group.max(initial=-1)) + 1) > 0
        unknown_end = undated_end[group[keep]]
        ev = ev[keep]
        app = group[keep]  # the search's application codes (the keys use them: they index its per-application tables)
        group = first_seen_codes(app)
        starts = np.r_[0, np.flatnonzero(np.diff(group)) + 1] if len(group) else np.array([], dtype="int64")
    else:
        app = group
    if ev.empty:
        none = np.array([], dtype="int64")
        return empty_waits(), (none, none, none)
    event = ev["event"]
    day = day_numbers(ev["date"])
    n = len(ev)
    is_open = event_is(event, OPENING_STAGES)
    is_adv = event_is(event, ADVANCING_STAGES)
    is_rej = event_is(event, ("rejected",))
    is_wd = event_is(event, ("withdrew",))
    is_term = event_is(event, NO_WAIT_AFTER)
    # terminal events strictly before each position, within the application
    cum = np.cumsum(is_term)
    cand = np.flatnonzero(is_open)  # the openers' candidates: counted there, not at every row
    first = starts[group[cand]]
    before = cum[cand] - is_term[cand] - (cum[first] - is_term[first])
    opener = cand[before == 0]
    group_end = np.r_[starts[1:], n][group[opener]]  # per opener: the first row of the next application
    end_ans = next_index(is_adv | is_rej, opener, group_end)
    end_wd = next_index(is_wd, opener, group_end)
    as_of = int(day_numbers([search.as_of])[0])
    observed = (end_ans >= 0) & ((end_wd < 0) | (end_ans < end_wd))
    by_wd = ~observed & (end_wd >= 0)
    start = day[opener]
    end = np.where(observed, day[np.maximum(end_ans, 0)], np.where(by_wd, day[np.maximum(end_wd, 0)], as_of))
    end = np.maximum(end, start)  # a start after as_of cannot happen (loader drops it); keep days >= 0
    response = np.array(["", "advanced", "rejected"], dtype=object)[
        np.where(observed, np.where(is_rej[np.maximum(end_ans, 0)], 2, 1), 0)
    ]
    # follow-ups dated in (start, end], within the application
    fu = np.flatnonzero(event_is(event, ("follow_up",)))
    span = np.int64(1 << 20)
    fkey = group[fu].astype("int64") * span + day[fu]
    followups = np.zeros(len(opener), dtype="int64")
    if len(fu):  # only the waits of applications with a follow-up are looked up
        has_fu = np.zeros(int(group[-1]) + 1, dtype=bool)
        has_fu[group[fu]] = True
        ask = np.flatnonzero(has_fu[group[opener]])
        g = group[opener[ask]].astype("int64") * span
        followups[ask] = np.searchsorted(fkey, g + end[ask], side="right") - np.searchsorted(
            fkey, g + start[ask], side="right"
        )
    table = day_table_for(np.r_[start, end], country=search.country, pad=1)
    rows = {
        c: ev[c].to_numpy(dtype=object if c != "date" else None)[opener]
        for c in ("candidate", "application_id", "date")
    }
    if len(ev) == len(search.sorted_events[0]):  # every event dated: the search's per-application texts apply
        per_wait = lambda column: (lambda codes, uniques: uniques[codes[group[opener]]])(*search.text_codes(column))
        company, source = per_wait("company"), per_wait("source")  # one gather of texts, not two
    else:
        company = first_nonempty(ev, "company", starts, n)[group[opener]]
        source = first_nonempty(ev, "source", starts, n)[group[opener]]
    out = pd.DataFrame(
        {
            "candidate": str_column(rows["candidate"]),
            "application_id": str_column(rows["application_id"]),
            "company": str_column(company),
            "source": str_column(source),
            "stage": pd.Categorical.from_codes(
                lookup_events(event, {s: i for i, s in enumerate(OPENING_STAGES)}, -1)[opener],
                categories=list(OPENING_STAGES),
                ordered=True,
            ),
            "start": rows["date"],
            "end": dates_of(end),
            "days": (end - start).astype("int64"),
            "business_days": table.business_between(start, end).astype("int64"),
            "observed": observed,
            "response": str_column(response),
            "followups": followups.astype("int64"),
        },
        copy=False,  # fresh arrays: no copy, no consolidation into 2-D blocks (8 ms per 500k rows)
    )
    if unknown_end is not None:
        drop = unknown_end[opener] & ~observed & ~by_wd
        if drop.any():
            keep_w = ~drop
            out = out[keep_w].reset_index(drop=True)
            return out, (app[opener][keep_w].astype("int64"), app[fu].astype("int64"), day[fu])
    return out, (app[opener].astype("int64"), app[fu].astype("int64"), day[fu])
