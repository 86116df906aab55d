"""``JobSearch``: the loaded data, one object per search or cohort."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._vocab import LADDER, TIE_ORDER

__all__ = ["JobSearch", "stage_rank", "event_is", "lookup_events", "require_events"]

_LADDER_RANK = {stage: i for i, stage in enumerate(LADDER)}
_TERMINAL = ("rejected", "withdrew", "accepted", "declined")

APPLICATION_COLUMNS = [
    "candidate", "application_id", "company", "role", "source", "applied", "stage_reached",
    "outcome", "last_event", "last_date", "last_stage_date", "followups",
]


def require_events(search, what: str):
    """Raise a clear DataError when nothing was loaded (every row set aside)."""
    if len(search.events) == 0:
        from ._errors import DataError

        read = search.report.rows_read if search.report is not None else 0
        raise DataError(f"no events were loaded ({read} row(s) read, all set aside or after as_of): {what} needs data. "
                        "See search.report for what to fix.")


def lookup_events(events: pd.Series, table: dict, default):
    """``table[event]`` for every event, looked up once per category (missing events get ``default``)."""
    if isinstance(events.dtype, pd.CategoricalDtype):
        values = [table.get(c, default) for c in events.cat.categories] + [default]
        return np.asarray(values)[events.cat.codes.to_numpy()]  # code -1 (missing) takes the last, the default
    return np.asarray([table.get(e, default) for e in events.astype(object)])


def stage_rank(events: pd.Series) -> np.ndarray:
    """Ladder rank of each event (``accepted``/``declined`` count as offer), -1 otherwise."""
    return lookup_events(events, {**_LADDER_RANK, "accepted": 4, "declined": 4}, -1).astype("int64")


def event_is(events: pd.Series, names) -> np.ndarray:
    """Whether each event is one of ``names`` (a boolean array, from the categorical codes).

    Examples
    --------
    >>> from offerkit._vocab import EVENT_DTYPE
    >>> event_is(pd.Series(["applied", "offer", None], dtype=EVENT_DTYPE), ("offer", "rejected")).tolist()
    [False, True, False]
    """
    return lookup_events(events, dict.fromkeys(names, True), False).astype(bool)


class JobSearch:
    """A loaded job search (or a cohort of searches).

    Built by :func:`offerkit.load`; holds state (the events, the report, the
    as-of date), so it is a class.

    Attributes
    ----------
    events : pandas.DataFrame
        The canonical event log (SPEC 3.1), extra input columns kept.
    report : ValidationReport
    as_of : pandas.Timestamp
    country : str
        Public-holiday calendar used for business days.
    stale_after : int
        Days of silence after which an open application is called stale.
    """

    def __init__(self, events, *, report=None, as_of=None, country="US", stale_after=30, groups=None):
        self.events = events
        self.report = report
        self.as_of = pd.Timestamp(as_of) if as_of is not None and not pd.isna(as_of) else events["date"].max()
        self.country = country
        self.stale_after = stale_after
        self._applications = None
        self._cache = {}
        if groups is not None:  # the loader's events are already sorted; these are their group codes
            starts = np.r_[0, np.flatnonzero(np.diff(groups)) + 1] if len(groups) else np.array([], dtype="int64")
            dense = np.cumsum(np.r_[0, np.diff(groups) != 0]) if len(groups) else groups
            self._cache["sorted"] = (events, events, dense, starts)

    @property
    def dateless(self) -> bool:
        """True when no event has a date (stage-flag grids, transition tables): funnel only."""
        return bool(self.events["date"].isna().all())

    @property
    def limited(self) -> bool:
        """True when the data is a status snapshot (no stage timing)."""
        return bool(self.report is not None and self.report.limited)

    @property
    def applications(self) -> pd.DataFrame:
        """One row per application.

        Columns ``candidate, application_id, company, role, source, applied,
        stage_reached, outcome, last_event, last_date, last_stage_date,
        followups``.  ``outcome`` is the latest of ``rejected``, ``withdrew``,
        ``accepted``, ``declined`` if any; else ``offer`` when an offer is
        open; else ``ghosted`` when a ghosted marker is dated on or after the
        last ladder event; else ``stale`` when more than ``stale_after`` days
        passed from the last ladder event to ``as_of``; else ``open``.
        """
        if self._applications is None:
            self._applications = applications_table(self.events, as_of=self.as_of, stale_after=self.stale_after,
                                                    cache=self._cache)
        return self._applications

    @property
    def candidates(self) -> list:
        """The candidates in the data, sorted."""
        return sorted(self.events["candidate"].unique().tolist())

    def __repr__(self) -> str:
        apps = self.events.groupby(["candidate", "application_id"]).ngroups
        n_cand = self.events["candidate"].nunique()
        problems = 0 if self.report is None else len(self.report.problems)
        return (
            f"JobSearch({n_cand} candidate{'s' if n_cand != 1 else ''}, {apps} applications, "
            f"{len(self.events)} events, as of {self.as_of.date() if pd.notna(self.as_of) else 'n/a (no dates)'}, "
            f"{problems} problem(s) reported)"
        )


def sorted_events(events: pd.DataFrame, *, cache=None):
    """The events ordered by application, date and the tie order of SPEC 4.1.

    ``cache`` (a dict, such as ``JobSearch._cache``) keeps the result for the
    same ``events`` object; the loader pre-fills it since it sorts anyway.

    Returns
    -------
    (pandas.DataFrame, numpy.ndarray, numpy.ndarray)
        The sorted events, the group code of each row (0, 1, ... in order,
        one per application) and the index of each group's first row.
    """
    if cache is not None and cache.get("sorted", (None,))[0] is events:
        return cache["sorted"][1:]
    ev = events
    cand = pd.factorize(ev["candidate"].to_numpy(dtype=object))[0]
    app = pd.factorize(ev["application_id"].to_numpy(dtype=object))[0]
    key = cand.astype("int64") * (int(app.max(initial=0)) + 1) + app
    tie_of = np.array([TIE_ORDER.index(e) for e in ev["event"].cat.categories], dtype="int64")
    tie = tie_of[ev["event"].cat.codes.to_numpy()]
    order = np.lexsort((tie, ev["date"].to_numpy().astype("int64"), key))
    group = pd.factorize(key[order])[0]
    starts = np.r_[0, np.flatnonzero(np.diff(group)) + 1] if len(group) else np.array([], dtype="int64")
    result = (ev.iloc[order], group, starts)
    if cache is not None:
        cache["sorted"] = (events, *result)
    return result


def first_nonempty(events, column, starts, n, *, cache=None):
    """Per group (rows ``starts[i]`` to the next start), the first non-empty text of ``events[column]``.

    ``cache`` (a dict) keeps the result for the same ``events`` object, so the
    waits and the applications table share it.
    """
    if cache is not None:
        hit = cache.get(("first_nonempty", column))
        if hit is not None and hit[0] is events:
            return hit[1]
        result = first_nonempty(events, column, starts, n)
        cache[("first_nonempty", column)] = (events, result)
        return result
    values = events[column]
    text = values.to_numpy(dtype=object)
    nonempty = text != ""
    idx = np.minimum.reduceat(np.where(nonempty, np.arange(n), n), starts)
    return np.where(idx < n, text[np.minimum(idx, n - 1)], "")


def applications_table(events: pd.DataFrame, *, as_of, stale_after=30, cache=None) -> pd.DataFrame:
    """Summarise the event log per application (see ``JobSearch.applications``).

    One pass of array reductions over the events sorted by application.
    """
    if events.empty:
        empty = pd.DataFrame({c: pd.Series(dtype=object) for c in APPLICATION_COLUMNS})
        for c in ("applied", "last_date", "last_stage_date"):
            empty[c] = pd.Series(dtype="datetime64[ns]")
        empty["stage_reached"] = pd.Categorical([], categories=list(LADDER), ordered=True)
        empty["followups"] = pd.Series(dtype="int64")
        return empty
    ev, group, starts = sorted_events(events, cache=cache)
    n = len(ev)
    ends = np.r_[starts[1:], n] - 1
    events_col = ev["event"]
    names = np.asarray(events_col.cat.categories, dtype=object)
    codes = events_col.cat.codes.to_numpy()
    is_applied, is_ghosted = event_is(events_col, ("applied",)), event_is(events_col, ("ghosted",))
    rank = stage_rank(events_col)
    raw_day = ev["date"].to_numpy().astype("datetime64[D]")
    undated = np.isnat(raw_day)
    day = np.where(undated, -(1 << 40), raw_day.astype("int64"))  # undated events sort first and never count as dates
    big = np.iinfo("int64").max
    out = pd.DataFrame(
        {
            "candidate": ev["candidate"].to_numpy(dtype=object)[starts],
            "application_id": ev["application_id"].to_numpy(dtype=object)[starts],
        }
    )
    for column in ("company", "role", "source"):
        out[column] = first_nonempty(ev, column, starts, n, cache=cache)
    applied = np.minimum.reduceat(np.where(is_applied & ~undated, day, big), starts)
    top = np.maximum.reduceat(rank, starts).clip(min=0)
    top_row = top[group]
    none = -(1 << 41)
    stage_day = np.maximum.reduceat(np.where((rank == top_row) & (rank >= 0) & ~undated, day, none), starts)
    last_day = np.maximum.reduceat(np.where(undated, none, day), starts)
    stage_day = np.where(stage_day > none, stage_day, last_day)
    is_term = event_is(events_col, _TERMINAL)
    term_idx = np.maximum.reduceat(np.where(is_term, np.arange(n), -1), starts)
    # an undated ghosted marker (dateless data) closes the application whatever the stage
    ghost_day = np.maximum.reduceat(np.where(is_ghosted, np.where(undated, 1 << 40, day), none), starts)
    ghost_day = np.where(ghost_day > none, ghost_day, -(1 << 42))
    to_ts = lambda d: np.where(d <= none, np.datetime64("NaT", "ns"),
                               (np.datetime64("1970-01-01", "D") + np.where(d <= none, 0, d).astype("timedelta64[D]")).astype("datetime64[ns]"))
    out["applied"] = np.where(applied == big, np.datetime64("NaT", "ns"), to_ts(np.where(applied == big, 0, applied)))
    out["stage_reached"] = pd.Categorical.from_codes(top, categories=list(LADDER), ordered=True)
    as_of_day = int(np.datetime64(pd.Timestamp(as_of).date(), "D").astype("int64")) if pd.notna(as_of) else None
    # the outcome as a code: an event category, or one of the four labels after them
    labels = np.r_[names, np.array(["offer", "ghosted", "stale", "open"], dtype=object)]
    k = len(names)
    outcome = np.where(term_idx >= 0, codes[np.maximum(term_idx, 0)], -1)
    outcome = np.where((outcome < 0) & (top == 4), k, outcome)
    outcome = np.where((outcome < 0) & (ghost_day >= stage_day), k + 1, outcome)
    if as_of_day is not None:
        stale = (stage_day > none) & (as_of_day - stage_day > stale_after)
        outcome = np.where((outcome < 0) & stale, k + 2, outcome)
    out["outcome"] = labels[np.where(outcome < 0, k + 3, outcome)]
    out["last_event"] = names[codes[ends]]
    out["last_date"] = to_ts(last_day)
    out["last_stage_date"] = to_ts(stage_day)
    out["followups"] = np.add.reduceat(event_is(events_col, ("follow_up",)).astype("int64"), starts)
    return out[APPLICATION_COLUMNS]
