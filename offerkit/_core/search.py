"""``JobSearch``: the loaded data, one object per search or cohort."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._kernels import first_seen_codes, group_reduce, keys_sorted, lookup_codes
from .status import is_stale
from .text import str_column
from .timeline import dates_of
from .vocab import DECISIONS, LADDER, LADDER_DTYPE, OFFER_RANK, TIE_ORDER

__all__ = [
    "JobSearch",
    "stage_rank",
    "event_is",
    "lookup_events",
    "require_events",
    "first_nonempty",
    "date_sort_key",
]

_LADDER_RANK = {stage: i for i, stage in enumerate(LADDER)}

# Day numbers that stand for "no date" in the applications table's reductions (real days are 0 to ~10⁵):
#: an undated event (below every real day, above NO_DAY): it sorts first and never counts as a date
UNDATED = -(1 << 40)
#: no such day in this application (the identity of a maximum over its rows)
NO_DAY = -(1 << 41)
#: no ghosted marker: before any stage day, so it never closes the application
NEVER = -(1 << 42)
#: an undated ghosted marker (dateless data): after every stage day, so it closes the application
UNDATED_GHOST = 1 << 40
#: never applied (the identity of a minimum)
NOT_APPLIED = np.iinfo("int64").max

APPLICATION_COLUMNS = [
    "candidate",
    "application_id",
    "company",
    "role",
    "source",
    "applied",
    "stage_reached",
    "outcome",
    "last_event",
    "last_date",
    "last_stage_date",
    "followups",
]


def require_events(search, what: str):
    """Raise a clear DataError when nothing was loaded (every row set aside)."""
    if len(search.events) == 0:
        from .errors import DataError

        read = search.report.rows_read if search.report is not None else 0
        raise DataError(
            f"no events were loaded ({read} row(s) read, all set aside or after as_of): {what} needs data. "
            "See search.report for what to fix."
        )


def lookup_events(events: pd.Series, table: dict, default):
    """``table[event]`` for every event, looked up once per category (missing events get ``default``)."""
    if isinstance(events.dtype, pd.CategoricalDtype):
        values = [table.get(c, default) for c in events.cat.categories]
        return lookup_codes(events.cat.codes.to_numpy(), np.asarray(values), default)
    return np.asarray([table.get(e, default) for e in events.astype(object)])


def stage_rank(events: pd.Series) -> np.ndarray:
    """Ladder rank of each event (``accepted``/``declined`` count as offer), -1 otherwise."""
    return lookup_events(events, {**_LADDER_RANK, "accepted": OFFER_RANK, "declined": OFFER_RANK}, -1).astype("int64")


def event_is(events: pd.Series, names) -> np.ndarray:
    """Whether each event is one of ``names`` (a boolean array, from the categorical codes).

    Examples
    --------
    >>> from offerkit._core.vocab import EVENT_DTYPE
    >>> event_is(pd.Series(["applied", "offer", None], dtype=EVENT_DTYPE), ("offer", "rejected")).tolist()
    [False, True, False]
    """
    if isinstance(events.dtype, pd.CategoricalDtype):  # a comparison per name on the codes: no gather
        codes = events.cat.codes.to_numpy()
        out = np.zeros(len(codes), dtype=bool)
        for code in np.flatnonzero(events.cat.categories.isin(list(names))):
            out |= codes == code
        return out
    return lookup_events(events, dict.fromkeys(names, True), False).astype(bool)


class JobSearch:
    """A loaded job search (or a cohort of searches); immutable.

    Built by :func:`offerkit.load`.  It owns what is derived from its events
    (the sorted events, the waits, the applications table), computed once on
    first use: since a ``JobSearch`` never changes, they can never go stale.
    To look at part of the data, make a new search with :meth:`where` or
    :meth:`for_candidate`; to change the as-of date, the calendar or
    ``stale_after``, use :meth:`replace`.  Assigning to an attribute raises.

    Attributes
    ----------
    events : pandas.DataFrame
        The canonical event log (definitions §3.1), extra input columns kept.  A
        shallow copy is returned each time; with pandas' copy-on-write (the
        default in pandas 3) editing it never changes the search.
    report : ValidationReport
    as_of : pandas.Timestamp
    country : str
        Public-holiday calendar used for business days.
    stale_after : int
        Days of silence after which an open application is called stale.

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(candidates=2, applications=5, seed=1))
    >>> one = s.for_candidate("candidate_01")
    >>> one.candidates, bool(len(one.applications) == (s.applications["candidate"] == "candidate_01").sum())
    (['candidate_01'], True)
    >>> s.events = one.events
    Traceback (most recent call last):
    ...
    AttributeError: a JobSearch cannot be changed (events): make a new one with search.where(mask), search.for_candidate(name) or search.replace(as_of=..., country=..., stale_after=...)
    """

    _FIELDS = ("events", "report", "as_of", "country", "stale_after")

    def __init__(self, events, *, report=None, as_of=None, country="US", stale_after=30):
        set_ = object.__setattr__
        set_(self, "_events", events)
        set_(self, "_report", report)
        set_(self, "_as_of", pd.Timestamp(as_of) if as_of is not None and not pd.isna(as_of) else events["date"].max())
        set_(self, "_country", country)
        set_(self, "_stale_after", stale_after)
        set_(self, "_memo", {})

    @classmethod
    def from_sorted(cls, events, *, groups, codes=None, **fields) -> "JobSearch":
        """A search from events already sorted by application (the loader's constructor).

        Parameters
        ----------
        events : pandas.DataFrame
            Canonical events, sorted by application, date and the tie order.
        groups : numpy.ndarray of int
            The application code of each row (equal codes are one application, in runs).
        codes : dict, optional
            ``{column: (codes, distinct values)}`` aligned with ``events``: text columns already
            factorized by the reader, so that grouping by them hashes nothing again.
        **fields
            ``report, as_of, country, stale_after`` as for ``JobSearch``.

        Examples
        --------
        >>> import pandas as pd
        >>> ev = pd.DataFrame({"candidate": "", "application_id": ["a", "a", "b"], "event": ["applied"] * 3,
        ...                    "date": pd.to_datetime(["2024-11-01", "2024-11-02", "2024-11-01"])})
        >>> JobSearch.from_sorted(ev, groups=np.array([0, 0, 1])).sorted_events[2].tolist()
        [0, 2]
        """
        search = cls(events, **fields)
        change = np.diff(groups) != 0
        starts = np.r_[0, np.flatnonzero(change) + 1] if len(groups) else np.array([], dtype="int64")
        dense = np.cumsum(np.r_[0, change]) if len(groups) else groups
        search._memo["sorted"] = (events, dense, starts)
        if codes:
            search._memo["event_codes"] = codes
        return search

    def __setattr__(self, name, value):
        raise AttributeError(
            f"a JobSearch cannot be changed ({name}): make a new one with search.where(mask), "
            "search.for_candidate(name) or search.replace(as_of=..., country=..., stale_after=...)"
        )

    def __delattr__(self, name):
        self.__setattr__(name, None)

    events = property(lambda self: self._events.copy(deep=False), doc="The canonical event log (a shallow copy).")
    report = property(lambda self: self._report, doc="The validation report of the load.")
    as_of = property(lambda self: self._as_of, doc="The date the data describes.")
    country = property(lambda self: self._country, doc="Public-holiday calendar used for business days.")
    stale_after = property(lambda self: self._stale_after, doc="Days of silence after which an application is stale.")

    # -- new searches ------------------------------------------------------------------------------------------
    def replace(self, **changes) -> "JobSearch":
        """A new search with some of ``events, report, as_of, country, stale_after`` changed.

        Derived tables that do not depend on the change (the sorted events)
        are shared; everything else is computed afresh.  An earlier
        ``as_of`` also drops the events dated after it, as :func:`offerkit.load`
        does (definitions §3.5).
        """
        unknown = set(changes) - set(self._FIELDS)
        if unknown:
            raise TypeError(f"replace() takes {', '.join(self._FIELDS)}; not {', '.join(sorted(unknown))}")
        fields = {f: getattr(self, "_" + f) for f in self._FIELDS}
        fields.update(changes)
        if "as_of" in changes and changes["as_of"] is not None:
            ev = fields["events"]
            after = (ev["date"] > pd.Timestamp(changes["as_of"])).to_numpy()
            if after.any():
                fields["events"] = ev[~after].reset_index(drop=True)
                changes = {**changes, "events": fields["events"]}
        other = JobSearch(fields.pop("events"), **fields)
        if "events" not in changes:
            for key in ("sorted", "event_codes"):
                if key in self._memo:
                    other._memo[key] = self._memo[key]
        return other

    def where(self, mask) -> "JobSearch":
        """A new search with only the events selected by ``mask``.

        Parameters
        ----------
        mask : array-like of bool, str or callable
            A boolean mask over ``events`` (same length), a
            :meth:`pandas.DataFrame.eval` expression (``"source == 'referral'"``),
            or a function of the events returning such a mask.

        Returns
        -------
        JobSearch
            Same report, ``as_of``, calendar and ``stale_after``; its waits,
            applications and every analysis reflect only the kept events.
        """
        ev = self._events
        if isinstance(mask, str):
            keep = ev.eval(mask)
        elif callable(mask):
            keep = mask(ev.copy(deep=False))
        else:
            keep = mask
        keep = np.asarray(keep, dtype=bool)
        if keep.shape != (len(ev),):
            raise ValueError(f"where() needs one True/False per event ({len(ev)}); got shape {keep.shape}")
        other = self.replace(events=ev[keep].reset_index(drop=True))
        if "event_codes" in self._memo:  # the text codes stay valid for the kept rows
            other._memo["event_codes"] = {c: (k[keep], u) for c, (k, u) in self._memo["event_codes"].items()}
        return other

    def for_candidate(self, name) -> "JobSearch":
        """A new search with the events of one candidate (see :meth:`where`)."""
        if name not in set(self._events["candidate"]):
            raise ValueError(f"candidate {name!r} is not in the data: {', '.join(map(str, self.candidates[:10]))}")
        return self.where(self._events["candidate"].to_numpy(dtype=object) == name)

    # -- what is derived from the events, computed once -------------------------------------------------------
    #: The derived tables a search owns, each computed once on first use (the search never changes):
    #: ``sorted`` (:attr:`sorted_events`), ``waits``, ``applications``, ``outcome_codes``,
    #: ``("first_text", column)``, ``("text_codes", column)`` and the reader's ``event_codes``.
    #: Model fits are not kept here: the model layer owns them (``offerkit/_model/fits.py``).
    _DERIVED = ("sorted", "waits", "applications", "outcome_codes", "first_text", "text_codes", "event_codes")

    def _derived(self, key, compute):
        """The derived table ``key`` (one of :attr:`_DERIVED`), computed by ``compute()`` the first time."""
        assert (key[0] if isinstance(key, tuple) else key) in self._DERIVED, key
        memo = self._memo
        if key not in memo:
            memo[key] = compute()
        return memo[key]

    @property
    def sorted_events(self):
        """``(events, group, starts)``: the events sorted by application, date and the tie order of definitions §4.1.

        ``group`` is the application code of each sorted row (0, 1, ...),
        ``starts`` the index of each application's first row.
        """
        return self._derived("sorted", lambda: _sort_events(self._events))

    def first_text(self, column) -> np.ndarray:
        """Per application (in ``sorted_events`` order), the first non-empty text of ``column``."""

        def compute():
            if self._event_codes(column) is not None:
                codes, uniques = self.text_codes(column)
                return uniques[codes]
            ev, _, starts = self.sorted_events
            return first_nonempty(ev, column, starts, len(ev))

        return self._derived(("first_text", column), compute)

    def text_codes(self, column):
        """``(codes, uniques)`` of :meth:`first_text`: one integer per application, distinct texts.

        From the loader's codes when it kept them (no string is hashed), else by factorizing the texts.
        """

        def compute():
            known = self._event_codes(column)
            if known is None:
                codes, uniques = pd.factorize(self.first_text(column))
                return codes, np.asarray(uniques, dtype=object)
            codes, uniques = known
            _, group, starts = self.sorted_events
            n = len(codes)
            if not (uniques == "").any():
                uniques = np.r_[uniques, np.array([""], dtype=object)]
            empty = int(np.flatnonzero(uniques == "")[0])
            if n == 0:
                return np.zeros(0, dtype=np.intp), uniques
            blank = (uniques == "")[codes]
            if not blank.any():  # every event names it: the first event's text
                return codes[starts], uniques
            idx = group_reduce(np.minimum, np.where(blank, n, np.arange(n)), group, starts)
            return np.where(idx < n, codes[np.minimum(idx, n - 1)], empty), uniques

        return self._derived(("text_codes", column), compute)

    def _event_codes(self, column):
        """The loader's ``(codes, uniques)`` of an events column, when they are aligned with ``sorted_events``."""
        known = self._memo.get("event_codes", {}).get(column)
        return known if known is not None and self.sorted_events[0] is self._events else None

    @property
    def waits(self) -> pd.DataFrame:
        """The waits of definitions §4.1 (see :func:`offerkit.waits`), computed once (a shallow copy)."""
        return read_only(self._waits_and_keys[0]).copy(deep=False)

    @property
    def wait_keys(self):
        """``(application code per wait, per follow-up, follow-up day)``: integer keys pairing waits with nudges.

        An application code is its row in the per-application tables (``applications``, :meth:`text_codes`).
        """
        return self._waits_and_keys[1]

    @property
    def _waits_and_keys(self):
        from .waits import compute_waits

        return self._derived("waits", lambda: compute_waits(self))

    @property
    def dateless(self) -> bool:
        """True when no event has a date (stage-flag grids, transition tables): funnel only."""
        return bool(self._events["date"].isna().all())

    @property
    def limited(self) -> bool:
        """True when the data is a status snapshot (no stage timing)."""
        return bool(self._report is not None and self._report.limited)

    @property
    def applications(self) -> pd.DataFrame:
        """One row per application (a shallow copy of the table computed once).

        Columns ``candidate, application_id, company, role, source, applied,
        stage_reached, outcome, last_event, last_date, last_stage_date,
        followups``.  ``outcome`` is the latest of ``rejected``, ``withdrew``,
        ``accepted``, ``declined`` if any; else ``offer`` when an offer is
        open; else ``ghosted`` when a ghosted marker is dated on or after the
        last ladder event; else ``stale`` when more than ``stale_after`` days
        passed from the last ladder event to ``as_of``; else ``open``.
        """
        return self._applications().copy(deep=False)

    def _applications(self) -> pd.DataFrame:
        """The applications table this search owns (read-only), computed once with its outcome codes."""
        if "applications" not in self._memo:
            table, outcome_codes = applications_table(self)
            self._memo["outcome_codes"] = outcome_codes  # they cost nothing there: kept for outcome_codes()
            self._memo["applications"] = read_only(table)
        return self._memo["applications"]

    def outcome_codes(self):
        """``(codes, labels)`` of ``applications["outcome"]``: ``labels[codes]`` is the column (no text hashed)."""
        self._applications()
        return self._memo["outcome_codes"]

    @property
    def candidates(self) -> list:
        """The candidates in the data, sorted."""
        return sorted(self._events["candidate"].unique().tolist())

    def describe(self) -> str:
        """The search in one sentence, for people ("150 applications from one candidate, ... as of 2025-02-28").

        Examples
        --------
        >>> import offerkit
        >>> offerkit.load(offerkit.sample(applications=20, seed=1)).describe()[:36]
        '20 applications from one candidate ('
        """
        apps = len(self._applications())
        n_cand = self._events["candidate"].nunique()
        problems = 0 if self._report is None else len(self._report.problems)
        who = "one candidate" if n_cand == 1 else f"{n_cand} candidates"
        when = f"as of {self._as_of.date()}" if pd.notna(self._as_of) else "without dates"
        issues = (
            "no problems reported" if not problems else f"{problems} problem(s) reported (see the validation report)"
        )
        return f"{apps:,} applications from {who} ({len(self._events):,} events), {when}; {issues}."

    def __repr__(self) -> str:
        apps = len(self._applications())
        n_cand = self._events["candidate"].nunique()
        problems = 0 if self._report is None else len(self._report.problems)
        return (
            f"JobSearch({n_cand} candidate{'s' if n_cand != 1 else ''}, {apps} applications, "
            f"{len(self._events)} events, as of {self._as_of.date() if pd.notna(self._as_of) else 'n/a (no dates)'}, "
            f"{problems} problem(s) reported)"
        )


def _sort_events(ev: pd.DataFrame):
    """``(sorted events, group code per row, first row of each group)``; see ``JobSearch.sorted_events``."""
    cand = pd.factorize(ev["candidate"].to_numpy(dtype=object))[0]
    app = pd.factorize(ev["application_id"].to_numpy(dtype=object))[0]
    key = cand.astype("int64") * (int(app.max(initial=0)) + 1) + app
    tie_of = np.array([TIE_ORDER.index(e) for e in ev["event"].cat.categories], dtype="int64")
    tie = tie_of[ev["event"].cat.codes.to_numpy()]
    keys = (tie, date_sort_key(ev["date"]), key)
    order = None if keys_sorted(keys) else np.lexsort(keys)
    group = first_seen_codes(key if order is None else key[order])
    starts = np.r_[0, np.flatnonzero(np.diff(group)) + 1] if len(group) else np.array([], dtype="int64")
    return (ev if order is None else ev.iloc[order]), group, starts


def _groups_of(starts, n) -> np.ndarray:
    """The group code of each row, from the groups' first rows."""
    return np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, n]))


