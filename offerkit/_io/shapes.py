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
import shlex

import numpy as np
import pandas as pd

from .dates import MISSING_TOKENS, MONTH_ONLY, NO_YEAR, parse_dates
from .._core.errors import DataError
from .flags import FLAG_NO, FLAG_YES, flag_columns, flag_events, is_flag_column, stage_of_header
from .read import RawTable, _unique_names
from .readings import application_keys, compete
from .._core.vocab import LADDER, NOT_APPLIED, match_label, normalize, prefix_label

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
    header; when the first line names some, a later line naming at least
    two more roles wins (a title row such as "Status report, Date: 2025"
    above the real header).  The lines above it are skipped with a note.
    """
    f = raw.frame
    if f.empty:
        return raw
    first = len(_roles(f.columns, coltable))
    best, best_score = None, max(first + 1, 2)  # a later line must name more roles than the first, and two at least
    for i in range(min(max_lines, len(f))):
        cells = [str(v).strip() for v in f.iloc[i].tolist()]
        score = len(set(_roles(cells, coltable)))
        if score >= best_score and (first == 0 or score >= first + 2):
            best, best_score = i, score
            if first == 0:
                break  # the first line names nothing: the first line that names two roles is the header
    if best is None:
        return raw
    i = best
    cells = [str(v).strip() for v in f.iloc[i].tolist()]
    names = _unique_names(c or f"Unnamed: {j}" for j, c in enumerate(cells))
    body = f.iloc[i + 1:].reset_index(drop=True)
    body.columns = names
    empty = [c for c in names if c.startswith("Unnamed: ") and not (body[c].astype(str).str.strip() != "").any()]
    body = body.drop(columns=empty)
    rows = np.asarray(raw.rows)
    title = " | ".join(str(v) for v in [*f.columns, *f.iloc[:i].to_numpy().ravel()]
                       if str(v).strip() and not str(v).startswith("Unnamed:") and not re.fullmatch(r"column \d+", str(v)))
    notes = raw.notes + [f"the header is on line {rows[i]}; {i + 1} line(s) above it skipped ({title[:80]!r})"]
    return RawTable(body, rows[i + 1:], raw.name, notes, raw.problems, raw.rejected)


_SUMMARY = {"total", "totals", "grandtotal", "sum", "count", "average", "subtotal"}


def _drop_structural_rows(raw: RawTable) -> RawTable:
    """Set aside repeated header rows and trailing total rows before reading the data."""
    f = raw.frame
    if f.empty:
        return raw
    header = np.array([normalize(c) for c in f.columns], dtype=object)
    if raw.codes and f.columns[0] in raw.codes:  # the parser's categories: no hashing
        codes, uniques = raw.codes[f.columns[0]]
    else:
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
    """``{role: column}`` by header; a column the user mapped takes its role before any built-in name."""
    roles = {}
    user = getattr(coltable, "user", {})
    for column in columns:
        key = normalize(column)
        if key in user and user[key][1] not in roles:
            roles[user[key][1]] = column
    for column in columns:
        if normalize(column) in user:
            continue
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
        event = match_label(key, labels) or stage_of_header(column, labels) or stage_of_header(key, labels)
        if not event or event in ("applied", NOT_APPLIED):  # "Date Saved" (a wish-list date) is no stage
            continue
        if is_flag_column(frame[column]):  # "1st Interview" = 1 / blank: a flag, not a date ("1" parses as one)
            continue
        values = frame[column].str.strip()
        values = values[~values.str.lower().isin(MISSING_TOKENS)]
        marks = values.str.lower().isin(FLAG_YES | FLAG_NO)  # "yes" beside dates: the stage, undated
        if marks.any() and not marks.all():
            values = values[~marks]
        if len(values):
            parts = values.str.split(_SPLIT).explode()
            if parse_dates(parts).error.isin(["", NO_YEAR, MONTH_ONLY]).mean() < 0.5:
                continue
        stages[column] = event
    return stages


def _history_columns(f, roles):
    """Columns holding a stage history list such as ``[{'stage': 'Applied', 'date': '2024-11-05'}]``."""
    out = []
    heads = f.iloc[:50].to_numpy(dtype=object)
    for j, column in enumerate(f.columns):
        if column in roles.values():
            continue
        head = heads[:, j]
        if not any(("[" in v or "|" in v) for v in head if isinstance(v, str)):  # cheap: most columns hold neither
            continue
        values = f[column].astype(str).str.strip()
        values = values[values != ""]
        lists = values[values.str.startswith("[")]
        filled = lists[~lists.str.fullmatch(r"\[\s*\]")]  # an empty history says nothing about the column
        if len(values) and len(lists) / len(values) > 0.5 and len(filled) and \
                filled.str.contains("stage|status|event", case=False, regex=True).mean() >= 0.5:
            out.append(column)
        elif len(values) and values.str.contains(_PIPE_ENTRY).mean() > 0.5:  # "29 Jun 2026|INTERVIEW;3 Jul 2026|ONSITE"
            out.append(column)
    return out


_PIPE_ENTRY = re.compile(r"^[^|;]{4,40}\|[^|;]+(?:;[^|;]{4,40}\|[^|;]+)*;?$")


def _pipe_entries(text):
    """``[(label, date text), ...]`` of a ``date|label;date|label`` history cell (either order inside an entry)."""
    out = []
    for entry in [e for e in re.split(r"[;\n]", text) if e.strip()]:
        a, _, b = entry.partition("|")
        a, b = a.strip(), b.strip()
        if parse_dates(pd.Series([a])).error.iloc[0] == "":
            out.append((b, a))
        else:
            out.append((a, b))
    return out


def _flag_columns(f, roles, labels):
    """Stage columns holding only yes/no flags (a stage-flag grid): ``{column: event}``."""
    return {c: e for c, (e, _q) in flag_columns(f, roles, labels).items()}


_is_flag_column = is_flag_column


_URL = re.compile(r"^(?:https?://|www\.)", re.I)


def _date_share(values) -> float:
    """Share of the non-empty cells that parse as dates (0 when there are none; judged on the first 2,000)."""
    values = values.iloc[:2000].astype(str).str.strip()
    values = values[~values.str.lower().isin(MISSING_TOKENS)]
    if not len(values):
        return 0.0
    sample = values.iloc[:200]
    if sample.str.fullmatch(r"\d+(?:\.0+)?").all():
        # whole numbers are dates by content only as Excel serial days of 1982–2064 (30000–60000);
        # counts, ids and sort keys such as 20241001 are not
        numbers = pd.to_numeric(sample, errors="coerce")
        return float(((numbers >= 30000) & (numbers <= 60000)).mean())
    return float(parse_dates(sample).error.isin(["", NO_YEAR, MONTH_ONLY]).mean())


def _label_share(values, labels) -> float:
    """Share of the distinct non-empty cells that are known labels (events, waiting states, never-applied)."""
    values = values.to_numpy(dtype=object) if isinstance(values, pd.Series) else values
    distinct = {str(v).strip() for v in set(values[:2000].tolist())} - {""}
    if len(distinct) > 200:  # a status column holds a few values, not hundreds
        return 0.0
    distinct = {v for v in distinct if v.lower() not in MISSING_TOKENS}
    if not distinct:
        return 0.0
    return sum(match_label(normalize(v), labels) is not None for v in distinct) / len(distinct)


#: Words of job titles: a "Name" column full of them is the position (Notion's title column), not a person.
_TITLE_WORDS = re.compile(r"\b(?:analyst|engineer|developer|scientist|manager|designer|intern|architect|consultant|"
                          r"specialist|lead|director|associate|administrator|coordinator|officer|researcher|"
                          r"technician|assistant|head|vp|programmer|writer|editor|marketer|accountant)\b", re.I)


def _name_as_role(f, roles, notes, name):
    """A column called "Name" that holds job titles is the role, not the candidate (Notion's title column)."""
    column = roles.get("candidate")
    if column is None or normalize(column) != "name" or "role" in roles:
        return
    values = f[column].iloc[:500].astype(str).str.strip()
    values = values[values != ""]
    if len(values) and values.str.contains(_TITLE_WORDS).mean() >= 0.5:
        del roles["candidate"]
        roles["role"] = column
        notes.append(f"{name}: column {column!r} holds job titles (e.g. {values.iloc[0][:30]!r}): read as the role, "
                     "not as a candidate's name")
    elif "company" not in roles and len(values) >= 3 and values.nunique() / len(values) >= 0.8:
        # a candidate's name repeats on each of their applications; a name per row is the row's title: the employer
        del roles["candidate"]
        roles["company"] = column
        notes.append(f"{name}: column {column!r} names a different entry on almost every row "
                     f"(e.g. {values.iloc[0][:30]!r}): read as the company, not as a candidate's name")


_POSTING_NAMES = {normalize(n) for n in ("url", "job url", "job link", "link", "posting", "posting url", "job posting",
                                          "application url", "application link", "listing", "listing url", "job page",
                                          "posting link", "apply link", "jd link", "job listing")}
_POSTING_URL = re.compile(r"^https?://[^/\s]+/\S*\d\S{3,}$", re.I)


def _posting_as_id(f, roles, notes, name):
    """A job-posting URL names its application where the file has no id: two rows of one posting are one application.

    Only a column named like a link whose filled cells are URLs of a posting
    (a path with a number, as ATS job pages have), when some URL repeats.
    """
    if "application_id" in roles or len(f) < 2:
        return
    for column in f.columns:
        if normalize(column) not in _POSTING_NAMES or column in roles.values():
            continue
        values = f[column].astype(str).str.strip()
        filled = values[(values != "") & ~values.str.lower().isin(MISSING_TOKENS)]
        if len(filled) < 2 or filled.str.match(_POSTING_URL).mean() < 0.8:
            continue
        repeated = int(filled.duplicated().sum())
        if repeated and filled.nunique() / len(filled) >= 0.8:
            roles["application_id"] = column
            notes.append(f"{name}: column {column!r} holds job-posting links and has no id beside it: a link that "
                         f"repeats is one application ({repeated} row(s) repeat an earlier posting)")
        return


def _twin_columns(f, roles, notes, name):
    """Say when a column used for a role has a twin of the same header ('date' and 'date.1') that disagrees."""
    for role, column in roles.items():
        twin = f"{column}.1"
        if twin not in f.columns:
            continue
        a = f[column].astype(str).str.strip().to_numpy(dtype=object)
        b = f[twin].astype(str).str.strip().to_numpy(dtype=object)
        differ = np.flatnonzero((a != b) & (a != "") & (b != ""))
        if len(differ):
            i = int(differ[0])
            notes.append(f"{name}: two columns are named {column!r} and disagree on {len(differ)} row(s) (first: record "
                         f"{i + 2}, {a[i]!r} against {b[i]!r}): the first is used as the {role.replace('_', ' ')}; "
                         f"rename one, or map the other with --map {shlex.quote(f'{column}.1={role}')}")


def _notes_not_outcome(f, roles, labels, notes, name):
    """An "Outcome" column of sentences ("Process closed after the interview. Feedback ...") is notes, not statuses."""
    column = roles.get("outcome")
    if column is None:
        return
    values = f[column].astype(str).str.strip()
    distinct = [v for v in pd.unique(values.to_numpy(dtype=object)[:5000]) if v and v.lower() not in MISSING_TOKENS]
    if len(distinct) < 10:
        return
    known = sum(match_label(normalize(v), labels) is not None or prefix_label(v, labels) is not None for v in distinct)
    dated = _date_share(pd.Series(distinct, dtype=object))
    if known / len(distinct) < 0.3 and dated < 0.5:
        del roles["outcome"]
        notes.append(f"{name}: column {column!r} holds free text ({len(distinct)} different notes, {known} of them "
                     "statuses): kept as a column of notes, not read as outcomes")


def _content_roles(f, roles, labels, notes, name):
    """Give roles by content to the columns the names did not place (SPEC 3.3: names are not enough).

    * a date column: when no column is named as a date, the column whose
      cells parse as dates most often (at least 60%) becomes the date;
    * the status: when no column is named as one, the column whose distinct
      values are known labels most often (at least 60%);
    * the company: when no column is named as one, a column without a header
      holding text (not dates, not links, mostly distinct).

    Every choice is written to the notes with its evidence.
    """
    keys = {normalize(c) for c in f.columns}
    if "target" in keys and ("source" in keys or "from" in keys):  # a transition table: nothing to find by content
        return roles
    for role in ("applied_date", "date", "status_date", "outcome_date"):
        column = roles.get(role)
        if column is None:
            continue
        values = f[column].iloc[:500].astype(str).str.strip()  # a sample is enough to see dates
        filled = values[(values != "") & ~values.str.lower().isin(MISSING_TOKENS)]
        others = [c for c in f.columns if c not in roles.values()]
        if len(filled) and _date_share(filled) < 0.3 and any(_date_share(f[c]) >= 0.6 for c in others):
            # named like a date ("Applied?") but holding flags or text, while another column holds dates
            del roles[role]
            notes.append(f"{name}: column {column!r} is named like a date but holds no dates "
                         f"(e.g. {filled.iloc[0][:20]!r}): not used as the {role.replace('_', ' ')}")
    _name_as_role(f, roles, notes, name)
    _notes_not_outcome(f, roles, labels, notes, name)
    _posting_as_id(f, roles, notes, name)
    _twin_columns(f, roles, notes, name)
    used = set(roles.values())
    free = [c for c in f.columns if c not in used]
    if not {"applied_date", "date", "status_date"} & set(roles) and free:
        shares = {c: _date_share(f[c]) for c in free}
        best = max(shares, key=shares.get)
        if shares[best] >= 0.6:
            roles["date"] = best
            used.add(best)
            notes.append(f"{name}: column {best!r} chosen as the date by content ({shares[best]:.0%} of its cells are dates)")
    free = [c for c in f.columns if c not in used]
    if "event" not in roles and free:
        arr = f[free].to_numpy(dtype=object)[:2000]
        shares = {c: _label_share(arr[:, j], labels) for j, c in enumerate(free)}
        # a column of yes/no answers ("Interview: Yes") is a flag or a question, not the status
        shares = {c: s for c, s in shares.items() if s >= 0.6 and _date_share(f[c]) < 0.5 and not is_flag_column(f[c])}
        if shares:
            best = max(shares, key=shares.get)
            if shares[best] >= 0.6:
                roles["event"] = best
                used.add(best)
                notes.append(f"{name}: column {best!r} chosen as the status by content "
                             f"({shares[best]:.0%} of its distinct values are known statuses)")
    if "company" not in roles:
        for c in [c for c in f.columns if c not in used and re.fullmatch(r"column \d+", c)]:
            values = f[c].astype(str).str.strip()
            filled = values[values != ""]
            if not len(filled) or _date_share(filled) >= 0.5 or filled.str.match(_URL).mean() > 0.5:
                continue
            if filled.nunique() / len(filled) >= 0.5 and filled.str.fullmatch(r"[\d.,\s]+").mean() < 0.5:
                roles["company"] = c
                notes.append(f"{name}: {c!r} (no header) chosen as the company by content (text, "
                             f"{filled.nunique()} distinct values in {len(filled)} rows)")
                break
    return roles


def _mostly_distinct(f, keys, roles, labels) -> bool:
    """Whether an event+date table is really one row per application (a snapshot), judged by content.

    An event log repeats its application keys (an ``applied`` row, then the
    answers); a status sheet names each application once.  A sheet counts as
    a snapshot when fewer than a third of its application keys appear on
    more than one row, or when its keys repeat but it holds no ``applied``
    label at all (every row is some application's current status).
    """
    counts = keys.value_counts()
    if float((counts > 1).mean()) < 1 / 3:  # most applications named once: a status sheet
        return True
    applied = {str(v).strip() for v in pd.unique(f[roles["event"]])}
    return not any(match_label(normalize(v), labels) == "applied" for v in applied)


def _shape(raw: RawTable, roles, labels):
    applied = roles.get("applied_date")
    if applied and "event" not in roles and _is_flag_column(raw.frame[applied]) and \
            len(_flag_columns(raw.frame, {k: v for k, v in roles.items() if k != "applied_date"}, labels)) >= 2:
        roles.pop("applied_date")  # an "Applied" column of Y/N flags: a stage-flag grid
        return "stage flags"
    if "event" in roles and "applied_date" in roles:
        return "snapshot"
    if "event" in roles and ("date" in roles or "status_date" in roles):
        keys = application_keys(raw.frame, roles) if "application_id" not in roles else None
        if keys is not None and len(keys) > 1 and "date" in roles and _mostly_distinct(raw.frame, keys, roles, labels):
            # the rows are different applications: one row per application with its date and status
            roles["applied_date"] = roles.pop("date")
            return "snapshot"
        return "event log"
    if "applied_date" in roles or "date" in roles or _history_columns(raw.frame, roles):
        return "application table"
    keys = {normalize(c) for c in raw.frame.columns}
    if "target" in keys and ("source" in keys or "from" in keys):
        return "transitions"
    if len(_flag_columns(raw.frame, roles, labels)) >= 2:
        return "stage flags"
    if "event" in roles or "outcome" in roles:  # statuses without any date: the funnel can still be read
        return "undated table"
    if _sideways(raw.frame):
        return "sideways"
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
        if not text.startswith("[") and "|" in text:
            rows.extend((rec, label, column, date, column) for label, date in _pipe_entries(text))
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
    return flag_events(raw.frame, {c: (e, False) for c, e in flags.items()}, with_applied=True)


_WEIGHT = {"value", "count", "weight", "n", "number", "applications", "total", "flow", "amount"}


def _weight_column(f):
    for c in f.columns:
        if normalize(c) in _WEIGHT:
            return c
    return None


def _events_weighted(raw, src, dst, weight, problems, tab, labels):
    """A weighted Sankey table (``source, target, value``): synthetic applications whose paths give those counts.

    Applications enter at the nodes that are never a target; each link moves
    ``value`` of the applications waiting at its source node on to its
    target, in the order of the stage ladder.  Only the funnel is meaningful
    (no dates, no companies); the report says so.
    """
    f = raw.frame
    values = pd.to_numeric(f[weight].astype(str).str.replace(",", "").str.strip(), errors="coerce")
    bad = values.isna() | (values < 0) | (values != values.round())
    for rec in np.flatnonzero(bad.to_numpy()):
        problems.add(tab, rec, weight, f[weight].iat[rec], "the flow value must be a whole number of applications")
    links = pd.DataFrame({"rec": np.arange(len(f)), "src": f[src].astype(str).str.strip(),
                          "dst": f[dst].astype(str).str.strip(), "n": values.fillna(0).astype("int64")})[~bad.to_numpy()]
    targets = set(links["dst"])
    ladder = {s: i for i, s in enumerate(LADDER)}
    rank = lambda node: ladder.get(match_label(normalize(node), labels), 9)
    pools, rows = {}, []
    next_id = 0
    entering = links.groupby("src").agg(n=("n", "sum"), rec=("rec", "first"))
    for node in sorted(set(links["src"]) - targets, key=rank):
        count, rec = int(entering.loc[node, "n"]), int(entering.loc[node, "rec"])
        pools[node] = list(range(next_id, next_id + count))
        rows.extend((rec, node, i) for i in pools[node])
        next_id += count
    order = links.assign(_r=links["src"].map(rank)).sort_values(["_r", "rec"], kind="stable")
    for link in order.itertuples(index=False):
        pool = pools.get(link.src, [])
        moved, pools[link.src] = pool[:link.n], pool[link.n:]
        if len(moved) < link.n:
            problems.add(tab, link.rec, weight, str(link.n),
                         f"more applications leave {link.src!r} ({link.n}) than reached it: counted as far as they go",
                         action="kept")
        pools.setdefault(link.dst, []).extend(moved)
        rows.extend((int(link.rec), link.dst, i) for i in moved)
    ev = pd.DataFrame(rows, columns=["_rec", "_label", "_app"])
    ev["_labelcol"] = ""
    ev["_datetext"] = ""
    ev["_datecol"] = ""
    return ev


def _events_transitions(raw, roles, problems=None, tab=0):
    """``Company, Source, Target`` rows (a blank company continues the row above) → one application per company.

    A row repeating an earlier row's step (same company, same source and
    target, however the company cell is written) is reported and set aside:
    a transition table lists each step once, so a repeat is a copy, not a
    second application.
    """
    f = raw.frame
    cols = {normalize(c): c for c in f.columns}
    src = cols.get("source") or cols.get("from")
    dst = cols["target"]
    company_col = roles.get("company")
    company = (f[company_col].astype(str).str.strip().replace("", np.nan).ffill().fillna("") if company_col
               else pd.Series("", index=f.index))
    step = pd.DataFrame({"c": company.map(normalize), "s": f[src].map(normalize), "t": f[dst].map(normalize)})
    repeat = step.duplicated(keep="first").to_numpy()
    if repeat.any() and problems is not None:
        first = step.reset_index(drop=True).groupby(["c", "s", "t"], sort=False).ngroup().to_numpy()
        first_rec = pd.Series(np.arange(len(f))).groupby(first).transform("min").to_numpy()
        rows = np.asarray(raw.rows)
        recs = np.flatnonzero(repeat)
        problems.add(tab, recs, dst, [str(f[dst].iloc[r]) for r in recs],
                     [f"repeats row {rows[first_rec[r]]} ({company.iloc[r] or 'no company'}: {f[src].iloc[r]} → "
                      f"{f[dst].iloc[r]}): a transition table lists each step once, so the copy is set aside"
                      for r in recs])
    parts = []
    for column in (src, dst):
        parts.append(pd.DataFrame({"_rec": np.arange(len(f)), "_label": f[column].to_numpy(dtype=object),
                                   "_labelcol": column, "_datetext": "", "_datecol": ""}))
    ev = pd.concat(parts, ignore_index=True)
    if company_col:
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
            "_label": pd.Series(f[roles["event"]].to_numpy(dtype=object), index=index, dtype=object, copy=False),
            "_labelcol": _constant(roles["event"], len(f)),
            "_datetext": pd.Series(f[date_col].to_numpy(dtype=object), index=index, dtype=object, copy=False),
            "_datecol": _constant(date_col, len(f)),
        },
        index=index,
        copy=False,  # the read's arrays (see RawTable.frame): no copy
    )


