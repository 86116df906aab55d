"""The row rules of definitions §3.5, one function each: each reads the :class:`RawLog` and reports what it finds.

They run in this order inside :func:`offerkit.load` (each sees only the
events the earlier ones left loaded): implausible dates, duplicate rows,
one application_id with conflicting companies, events after ``as_of``,
events out of order, applications without an applied date.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._core._kernels import fold_columns
from .._core.errors import DataError

__all__ = [
    "implausible_dates",
    "duplicate_rows",
    "conflicting_companies",
    "after_as_of",
    "out_of_order",
    "without_applied",
]


def _implausible(dates: pd.Series) -> pd.Series:
    """Dates before 1990, or a small cluster more than a year after all others."""
    bad = dates < pd.Timestamp("1990-01-01")
    ok = dates[~bad & dates.notna()]
    if len(ok) > 1:
        unique = np.sort(ok.unique())
        gaps = np.diff(unique) > np.timedelta64(365, "D")
        if gaps.any():
            cut = unique[np.flatnonzero(gaps)[-1] + 1]
            above = dates >= cut
            if above.sum() <= max(1, 0.1 * len(ok)):
                bad |= above
    return bad


def implausible_dates(log):
    """Dates before 1990, or a small cluster more than a year after all the others: set aside."""
    ev, live = log.ev, log.live()
    bad = live & _implausible(ev["date"].where(live)).to_numpy()
    log.add(
        bad,
        ev["_datecol"],
        ev["_datetext"],
        "implausible date (before 1990 or more than a year after the other dates): check the year",
    )


def duplicate_rows(log, group, text_codes, *, keep_alike=()):
    """Input rows identical to an earlier row (the later copies): set aside.

    Only where something names the application: in the tables listed in
    ``keep_alike`` (one row per application, with neither an id nor a
    company column) two rows that look alike are two applications, kept and
    counted in a note.

    A cheap key finds the candidates: ``group`` (the application as the
    file's candidate and id cells give it) and ``text_codes`` (label, day,
    company, table); their raw cells are then compared exactly.
    """
    alike = 0
    for tab, recs, firsts in _duplicate_rows(log.ev, group, text_codes, log.tables):
        if tab in keep_alike:  # nothing tells two such rows apart: two applications, not a copy
            alike += len(recs)
            continue
        rows = np.asarray(log.tables[tab][0].rows)
        log.problems.add(
            tab,
            recs,
            "",
            [_row_text(log.tables[tab][0].frame, r) for r in recs],
            [f"duplicate of row {rows[f]}: the later copy is set aside" for f in firsts],
        )
    if alike:
        log.notes.append(
            f"{alike} row(s) look like an earlier row; kept as separate applications: the file has no id "
            "or company column to tell them apart (add one to mark copies)"
        )


def conflicting_companies(log, company_codes, company_texts):
    """One application_id given in the file with two companies (ignoring case): the later rows set aside."""
    ev = log.ev
    gid = ev["_gid"].to_numpy()
    n_groups = int(gid.max()) + 1
    has_co = log.live() & ev["_has_id"].to_numpy(dtype=bool) & (company_texts != "")[company_codes]
    # applications with more than one company spelling (exact) are the only ones to check
    # more than one spelling ⇔ the smallest and the largest company code of the application differ
    lowest = np.full(n_groups, np.iinfo("int64").max, dtype="int64")
    highest = np.full(n_groups, -1, dtype="int64")
    codes = np.asarray(company_codes, dtype="int64")
    np.minimum.at(lowest, gid[has_co], codes[has_co])
    np.maximum.at(highest, gid[has_co], codes[has_co])
    has_co &= (highest > lowest)[gid]
    if not has_co.any():
        return
    sub = ev[has_co]
    order = sub.iloc[np.lexsort((sub["row"].to_numpy(), sub["_tab"].to_numpy()))]
    codes, uniques = pd.factorize(order["company"])
    folded = pd.Series(
        pd.factorize(np.array([u.casefold() for u in uniques], dtype=object))[0][codes], index=order.index
    )
    grouped = order.groupby("_gid", sort=False)
    first_co = grouped["company"].transform("first")
    first_row = grouped["row"].transform("first")
    clash = folded != folded.groupby(order["_gid"], sort=False).transform("first")
    if clash.any():
        c = order[clash]
        log.problems.add(
            c["_tab"].to_numpy(),
            c["_rec"].to_numpy(),
            "company",
            c["company"].to_numpy(),
            [
                f"application {a!r} is at {fc!r} in row {fr}: give this row its own application_id or fix the company"
                for a, fc, fr in zip(c["application_id"], first_co[clash], first_row[clash])
            ],
        )


def after_as_of(log, as_of):
    """Decide ``as_of`` and keep what is dated after it aside as scheduled (definitions §3.5).

    Default: today when the data's latest date is within the last
    :data:`RECENT_DAYS` days (a tracker in use, perhaps with screens booked
    next week), else the latest date (an old file stays reproducible); the
    notes say which.  Events after ``as_of`` are plans: they go to
    ``report.scheduled`` and take no part in waits or the funnel; their rows
    count as loaded.  Returns the as-of timestamp (NaT for data without
    dates).
    """
    ev, live = log.ev, log.live()
    if as_of is None:
        latest = ev.loc[live, "date"].max()
        today = pd.Timestamp(today_for_as_of()).normalize()
        if pd.isna(latest):
            as_of_ts = pd.NaT
            log.notes.append(
                "no dates in the data: funnel only; latency, the slowdown and the simulator are unavailable"
            )
        elif latest >= today - pd.Timedelta(days=RECENT_DAYS):
            as_of_ts = today
            log.notes.append(
                f"as_of = {today.date()} (today: the data's latest date, {latest.date()}, is within the "
                f"last {RECENT_DAYS} days, so the tracker is in use; pass as_of= to change it)"
            )
        else:
            as_of_ts = latest
            log.notes.append(
                f"as_of = {latest.date()} (the latest date in the data: it is more than {RECENT_DAYS} days "
                "old, so the file is read as of its end; pass as_of= to change it)"
            )
    else:
        try:
            as_of_ts = pd.Timestamp(as_of).normalize()
        except (ValueError, TypeError):
            raise DataError(f"as_of={as_of!r} is not a date. Pass a date such as '2024-12-20'.") from None
        if as_of_ts.tzinfo is not None:
            as_of_ts = as_of_ts.tz_localize(None)
    late = live & (ev["date"] > as_of_ts).to_numpy()
    if late.any():  # plans ("screen on Tuesday"): scheduled, not silences; no part in waits (definitions §3.5)
        sub = ev.loc[late]
        log.scheduled = (
            pd.DataFrame(
                {
                    "file": [log.names[t] for t in sub["_tab"]],
                    "row": sub["row"].to_numpy(dtype="int64"),
                    "candidate": sub["candidate"].astype(str).to_numpy(),
                    "application_id": sub["application_id"].astype(str).to_numpy(),
                    "company": sub["company"].astype(str).to_numpy(),
                    "role": sub["role"].astype(str).to_numpy(),
                    "event": sub["event"].astype(str).to_numpy(),
                    "date": sub["date"].to_numpy(),
                }
            )
            .sort_values(["date", "row"], kind="stable")
            .reset_index(drop=True)
        )
        log.ignored = log.ignored | late
        if late.sum() == live.sum():
            log.notes.append(
                f"as_of ({as_of_ts.date()}) is before every date in the data (the first is "
                f"{ev.loc[live, 'date'].min().date()}): nothing had happened yet, so nothing is analysed; "
                "pass a later as_of"
            )
        log.notes.append(
            f"{int(late.sum())} event(s) dated after as_of ({as_of_ts.date()}) are plans, not events yet: "
            "shown as scheduled (report.scheduled), they take no part in waits or the funnel"
        )
    return as_of_ts


#: A tracker whose latest date is this recent is in use: its as-of date is today (definitions §3.5).
RECENT_DAYS = 60


def today_for_as_of():
    """Today's date (a seam: tests set ``OFFERKIT_TODAY`` to a fixed day)."""
    import os

    return os.environ.get("OFFERKIT_TODAY") or pd.Timestamp.today()


