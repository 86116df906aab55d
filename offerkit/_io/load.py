"""``offerkit.load``: any input shape → the canonical event log (SPEC 3).

Decisions where the spec is silent (documented in :func:`load`):

* A row with an error-level problem is set aside whole (for an application
  table that is the whole application): ``rows read = rows loaded + rows set
  aside`` counts input rows, never events.
* An application without an applied date is *kept* and reported (SPEC 4.1
  says it still counts in the funnel); with ``errors="raise"`` it raises like
  every other problem.
* In an application table an event after ``as_of`` drops only that event
  (the row is kept, the problem reported as "event ignored"); in an event log
  the row is that event, so it is set aside.
* A date column that no value decides (every ``a/b/y`` value readable both
  ways) takes the day-first decision of the file's other date columns; only
  when none decides does loading stop and ask for ``dayfirst=``.
* A status snapshot that also has stage-date columns takes its events from
  them; the status adds only what the row lacks and is dated at the
  status-date column, else at the row's highest stage date, else at the
  applied date (see :mod:`offerkit._io.shapes`); the data stays "limited".
* Lines above the header (a spreadsheet title) are skipped with a note when
  the first line has no known column name and a later one has two.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pandas as pd

from .dates import MISSING_TOKENS, NO_YEAR, month_day, parse_dates
from .._core.errors import DataError
from .._core.keys import fold_columns
from .read import raw_from_frame, read_table
from .report import PROBLEM_COLUMNS, ValidationReport
from .._core.search import JobSearch
from .shapes import CANONICAL, _drop_structural_rows, _find_header, _slug, _table_events
from .._core.text import strip_codes
from .._core.vocab import (
    EVENT_DTYPE,
    NOT_APPLIED,
    TIE_ORDER,
    column_table,
    fuzzy_label,
    label_table,
    match_label,
    normalize,
)

__all__ = ["load"]


class _Problems:
    """Collects problems keyed by (table, record)."""

    def __init__(self):
        self.parts = []

    def add(self, tab, rec, column, value, problem, action="set aside"):
        rec = np.atleast_1d(np.asarray(rec, dtype="int64"))
        n = len(rec)
        if not n:
            return
        self.parts.append(
            pd.DataFrame(
                {
                    "_tab": np.broadcast_to(np.asarray(tab), n) if np.ndim(tab) == 0 else np.asarray(tab),
                    "_rec": rec,
                    "column": np.broadcast_to(np.asarray(column, dtype=object), n) if np.ndim(column) == 0 else np.asarray(column, dtype=object),
                    "value": np.broadcast_to(np.asarray(value, dtype=object), n) if np.ndim(value) == 0 else np.asarray(value, dtype=object),
                    "problem": np.broadcast_to(np.asarray(problem, dtype=object), n) if np.ndim(problem) == 0 else np.asarray(problem, dtype=object),
                    "action": action,
                }
            )
        )

    def frame(self):
        if not self.parts:
            return pd.DataFrame(columns=["_tab", "_rec", "column", "value", "problem", "action"])
        # the same problem found twice for one record (two events of one row share a cell) is listed once
        return pd.concat(self.parts, ignore_index=True).drop_duplicates(
            ["_tab", "_rec", "column", "value", "problem", "action"], ignore_index=True)

    def set_aside_keys(self):
        f = self.frame()
        f = f[f["action"] == "set aside"]
        return set(zip(f["_tab"].tolist(), f["_rec"].tolist()))


def _sources(source):
    """Yield ``(RawTable, default candidate)`` for every table in ``source``."""
    if isinstance(source, pd.DataFrame):
        return [(raw_from_frame(source), "me")], False
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in (".csv", ".tsv", ".txt", ".json") and p.is_file())
            if not files:
                raise DataError(f"{path}: the folder holds no .csv file. Put one CSV per candidate in it.")
            return [(read_table(p), p.stem) for p in files], True
        if not path.exists():
            raise DataError(f"{path}: no such file or folder. Check the path.")
        return [(read_table(path), "me")], False
    if hasattr(source, "read"):
        return [(read_table(source), "me")], False
    raise DataError(f"cannot load a {type(source).__name__}: pass a CSV path, a folder of CSVs, a file object or a DataFrame.")


def _parse_all_dates(ev, dayfirst, notes, names):
    dates = pd.Series(pd.NaT, index=ev.index, dtype="datetime64[ns]")
    errors = pd.Series("", index=ev.index, dtype=object)
    clean = True
    parsed = {}
    tabs = ev["_tab"].to_numpy()
    cols = ev["_datecol"].to_numpy(dtype=object)
    single = tabs[0] == tabs[-1] and (tabs == tabs[0]).all() and (cols == cols[0]).all()
    if single:  # one date column (event logs): no grouping, no copies
        parsed[(tabs[0], cols[0])] = (None, parse_dates(ev["_datetext"], dayfirst=dayfirst))
    else:
        for (tab, column), idx in ev.groupby(["_tab", "_datecol"], sort=False).groups.items():
            parsed[(tab, column)] = (idx, parse_dates(ev.loc[idx, "_datetext"], dayfirst=dayfirst))
    for tab in ev["_tab"].unique():
        keys = [k for k in parsed if k[0] == tab]
        decided = {parsed[k][1].dayfirst for k in keys if parsed[k][1].dayfirst is not None and not parsed[k][1].ambiguous}
        for key in keys:
            idx, p = parsed[key]
            if p.ambiguous:
                if len(decided) == 1:
                    order = next(iter(decided))
                    p = parse_dates(ev["_datetext"] if idx is None else ev.loc[idx, "_datetext"], dayfirst=order)
                    notes.append(f"{names[tab]}: column {key[1]!r} read {'day' if order else 'month'}-first like the file's other date columns")
                else:
                    sample = next(v for v in (ev["_datetext"] if idx is None else ev.loc[idx, "_datetext"]) if re.match(r"^\d{1,2}[-/.]\d{1,2}", str(v).strip()) and len(set(re.findall(r"\d+", str(v))[:2])) > 1)
                    raise DataError(
                        f"{names[tab]}: column {key[1]!r}: dates such as {sample!r} read both day-first and "
                        "month-first, and no value in the file decides which. Pass dayfirst=True if "
                        f"{sample!r} means day/month, or dayfirst=False if it means month/day."
                    )
            clean &= p.clean
            if idx is None:
                dates, errors = p.dates, p.error
            else:
                dates.loc[idx] = p.dates.to_numpy()
                errors.loc[idx] = p.error.to_numpy()
    return dates, errors, clean


def _infer_years(ev, errors, dayfirst, notes, max_gap=120):
    """Give a year to dates written without one, when the application's other dates make it unambiguous.

    The neighbours are the dated events of the same input row (application
    tables) or of the same application id (event logs). A year is inferred
    only if exactly one of the neighbours' years (and the years around them)
    puts the date within ``max_gap`` days of a neighbour; otherwise the date
    stays reported as "without a year".
    """
    no_year = np.flatnonzero((errors == NO_YEAR).to_numpy())
    if not len(no_year):
        return errors
    key = np.where(ev["_appid"].astype(str) != "", ev["_tab"].astype(str) + "\x1f" + ev["_appid"].astype(str),
                   ev["_tab"].astype(str) + "\x1f#" + ev["_rec"].astype(str))
    dated = ev["date"].notna().to_numpy()
    by_key = pd.Series(ev["date"].to_numpy()[dated]).groupby(key[dated]).agg(list).to_dict()
    errors = errors.copy()
    for i in no_year:
        md = month_day(ev["_datetext"].iat[i], dayfirst=dayfirst)
        neighbours = by_key.get(key[i], [])
        if md is None or not neighbours:
            continue
        years = sorted({n.year + k for n in neighbours for k in (-1, 0, 1)})
        fits = []
        for year in years:
            try:
                candidate = pd.Timestamp(year=year, month=md[0], day=md[1])
            except ValueError:
                continue
            if min(abs((candidate - n).days) for n in neighbours) <= max_gap:
                fits.append(candidate)
        if len(fits) == 1:
            ev.iat[i, ev.columns.get_loc("date")] = fits[0]
            errors.iat[i] = ""
            notes.append(f"row {ev['row'].iat[i]}: {ev['_datetext'].iat[i]!r} read as {fits[0].date()} (the year from the application's other dates)")
    return errors


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


def _assign_ids(ev):
    """Fill ``application_id`` where the input has none (SPEC 3.1)."""
    ids = ev["_appid"]
    need = pd.Series(~ev["_has_id"].to_numpy(dtype=bool) | (ids.to_numpy(dtype=object) == ""), index=ev.index)
    if not need.any():
        ev["application_id"] = ids
        return False
    sub = ev[need]
    wide = sub["_shape"] != "event log"
    gen = pd.Series("", index=sub.index, dtype=object)
    if wide.any():
        w = sub[wide]
        first = w.assign(_d=w["date"].where(w["event"] == "applied")).groupby(["_tab", "_rec"])["_d"].transform("min")
        first = first.fillna(w.groupby(["_tab", "_rec"])["date"].transform("min"))
        base = (w["company"].map(_slug) + "-" + w["role"].map(_slug) + "-" + first.dt.strftime("%Y-%m-%d").fillna("undated")).str.replace("--", "-")
        # two different rows with the same company, role and date stay two applications
        per_row = pd.DataFrame({"_tab": w["_tab"], "_rec": w["_rec"], "base": base}).drop_duplicates(["_tab", "_rec"])
        per_row["n"] = per_row.groupby("base").cumcount()
        per_row["id"] = per_row["base"].where(per_row["n"] == 0, per_row["base"] + "-" + (per_row["n"] + 1).astype(str))
        gen.loc[w.index] = w[["_tab", "_rec"]].merge(per_row, on=["_tab", "_rec"], how="left")["id"].to_numpy()
    if (~wide).any():
        lg = sub[~wide]
        keys = [lg["_tab"], lg["candidate"], lg["company"].str.lower(), lg["role"].str.lower()]
        first = lg.assign(_d=lg["date"].where(lg["event"] == "applied")).groupby(keys)["_d"].transform("min")
        first = first.fillna(lg.groupby(keys)["date"].transform("min"))
        gen.loc[lg.index] = (lg["company"].map(_slug) + "-" + lg["role"].map(_slug) + "-" + first.dt.strftime("%Y-%m-%d").fillna("undated")).str.replace("--", "-").to_numpy()
    ids = ids.astype(object).copy()
    ids.loc[need] = gen
    ev["application_id"] = ids
    return True


def load(source, *, as_of=None, dayfirst=None, mapping=None, country="US", errors="report", stale_after=30):
    """Load job applications into a :class:`JobSearch`.

    Parameters
    ----------
    source : str, path, file object or pandas.DataFrame
        A CSV file, a folder of CSV files (a cohort: one candidate per file,
        named after the file unless it has a candidate column), an open file
        or a DataFrame. The shape (event log, application table or status
        snapshot) is detected from the columns (SPEC 3.3).
    as_of : date-like, optional
        The date the data describes. Default: the latest event date.
        Events after it are ignored and reported.
    dayfirst : bool, optional
        Force how ``03/04/2024`` reads. Decided from the data by default;
        loading stops and asks for it when the data cannot decide.
    mapping : dict, optional
        Extra synonyms: ``{label: event}`` (e.g. ``{"Got a call": "screen"}``)
        and ``{column name: role}`` with role one of ``candidate,
        application_id, company, role, source, event, date, applied_date,
        status_date``.
    country : str, default "US"
        Public-holiday calendar for business days (``holidays`` package).
    errors : {"report", "raise"}, default "report"
        ``"report"`` sets bad rows aside in ``report.rejected`` and loads the
        rest; ``"raise"`` raises :class:`DataError` on any row-level problem.
    stale_after : int, default 30
        Days of silence after which an open application counts as stale in
        ``JobSearch.applications``.

    Returns
    -------
    JobSearch

    Raises
    ------
    DataError
        When the input cannot be loaded at all, or with ``errors="raise"``
        when any row has a problem. The message names the file, the row, the
        column and what to do.

    Notes
    -----
    See the module docstring for the decisions taken where the spec is
    silent (whole rows are set aside; missing applied dates are kept;
    ambiguous date columns follow the file's other date columns).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"Company": ["Acme", "Globex"],
    ...                    "Date Applied": ["2024-11-04", "2024-11-05"],
    ...                    "Phone Screen": ["2024-11-12", ""]})
    >>> search = load(df)
    >>> search.applications[["company", "stage_reached"]].values.tolist()
    [['Acme', 'screen'], ['Globex', 'applied']]
    """
    if errors not in ("report", "raise"):
        raise ValueError('errors must be "report" or "raise"')
    labels = label_table(mapping)
    coltable = column_table(mapping)
    tables, is_folder = _sources(source)
    problems = _Problems()
    notes, frames, shapes, extras_all = [], [], [], []
    names = {}
    tables = [(_drop_structural_rows(_find_header(raw, coltable)), candidate) for raw, candidate in tables]
    for tab, (raw, default_candidate) in enumerate(tables):
        names[tab] = raw.name
        notes.extend(f"{raw.name}: {n}" for n in raw.notes)
        for row, column, value, problem in raw.problems:
            problems.add(tab, -row, column, value, problem)
        if raw.frame.empty:
            continue
        ev, shape, extras = _table_events(tab, raw, default_candidate, labels, coltable, problems, notes)
        frames.append(ev)
        shapes.append(shape)
        extras_all.extend(e for e in extras if e not in extras_all)
    rows_read = sum(len(raw.frame) + len(raw.problems) for raw, _ in tables)
    if rows_read == 0:
        raise DataError(f"{', '.join(names.values())}: no data rows under the header. Add at least one application.")
    if not frames:
        first = next(p for raw, _ in tables for p in raw.problems)
        raise DataError(f"{', '.join(names.values())}: every row was set aside; row {first[0]}: {first[3]}.")
    ev = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    fatal_file = ", ".join(names.values())
    if ev.empty:
        raise DataError(f"{fatal_file}: no row has a date in any date column. Check the date columns "
                        "(ISO dates such as 2024-11-05 always work).")

    # labels
    keys, uniques = strip_codes(ev["_label"])
    code_of = {e: i for i, e in enumerate(EVENT_DTYPE.categories)}
    code_of[NOT_APPLIED] = -2
    names_of = []
    for u in uniques:
        event = match_label(normalize(u), labels) if u.lower() not in MISSING_TOKENS else None
        if event is None and u and u.lower() not in MISSING_TOKENS:
            event = fuzzy_label(normalize(u), labels)
            if event is not None:
                notes.append(f"label {u!r} read as {event!r} (fuzzy match of a typo)")
        names_of.append(code_of.get(event, -1) if event is not None else -1)
    mapped = np.array(names_of, dtype="int64")
    codes = mapped[keys]
    ev["event"] = pd.Categorical.from_codes(np.maximum(codes, -1), dtype=EVENT_DTYPE)
    bad = ev["event"].isna()
    if bad.any():
        blank = np.array([u.lower() in MISSING_TOKENS for u in uniques], dtype=bool)
        empty = blank[keys]
        saved = codes == -2
        message = np.where(empty, "empty event label: fill in what happened",
                           np.where(saved, "saved but never applied (wish list): not an application yet, left out",
                                    "unknown event label: fix the typo or add it with mapping={'label': 'event'}"))
        problems.add(ev.loc[bad, "_tab"].to_numpy(), ev.loc[bad, "_rec"].to_numpy(), ev.loc[bad, "_labelcol"].to_numpy(),
                     ev.loc[bad, "_label"].to_numpy(), message[bad.to_numpy()])
    # dates
    ev["date"], date_errors, dates_clean = _parse_all_dates(ev, dayfirst, notes, names)
    if dates_clean:  # the common case: no value to look at
        no_error = np.ones(len(ev), dtype=bool)
    else:
        date_errors = _infer_years(ev, date_errors, dayfirst, notes)
        no_error = (date_errors == "").to_numpy()
    missing = ev["date"].isna().to_numpy() & no_error & ~ev["_dateless"].to_numpy(dtype=bool)
    if missing.any() and (codes == -2).any():  # a wish-list row is set aside as such: its empty dates are expected
        record = ev["_tab"].to_numpy().astype("int64") * (1 << 40) + ev["_rec"].to_numpy()
        missing &= ~np.isin(record, record[codes == -2])
    if missing.any():
        date_errors = date_errors.where(~missing, "missing date: fill in when it happened")
    bad = pd.Series(~no_error | missing, index=ev.index)
    if bad.any():
        problems.add(ev.loc[bad, "_tab"].to_numpy(), ev.loc[bad, "_rec"].to_numpy(), ev.loc[bad, "_datecol"].to_numpy(),
                     ev.loc[bad, "_datetext"].to_numpy(), date_errors[bad].to_numpy())
    if ev["date"].notna().sum() == 0 and not ev["_dateless"].any():
        raise DataError(f"{fatal_file}: no row has a readable date. Check the date column (ISO dates such as 2024-11-05 always work).")

    base = ((ev["date"].notna() | ev["_dateless"].astype(bool)) & ev["event"].notna()).to_numpy()
    event_key = ev["_tab"].to_numpy().astype("int64") * (1 << 40) + ev["_rec"].to_numpy()

    def alive():
        dead = problems.set_aside_keys()
        if not dead:
            return pd.Series(base, index=ev.index)
        dead_key = np.array([t * (1 << 40) + r for t, r in dead], dtype="int64")
        return pd.Series(base & ~np.isin(event_key, dead_key), index=ev.index)

    # implausible dates
    live = alive()
    bad = live & _implausible(ev["date"].where(live))
    if bad.any():
        problems.add(ev.loc[bad, "_tab"].to_numpy(), ev.loc[bad, "_rec"].to_numpy(), ev.loc[bad, "_datecol"].to_numpy(),
                     ev.loc[bad, "_datetext"].to_numpy(),
                     "implausible date (before 1990 or more than a year after the other dates): check the year")

    ev["company"], company_codes, company_texts = _clean(ev["company"])
    for column in ("role", "source"):
        ev[column] = _clean(ev[column])[0]
    ev["candidate"], cand_codes, _ = _clean(ev["candidate"], empty=ev["_default_candidate"])
    ev["_appid"], id_codes, _ = _clean(ev["_appid"])
    # identical rows share their id, label, date, company and table; other columns are compared exactly below
    days = ev["date"].to_numpy().astype("datetime64[D]").astype("int64")
    text_codes = [keys, id_codes, np.where(days < -(1 << 40), -1, days), company_codes, ev["_tab"].to_numpy()]

    # duplicate rows (the later copies): a cheap key from the codes above finds candidates,
    # then the raw cells of the candidates are compared exactly
    for tab, recs, firsts in _duplicate_rows(ev, text_codes, tables):
        rows = np.asarray(tables[tab][0].rows)
        problems.add(tab, recs, "", [_row_text(tables[tab][0].frame, r) for r in recs],
                     [f"duplicate of row {rows[f]}: the later copy is set aside" for f in firsts])
    generated = _assign_ids(ev)
    app_codes = pd.factorize(ev["application_id"].to_numpy(dtype=object))[0] if generated else id_codes
    ev["_gid"] = pd.factorize(cand_codes.astype("int64") * (int(app_codes.max()) + 1) + app_codes)[0]
    gid = ev["_gid"].to_numpy()
    n_groups = int(gid.max()) + 1

    # conflicting companies for one application_id
    live = alive()
    has_co = live & ev["_has_id"].astype(bool) & (company_texts != "")[company_codes]
    # applications with more than one company spelling (exact) are the only ones to check
    has_co_np = has_co.to_numpy()
    radix = int(company_codes.max(initial=0)) + 1
    pairs = pd.unique(gid[has_co_np].astype("int64") * radix + company_codes[has_co_np])
    n_spellings = np.bincount(pairs // radix, minlength=n_groups)
    has_co &= n_spellings[gid] > 1
    if has_co.any():
        sub = ev[has_co]
        order = sub.iloc[np.lexsort((sub["row"].to_numpy(), sub["_tab"].to_numpy()))]
        codes, uniques = pd.factorize(order["company"])
        folded = pd.Series(pd.factorize(np.array([u.casefold() for u in uniques], dtype=object))[0][codes], index=order.index)
        grouped = order.groupby("_gid", sort=False)
        first_co = grouped["company"].transform("first")
        first_row = grouped["row"].transform("first")
        clash = folded != folded.groupby(order["_gid"], sort=False).transform("first")
        if clash.any():
            c = order[clash]
            problems.add(c["_tab"].to_numpy(), c["_rec"].to_numpy(), "company", c["company"].to_numpy(),
                         [f"application {a!r} is at {fc!r} in row {fr}: give this row its own application_id or fix the company"
                          for a, fc, fr in zip(c["application_id"], first_co[clash], first_row[clash])])

    # as_of
    live = alive()
    if as_of is None:
        as_of_ts = ev.loc[live, "date"].max()
        if pd.isna(as_of_ts):
            as_of_ts = pd.NaT
            notes.append("no dates in the data: funnel only; latency, the slowdown and the simulator are unavailable")
        else:
            notes.append(f"as_of = {as_of_ts.date()} (the latest event date; pass as_of= to change it)")
    else:
        try:
            as_of_ts = pd.Timestamp(as_of).normalize()
        except (ValueError, TypeError):
            raise DataError(f"as_of={as_of!r} is not a date. Pass a date such as '2024-12-20'.") from None
        if as_of_ts.tzinfo is not None:
            as_of_ts = as_of_ts.tz_localize(None)
    late = live & (ev["date"] > as_of_ts)
    ignored = pd.Series(False, index=ev.index)
    if late.any():
        msg = f"dated after as_of ({as_of_ts.date()}): ignored"
        log_rows = late & (ev["_shape"] == "event log")
        problems.add(ev.loc[log_rows, "_tab"].to_numpy(), ev.loc[log_rows, "_rec"].to_numpy(), ev.loc[log_rows, "_datecol"].to_numpy(),
                     ev.loc[log_rows, "_datetext"].to_numpy(), msg)
        cells = late & (ev["_shape"] != "event log")
        problems.add(ev.loc[cells, "_tab"].to_numpy(), ev.loc[cells, "_rec"].to_numpy(), ev.loc[cells, "_datecol"].to_numpy(),
                     ev.loc[cells, "_datetext"].to_numpy(), msg, action="event ignored")
        ignored |= cells

    # events out of order
    live = alive() & ~ignored
    gkeys = ev["_gid"]
    applied = ev["date"].where(live & (ev["event"] == "applied")).groupby(gkeys).transform("min")
    early = live & applied.notna() & (ev["event"] != "applied") & (ev["date"] < applied)
    offer = ev["date"].where(live & (ev["event"] == "offer")).groupby(gkeys).transform("min")
    early_decision = live & offer.notna() & ev["event"].isin(["accepted", "declined"]) & (ev["date"] < offer)
    for mask, ref, what in ((early, applied, "the application"), (early_decision, offer, "the offer")):
        if mask.any():
            problems.add(ev.loc[mask, "_tab"].to_numpy(), ev.loc[mask, "_rec"].to_numpy(), ev.loc[mask, "_datecol"].to_numpy(),
                         ev.loc[mask, "_datetext"].to_numpy(),
                         [f"{e} dated before {what} ({r.date()}): check the date" for e, r in zip(ev.loc[mask, "event"], ref[mask])])

    # applications without an applied date (kept, reported)
    live = (alive() & ~ignored).to_numpy()
    is_applied = (ev["event"] == "applied").to_numpy()
    has_applied = np.bincount(gid[live & is_applied], minlength=n_groups) > 0
    without = np.flatnonzero(live & ~has_applied[gid])
    first = ev.iloc[without].drop_duplicates("_gid")
    if len(first):
        problems.add(first["_tab"].to_numpy(), first["_rec"].to_numpy(), "", first["application_id"].to_numpy(),
                     "application without an applied date: kept (it counts in the funnel, has no applied-stage wait); add the date",
                     action="kept")

    # assemble
    keep = alive() & ~ignored
    pf = problems.frame()
    set_aside = pf[pf["action"] == "set aside"].drop_duplicates(["_tab", "_rec"])
    rows_set_aside = len(set_aside)
    rows_loaded = rows_read - rows_set_aside
    problem_frame = _problem_frame(pf, tables)
    rejected = _rejected_frame(set_aside, pf, tables)

    kept = np.flatnonzero(keep.to_numpy())
    tie_of = np.array([TIE_ORDER.index(e) for e in EVENT_DTYPE.categories], dtype="int64")
    codes = ev["event"].cat.codes.to_numpy()[kept]
    sort_keys = (ev["row"].to_numpy()[kept], ev["_tab"].to_numpy()[kept], tie_of[codes],
                 ev["date"].to_numpy()[kept].astype("int64"), ev["_gid"].to_numpy()[kept])
    order = np.arange(len(kept)) if _is_sorted(sort_keys) else np.lexsort(sort_keys)
    if is_folder:
        ev["file"] = ev["_file"].astype(object).map(os.path.basename)
    columns = CANONICAL + extras_all + (["file"] if is_folder else [])
    events = ev[columns].take(kept[order])
    groups = ev["_gid"].to_numpy()[kept[order]]
    events["date"] = events["date"].astype("datetime64[ns]")
    events["row"] = events["row"].astype("int64")
    for column in extras_all:
        if events[column].isna().any():
            events[column] = events[column].where(events[column].notna(), "")
    events = events.reset_index(drop=True)

    shape = shapes[0] if len(set(shapes)) == 1 else "mixed"
    report = ValidationReport(
        files=[names[t] for t in sorted(names)], shape=shape, rows_read=rows_read, rows_loaded=rows_loaded,
        rows_set_aside=rows_set_aside, problems=problem_frame, rejected=rejected, notes=notes,
        limited="snapshot" in shapes, as_of=as_of_ts,
    )
    if errors == "raise" and not problem_frame.empty:
        lines = report.summary_lines(max_problems=30)
        raise DataError("\n".join(lines[3:]) + "\nFix these rows, or load with errors='report' to set them aside.")
    return JobSearch(events, report=report, as_of=as_of_ts, country=country, stale_after=stale_after, groups=groups)


def _is_sorted(keys) -> bool:
    """Whether rows are already in ``np.lexsort(keys)`` order (last key primary); cheap vectorized check."""
    n = len(keys[0])
    if n < 2:
        return True
    undecided = np.ones(n - 1, dtype=bool)
    for key in keys[::-1]:
        d = np.diff(key)
        if (undecided & (d < 0)).any():
            return False
        undecided &= d == 0
        if not undecided.any():
            return True
    return True


def _clean(values, *, empty=None, sort=False):
    """Strip a text column once over its distinct values; return it, its codes and the texts of the codes.

    ``empty``: values to use where the cell is empty (e.g. the default candidate).
    """
    codes, uniques, changed = strip_codes(values, report_changes=True)
    if not changed and not (empty is not None and (uniques[:-1] == "").any()):
        return np.asarray(values, dtype=object), codes, uniques  # nothing to strip or fill: the values as they are
    if empty is not None and (uniques == "").any():
        out = uniques[codes]
        blank = out == ""
        out[blank] = np.asarray(empty, dtype=object)[blank] if np.ndim(empty) else empty
        codes, uniques = pd.factorize(out, sort=sort)
        return uniques.astype(object)[codes], codes, uniques.astype(object)
    merged, clean = pd.factorize(uniques, sort=sort)
    clean = clean.astype(object)
    return clean[merged[codes]], merged[codes], clean


def _duplicate_rows(ev, codes, tables):
    """Yield ``(table, records, first records)`` of input rows identical to an earlier row."""
    key = fold_columns(codes, n=len(ev))
    recs = ev["_rec"].to_numpy()
    tabs = ev["_tab"].to_numpy()
    # one key per input row: its first event (identical rows give identical first events)
    row_id = tabs.astype("int64") * (1 << 40) + recs
    if len(row_id) and (np.diff(row_id) > 0).all():  # one event per row, in order (event logs)
        first_event = np.arange(len(row_id))
    else:
        _, first_event = np.unique(row_id, return_index=True)
    per_row = pd.Series(key[first_event])
    suspects = first_event[per_row.duplicated(keep=False).to_numpy()]
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


def _row_text(frame, rec) -> str:
    return ",".join(str(v) for v in frame.iloc[rec].tolist())[:200]


def _problem_frame(pf, tables):
    if pf.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "row" else object) for c in PROBLEM_COLUMNS})
    rows = []
    for tab, rec in zip(pf["_tab"], pf["_rec"]):
        raw = tables[tab][0]
        rows.append(-rec if rec < 0 else int(np.asarray(raw.rows)[rec]))
    out = pd.DataFrame(
        {
            "file": [tables[t][0].name for t in pf["_tab"]],
            "row": np.asarray(rows, dtype="int64"),
            "column": pf["column"].astype(str).to_numpy(),
            "value": [v if len(v) <= 200 else v[:200] + "…" for v in pf["value"].astype(str)],
            "problem": pf["problem"].astype(str).to_numpy(),
            "action": pf["action"].to_numpy(),
        }
    )
    return out.sort_values(["file", "row"], kind="stable").reset_index(drop=True)


def _rejected_frame(set_aside, pf, tables):
    parts = []
    for tab, group in set_aside.groupby("_tab"):
        raw = tables[tab][0]
        first_problem = pf[(pf["_tab"] == tab) & (pf["action"] == "set aside")].drop_duplicates("_rec").set_index("_rec")["problem"]
        recs = group["_rec"].to_numpy()
        inside = recs[recs >= 0]
        part = raw.frame.iloc[inside].copy()
        part.insert(0, "problem", first_problem.reindex(inside).to_numpy())
        part.insert(0, "row", np.asarray(raw.rows)[inside])
        part.insert(0, "file", raw.name)
        for line, record in raw.rejected:
            extra = pd.DataFrame([{**record, "file": raw.name, "row": line, "problem": first_problem.get(-line, "")}])
            part = pd.concat([part, extra], ignore_index=True)
        parts.append(part)
    if not parts:
        return pd.DataFrame(columns=["file", "row", "problem"])
    return pd.concat(parts, ignore_index=True).sort_values(["file", "row"], kind="stable").reset_index(drop=True)