def _events_wide(raw, roles, stages):
    f = raw.frame
    applied_col = roles.get("applied_date", roles.get("date"))
    parts = []
    for column, event in [(applied_col, "applied")] + list(stages.items()):
        cells = f[column].astype(str).str.strip()
        keep = ~cells.str.lower().isin(MISSING_TOKENS)
        if event != "applied":  # a stage marked "yes" beside dated ones: reached, undated; "no": not reached
            low = cells.str.lower()
            keep &= ~low.isin(FLAG_NO)
            cells = cells.where(~low.isin(FLAG_YES), "")
        if event == "applied":  # a blank applied date keeps the application: it counts in the funnel, undated
            cells = cells.where(keep, "")
            keep = np.ones(len(cells), dtype=bool)
        cells = cells[keep]
        multi = cells.str.contains(_SPLIT)
        if multi.any():
            cells = pd.concat([cells[~multi], cells[multi].str.split(_SPLIT).explode()]).sort_index(kind="stable")
            cells = cells[(cells != "") | (event == "applied")]
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


#: A snapshot's status beyond the stage after applying: its date is the latest status's, not the first answer's.
_BEYOND_NEXT_STAGE = {"interview", "onsite", "offer", "accepted", "declined"}


def _events_snapshot(raw, roles, stages=None, labels=None, notes=None, answer_dated=False):
    """Applied + current status per row; with stage-date columns (a hybrid sheet) also their events.

    The status is dated at the status-date column when there is one;
    otherwise it is an outcome known without its date: kept undated, so it
    counts in the funnel but ends no wait (never dated at the application or
    at another stage's date, which would invent a day-0 answer).  Statuses
    that repeat an event the row already has are dropped in :func:`_table_events`.
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
    if not status_date:
        # an outcome known without its date: undated (never dated at the application or at another stage's date)
        date_text = np.full(len(f), "", dtype=object)
        date_col = np.full(len(f), "", dtype=object)
    elif not stages and labels is not None and not answer_dated:
        # "Offer" dated 64 days after applying is the date of the *latest* status, not of the first answer: the
        # waits before it cannot be timed from a snapshot, so the status is kept undated (SPEC 4.1: it then ends
        # no wait) and counted in a note, never read as a 64-day wait for a first answer
        codes, uniques = pd.factorize(f[roles["event"]].astype(str).str.strip().to_numpy(dtype=object))
        beyond = np.array([match_label(normalize(u), labels) in _BEYOND_NEXT_STAGE for u in uniques] + [False])[codes]
        beyond &= np.array([str(t).strip() != "" for t in date_text], dtype=bool)
        if beyond.any():
            date_text[beyond], date_col[beyond] = "", ""
            if notes is not None:
                notes.append(f"{raw.name}: {int(beyond.sum())} status(es) beyond the stage after applying (interview, "
                             f"onsite, offer) are dated at the latest status, not at the first answer: their timing "
                             "cannot be rebuilt from a snapshot, so they count in the funnel and are left out of latency")
    status = pd.DataFrame(
        {"_rec": np.arange(len(f)), "_label": f[roles["event"]].to_numpy(dtype=object), "_labelcol": roles["event"],
         "_datetext": date_text, "_datecol": date_col}
    )
    parts.append(status)
    return pd.concat(parts, ignore_index=True)


#: Outcome headers whose "No" is a rejection (a decision), unlike "Response: No" (no answer yet).
_DECISION_HEADERS = {normalize(h) for h in ("outcome", "result", "decision", "final result", "final outcome", "resultado",
                                             "résultat", "ergebnis", "esito", "sonuç", "wynik", "resultaat", "结果",
                                             "結果", "selected", "hired", "success")}


def _bare_names(f, roles, problems, tab):
    """Rows holding only a company's name (no date, role or status) in a table whose rows are dated: set aside.

    Such a row is a list of employers to try, not an application (the
    human count of real trackers leaves them out); its message says how to
    count it.  Only where most rows have an applied date, so that a list of
    names alone is never emptied.
    """
    company = roles.get("company")
    applied = roles.get("applied_date", roles.get("date"))
    if company is None or applied is None or len(f) < 5:
        return
    filled = f[applied].astype(str).str.strip()
    if float((filled != "").mean()) < 0.5:
        return
    others = [c for c in f.columns if c != company]
    if not others:
        return
    empty = (f[others].to_numpy(dtype=object) == "").all(axis=1)
    bare = np.flatnonzero(empty & (f[company].astype(str).str.strip() != "").to_numpy())
    if len(bare):
        problems.add(tab, bare, company, f[company].to_numpy(dtype=object)[bare],
                     "only a company name, nothing else: a company to try, not an application; "
                     "add the date you applied to count it")


def _sideways(f) -> bool:
    """A sheet written sideways: most headers are dates, the cells below them the companies applied to that day."""
    headers = [str(c).strip() for c in f.columns if not re.fullmatch(r"column \d+", str(c))]
    if len(headers) < 2:
        return False
    dated = parse_dates(pd.Series(headers, dtype=object)).error.eq("").mean()
    if dated < 0.6:
        return False
    cells = f.to_numpy(dtype=object).ravel()
    filled = pd.Series([str(c).strip() for c in cells if str(c).strip()], dtype=object)
    return len(filled) > 0 and _date_share(filled) < 0.2


def _events_sideways(raw):
    """Each filled cell of a sideways sheet: an application to that company, applied on its column's date."""
    f = raw.frame
    grid = f.to_numpy(dtype=object)
    recs, cols = np.nonzero(np.vectorize(lambda c: bool(str(c).strip()))(grid)) if grid.size else ([], [])
    headers = np.asarray([str(c).strip() for c in f.columns], dtype=object)
    ev = pd.DataFrame({"_rec": np.asarray(recs, dtype="int64"), "_label": "applied", "_labelcol": "",
                       "_datetext": headers[cols] if len(cols) else np.array([], dtype=object),
                       "_datecol": np.asarray([f.columns[c] for c in cols], dtype=object)})
    ev["_company_cell"] = grid[recs, cols] if len(cols) else np.array([], dtype=object)
    return ev