def out_of_order(log):
    """An event dated before its application, or a decision before its offer: set aside."""
    ev, live = log.ev, log.live()
    gid = ev["_gid"].to_numpy()
    n_groups = int(gid.max(initial=-1)) + 1
    raw = ev["date"].to_numpy().astype("datetime64[ns]")
    dated = ~np.isnat(raw)
    never = np.iinfo("int64").max
    day = np.where(dated, raw.astype("int64"), never)  # nanoseconds, as the dates are compared
    event = ev["event"]
    code = {e: i for i, e in enumerate(event.cat.categories)}
    codes = event.cat.codes.to_numpy()

    def first_day(name):  # per row, the earliest live dated ``name`` event of its application (``never`` if none)
        out = np.full(n_groups, never, dtype="int64")
        rows = np.flatnonzero(live & (codes == code[name]))  # those events only (offers are few)
        np.minimum.at(out, gid[rows], day[rows])
        return out[gid]

    applied = first_day("applied")
    early = live & dated & (applied < never) & (codes != code["applied"]) & (day < applied)
    offer = first_day("offer")
    early_decision = (
        live & dated & (offer < never) & np.isin(codes, [code["accepted"], code["declined"]]) & (day < offer)
    )
    for mask, ref, what in ((early, applied, "the application"), (early_decision, offer, "the offer")):
        if mask.any():
            log.add(mask, ev["_datecol"], ev["_datetext"], _order_messages(ev, mask, ref, what))


