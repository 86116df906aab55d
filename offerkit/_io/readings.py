"""Readings that compete: one table read several ways, each scored, the best kept (issue #23).

A *reading* is a shape and the roles of the columns under it.  Its score
says how much of the table it explains: the rows it loads, the share of
the distinct status cells it understands and the share of the filled date
cells it parses.  The first reading comes from the column names and the
contents (:func:`offerkit._io.shapes._content_roles`, :func:`~offerkit._io.shapes.detect_shape`); when it
leaves rows unexplained, the other readings that apply are scored too and
the best wins, so a file whose "event" column holds free text
("Open Role Application") is read through its status column instead of
setting aside every row.  A reading that loads nothing never wins while
another loads rows.  The report names the reading kept and the runner-up
with both scores.

Only a table whose rows are applications (each id, or company and role,
on one row) competes as a one-row-per-application table: an event log,
whose ids repeat, is never folded into one row per event.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from .._core.vocab import COLUMN_ROLES, match_label, normalize, prefix_label
from .dates import MISSING_TOKENS, MONTH_ONLY, NO_YEAR, parse_dates

__all__ = ["Reading", "compete", "score_reading"]

_ARTICLE = {
    "event log": "an event log",
    "application table": "an application table",
    "snapshot": "a status snapshot",
    "undated table": "a table without dates",
    "stage flags": "a stage-flag grid",
    "transitions": "a transition table",
    "board": "a board",
    "sideways": "a sheet written sideways",
}


@dataclasses.dataclass
class Reading:
    """One way to read a table, with its score."""

    shape: str
    roles: dict
    rows: int
    total: int
    statuses: float = float("nan")  # share of distinct status cells understood (NaN: no status column)
    dates: float = float("nan")  # share of filled date cells that parse (NaN: no date column)
    status_column: str = ""

    @property
    def key(self):
        """Higher is better: rows explained, then statuses understood, then dates parsed."""
        nan0 = lambda x: 0.0 if np.isnan(x) else x
        return (self.rows, nan0(self.statuses), nan0(self.dates))

    def describe(self) -> str:
        text = f"as {_ARTICLE.get(self.shape, self.shape)}"
        if self.status_column:
            text += f" (status in {self.status_column!r})"
        text += f": {self.rows} of {self.total} rows"
        if not np.isnan(self.statuses):
            text += f", {self.statuses:.0%} of statuses understood"
        return text


def _distinct(f, column, codes):
    """``(row codes, distinct texts)`` of a column (the parser's categories when at hand)."""
    if codes and column in codes:
        k, u = codes[column]
        return np.asarray(k), np.asarray(u, dtype=object)
    k, u = pd.factorize(f[column].to_numpy(dtype=object))
    return k, np.asarray(u, dtype=object)


def _understood(texts, labels) -> np.ndarray:
    """Per distinct text: True known (an event, waiting, never applied), False unknown, None blank."""
    out = []
    for t in texts:
        t = str(t).strip()
        if not t or t.lower() in MISSING_TOKENS:
            out.append(None)
            continue
        out.append(match_label(normalize(t), labels) is not None or prefix_label(t, labels) is not None)
    return np.array(out, dtype=object)


def _date_ok(texts) -> np.ndarray:
    """Per distinct text: True when it parses (or is blank), False when it cannot be read."""
    texts = pd.Series([str(t) for t in texts], dtype=object)
    errors = parse_dates(texts).error.to_numpy()
    return np.array([e in ("", NO_YEAR, MONTH_ONLY) for e in errors], dtype=bool)


def score_reading(raw, roles, shape, labels) -> Reading:
    """Score a reading of ``raw`` (a :class:`RawTable`) without building its events."""
    f, codes = raw.frame, raw.codes
    n = len(f)
    status = roles.get("event")
    statuses = dates = float("nan")
    explained = np.ones(n, dtype=bool)
    if status is not None:
        k, u = _distinct(f, status, codes)
        known = _understood(u, labels)
        filled = np.array([v is not None for v in known], dtype=bool)
        if filled.any():
            statuses = float(np.mean([bool(v) for v in known[filled]]))
        if shape == "event log":  # a row is an event: an unknown or blank label sets it aside
            explained &= np.array([bool(v) for v in known] + [False], dtype=bool)[k]
    date_col = (
        roles.get("date", roles.get("status_date"))
        if shape == "event log"
        else roles.get("applied_date", roles.get("date"))
    )
    if date_col is not None:
        k, u = _distinct(f, date_col, codes)
        ok = _date_ok(u)
        blank = np.array([not str(t).strip() or str(t).strip().lower() in MISSING_TOKENS for t in u], dtype=bool)
        if (~blank).any():
            dates = float(ok[~blank].mean())
        if shape == "event log":  # an unreadable date sets the event aside (a table keeps the row undated)
            explained &= np.r_[ok, False][k]
    return Reading(shape, dict(roles), int(explained.sum()), n, statuses, dates, status or "")


def application_keys(f, roles):
    """One key per row naming its application: the id column, else company + role (None when neither exists)."""
    if "application_id" in roles:
        keys = f[roles["application_id"]].astype(str).str.strip().str.lower()
    elif "company" in roles:
        keys = f[roles["company"]].astype(str).str.strip().str.lower()
        if "role" in roles:
            keys = keys + "\x1f" + f[roles["role"]].astype(str).str.strip().str.lower()
    else:
        return None
    if "candidate" in roles:
        keys = f[roles["candidate"]].astype(str).str.strip().str.lower() + "\x1f" + keys
    return keys


def _rows_are_applications(f, roles) -> bool:
    """Whether each application (its id, else company and role) is on one row: a table, not an event log."""
    keys = application_keys(f, roles)
    if keys is None:
        return True
    keys = keys[keys != ""]
    return len(keys) > 0 and float(keys.duplicated().mean()) < 0.1


def _status_columns(f, roles, labels):
    """Columns that could hold the status: those named like one, and the one whose values are most often known."""
    names = set(COLUMN_ROLES["event"])
    used = {c for r, c in roles.items() if r != "event"}
    out = [c for c in f.columns if normalize(c) in names and c not in used]
    best, share = None, 0.0
    for c in f.columns:
        if c in used or c in out:
            continue
        known = _understood(pd.unique(f[c].to_numpy(dtype=object)[:2000]), labels)
        filled = [bool(v) for v in known if v is not None]
        if len(filled) and len(filled) <= 200 and np.mean(filled) > share:
            best, share = c, float(np.mean(filled))
    if best is not None and share >= 0.6:
        out.append(best)
    return out


def _table_alternatives(f, roles, labels):
    """One-row-per-application readings of a table read first as an event log."""
    base = {r: c for r, c in roles.items() if r != "event"}
    if "date" in base and "applied_date" not in base:
        base["applied_date"] = base.pop("date")
    shape = "snapshot" if "applied_date" in base else "undated table"
    for column in _status_columns(f, roles, labels):
        yield {**base, "event": column}, shape


def compete(raw, roles, shape, labels, notes, pinned=()) -> tuple:
    """The best reading of ``raw``: ``(roles, shape)``, with the readings compared written to ``notes``.

    The first reading stands when it explains every row, or when the user
    mapped its status column (``pinned``: the columns of their mapping, which
    no score overrules); otherwise the other readings that apply are scored
    and the best is kept (ties keep the first).
    """
    first = score_reading(raw, roles, shape, labels)
    pinned = set(pinned)
    if roles.get("event") in pinned:
        alternatives = []
    elif shape == "event log":
        alternatives = (
            []
            if first.rows == first.total or not _rows_are_applications(raw.frame, roles)
            else list(_table_alternatives(raw.frame, roles, labels))
        )
    elif "event" in roles and not np.isnan(first.statuses) and first.statuses < 0.6:
        # a one-row-per-application table whose status column is mostly not statuses ("activity_type": free
        # text) while another column holds them: the same shape through that column competes
        alternatives = [
            ({**roles, "event": c}, shape) for c in _status_columns(raw.frame, roles, labels) if c != roles["event"]
        ]
    else:
        alternatives = []
    if not alternatives:
        if first.total:
            notes.append(f"{raw.name}: read {first.describe()}")
        return roles, shape
    readings = [first] + [score_reading(raw, r, s, labels) for r, s in alternatives]
    ranked = sorted(readings, key=lambda r: r.key, reverse=True)
    best = ranked[0] if ranked[0].key > first.key else first
    runner = next(r for r in ranked if r is not best) if len(ranked) > 1 else None
    line = f"{raw.name}: read {best.describe()}"
    if runner is not None:
        line += f"; runner-up: {runner.describe()}"
    notes.append(line)
    return dict(best.roles), best.shape