def _events_undated(raw, roles):
    """A status table without dates: an undated ``applied`` per row and its status (SPEC 3.3 read for the funnel)."""
    f = raw.frame
    n = len(f)
    parts = [pd.DataFrame({"_rec": np.arange(n), "_label": "applied", "_labelcol": "", "_datetext": "", "_datecol": ""})]
    if "event" in roles:
        parts.append(pd.DataFrame({"_rec": np.arange(n), "_label": f[roles["event"]].to_numpy(dtype=object),
                                   "_labelcol": roles["event"], "_datetext": "", "_datecol": ""}))
    return pd.concat(parts, ignore_index=True)


def _events_outcome(raw, roles):
    """Events from an outcome column (Result, Decision, Response, ...), dated by its date column when there is one."""
    f = raw.frame
    column = roles["outcome"]
    labels = f[column].astype(str).str.strip()
    if normalize(column) in _DECISION_HEADERS:  # "Outcome: No" is a rejection ("Response: No" is no answer)
        said_no = labels.str.lower().isin(FLAG_NO - {""})
        labels = labels.where(~said_no, "rejected")
    filled = ~labels.str.lower().isin(MISSING_TOKENS) & (labels != "")
    recs = np.flatnonzero(filled.to_numpy())
    date_col = roles.get("outcome_date", "")
    dates = f[date_col].to_numpy(dtype=object)[recs] if date_col else np.full(len(recs), "", dtype=object)
    texts = labels.to_numpy(dtype=object)[recs]
    datecols = np.full(len(recs), date_col, dtype=object)
    labelcols = np.full(len(recs), column, dtype=object)
    # a cell that is a date ("Reply: 4/11/2025") is an answer on that date, not a status: whatever the header says
    is_date = parse_dates(pd.Series(texts, dtype=object)).error.eq("").to_numpy() & (texts != "")
    if is_date.any():
        dates = dates.copy()
        dates[is_date], datecols[is_date] = texts[is_date], column
        texts = texts.copy()
        texts[is_date], labelcols[is_date] = "reply", ""
    return pd.DataFrame({"_rec": recs, "_label": texts, "_labelcol": labelcols, "_datetext": dates,
                         "_datecol": datecols})