def _order_messages(ev, mask, ref, what):
    out = np.full(len(ev), "", dtype=object)
    dates = ref[mask].astype("datetime64[ns]").astype("datetime64[D]").astype(str)
    out[mask] = [f"{e} dated before {what} ({r}): check the date" for e, r in zip(ev.loc[mask, "event"], dates)]
    return out


def without_applied(log):
    """An application with no applied date: kept (it counts in the funnel) and reported."""
    ev, live = log.ev, log.live()
    gid = ev["_gid"].to_numpy()
    n_groups = int(gid.max()) + 1
    is_applied = (ev["event"] == "applied").to_numpy() & ev["date"].notna().to_numpy()
    has_applied = np.bincount(gid[live & is_applied], minlength=n_groups) > 0
    # a table that has no dates by design (stage flags, transitions, statuses only) says so once, in a note
    without = np.flatnonzero(live & ~has_applied[gid] & ~ev["_dateless"].to_numpy(dtype=bool))
    first = (
        ev[["_gid", "_tab", "_rec", "application_id"]].iloc[without].drop_duplicates("_gid")
    )  # not the extra columns
    if len(first):
        log.problems.add(
            first["_tab"].to_numpy(),
            first["_rec"].to_numpy(),
            "",
            first["application_id"].to_numpy(),
            "application without an applied date: kept (it counts in the funnel, has no applied-stage wait); add the date",
            action="kept",
        )


def _duplicate_rows(ev, group, codes, tables):
    """Yield ``(table, records, first records)`` of input rows identical to an earlier row."""
    recs = ev["_rec"].to_numpy()
    tabs = ev["_tab"].to_numpy()
    # one key per input row: its first event (identical rows give identical first events)
    one_table = len(tabs) == 0 or tabs[0] == tabs[-1] and (tabs == tabs[0]).all()
    row_id = recs if one_table else tabs.astype("int64") * (1 << 40) + recs
    if len(row_id) and (np.diff(row_id) > 0).all():  # one event per row, in order (event logs): no gathers
        suspects = np.flatnonzero(_shared_keys(group, [np.asarray(c) for c in codes]))
    else:
        _, first_event = np.unique(row_id, return_index=True)
        suspects = first_event[_shared_keys(group[first_event], [np.asarray(c)[first_event] for c in codes])]
    if not len(suspects):
        return
    seen, found = {}, {}
    for i in sorted(suspects, key=lambda j: (tabs[j], recs[j])):
        tab, rec = int(tabs[i]), int(recs[i])
        cells = (tab, tuple(tables[tab][0].frame.iloc[rec].tolist()))
        if cells in seen:
            found.setdefault(tab, ([], []))
            found[tab][0].append(rec)
            found[tab][1].append(seen[cells])
        else:
            seen[cells] = rec
    for tab, (dups, firsts) in found.items():
        yield tab, np.asarray(dups, dtype="int64"), np.asarray(firsts, dtype="int64")


#: longest run of one application's rows compared pairwise by offset (longer runs: hashed)
_MAX_RUN = 32


def _shared_keys(group, codes) -> np.ndarray:
    """Which rows share their group and all their ``codes`` with another row.

    When the rows come grouped (each group's rows together, as most files
    keep an application's events and as group numbers by first appearance
    make ``group`` non-decreasing), only neighbours within a group can
    match: a few shifted comparisons, no hashing.  Otherwise (or for a
    group of more than ``_MAX_RUN`` rows) one hash pass over the folded keys.
    """
    n = len(group)
    if n < 2:
        return np.zeros(n, dtype=bool)
    key = fold_columns(codes, n=n)
    step = np.diff(group)
    if (step >= 0).all():
        breaks = np.flatnonzero(step) + 1
        longest = int(np.diff(np.r_[0, breaks, n]).max())
        if longest <= _MAX_RUN:
            shared = np.zeros(n, dtype=bool)
            for d in range(1, longest):
                same = (group[d:] == group[:-d]) & (key[d:] == key[:-d])
                shared[d:] |= same
                shared[:-d] |= same
            return shared
    return pd.Series(fold_columns([group, key])).duplicated(keep=False).to_numpy()


def _row_text(frame, rec) -> str:
    return ",".join(str(v) for v in frame.iloc[rec].tolist())[:200]
