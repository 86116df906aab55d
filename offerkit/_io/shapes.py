"""Input shapes (SPEC 3.3): which shape a table is, and its rows as raw events.

A raw event is ``_rec`` (the record of the table), ``_label`` (the event
text as written), ``_labelcol``, ``_datetext`` (the date as written) and
``_datecol``; the loader (:mod:`offerkit._io.load`) then maps labels, parses
dates and validates.  Shapes: event log, application table, status snapshot
(also with stage-date columns), stage-flag grid, transition table, and
stage-history list columns.  Title lines above the header and repeated
header / total rows are handled here too.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .dates import MISSING_TOKENS, NO_YEAR, parse_dates
from .._core.errors import DataError
from .read import RawTable, _unique_names
from .._core.vocab import LADDER, NOT_APPLIED, match_label, normalize

CANONICAL = ["candidate", "application_id", "company", "role", "source", "event", "date", "row"]
_SPLIT = re.compile(r"\s*(?:;|&|\band\b)\s*", re.I)
_STAGE_AFFIX = re.compile(r"^(?:dateof|date)|(?:date|on|at|dt)$")

_SLUG = re.compile(r"[^0-9a-z]+")


def _slug(text) -> str:
    return _SLUG.sub("-", str(text).lower()).strip("-")


def _find_header(raw: RawTable, coltable, max_lines=10) -> RawTable:
    """Skip title lines above the header (spreadsheets often start with one).

    When no column name of the first line is known, the first of the next
    ``max_lines`` lines with at least two known column names becomes the
    header; the lines above it are skipped with a note.
    """
    f = raw.frame
    if f.empty or _roles(f.columns, coltable):
        return raw
    for i in range(min(max_lines, len(f))):
        cells = [str(v).strip() for v in f.iloc[i].tolist()]
        if len(set(_roles(cells, coltable))) >= 2:
            break
    else:
        return raw
    names = _unique_names(c or f"Unnamed: {j}" for j, c in enumerate(cells))
    body = f.iloc[i + 1:].reset_index(drop=True)
    body.columns = names
    empty = [c for c in names if c.startswith("Unnamed: ") and not (body[c].astype(str).str.strip() != "").any()]
    body = body.drop(columns=empty)
    rows = np.asarray(raw.rows)
    title = " | ".join(str(v) for v in [*f.columns, *f.iloc[:i].to_numpy().ravel()] if str(v).strip() and not str(v).startswith("Unnamed:"))
    notes = raw.notes + [f"the header is on line {rows[i]}; {i + 1} line(s) above it skipped ({title[:80]!r})"]
    return RawTable(body, rows[i + 1:], raw.name, notes, raw.problems, raw.rejected)


_SUMMARY = {"total", "totals", "grandtotal", "sum", "count", "average", "subtotal"}


def _drop_structural_rows(raw: RawTable) -> RawTable:
    """Set aside repeated header rows and trailing total rows before reading the data."""
    f = raw.frame
    if f.empty:
        return raw
    header = np.array([normalize(c) for c in f.columns], dtype=object)
    codes, uniques = pd.factorize(f.iloc[:, 0].to_numpy(dtype=object))
    # only rows whose first cell is the first column name or a summary word can be such rows
    suspect = np.array([normalize(u) in _SUMMARY or normalize(u) == header[0] for u in uniques] + [False], dtype=bool)
    cand = np.flatnonzero(suspect[codes])
    if not len(cand):
        return raw
    drop = []
    for i in cand:
        values = [normalize(v) for v in f.iloc[i].tolist()]
        if values == list(header):
            drop.append((i, "repeated header row: remove it"))
        elif values[0] in _SUMMARY:
            drop.append((i, "summary row (a total, not an application): remove it"))
    if not drop:
        return raw
    rows = np.asarray(raw.rows)
    for i, why in drop:
        raw.problems.append((int(rows[i]), "", ",".join(map(str, f.iloc[i].tolist()))[:200], why))
        raw.rejected.append((int(rows[i]), dict(zip(f.columns, f.iloc[i].tolist()))))
    keep = np.ones(len(f), dtype=bool)
    keep[[i for i, _ in drop]] = False
    return RawTable(f.loc[keep].reset_index(drop=True), rows[keep], raw.name, raw.notes, raw.problems, raw.rejected)


def _roles(columns, coltable):
    roles = {}
    for column in columns:
        role = coltable.get(normalize(column))
        if role and role not in roles:
            roles[role] = column
    return roles


def _stage_columns(frame, roles, labels):
    used = set(roles.values())
    stages = {}
    for column in frame.columns:
        if column in used:
            continue
        key = _STAGE_AFFIX.sub("", normalize(column))
        event = match_label(key, labels) or match_label(normalize(column), labels)
        if not event or event in ("applied", NOT_APPLIED):  # "Date Saved" (a wish-list date) is no stage
            continue
        values = frame[column].str.strip()
        values = values[~values.str.lower().isin(MISSING_TOKENS)]
        if len(values):
            parts = values.str.split(_SPLIT).explode()
            if parse_dates(parts).error.isin(["", NO_YEAR]).mean() < 0.5:
                continue
        stages[column] = event
    return stages


_FLAG_YES = {"y", "yes", "x", "true", "1", "✓", "✔", "done", "reached"}
_FLAG_NO = {"n", "no", "false", "0", "", "-", "n/a", "na", "none", "null"}


def _history_columns(f, roles):
    """Columns holding a stage history list such as ``[{'stage': 'Applied', 'date': '2024-11-05'}]``."""
    out = []
    for column in f.columns:
        if column in roles.values():
            continue
        values = f[column].astype(str).str.strip()
        values = values[values != ""]
        if len(values) and values.str.startswith("[").mean() > 0.5 and \
                values.str.contains("stage|status|event", case=False, regex=True).mean() > 0.5:
            out.append(column)
    return out


def _flag_columns(f, roles, labels):
    """Stage columns holding only yes/no flags (a stage-flag grid)."""
    flags = {}
    for column in f.columns:
        if column in roles.values():
            continue
        event = match_label(normalize(column), labels)
        if event is None or event == NOT_APPLIED:
            continue
        if _is_flag_column(f[column]):
            flags[column] = event
    return flags


def _is_flag_column(values) -> bool:
    return {str(v).strip().lower() for v in pd.unique(values)} <= _FLAG_YES | _FLAG_NO


def _shape(raw: RawTable, roles, labels):
    applied = roles.get("applied_date")
    if applied and "event" not in roles and _is_flag_column(raw.frame[applied]) and \
            len(_flag_columns(raw.frame, {k: v for k, v in roles.items() if k != "applied_date"}, labels)) >= 2:
        roles.pop("applied_date")  # an "Applied" column of Y/N flags: a stage-flag grid
        return "stage flags"
    if "event" in roles and "applied_date" in roles:
        return "snapshot"
    if "event" in roles and ("date" in roles or "status_date" in roles):
        return "event log"
    if "applied_date" in roles or "date" in roles or _history_columns(raw.frame, roles):
        return "application table"
    keys = {normalize(c) for c in raw.frame.columns}
    if "target" in keys and ("source" in keys or "from" in keys):
        return "transitions"
    if len(_flag_columns(raw.frame, roles, labels)) >= 2:
        return "stage flags"
    found = ", ".join(repr(c) for c in raw.frame.columns[:12])
    raise DataError(
        f"{raw.name}: no date column found (columns: {found}). An event log needs "
        "application_id, event and date columns; an application table needs an applied-date "
        "column such as 'Date Applied'. Rename the column or pass mapping={'My column': 'applied_date'}."
    )


def _events_history(raw, column, problems, tab):
    """Events from a stage-history column, parsed with a safe literal parser (never eval)."""
    import ast
    import json

    rows = []
    for rec, text in enumerate(raw.frame[column].astype(str).tolist()):
        text = text.strip()
        if not text or text.lower() in MISSING_TOKENS:
            continue
        try:
            items = json.loads(text)
        except ValueError:
            try:
                items = ast.literal_eval(text)
            except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
                problems.add(tab, rec, column, text, "stage history cannot be read: write it as [{'stage': 'Applied', 'date': '2024-11-05'}, ...]")
                continue
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            problems.add(tab, rec, column, text, "stage history must be a list of {'stage': ..., 'date': ...} entries")
            continue
        for item in items:
            low = {str(k).lower(): v for k, v in item.items()}
            label = next((low[k] for k in ("stage", "status", "event", "name", "step") if k in low), "")
            date = next((low[k] for k in ("date", "time", "timestamp", "updated", "at", "when") if k in low), "")
            rows.append((rec, str(label), column, str(date), column))
    return pd.DataFrame(rows, columns=["_rec", "_label", "_labelcol", "_datetext", "_datecol"])


def _events_flags(raw, flags):
    f = raw.frame
    parts = [pd.DataFrame({"_rec": np.arange(len(f)), "_label": "applied", "_labelcol": "", "_datetext": "", "_datecol": ""})]
    for column, event in flags.items():
        if event == "applied":
            continue
        yes = f[column].astype(str).str.strip().str.lower().isin(_FLAG_YES).to_numpy()
        recs = np.flatnonzero(yes)
        parts.append(pd.DataFrame({"_rec": recs, "_label": event, "_labelcol": column, "_datetext": "", "_datecol": ""}))
    return pd.concat(parts, ignore_index=True)


def _events_transitions(raw, roles):
    """``Company, Source, Target`` rows (a blank company continues the row above) → one application per company."""
    f = raw.frame
    cols = {normalize(c): c for c in f.columns}
    src = cols.get("source") or cols.get("from")
    dst = cols["target"]
    company_col = roles.get("company")
    parts = []
    for column in (src, dst):
        parts.append(pd.DataFrame({"_rec": np.arange(len(f)), "_label": f[column].to_numpy(dtype=object),
                                   "_labelcol": column, "_datetext": "", "_datecol": ""}))
    ev = pd.concat(parts, ignore_index=True)
    if company_col:
        company = f[company_col].astype(str).str.strip().replace("", np.nan).ffill().fillna("")
        ev["_company_filled"] = company.to_numpy(dtype=object)[ev["_rec"].to_numpy()]
    return ev


def _constant(text, n):
    """A column holding ``text`` in every row, as a one-category categorical (no n-long object array)."""
    return pd.Categorical.from_codes(np.zeros(n, dtype="int8"), categories=[text])


def _events_long(raw, roles):
    f = raw.frame
    date_col = roles.get("date", roles.get("status_date"))
    index = pd.RangeIndex(len(f))
    return pd.DataFrame(
        {
            "_rec": np.arange(len(f)),
            "_label": pd.Series(f[roles["event"]].to_numpy(dtype=object), index=index, dtype=object),
            "_labelcol": _constant(roles["event"], len(f)),
            "_datetext": pd.Series(f[date_col].to_numpy(dtype=object), index=index, dtype=object),
            "_datecol": _constant(date_col, len(f)),
        },
        index=index,
    )


def _events_wide(raw, roles, stages):
    f = raw.frame
    applied_col = roles.get("applied_date", roles.get("date"))
    parts = []
    for column, event in [(applied_col, "applied")] + list(stages.items()):
        cells = f[column].astype(str).str.strip()
        keep = ~cells.str.lower().isin(MISSING_TOKENS)
        cells = cells[keep]
        multi = cells.str.contains(_SPLIT)
        if multi.any():
            cells = pd.concat([cells[~multi], cells[multi].str.split(_SPLIT).explode()]).sort_index(kind="stable")
            cells = cells[cells != ""]
        parts.append(
            pd.DataFrame(
                {
                    "_rec": cells.index.to_numpy(),
                    "_label": event,
                    "_labelcol": "",
                    "_datetext": cells.to_numpy(dtype=object),
                    "_datecol": column,
                }
            )
        )
    return pd.concat(parts, ignore_index=True)


def _events_snapshot(raw, roles, stages=None):
    """Applied + current status per row; with stage-date columns (a hybrid sheet) also their events.

    The status is dated at the status-date column when there is one; else,
    in a hybrid sheet, at the date of the row's highest ladder stage (the
    status was reached then or later; another stage column such as a
    response date when no ladder stage has a date), else at the applied date.  Statuses that repeat
    an event the row already has are dropped in :func:`_table_events`.
    """
    f = raw.frame
    status_date = roles.get("status_date", roles.get("date"))
    applied_col = roles["applied_date"]
    applied = pd.DataFrame(
        {"_rec": np.arange(len(f)), "_label": "applied", "_labelcol": "",
         "_datetext": f[applied_col].to_numpy(dtype=object), "_datecol": applied_col}
    )
    parts = [applied]
    date_text = (f[status_date] if status_date else f[applied_col]).to_numpy(dtype=object).copy()
    date_col = np.full(len(f), status_date or applied_col, dtype=object)
    if stages:
        wide = _events_wide(raw, roles, stages)
        staged = wide[wide["_label"] != "applied"].reset_index(drop=True)
        parts.append(staged)
        if not status_date and len(staged):
            # ladder stages in ladder order; other stage columns (a response date, ...) only when no ladder stage has a date
            rank = staged["_label"].map({s: i for i, s in enumerate(LADDER)}).fillna(-1)
            latest = staged.assign(_rank=rank, _pos=np.arange(len(staged)))
            latest = latest.sort_values(["_rec", "_rank", "_pos"]).groupby("_rec").tail(1)
            recs = latest["_rec"].to_numpy()
            date_text[recs] = latest["_datetext"].to_numpy(dtype=object)
            date_col[recs] = latest["_datecol"].to_numpy(dtype=object)
    status = pd.DataFrame(
        {"_rec": np.arange(len(f)), "_label": f[roles["event"]].to_numpy(dtype=object), "_labelcol": roles["event"],
         "_datetext": date_text, "_datecol": date_col}
    )
    parts.append(status)
    return pd.concat(parts, ignore_index=True)


def _table_events(tab, raw, default_candidate, labels, coltable, problems, notes):
    """Convert one raw table to events with raw labels and date texts."""
    f = raw.frame
    roles = _roles(f.columns, coltable)
    shape = _shape(raw, roles, labels)
    stages = {}
    history = _history_columns(f, roles) if shape in ("application table", "snapshot") else []
    if shape == "event log":
        ev = _events_long(raw, roles)
    elif shape == "snapshot":
        stages = _stage_columns(f, roles, labels)
        ev = _events_snapshot(raw, roles, stages)
        if stages:
            dated = f"the '{roles['status_date']}' column" if "status_date" in roles else "the row's latest stage date"
            notes.append(f"{raw.name}: a status snapshot with stage-date columns ({', '.join(map(repr, stages))}): "
                         f"stage events come from those columns; the status is dated at {dated}")
    elif shape == "stage flags":
        stages = _flag_columns(f, roles, labels)
        ev = _events_flags(raw, stages)
        notes.append(f"{raw.name}: stage flags without dates: funnel only, latency and the slowdown are unavailable")
    elif shape == "transitions":
        ev = _events_transitions(raw, roles)
        cols = {normalize(c): c for c in f.columns}
        stages = {cols.get("source") or cols.get("from"): "", cols["target"]: ""}
        notes.append(f"{raw.name}: a transition table without dates: funnel only, latency and the slowdown are unavailable")
    else:
        stages = _stage_columns(f, roles, labels) if ("applied_date" in roles or "date" in roles) else {}
        ev = _events_wide(raw, roles, stages) if ("applied_date" in roles or "date" in roles) else pd.DataFrame(
            columns=["_rec", "_label", "_labelcol", "_datetext", "_datecol"])
    for column in history:
        ev = pd.concat([ev, _events_history(raw, column, problems, tab)], ignore_index=True)
        stages[column] = "history"
    if shape == "application table":
        no_dates = np.setdiff1d(np.arange(len(f)), ev["_rec"].to_numpy())
        problems.add(tab, no_dates, roles.get("applied_date", roles.get("date", "")), "",
                     "no date in any date column: add the applied date or remove the row")
    ev["_rec"] = ev["_rec"].astype("int64")
    ev["_dateless"] = shape in ("stage flags", "transitions")
    if shape == "snapshot":
        # a status that repeats an event of its row (an "applied" status, an "interview" status beside an
        # interview date) adds nothing
        codes, uniques = pd.factorize(ev["_label"].astype(object))
        lab = np.array([match_label(normalize(u), labels) for u in uniques] + [None], dtype=object)[codes]
        is_status = (ev["_labelcol"] != "").to_numpy()
        rec = ev["_rec"].to_numpy()
        have = set(zip(rec[~is_status].tolist(), lab[~is_status].tolist()))
        repeat = np.array([(r, e) in have for r, e in zip(rec.tolist(), lab.tolist())], dtype=bool) & is_status
        ev = ev[~repeat]
    used = set(roles.values()) | set(stages)
    extras = [c for c in f.columns if c not in used]
    rec = ev["_rec"].to_numpy()
    # raw text here; stripped once, with the group codes, in load(); object columns (no str-dtype inference)
    obj = lambda values: pd.Series(values, index=ev.index, dtype=object)
    if len(rec) == len(f) and (len(rec) == 0 or (rec[0] == 0 and rec[-1] == len(f) - 1 and (np.diff(rec) == 1).all())):
        cells = lambda column: f[column].to_numpy(dtype=object)  # one event per row, in order: no copy
    else:
        cells = lambda column: f[column].to_numpy(dtype=object)[rec]
    ev = ev.assign(**{role: obj(cells(roles[role])) if role in roles else ""
                      for role in ("company", "role", "source")})
    if shape == "transitions":
        ev["source"] = ""
        if "_company_filled" in ev:
            ev["company"] = ev.pop("_company_filled")
        ev = ev.drop_duplicates(["company", "_label"]).reset_index(drop=True)
        rec = ev["_rec"].to_numpy()
    ev["candidate"] = obj(cells(roles["candidate"])) if "candidate" in roles else default_candidate
    ev["_default_candidate"] = _constant(default_candidate, len(ev))
    ev["_appid"] = obj(cells(roles["application_id"])) if "application_id" in roles else ""
    ev["_has_id"] = "application_id" in roles
    if shape == "transitions":  # one application per company
        ev["_appid"] = [_slug(c) or f"row-{r}" for c, r in zip(ev["company"], rec)]
        ev["_has_id"] = True
    ev["row"] = np.asarray(raw.rows)[rec]
    ev["_tab"] = tab
    ev["_file"] = _constant(raw.name, len(ev))
    ev["_shape"] = _constant(shape, len(ev))
    for column in extras:
        name = f"input_{column}" if column in CANONICAL or column.startswith("_") else column
        ev[name] = f[column].to_numpy(dtype=object)[rec]
    return ev.reset_index(drop=True), shape, [f"input_{c}" if c in CANONICAL or c.startswith("_") else c for c in extras]