def _events_dated_answers(raw, roles):
    """A reply-date column without an outcome column: an answer (``reply``) on that date."""
    f = raw.frame
    column = roles["outcome_date"]
    cells = f[column].astype(str).str.strip()
    recs = np.flatnonzero((~cells.str.lower().isin(MISSING_TOKENS) & (cells != "")).to_numpy())
    return pd.DataFrame({"_rec": recs, "_label": "reply", "_labelcol": "", "_datetext": cells.to_numpy(dtype=object)[recs],
                         "_datecol": column})


def _table_events(tab, raw, default_candidate, labels, coltable, problems, notes):
    """Convert one raw table to events with raw labels and date texts."""
    f = raw.frame
    roles = _content_roles(f, _roles(f.columns, coltable), labels, notes, raw.name)
    shape = _shape(raw, roles, labels)
    roles, shape = compete(raw, roles, shape, labels, notes)
    stages = {}
    history = _history_columns(f, roles) if shape in ("application table", "snapshot", "undated table") else []
    weight = None
    if shape == "event log":
        ev = _events_long(raw, roles)
    elif shape == "snapshot":
        answer_dated = False
        if not {"status_date", "date"} & set(roles) and "outcome_date" in roles and "outcome" not in roles:
            # the answer's date is the date of the status it brought ("Application Closed" on 31 Jan)
            roles["status_date"] = roles.pop("outcome_date")
            answer_dated = True
            notes.append(f"{raw.name}: the status is dated by {roles['status_date']!r} (the date of the answer)")
        stages = _stage_columns(f, roles, labels)
        ev = _events_snapshot(raw, roles, stages, labels, notes, answer_dated)
        if stages:
            dated = f"the '{roles['status_date']}' column" if "status_date" in roles else "the row's latest stage date"
            notes.append(f"{raw.name}: a status snapshot with stage-date columns ({', '.join(map(repr, stages))}): "
                         f"stage events come from those columns; the status is dated at {dated}")
    elif shape == "sideways":
        ev = _events_sideways(raw)
        stages = {c: "applied" for c in f.columns}
        notes.append(f"{raw.name}: a sheet written sideways (one column per date, the companies below it): "
                     f"{len(ev)} application(s) read, each applied on its column's date")
    elif shape == "undated table":
        ev = _events_undated(raw, roles)
        notes.append(f"{raw.name}: a table of statuses without any date column: loaded for the funnel, undated; "
                     "latency, the December slowdown and the simulator need dates (add an applied-date column)")
    elif shape == "stage flags":
        stages = _flag_columns(f, roles, labels)
        ev = _events_flags(raw, stages)
        notes.append(f"{raw.name}: stage flags without dates: funnel only, latency and the slowdown are unavailable")
    elif shape == "transitions":
        cols = {normalize(c): c for c in f.columns}
        src, dst = cols.get("source") or cols.get("from"), cols["target"]
        weight = _weight_column(f)
        if weight is not None:
            ev = _events_weighted(raw, src, dst, weight, problems, tab, labels)
            stages = {src: "", dst: "", weight: ""}
            notes.append(f"{raw.name}: a weighted flow table (source, target, {weight}): "
                         f"{ev['_app'].nunique()} applications rebuilt from the counts; funnel only (no dates, no companies)")
        else:
            ev = _events_transitions(raw, roles, problems, tab)
            stages = {src: "", dst: ""}
            notes.append(f"{raw.name}: a transition table without dates: funnel only, latency and the slowdown are unavailable")
    else:
        stages = _stage_columns(f, roles, labels) if ("applied_date" in roles or "date" in roles) else {}
        ev = _events_wide(raw, roles, stages) if ("applied_date" in roles or "date" in roles) else pd.DataFrame(
            columns=["_rec", "_label", "_labelcol", "_datetext", "_datecol"])
    for column in history:
        ev = pd.concat([ev, _events_history(raw, column, problems, tab)], ignore_index=True)
        stages[column] = "history"
    if shape in ("application table", "snapshot", "undated table"):
        flags = {c: eq for c, eq in flag_columns(f, roles, labels).items() if c not in stages and eq[0] != "applied"}
        questions = [c for c, (_e, q) in flags.items() if q]
        if flags:  # "Rejected?" / "1st Interview" = 1 / "Selected for interview?" = No beside the dates
            answer_date = roles.get("outcome_date") if questions else None
            ev = pd.concat([ev, flag_events(f, flags, date_col=answer_date)], ignore_index=True)
            stages.update({c: e for c, (e, _q) in flags.items()})
            plain = [c for c in flags if c not in questions]
            if plain:
                notes.append(f"{raw.name}: yes/no columns read as events without dates: {', '.join(map(repr, plain))}")
            if questions:
                dated = f"dated by {answer_date!r}" if answer_date else "undated"
                notes.append(f"{raw.name}: question columns read as answers ({dated}): yes is the stage asked "
                             f"about, no a rejection: {', '.join(map(repr, questions))}")
        if "outcome" in roles:
            ev = pd.concat([ev, _events_outcome(raw, roles)], ignore_index=True)
            stages[roles["outcome"]] = "outcome"
            dated = f"dated by {roles['outcome_date']!r}" if "outcome_date" in roles else "without a date of its own"
            notes.append(f"{raw.name}: outcome column {roles['outcome']!r} read as events ({dated})")
        elif "outcome_date" in roles and not questions:
            ev = pd.concat([ev, _events_dated_answers(raw, roles)], ignore_index=True)
            notes.append(f"{raw.name}: {roles['outcome_date']!r} read as the date of an answer (a reply)")
        if "outcome_date" in roles:
            stages[roles["outcome_date"]] = "outcome_date"
    if history and shape in ("application table", "snapshot", "undated table"):
        ev = _keep_rows_without_events(f, ev, roles, problems, tab, notes, raw.name)
    ev["_rec"] = ev["_rec"].astype("int64")
    ev["_dateless"] = shape in ("stage flags", "transitions", "undated table")
    if shape == "snapshot":
        # a status that repeats an event of its row (an "applied" status, an "interview" status beside an
        # interview date) adds nothing
        codes, uniques = pd.factorize(ev["_label"].astype(object))
        lab = np.array([match_label(normalize(u), labels) for u in uniques] + [None], dtype=object)[codes]
        is_status = (ev["_labelcol"] == roles["event"]).to_numpy()  # the status column (not a history or flag)
        rec = ev["_rec"].to_numpy()
        have = set(zip(rec[~is_status].tolist(), lab[~is_status].tolist()))
        repeat = np.array([(r, e) in have for r, e in zip(rec.tolist(), lab.tolist())], dtype=bool) & is_status
        if history:  # a history that repeats the row's applied date ("Applied" on the same day) adds nothing
            same = pd.DataFrame({"r": rec, "e": lab, "d": ev["_datetext"].astype(str).str.strip().to_numpy()})
            repeat |= same.duplicated().to_numpy() & ~is_status
        ev = ev[~repeat]
    if shape in ("application table", "snapshot"):
        _bare_names(f, roles, problems, tab)
    used = set(roles.values()) | set(stages)
    extras = [c for c in f.columns if c not in used]
    rec = ev["_rec"].to_numpy()
    # raw text here; stripped once, with the group codes, in load(); object columns (no str-dtype inference)
    obj = lambda values: pd.Series(values, index=ev.index, dtype=object, copy=False)  # read-only views: no copy
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
        if weight is None:
            ev = ev.drop_duplicates(["company", "_label"]).reset_index(drop=True)
        rec = ev["_rec"].to_numpy()
    ev["candidate"] = obj(cells(roles["candidate"])) if "candidate" in roles else default_candidate
    ev["_default_candidate"] = _constant(default_candidate, len(ev))
    ev["_appid"] = obj(cells(roles["application_id"])) if "application_id" in roles else ""
    ev["_has_id"] = "application_id" in roles
    if weight is not None:  # synthetic applications of a weighted flow table
        ev["_appid"] = [f"flow-{i + 1:05d}" for i in ev.pop("_app")]
        ev["_has_id"] = True
    if shape == "transitions" and weight is None:  # one application per company
        ev["_appid"] = [_slug(c) or f"row-{r}" for c, r in zip(ev["company"], rec)]
        ev["_has_id"] = True
    if shape == "sideways":  # one application per filled cell: its company on its column's day
        ev["company"] = ev.pop("_company_cell").astype(str).str.strip()
        ev["_appid"] = [f"{_slug(c)}-{_slug(d)}" for c, d in zip(ev["company"], ev["_datecol"])]
        ev["_has_id"] = True
    ev["row"] = np.asarray(raw.rows)[rec]
    ev["_tab"] = tab
    ev["_file"] = _constant(raw.name, len(ev))
    ev["_shape"] = _constant(shape, len(ev))
    codes = _event_codes(raw, roles, shape, rec)
    if extras:  # assembled once: a table of thousands of columns loads in linear time
        names = [f"input_{c}" if c in CANONICAL or c.startswith("_") else c for c in extras]
        positions = [f.columns.get_loc(c) for c in extras]
        cells = f.iloc[:, positions].to_numpy(dtype=object)[rec]  # one 2-D block, not one array per column
        block = pd.DataFrame(cells, columns=names, index=ev.index, dtype=object)  # object: no per-column str inference
        ev = pd.concat([ev, block], axis=1)
    return (ev.reset_index(drop=True), shape, [f"input_{c}" if c in CANONICAL or c.startswith("_") else c for c in extras],
            codes)