def date_sort_key(dates) -> np.ndarray:
    """Dates as int64 for sorting, undated events last (an outcome known without its date is the latest news)."""
    raw = np.asarray(dates, dtype="datetime64[ns]")
    return np.where(np.isnat(raw), np.iinfo("int64").max, raw.astype("int64"))


def first_nonempty(events, column, starts, n):
    """Per group (rows ``starts[i]`` to the next start), the first non-empty text of ``events[column]``."""
    text = events[column].to_numpy(dtype=object)
    nonempty = text != ""
    idx = group_reduce(np.minimum, np.where(nonempty, np.arange(n), n), _groups_of(starts, n), starts)
    return np.where(idx < n, text[np.minimum(idx, n - 1)], "")


def read_only(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the arrays behind its columns marked read-only (in place), and returned.

    A table a search hands out is a shallow copy of one it keeps; pandas' copy
    on write protects ``.loc``/``.iloc`` edits, but ``to_numpy()`` of an object
    column is the kept array itself.  Marked read-only, an edit through it
    raises instead of changing the search behind its back (issue #25).
    """
    for block in frame._mgr.blocks:
        values = block.values
        arr = values if isinstance(values, np.ndarray) else getattr(values, "_ndarray", None)
        if arr is None and isinstance(values, pd.Categorical):
            arr = values._ndarray
        if isinstance(arr, np.ndarray) and arr.flags.writeable:
            arr.flags.writeable = False
    return frame


def applications_table(search):
    """Summarise the event log per application (see ``JobSearch.applications``).

    One pass of array reductions over the events sorted by application.

    Returns
    -------
    (pandas.DataFrame, (numpy.ndarray, numpy.ndarray))
        The table, and its ``outcome`` column as ``(codes, labels)`` (``labels[codes]``
        is the column), which :meth:`JobSearch.outcome_codes` hands out.
    """
    as_of, stale_after = search.as_of, search.stale_after
    if len(search._events) == 0:
        empty = pd.DataFrame({c: pd.Series(dtype=object) for c in APPLICATION_COLUMNS})
        for c in ("applied", "last_date", "last_stage_date"):
            empty[c] = pd.Series(dtype="datetime64[ns]")
        empty["stage_reached"] = pd.Categorical([], dtype=LADDER_DTYPE)
        empty["followups"] = pd.Series(dtype="int64")
        return empty, (np.zeros(0, dtype=np.intp), np.array([], dtype=object))
    ev, group, starts = search.sorted_events
    n = len(ev)
    ends = np.r_[starts[1:], n] - 1
    events_col = ev["event"]
    names = np.asarray(events_col.cat.categories, dtype=object)
    codes = events_col.cat.codes.to_numpy()
    is_applied, is_ghosted = event_is(events_col, ("applied",)), event_is(events_col, ("ghosted",))
    rank = stage_rank(events_col)
    raw_day = ev["date"].to_numpy().astype("datetime64[D]")
    undated = np.isnat(raw_day)
    day = np.where(undated, UNDATED, raw_day.astype("int64"))
    out = pd.DataFrame(
        {
            "candidate": str_column(ev["candidate"].to_numpy(dtype=object)[starts]),
            "application_id": str_column(ev["application_id"].to_numpy(dtype=object)[starts]),
        },
        copy=False,  # fresh arrays: no copy
    )
    for column in ("company", "role", "source"):
        out[column] = str_column(search.first_text(column))
    applied = group_reduce(np.minimum, np.where(is_applied & ~undated, day, NOT_APPLIED), group, starts)
    top = group_reduce(np.maximum, rank, group, starts).clip(min=0)
    top_row = top[group]
    stage_day = group_reduce(
        np.maximum, np.where((rank == top_row) & (rank >= 0) & ~undated, day, NO_DAY), group, starts
    )
    last_day = group_reduce(np.maximum, np.where(undated, NO_DAY, day), group, starts)
    stage_day = np.where(stage_day > NO_DAY, stage_day, last_day)
    is_term = event_is(events_col, DECISIONS)
    term_idx = group_reduce(np.maximum, np.where(is_term, np.arange(n), -1), group, starts)
    # an undated ghosted marker (dateless data) closes the application whatever the stage
    ghost_day = group_reduce(
        np.maximum, np.where(is_ghosted, np.where(undated, UNDATED_GHOST, day), NO_DAY), group, starts
    )
    ghost_day = np.where(ghost_day > NO_DAY, ghost_day, NEVER)
    to_ts = lambda d: np.where(d <= NO_DAY, np.datetime64("NaT", "ns"), dates_of(np.where(d <= NO_DAY, 0, d)))
    out["applied"] = np.where(
        applied == NOT_APPLIED, np.datetime64("NaT", "ns"), to_ts(np.where(applied == NOT_APPLIED, 0, applied))
    )
    out["stage_reached"] = pd.Categorical.from_codes(top, dtype=LADDER_DTYPE)
    as_of_day = int(np.datetime64(pd.Timestamp(as_of).date(), "D").astype("int64")) if pd.notna(as_of) else None
    # the outcome as a code: an event category, or one of the four labels after them
    labels = np.r_[names, np.array(["offer", "ghosted", "stale", "open"], dtype=object)]
    k = len(names)
    outcome = np.where(term_idx >= 0, codes[np.maximum(term_idx, 0)], -1)
    outcome = np.where((outcome < 0) & (top == OFFER_RANK), k, outcome)
    outcome = np.where((outcome < 0) & (ghost_day >= stage_day), k + 1, outcome)
    if as_of_day is not None:
        stale = (stage_day > NO_DAY) & is_stale(as_of_day - stage_day, stale_after)
        outcome = np.where((outcome < 0) & stale, k + 2, outcome)
    outcome = np.where(outcome < 0, k + 3, outcome)
    out["outcome"] = str_column(labels[outcome])
    out["last_event"] = str_column(names[codes[ends]])
    out["last_date"] = to_ts(last_day)
    out["last_stage_date"] = to_ts(stage_day)
    out["followups"] = group_reduce(np.add, event_is(events_col, ("follow_up",)).astype("int64"), group, starts)
    return out[APPLICATION_COLUMNS], (outcome, labels)
