"""``offerkit.load``: any input shape → the canonical event log (definitions §3).

Decisions where the spec is silent (documented in :func:`load`):

* A row with an error-level problem is set aside whole (for an application
  table that is the whole application): ``rows read = rows loaded + rows set
  aside`` counts input rows, never events.
* An application without an applied date is *kept* and reported (definitions §4.1
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
import shlex
from pathlib import Path

import numpy as np
import pandas as pd

from .._core._kernels import first_seen_codes, keys_sorted
from .._core.errors import DataError
from .._core.search import JobSearch, date_sort_key
from .._core.text import strip_codes
from .._core.vocab import (
    EVENT_DTYPE,
    NOT_APPLIED,
    TIE_ORDER,
    WAITING,
    assessment_step,
    column_table,
    fuzzy_label,
    label_table,
    match_label,
    normalize,
    prefix_label,
)
from . import rules
from .dates import MISSING_TOKENS, MONTH_ONLY, NO_YEAR, month_day, parse_dates
from .read import raw_from_frame, read_tables
from .record import RawLog
from .report import PROBLEM_COLUMNS, ValidationReport
from .shapes import CANONICAL, table_events
from .shapes._base import _slug
from .shapes._header import _drop_structural_rows, _find_header

__all__ = ["load"]

_TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".json", ".jsonl", ".ndjson", ".xlsx", ".xlsm", ".ods")


def _sources(source):
    """Yield ``(RawTable, default candidate)`` for every table in ``source``."""
    if isinstance(source, pd.DataFrame):
        return [(raw_from_frame(source), "me")], False
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        from .mailbox import is_mailbox, raw_mailbox

        if is_mailbox(path):  # one more reader: the mailbox's application mail as an event log (definitions §3.6)
            return [(raw_mailbox(path), "me")], False
        if path.is_dir():
            files, skipped = [], []
            for p in sorted(path.iterdir()):
                if p.name.startswith("."):
                    continue
                if p.suffix.lower() not in _TABLE_SUFFIXES:
                    skipped.append(f"{p.name} (not a table file)")
                elif p.is_symlink():  # a link may point anywhere (/etc/passwd): never followed
                    skipped.append(f"{p.name} (a link: not followed; copy the file into the folder)")
                elif not p.is_file():
                    skipped.append(f"{p.name} ({'a folder' if p.is_dir() else 'not a regular file'})")
                else:
                    files.append(p)
            if not files:
                raise DataError(
                    f"{path}: the folder holds no .csv, .xlsx, .ods or .json file"
                    + (f" (skipped: {', '.join(skipped)})" if skipped else "")
                    + ". Put one file per candidate in it."
                )
            tables, errors = [], []
            for p in files:  # one unreadable file (empty, binary, broken) is skipped: the rest of the cohort loads
                try:
                    tables.extend((raw, p.stem) for raw in read_tables(p))
                except DataError as exc:
                    errors.append(str(exc))
                    skipped.append(f"{p.name} (cannot be read: {str(exc).split(': ', 1)[-1][:120]})")
            if not tables:
                raise DataError(f"{path}: no file of the folder can be read: " + " | ".join(errors)[:600])
            if skipped:
                tables[0][0].notes.append(f"skipped in the folder: {', '.join(skipped)}")
            return tables, True
        if not path.exists():
            raise DataError(f"{path}: no such file or folder. Check the path.")
        return [(raw, "me") for raw in read_tables(path)], False
    if hasattr(source, "read"):
        return [(raw, "me") for raw in read_tables(source)], False
    raise DataError(
        f"cannot load a {type(source).__name__}: pass a CSV path, a folder of CSVs, a file object or a DataFrame."
    )


def _parse_all_dates(ev, dayfirst, notes, names, known=None):
    dates, errors = None, None  # (made below when the dates come from several columns)
    clean = True
    parsed = {}
    tabs = ev["_tab"].to_numpy()
    col = ev["_datecol"]
    if isinstance(col.dtype, pd.CategoricalDtype):  # (an event log's is one category: no cell to compare)
        col_codes = col.cat.codes.to_numpy()
        same_col = col_codes.min() == col_codes.max() >= 0
    else:
        same_col = (col.to_numpy(dtype=object) == col.iloc[0]).all()
    single = tabs[0] == tabs[-1] and (tabs == tabs[0]).all() and same_col
    if single:  # one date column (event logs): no grouping, no copies
        parsed[(tabs[0], col.iloc[0])] = (None, parse_dates(ev["_datetext"], dayfirst=dayfirst, known=known))
    else:
        dates = pd.Series(pd.NaT, index=ev.index, dtype="datetime64[ns]")
        errors = pd.Series("", index=ev.index, dtype=object)
        for (tab, column), idx in ev.groupby(["_tab", "_datecol"], sort=False).groups.items():
            parsed[(tab, column)] = (idx, parse_dates(ev.loc[idx, "_datetext"], dayfirst=dayfirst))
    orders = set()  # the day/month orders the columns were read in (for dates written without a year)
    for tab in ev["_tab"].unique():
        keys = [k for k in parsed if k[0] == tab]
        decided = {
            parsed[k][1].dayfirst for k in keys if parsed[k][1].dayfirst is not None and not parsed[k][1].ambiguous
        }
        for key in keys:
            idx, p = parsed[key]
            if p.ambiguous:
                texts = ev["_datetext"] if idx is None else ev.loc[idx, "_datetext"]
                by_span = _by_span(texts) if len(decided) != 1 else None
                if len(decided) == 1:
                    order = next(iter(decided))
                    p = parse_dates(texts, dayfirst=order, known=known if idx is None else None)
                    notes.append(
                        f"{names[tab]}: column {key[1]!r} read {'day' if order else 'month'}-first like the file's other date columns"
                    )
                elif by_span is not None:
                    order, spans = by_span
                    p = parse_dates(texts, dayfirst=order, known=known if idx is None else None)
                    notes.append(
                        f"{names[tab]}: column {key[1]!r} read {'day' if order else 'month'}-first: every date "
                        f"reads both ways, and only this reading keeps them together ({spans[0]} days apart "
                        f"instead of {spans[1]}); pass dayfirst= to choose otherwise"
                    )
                else:
                    sample = next(
                        v
                        for v in texts
                        if re.match(r"^\d{1,2}[-/.]\d{1,2}", str(v).strip())
                        and len(set(re.findall(r"\d+", str(v))[:2])) > 1
                    )
                    raise DataError(
                        f"{names[tab]}: column {key[1]!r}: dates such as {sample!r} read both day-first and "
                        "month-first, and no value in the file decides which. Pass dayfirst=True if "
                        f"{sample!r} means day/month, or dayfirst=False if it means month/day."
                    )
            clean &= p.clean
            if p.dayfirst is not None:
                orders.add(p.dayfirst)
            if idx is None:  # the error texts only when some value has one (None when clean)
                dates, errors = p.dates, (p.error if not p.clean else None)
            else:
                dates.loc[idx] = p.dates.to_numpy()
                errors.loc[idx] = p.error.to_numpy()
    return dates, errors, clean, (next(iter(orders)) if len(orders) == 1 else None)


def _by_span(texts, *, ratio=6, max_days=370):
    """Decide an ambiguous date column by how close its dates fall together, or None.

    definitions §3.4 stops on a column whose every value reads both ways.  A job
    search is a few months long: when one reading keeps every date within
    ``max_days`` and the other spreads them ``ratio`` times wider (10/01 to
    10/09/2024 is 8 days month-first and 8 months day-first), the tight
    reading is taken and said in the notes.  Otherwise None (loading stops
    and asks for ``dayfirst=``, as the spec says).
    """
    values = pd.Series(texts).astype(str)
    spans = []
    for order in (False, True):
        d = parse_dates(values, dayfirst=order).dates.dropna()
        if len(d) < 3:
            return None
        spans.append(int((d.max() - d.min()).days))
    tight = int(np.argmin(spans))
    small, wide = spans[tight], spans[1 - tight]
    if small <= max_days and wide >= ratio * max(small, 7):
        return bool(tight), (small, wide)
    return None


def _infer_years(ev, errors, dayfirst, notes, max_gap=120):
    """Give a year to dates written without one, when the application's other dates make it unambiguous.

    The neighbours are the dated events of the same input row (application
    tables) or of the same application id (event logs); when the application
    has no other date, the dated rows just above and below it in its table
    (a tracker is kept in order: '9/19' among '9/19/24' rows).  A year is
    inferred only if exactly one of the neighbours' years (and the years
    around them) puts the date within ``max_gap`` days of a neighbour;
    otherwise the date stays reported as "without a year".  A year taken from
    other rows is a guess: it is kept, and still listed among the problems with
    what it was read as (spec §3.4: never silently guessed).

    Returns
    -------
    errors : pandas.Series
    guessed : dict
        Row index → the problem text of a year taken from the rows around it.
    """
    no_year = np.flatnonzero((errors == NO_YEAR).to_numpy())
    guessed = {}  # row index -> the problem text of a year taken from the rows around it
    if not len(no_year):
        return errors, guessed
    key = np.where(
        ev["_appid"].astype(str) != "",
        ev["_tab"].astype(str) + "\x1f" + ev["_appid"].astype(str),
        ev["_tab"].astype(str) + "\x1f#" + ev["_rec"].astype(str),
    )
    dated = ev["date"].notna().to_numpy()
    by_key = pd.Series(ev["date"].to_numpy()[dated]).groupby(key[dated]).agg(list).to_dict()
    errors = errors.copy()
    # rows of a table are kept in order (by date, or newest first): the dated rows just above and below a date
    # without a year are its neighbours when its application has no other date
    tab, rec = ev["_tab"].astype(str).to_numpy(), pd.to_numeric(ev["_rec"], errors="coerce").to_numpy()
    for i in no_year:
        md = month_day(ev["_datetext"].iat[i], dayfirst=dayfirst)
        neighbours = by_key.get(key[i], [])
        how = "the application's other dates"
        if md is not None and not neighbours and np.isfinite(rec[i]):
            same = dated & (tab == tab[i]) & np.isfinite(rec)
            above = np.flatnonzero(same & (rec < rec[i]))
            below = np.flatnonzero(same & (rec > rec[i]))
            near = [above[np.argmax(rec[above])]] if len(above) else []
            near += [below[np.argmin(rec[below])]] if len(below) else []
            neighbours = [ev["date"].iat[j] for j in near]
            how = "the dated rows around it"
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
            if how == "the dated rows around it":  # a guess from other applications: listed as a problem too
                guessed[i] = (
                    f"{NO_YEAR}: read as {fits[0].date()}, the year of the dated rows around it (kept; write the "
                    "year if that is wrong)"
                )
            notes.append(
                f"row {ev['row'].iat[i]}: {ev['_datetext'].iat[i]!r} read as {fits[0].date()} (the year from {how})"
            )
    return errors, guessed


def _assign_ids(ev, id_codes=None):
    """Fill ``application_id`` where the input has none (definitions §3.1); ``id_codes``: ``(codes, uniques)`` of the ids."""
    ids = ev["_appid"]
    has_id = ev["_has_id"].to_numpy(dtype=bool)
    if has_id.all() and id_codes is not None:  # every row has an id column: empty ids from the codes
        codes, uniques = id_codes
        empty = (uniques == "")[codes]
    else:
        empty = ids.to_numpy(dtype=object) == ""
    need = pd.Series(~has_id | empty, index=ev.index)
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
        base = (
            w["company"].map(_slug) + "-" + w["role"].map(_slug) + "-" + first.dt.strftime("%Y-%m-%d").fillna("undated")
        ).str.replace("--", "-")
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
        gen.loc[lg.index] = (
            (
                lg["company"].map(_slug)
                + "-"
                + lg["role"].map(_slug)
                + "-"
                + first.dt.strftime("%Y-%m-%d").fillna("undated")
            )
            .str.replace("--", "-")
            .to_numpy()
        )
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
        snapshot) is detected from the columns (definitions §3.3).
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
    if isinstance(source, (list, tuple)):
        return _tracker_and_mailbox(
            source,
            as_of=as_of,
            dayfirst=dayfirst,
            mapping=mapping,
            country=country,
            errors=errors,
            stale_after=stale_after,
        )
    labels, coltable = label_table(mapping), column_table(mapping)
    log = _read(source, labels, coltable)
    _check_mapped_columns(log, coltable)
    codes = _map_labels(log, labels)
    _parse_dates_step(log, dayfirst, codes)
    rules.implausible_dates(log)
    company_codes, company_texts = _clean_columns(log)
    generated = _group(log)
    _duplicates(log, company_codes, generated)
    rules.conflicting_companies(log, company_codes, company_texts)
    as_of_ts = rules.after_as_of(log, as_of)
    rules.out_of_order(log)
    rules.without_applied(log)
    return _assemble(log, as_of_ts, errors=errors, country=country, stale_after=stale_after)


def _tracker_and_mailbox(sources, *, as_of, dayfirst, mapping, country, errors, stale_after):
    """``load([tracker, mailbox])``: the tracker's applications with the mail's dates (see :mod:`offerkit._io.merge`)."""
    from .mailbox import is_mailbox
    from .merge import merge_mail

    paths = [s for s in sources]
    boxes = [p for p in paths if isinstance(p, (str, os.PathLike)) and is_mailbox(p)]
    trackers = [p for p in paths if p not in boxes]
    if len(boxes) != 1 or len(trackers) != 1:
        raise DataError(
            f"give one tracker and one mailbox together (got {len(trackers)} tracker(s) and {len(boxes)} "
            "mailbox(es)); a cohort is a folder of files, one per candidate"
        )
    tracker = load(
        trackers[0],
        as_of=as_of,
        dayfirst=dayfirst,
        mapping=mapping,
        country=country,
        errors=errors,
        stale_after=stale_after,
    )
    mail = load(boxes[0], as_of=as_of, country=country, errors=errors, stale_after=stale_after)
    merged = merge_mail(tracker, mail, as_of=as_of, country=country)
    return merged.replace(stale_after=stale_after)


def _check_mapped_columns(log, coltable):
    """A mapping that names a column no table has would be silently unused: say so (issue #28, item 5)."""
    user = getattr(coltable, "user", {})
    if not user:
        return
    present = {normalize(c) for raw, _ in log.tables for c in raw.frame.columns}
    missing = [name for key, (name, _role) in user.items() if key not in present]
    if missing:
        columns = sorted({str(c) for raw, _ in log.tables for c in raw.frame.columns})
        raise DataError(
            f"mapping: no column named {', '.join(map(repr, missing))} in the data (its columns: "
            f"{', '.join(map(repr, columns[:20]))}{' …' if len(columns) > 20 else ''}). Check the spelling "
            "or remove it from the mapping."
        )


def _rows_without_events(tab, raw, ev, shape, problems):
    """Every row is loaded (it gave an event) or set aside with a reason: never counted as loaded with nothing in it.

    The safety net behind the shape readers (issue #28, item 2): a row no reader turned into an event and no
    rule reported is set aside here, with its text, so that "rows read = loaded + set aside" stays true.
    Flow and sideways tables are left out (their rows are links and columns, not applications).
    """
    if shape not in ("event log", "application table", "snapshot", "undated table"):
        return
    n = len(raw.frame)
    seen = np.zeros(n, dtype=bool)
    recs = ev["_rec"].to_numpy(dtype="int64")
    seen[recs[(recs >= 0) & (recs < n)]] = True
    if seen.all():
        return
    reported = problems.frame()
    reported = set(reported.loc[reported["_tab"] == tab, "_rec"].tolist())
    lone = [r for r in np.flatnonzero(~seen).tolist() if r not in reported]
    if not lone:
        return
    block = raw.frame.iloc[lone].astype(str)
    texts = [" | ".join(v for v in row if v.strip())[:80] for row in block.itertuples(index=False)]
    problems.add(
        tab,
        lone,
        "",
        texts,
        "nothing in this row reads as an application event (no date, status or "
        "stage the reading understood): check the row, or pass --map to name its columns",
    )


def _read(source, labels, coltable) -> RawLog:
    """Read every table, find its header and shape, and turn it into raw events (one row per event)."""
    tables, is_folder = _sources(source)
    tables = [(_drop_structural_rows(_find_header(raw, coltable)), candidate) for raw, candidate in tables]
    log = RawLog(tables=tables, names={}, is_folder=is_folder)
    frames, codes = [], {}
    for tab, (raw, default_candidate) in enumerate(tables):
        log.names[tab] = raw.name
        log.notes.extend(f"{raw.name}: {n}" for n in raw.notes)
        for row, column, value, problem in raw.problems:
            log.problems.add(tab, -row, column, value, problem)
        if raw.frame.empty:
            continue
        ev, shape, extras, codes = table_events(tab, raw, default_candidate, labels, coltable, log.problems, log.notes)
        _rows_without_events(tab, raw, ev, shape, log.problems)
        frames.append(ev)
        log.shapes.append(shape)
        known = set(log.extras)
        log.extras.extend(e for e in extras if e not in known)
    log.rows_read = sum(len(raw.frame) + len(raw.problems) for raw, _ in tables)
    if log.rows_read == 0:
        raise DataError(f"{log.fatal_file()}: no data rows under the header. Add at least one application.")
    if not frames:
        first = next(p for raw, _ in tables for p in raw.problems)
        raise DataError(f"{log.fatal_file()}: every row was set aside; row {first[0]}: {first[3]}.")
    log.ev = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    log.codes = codes if len(frames) == 1 else {}
    if log.ev.empty:
        raise DataError(
            f"{log.fatal_file()}: no row has a date in any date column. Check the date columns "
            "(ISO dates such as 2024-11-05 always work)."
        )
    log.ignored = np.zeros(len(log.ev), dtype=bool)
    return log


_COMPOUND_SPLIT = re.compile(
    r"\s*(?:\+|,|;|/|&|->|→|\bthen\b|\bafter\b|_after_|\bpost[- ]|\bat\b|\band\b|\bbut\b|\s-\s)\s*", re.I
)
_COUNT_PREFIX = re.compile(r"^\s*(\d{1,2})\s*x?\s+(.*)$", re.I)


def _compound(text, labels):
    """Events of a compound status ("2 Interviews + Denied", "Rejected after interview"), in ladder order, or None.

    Every part must be a known label; a leading count repeats its part.
    "X after Y" puts Y first.  Waiting states inside a compound add nothing.
    """
    parts = [p for p in _COMPOUND_SPLIT.split(str(text)) if p.strip()]
    if len(parts) < 2 and not _COUNT_PREFIX.match(str(text)):
        return None
    events = []
    for part in parts:
        count = 1
        m = _COUNT_PREFIX.match(part)
        if m:
            count, part = int(m.group(1)), m.group(2)
        event = "reply" if assessment_step(normalize(part)) else match_label(normalize(part), labels)
        if event is None:
            key = normalize(part)
            event = match_label(key[:-1], labels) if key.endswith("s") else None  # "interviews"
        if event is None:
            return None
        if event in (WAITING,):
            continue
        events.extend([event] * min(count, 10))
    if not events or NOT_APPLIED in events:
        return None
    order = {e: i for i, e in enumerate(TIE_ORDER)}
    return sorted(events, key=lambda e: order.get(e, 99))


def _closest_labels(text, labels, n=3):
    """The known labels nearest to ``text`` (for the suggestion in the report)."""
    import difflib

    key = normalize(text)
    if not key:
        return []
    near = difflib.get_close_matches(key, list(labels), n=n, cutoff=0.6)
    return [
        f"{k} → {labels[k] if not str(labels[k]).startswith('_') else labels[k].strip('_').replace('_', ' ')}"
        for k in near
    ]


def _map_labels(log, labels) -> np.ndarray:
    """Map every label to an event through the synonym table; report the unknown, the blank and the never-applied.

    In a table (one row per application) an unknown or blank *status* costs
    only that cell: the application is kept with its applied event and the
    status is reported as ``status ignored``; in an event log the row is the
    event, so it is set aside.  Waiting states (pending, under review, ...)
    add no event and are no problem.  Compound statuses become several events.
    Returns the label code of each event (``-2`` never applied, ``-3``
    waiting, ``-1`` unknown or blank).
    """
    ev = log.ev
    keys, uniques = strip_codes(ev["_label"], known=log.codes.get("_label"))
    code_of = {e: i for i, e in enumerate(EVENT_DTYPE.categories)}
    code_of[NOT_APPLIED] = -2
    code_of[WAITING] = -3
    names_of, compounds = [], {}
    for j, u in enumerate(uniques):
        event = match_label(normalize(u), labels) if u.lower() not in MISSING_TOKENS else None
        if event is None and u and u.lower() not in MISSING_TOKENS:
            parts = _compound(u, labels)
            if parts:
                compounds[j] = parts
                event = parts[-1]
                log.notes.append(f"status {u!r} read as {' then '.join(parts)}")
            elif (event := prefix_label(u, labels)) is not None:
                log.notes.append(
                    f"label {u!r} read as {event.strip('_').replace('_', ' ')!r} (it starts with a known label)"
                )
            else:
                event = fuzzy_label(normalize(u), labels)
                if event is not None:
                    log.notes.append(f"label {u!r} read as {event!r} (fuzzy match of a typo)")
        names_of.append(code_of.get(event, -1) if event is not None else -1)
    codes = np.array(names_of, dtype="int64")[keys]
    if compounds:  # one event per part: the earlier parts are added as rows of their own, undated
        ev, codes, keys = _expand_compounds(log, ev, codes, keys, compounds, code_of)
    ev["event"] = pd.Categorical.from_codes(np.maximum(codes, -1), dtype=EVENT_DTYPE)
    log.label_keys = keys
    bad = ev["event"].isna().to_numpy() & (codes != -3)
    if bad.any():
        blank = np.array([u.lower() in MISSING_TOKENS for u in uniques], dtype=bool)[keys]
        saved = codes == -2
        table_status = (ev["_shape"] != "event log").to_numpy() & (ev["_labelcol"] != "").to_numpy() & ~saved
        suggestions = {j: _closest_labels(u, labels) for j, u in enumerate(uniques)}
        hint = np.array(
            [("; closest known: " + ", ".join(suggestions[j])) if suggestions[j] else "" for j in range(len(uniques))],
            dtype=object,
        )[keys]
        cli = np.array([f" (CLI: --map {shlex.quote(f'{u}=event')})" for u in uniques], dtype=object)[keys]
        unknown = (
            np.where(
                table_status,
                "status not understood: ignored, the application is kept; map it with mapping={'label': 'event'}",
                "unknown event label: fix the typo or add it with mapping={'label': 'event'}",
            )
            + cli
            + hint
        )
        message = np.where(
            blank,
            np.where(
                table_status,
                "blank status: ignored, the application is kept",
                "empty event label: fill in what happened",
            ),
            np.where(saved, "saved but never applied (wish list): not an application yet, left out", unknown),
        )
        log.add(bad & table_status, ev["_labelcol"], ev["_label"], message, action="status ignored")
        log.add(bad & ~table_status, ev["_labelcol"], ev["_label"], message)
    return codes


def _expand_compounds(log, ev, codes, keys, compounds, code_of):
    """Repeat the rows of compound statuses, one per part; all but the last part undated."""
    extra_idx, extra_codes = [], []
    for i in np.flatnonzero(np.isin(keys, list(compounds))):
        for part in compounds[keys[i]][:-1]:
            extra_idx.append(i)
            extra_codes.append(code_of.get(part, -1))
    if not extra_idx:
        return ev, codes, keys
    extra = ev.iloc[extra_idx].copy()
    extra["_datetext"] = ""
    ev = pd.concat([ev, extra], ignore_index=True)
    codes = np.r_[codes, np.asarray(extra_codes, dtype="int64")]
    keys = np.r_[keys, keys[extra_idx]]
    log.ev = ev
    log.codes = {}  # rows were added
    log.ignored = np.r_[log.ignored, np.zeros(len(extra_idx), dtype=bool)]
    return ev, codes, keys


def _parse_dates_step(log, dayfirst, codes):
    """Parse every date (deciding day-first per column), give years to dates without one, report the rest."""
    ev, names, notes = log.ev, log.names, log.notes
    ev["date"], date_errors, dates_clean, order = _parse_all_dates(
        ev, dayfirst, notes, names, known=log.codes.get("_datetext")
    )
    if dates_clean:  # the common case: no value to look at
        no_error = np.ones(len(ev), dtype=bool)
    else:
        # "10/5" without a year reads in the order the file's full dates were read in ("9/19/24": month-first)
        date_errors, guessed = _infer_years(ev, date_errors, dayfirst if dayfirst is not None else order, notes)
        no_error = (date_errors == "").to_numpy()
        if guessed:
            mask = np.zeros(len(ev), dtype=bool)
            mask[list(guessed)] = True
            text = np.full(len(ev), "", dtype=object)
            text[list(guessed)] = list(guessed.values())
            log.add(mask, ev["_datecol"], ev["_datetext"], text, action="kept")
    missing = ev["date"].isna().to_numpy() & no_error & ~ev["_dateless"].to_numpy(dtype=bool)
    if missing.any() and (codes == -2).any():  # a wish-list row is set aside as such: its empty dates are expected
        record = log.event_key
        missing &= ~np.isin(record, record[codes == -2])
    table = (ev["_shape"] != "event log").to_numpy()
    # an event without a date still counts in the funnel: kept undated, left out of waits (never invented timing)
    undated = missing.copy()
    log.add(
        missing & ~table & (codes >= 0),
        ev["_datecol"],
        ev["_datetext"],
        "no date: kept (it counts in the funnel, not in latency); add the date to time it",
        action="kept",
    )
    month = (~no_error & (date_errors == MONTH_ONLY).to_numpy()) if not dates_clean else np.zeros(len(ev), dtype=bool)
    unreadable = ~no_error & (table | month) & (codes >= 0)
    if month.any():
        log.notes.append(
            f"{int(month.sum())} date(s) written to the month only (such as {ev['_datetext'][month].iloc[0]!r}): "
            "kept undated; they count in the funnel, not in latency"
        )
    if unreadable.any():
        log.add(
            unreadable,
            ev["_datecol"],
            ev["_datetext"],
            date_errors.to_numpy().astype(object) + ": kept without a date (it counts in the funnel, not in latency)",
            action="kept",
        )
    undated |= unreadable
    if not dates_clean:
        log.add(~no_error & ~unreadable, ev["_datecol"], ev["_datetext"], date_errors.to_numpy())
    if ev["date"].notna().sum() == 0 and month.any():  # every date a month: the funnel still reads
        log.notes.append(
            "every date is written to the month only: loaded for the funnel, undated; latency, the "
            "December slowdown and the simulator need the day (write dates such as 2025-08-14)"
        )
    elif (
        ev["date"].notna().sum() == 0
        and table.any()
        and not dates_clean
        and ((date_errors == NO_YEAR).to_numpy() & unreadable).any()
    ):
        # a table whose every date lacks its year ("Mon, Nov 4"): each is reported, the rows kept undated
        log.notes.append(
            "no date of the file can be read whole (each is listed as a problem: add the year, e.g. 2024-11-04): "
            "loaded for the funnel, undated; latency, the December slowdown and the simulator need the dates"
        )
    elif ev["date"].notna().sum() == 0 and not ev["_dateless"].any():
        raise DataError(
            f"{log.fatal_file()}: no row has a readable date. Check the date column "
            "(ISO dates such as 2024-11-05 always work)."
        )
    log.base = (ev["date"].notna().to_numpy() | ev["_dateless"].to_numpy(dtype=bool) | undated) & ev[
        "event"
    ].notna().to_numpy()


def _clean_columns(log):
    """Strip the text columns once per distinct value.

    Returns the company codes and texts (for the duplicate and conflicting-company rules).
    """
    ev, known = log.ev, log.codes
    cleaned = {}
    for column in ("company", "role", "source", "candidate", "_appid"):
        empty = ev["_default_candidate"] if column == "candidate" else None
        values, codes, uniques = _clean(ev[column], empty=empty, known=known.get(column))
        if values is not None:  # None: nothing changed
            ev[column] = values
        cleaned[column] = _distinct(codes, uniques)
    log.text_codes = cleaned
    company_codes, company_texts = cleaned["company"]
    return company_codes, company_texts


def _duplicates(log, company_codes, generated):
    """Identical rows share their application (candidate and id: coaches' files number each from J001),
    label, date, company and table; other columns are compared exactly.

    The application is the candidate and id cells as the file writes them: where ids were generated,
    identical rows got distinct ids (``...-2``), so the groups of :func:`_group` cannot be used.
    """
    ev = log.ev
    if generated:
        cand, app = log.text_codes["candidate"][0], log.text_codes["_appid"][0]
        group = first_seen_codes(cand.astype("int64") * (int(app.max()) + 1) + app)
    else:
        group = ev["_gid"].to_numpy()
    days = ev["date"].to_numpy().astype("datetime64[D]").astype("int64")
    rules.duplicate_rows(
        log,
        group,
        [log.label_keys, np.where(days < -(1 << 40), -1, days), company_codes, ev["_tab"].to_numpy()],
        keep_alike=_unnamed_tables(log, company_codes),
    )


def _unnamed_tables(log, company_codes):
    """Tables of one row per application with neither an id nor a company column (nothing names a row)."""
    ev = log.ev
    if ev["_has_id"].to_numpy(dtype=bool).all():
        return set()
    company_texts = log.text_codes["company"][1]
    has_company = (company_texts != "")[company_codes]
    out = set()
    tabs = ev["_tab"].to_numpy()
    shapes = ev["_shape"].astype(str).to_numpy()
    has_id = ev["_has_id"].to_numpy(dtype=bool)
    for tab in np.unique(tabs):
        mine = tabs == tab
        if shapes[mine][0] != "event log" and not has_id[mine].any() and not has_company[mine].any():
            out.add(int(tab))
    return out


def _group(log):
    """Give every event its application: ids generated where the input has none, one group code per application.

    Returns whether any id was generated.
    """
    ev = log.ev
    generated = _assign_ids(ev, log.text_codes.get("_appid"))
    app_codes = (
        pd.factorize(ev["application_id"].to_numpy(dtype=object))[0] if generated else log.text_codes["_appid"][0]
    )
    cand_codes = log.text_codes["candidate"][0]
    ev["_gid"] = first_seen_codes(cand_codes.astype("int64") * (int(app_codes.max()) + 1) + app_codes)
    return generated


def _assemble(log, as_of_ts, *, errors, country, stale_after) -> JobSearch:
    """The loaded events (sorted, canonical columns first), the validation report, the JobSearch."""
    ev, tables, names = log.ev, log.tables, log.names
    keep = log.live()
    pf = log.problems.frame()
    set_aside = pf[pf["action"] == "set aside"].drop_duplicates(["_tab", "_rec"])
    rows_set_aside = len(set_aside)
    rows_loaded = log.rows_read - rows_set_aside
    problem_frame = _problem_frame(pf, tables)
    rejected = _rejected_frame(set_aside, pf, tables)

    kept = np.flatnonzero(keep)
    every = len(kept) == len(ev)
    pick = (lambda values: values) if every else (lambda values: values[kept])  # no copies when all are kept
    tie_of = np.array([TIE_ORDER.index(e) for e in EVENT_DTYPE.categories], dtype="int64")
    codes = pick(ev["event"].cat.codes.to_numpy())
    sort_keys = (
        pick(ev["row"].to_numpy()),
        pick(ev["_tab"].to_numpy()),
        tie_of[codes],
        date_sort_key(pick(ev["date"].to_numpy())),
        pick(ev["_gid"].to_numpy()),
    )
    in_order = keys_sorted(sort_keys)
    whole = in_order and every  # every event kept, in order: the rows and the codes as they are
    order = None if in_order else np.lexsort(sort_keys)
    take = kept if order is None else kept[order]
    if log.is_folder:
        ev["file"] = ev["_file"].astype(object).map(os.path.basename)
    columns = CANONICAL + log.extras + (["file"] if log.is_folder else [])
    events = ev[columns] if whole else ev[columns].take(take)
    groups = ev["_gid"].to_numpy() if whole else ev["_gid"].to_numpy()[take]
    events["date"] = events["date"].astype("datetime64[ns]")
    events["row"] = events["row"].astype("int64")
    if log.extras:  # extra columns missing in some files of a cohort: empty text, filled in one pass
        block = events[log.extras]
        if block.isna().to_numpy().any():
            events[log.extras] = block.where(block.notna(), "")
    events = events.reset_index(drop=True)

    _note_undated(log, events)
    shape = log.shapes[0] if len(set(log.shapes)) == 1 else "mixed"
    report = ValidationReport(
        files=[names[t] for t in sorted(names)],
        shape=shape,
        rows_read=log.rows_read,
        rows_loaded=rows_loaded,
        rows_set_aside=rows_set_aside,
        problems=problem_frame,
        rejected=rejected,
        notes=log.notes,
        limited="snapshot" in log.shapes,
        as_of=as_of_ts,
        scheduled=log.scheduled,
    )
    if errors == "raise" and not problem_frame.empty:
        lines = report.summary_lines(max_problems=30)
        raise DataError("\n".join(lines[3:]) + "\nFix these rows, or load with errors='report' to set them aside.")
    codes = {c: (k if whole else k[take], u) for c, (k, u) in log.text_codes.items() if c != "_appid"}
    return JobSearch.from_sorted(
        events, groups=groups, codes=codes, report=report, as_of=as_of_ts, country=country, stale_after=stale_after
    )


def _note_undated(log, events):
    """Say how many outcomes have no date: they count in conversion, not in latency (never a day-0 answer)."""
    if not len(events):
        return
    undated = np.isnat(events["date"].to_numpy())
    if undated.all() or not undated.any():
        return
    event = events["event"]
    undated &= event.cat.codes.to_numpy() != list(event.cat.categories).index("applied")
    if not undated.any():
        return
    undated = events[undated]
    counts = undated["event"].astype(str).value_counts()
    kinds = ", ".join(f"{n} {e}" for e, n in counts.items())
    log.notes.append(
        f"{len(undated)} outcome(s) have no date ({kinds}): counted in conversion, not in latency "
        "(their waits are left out; add the dates to time them)"
    )


def _clean(values, *, empty=None, sort=False, known=None):
    """Strip a text column once over its distinct values; return it, its codes and the texts of the codes.

    ``empty``: values to use where the cell is empty (e.g. the default candidate); ``known``: the
    column's ``(codes, uniques)`` from the parser, if any.
    """
    codes, uniques, changed = strip_codes(values, report_changes=True, known=known)
    if not changed and not (empty is not None and (uniques[:-1] == "").any()):
        return None, codes, uniques  # nothing to strip or fill: the values stay as they are
    if empty is not None and (uniques == "").any():
        out = uniques[codes]
        blank = out == ""
        out[blank] = np.asarray(empty, dtype=object)[blank] if np.ndim(empty) else empty
        codes, uniques = pd.factorize(out, sort=sort)
        return uniques.astype(object)[codes], codes, uniques.astype(object)
    merged, clean = pd.factorize(uniques, sort=sort)
    clean = clean.astype(object)
    return clean[merged[codes]], merged[codes], clean


def _distinct(codes, uniques):
    """``(codes, uniques)`` with each text once (stripping can make two uniques equal)."""
    if len(set(uniques.tolist())) == len(uniques):
        return codes, uniques
    merged, clean = pd.factorize(uniques)
    return merged[codes], np.asarray(clean, dtype=object)


def _problem_frame(pf, tables):
    if pf.empty:
        return pd.DataFrame(
            {c: pd.Series(dtype="int64" if c in ("row", "record") else object) for c in PROBLEM_COLUMNS}
        )
    rows, records = [], []
    for tab, rec in zip(pf["_tab"], pf["_rec"]):
        raw = tables[tab][0]
        rows.append(-rec if rec < 0 else int(np.asarray(raw.rows)[rec]))
        records.append(-1 if rec < 0 else int(rec) + 2)  # the header is record 1
    out = pd.DataFrame(
        {
            "file": [tables[t][0].name for t in pf["_tab"]],
            "row": np.asarray(rows, dtype="int64"),
            "record": np.asarray(records, dtype="int64"),
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
        first_problem = (
            pf[(pf["_tab"] == tab) & (pf["action"] == "set aside")].drop_duplicates("_rec").set_index("_rec")["problem"]
        )
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