def _event_codes(raw, roles, shape, rec):
    """The parser's codes of the events' text columns (``{event column: (codes, uniques)}``), where the read kept them.

    Only columns copied cell for cell from one input column: the role columns of an event log, an
    application table or a snapshot, and the label and date texts of an event log.
    """
    if not raw.codes or shape not in ("event log", "application table", "snapshot"):
        return {}
    wanted = {"company": "company", "role": "role", "source": "source", "candidate": "candidate",
              "_appid": "application_id"}
    columns = {name: roles[role] for name, role in wanted.items() if role in roles}
    if shape == "event log":
        columns["_label"] = roles["event"]
        columns["_datetext"] = roles.get("date", roles.get("status_date"))
    out = {}
    identity = len(rec) == len(raw.frame) and _is_identity(rec)
    for name, column in columns.items():
        if column in raw.codes:
            k, u = raw.codes[column]
            out[name] = (k if identity else k[rec], u)
    return out


def _is_identity(rec) -> bool:
    return len(rec) == 0 or (rec[0] == 0 and rec[-1] == len(rec) - 1 and bool((np.diff(rec) == 1).all()))


def _keep_rows_without_events(f, ev, roles, problems, tab, notes, name):
    """A row whose stage history is empty (``[]``, blank) still names an application: keep it, undated.

    Without this its row counted as loaded while no event carried it (issue #28, item 2).  A row whose
    history cannot be read is set aside with a problem already; a row with no company and no role is blank.
    """
    have = set(ev["_rec"].astype("int64").tolist()) | {r for t, r in problems.set_aside_keys() if t == tab}
    named = [roles[r] for r in ("company", "role", "application_id") if r in roles]
    if not named:
        return ev
    filled = np.zeros(len(f), dtype=bool)
    for column in named:
        text = f[column].astype(str).str.strip()
        filled |= (text != "").to_numpy() & ~text.str.lower().isin(MISSING_TOKENS).to_numpy()
    lone = [r for r in np.flatnonzero(filled).tolist() if r not in have]
    if not lone:
        return ev
    notes.append(f"{name}: {len(lone)} row(s) with an empty stage history kept as applications without dates "
                 "(they count in the funnel as applied, not in latency)")
    extra = pd.DataFrame({"_rec": lone, "_label": "applied", "_labelcol": "", "_datetext": "", "_datecol": ""})
    return pd.concat([ev, extra], ignore_index=True).sort_values("_rec", kind="stable", ignore_index=True)
