"""The header row, found among the first lines; repeated headers and total rows set aside."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..._core.vocab import normalize
from ..read import RawTable, _unique_names
from ._columns import _roles


def _find_header(raw: RawTable, coltable, max_lines=10) -> RawTable:
    """Skip title lines above the header (spreadsheets often start with one).

    When no column name of the first line is known, the first of the next
    ``max_lines`` lines with at least two known column names becomes the
    header; when the first line names some, a later line naming at least
    two more roles wins (a title row such as "Status report, Date: 2025"
    above the real header).  The lines above it are skipped with a note.
    """
    f = raw.frame
    if f.empty and not len(f.columns):
        return raw
    first = len(_roles(f.columns, coltable))
    if first <= 1 and _is_data_line(f.columns):  # ("Applied" names a column as well as a status)
        return _headerless(raw)
    if f.empty:
        return raw
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
    above = list(f.columns) if i == 0 else f.iloc[i - 1].tolist()
    cells = _grouped(cells, above)
    names = _unique_names(c or f"Unnamed: {j}" for j, c in enumerate(cells))
    body = f.iloc[i + 1 :].reset_index(drop=True)
    body.columns = names
    empty = [c for c in names if c.startswith("Unnamed: ") and not (body[c].astype(str).str.strip() != "").any()]
    body = body.drop(columns=empty)
    rows = np.asarray(raw.rows)
    title = " | ".join(
        str(v)
        for v in [*f.columns, *f.iloc[:i].to_numpy().ravel()]
        if str(v).strip() and not str(v).startswith("Unnamed:") and not re.fullmatch(r"column \d+", str(v))
    )
    notes = raw.notes + [f"the header is on line {rows[i]}; {i + 1} line(s) above it skipped ({title[:80]!r})"]
    return RawTable(body, rows[i + 1 :], raw.name, notes, raw.problems, raw.rejected)


def _grouped(cells, above):
    """A header of two lines: sub-headers that repeat ("Date" under "Application" and again under "Response")
    take the group written above them ("Application Date", "Response Date"); the others stay as they are."""
    groups, current = [], ""
    for v in above:
        text = str(v).strip()
        if text and not text.startswith("Unnamed:") and not re.fullmatch(r"column \d+", text):
            current = text
        groups.append(current)
    counts = {}
    for c in cells:
        counts[normalize(c)] = counts.get(normalize(c), 0) + 1
    out = []
    for c, g in zip(cells, groups):
        repeated = c and counts[normalize(c)] > 1
        out.append(f"{g} {c}" if repeated and g and normalize(g) != normalize(c) else c)
    return out


def _is_data_line(cells) -> bool:
    """Whether a would-be header is a line of data: it names no known column, and one of its cells is a date
    and another a status ("Acme,2024-10-01,Applied": a file saved without its header row)."""
    from ..._core.vocab import label_table, match_label
    from ..dates import parse_dates

    texts = [str(c).strip() for c in cells]
    if any(t.startswith("Unnamed:") or re.fullmatch(r"column \d+", t) for t in texts):
        return False  # blank header cells: a header with gaps, not data
    dates = parse_dates(pd.Series(texts, dtype=object)).error.eq("").to_numpy() & np.array([t != "" for t in texts])
    labels = label_table()
    statuses = [match_label(normalize(t), labels) is not None for t in texts]
    return bool(dates.any()) and any(s and not d for s, d in zip(statuses, dates))


def _headerless(raw: RawTable) -> RawTable:
    """A file without a header row: its first line is data; the columns are named ``column 1``, ``column 2``, ..."""
    f = raw.frame
    first = pd.DataFrame([[str(c) for c in f.columns]], columns=f.columns, dtype=object)
    body = pd.concat([first, f], ignore_index=True)
    body.columns = [f"column {j + 1}" for j in range(body.shape[1])]
    rows = np.r_[int(raw.rows[0]) - 1 if len(raw.rows) else 1, np.asarray(raw.rows)]
    notes = [n for n in raw.notes if "has no header" not in n] + [
        "no header row: the first line is data (the columns are read by their content; name them with a "
        "mapping such as --map 'column 1=company')"
    ]
    return RawTable(body, rows, raw.name, notes, raw.problems, raw.rejected)


_SUMMARY = {"total", "totals", "grandtotal", "sum", "count", "average", "subtotal"}
_NUMBER = re.compile(r"[$€£%]?\s*-?[\d.,\s]+\s*[%kK$€£]?")


def _drop_structural_rows(raw: RawTable) -> RawTable:
    """Set aside repeated header rows and trailing total rows before reading the data."""
    f = raw.frame
    if f.empty:
        return raw
    header = np.array([normalize(c) for c in f.columns], dtype=object)
    # only rows whose first cell is the first column name, or with a summary word in one of their first three
    # cells ("", "Total", 5 under a "#" column), can be such rows
    suspect_rows = np.zeros(len(f), dtype=bool)
    for j, column in enumerate(f.columns[:3]):
        if raw.codes and column in raw.codes:  # the parser's categories: no hashing
            codes, uniques = raw.codes[column]
        else:
            codes, uniques = pd.factorize(f.iloc[:, j].to_numpy(dtype=object))
        words = [normalize(u) for u in uniques]
        suspect = np.array([w in _SUMMARY or (j == 0 and w == header[0]) for w in words] + [False], dtype=bool)
        suspect_rows |= suspect[codes]
    cand = np.flatnonzero(suspect_rows)
    if not len(cand):
        return raw
    drop = []
    for i in cand:
        cells = [str(v).strip() for v in f.iloc[i].tolist()]
        values = [normalize(v) for v in cells]
        filled = [c for c, v in zip(cells, values) if v not in ("", "nan", "none")]
        if values == list(header):
            drop.append((i, "repeated header row: remove it"))
        elif filled and normalize(filled[0]) in _SUMMARY and all(_NUMBER.fullmatch(c) for c in filled[1:]):
            # "Total" and counts beside it; a company called Total, with a date and a status, stays
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
