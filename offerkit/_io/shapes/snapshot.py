"""A status snapshot: one row per application, its applied date and its current status (definitions §3.3).

Also a hybrid sheet with stage-date columns beside the status, and a table of event + date whose rows
are different applications (judged by content: the keys do not repeat).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..._core.vocab import match_label, normalize
from ..readings import application_keys
from ._base import Shape
from ._columns import _mostly_distinct, _stage_columns
from ._extras import bare_names
from .application_table import _events_wide


def detect(raw, roles, labels) -> bool:
    if "event" in roles and "applied_date" in roles:
        return True
    if "event" in roles and "status_date" in roles and not {"application_id", "company"} & set(roles):
        return True  # no key at all: each row is one application, its status dated (a board's card export)
    if "event" in roles and "date" in roles:
        keys = application_keys(raw.frame, roles) if "application_id" not in roles else None
        if keys is not None and len(keys) > 1 and _mostly_distinct(raw.frame, keys, roles, labels):
            # the rows are different applications: one row per application with its date and status
            roles["applied_date"] = roles.pop("date")
            return True
    return False


def read(ctx):
    raw, roles, notes = ctx.raw, ctx.roles, ctx.notes
    answer_dated = False
    if not {"status_date", "date"} & set(roles) and "outcome_date" in roles and "outcome" not in roles:
        # the answer's date is the date of the status it brought ("Application Closed" on 31 Jan)
        roles["status_date"] = roles.pop("outcome_date")
        answer_dated = True
        notes.append(f"{raw.name}: the status is dated by {roles['status_date']!r} (the date of the answer)")
    stages = _stage_columns(ctx.frame, roles, ctx.labels)
    ctx.stages.update(stages)
    ev = _events_snapshot(raw, roles, stages, ctx.labels, notes, answer_dated)
    if stages:
        dated = f"the '{roles['status_date']}' column" if "status_date" in roles else "the row's latest stage date"
        notes.append(
            f"{raw.name}: a status snapshot with stage-date columns ({', '.join(map(repr, stages))}): "
            f"stage events come from those columns; the status is dated at {dated}"
        )
    return ev


def tidy(ctx, ev):
    """A status that repeats an event of its row (an "applied" status, an "interview" status beside an
    interview date) adds nothing; nor does a history entry repeating the row's applied date."""
    codes, uniques = pd.factorize(ev["_label"].astype(object))
    lab = np.array([match_label(normalize(u), ctx.labels) for u in uniques] + [None], dtype=object)[codes]
    is_status = (ev["_labelcol"] == ctx.roles["event"]).to_numpy()  # the status column (not a history or flag)
    rec = ev["_rec"].to_numpy()
    have = set(zip(rec[~is_status].tolist(), lab[~is_status].tolist()))
    repeat = np.array([(r, e) in have for r, e in zip(rec.tolist(), lab.tolist())], dtype=bool) & is_status
    if ctx.history:  # a history that repeats the row's applied date ("Applied" on the same day) adds nothing
        same = pd.DataFrame({"r": rec, "e": lab, "d": ev["_datetext"].astype(str).str.strip().to_numpy()})
        repeat |= same.duplicated().to_numpy() & ~is_status
    return bare_names(ctx, ev[~repeat])


#: A snapshot's status beyond the stage after applying: its date is the latest status's, not the first answer's.
_BEYOND_NEXT_STAGE = {"interview", "onsite", "offer", "accepted", "declined"}


#: A status cell that carries its date: "Rejected 11/20/2024", "Interview scheduled 11/14", "Offer (12/2)".
_EMBEDDED_DATE = (
    r"^(?P<label>[^\d]*?[A-Za-zÀ-ÿ][^\d]*?)[\s,:(–-]+(?:on\s+|am\s+|le\s+)?"
    r"(?P<date>\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{4}-\d{2}-\d{2})\)?\s*$"
)


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
    applied_col = roles.get("applied_date")  # none: a board's cards, dated only by their status (undated applied)
    applied = pd.DataFrame(
        {
            "_rec": np.arange(len(f)),
            "_label": "applied",
            "_labelcol": "",
            "_datetext": f[applied_col].to_numpy(dtype=object) if applied_col else "",
            "_datecol": applied_col or "",
        }
    )
    parts = [applied]
    texts = f[roles["event"]].to_numpy(dtype=object).copy()
    date_text = (f[status_date] if status_date else f[applied_col]).to_numpy(dtype=object).copy()
    date_col = np.full(len(f), status_date or applied_col, dtype=object)  # a status date, or an applied date
    if stages:
        wide = _events_wide(raw, roles, stages)
        staged = wide[wide["_label"] != "applied"].reset_index(drop=True)
        parts.append(staged)
    if not status_date:
        # an outcome known without its date: undated (never dated at the application or at another stage's date),
        # unless the cell itself carries it ("Rejected 11/20/2024", "Offer (12/2)")
        date_text = np.full(len(f), "", dtype=object)
        date_col = np.full(len(f), "", dtype=object)
        found = pd.Series(texts, dtype=object).astype(str).str.strip().str.match(_EMBEDDED_DATE)
        if found.any():
            parts_ = pd.Series(texts, dtype=object).astype(str).str.strip().str.extract(_EMBEDDED_DATE)
            rows = np.flatnonzero(found.to_numpy())
            texts[rows] = parts_["label"].to_numpy(dtype=object)[rows]
            date_text[rows] = parts_["date"].to_numpy(dtype=object)[rows]
            date_col[rows] = roles["event"]
            if notes is not None:
                notes.append(
                    f"{raw.name}: {len(rows)} status cell(s) carry their own date (such as "
                    f"{str(f[roles['event']].iloc[rows[0]])!r}): the status is dated by it"
                )
    if applied_col is None and labels is not None:
        # no applied date: a row whose status *is* "applied" dates its application by the status's date
        codes, uniques = pd.factorize(pd.Series(texts, dtype=object).astype(str).str.strip().to_numpy(dtype=object))
        is_applied = np.array([match_label(normalize(u), labels) == "applied" for u in uniques] + [False])[codes]
        applied.loc[is_applied, "_datetext"] = date_text[is_applied]
        applied.loc[is_applied, "_datecol"] = date_col[is_applied]
    if not stages and labels is not None and not answer_dated and any(str(t).strip() for t in date_text):
        # "Offer" dated 64 days after applying is the date of the *latest* status, not of the first answer: the
        # waits before it cannot be timed from a snapshot, so the status is kept undated (definitions §4.1: it then
        # ends no wait) and counted in a note, never read as a 64-day wait for a first answer
        codes, uniques = pd.factorize(pd.Series(texts, dtype=object).astype(str).str.strip().to_numpy(dtype=object))
        beyond = np.array([match_label(normalize(u), labels) in _BEYOND_NEXT_STAGE for u in uniques] + [False])[codes]
        beyond &= np.array([str(t).strip() != "" for t in date_text], dtype=bool)
        if beyond.any():
            date_text[beyond], date_col[beyond] = "", ""
            if notes is not None:
                notes.append(
                    f"{raw.name}: {int(beyond.sum())} status(es) beyond the stage after applying (interview, "
                    f"onsite, offer) are dated at the latest status, not at the first answer: their timing "
                    "cannot be rebuilt from a snapshot, so they count in the funnel and are left out of latency"
                )
    status = pd.DataFrame(
        {
            "_rec": np.arange(len(f)),
            "_label": texts,
            "_labelcol": roles["event"],
            "_datetext": date_text,
            "_datecol": date_col,
        }
    )
    parts.append(status)
    return pd.concat(parts, ignore_index=True)


SHAPE = Shape("snapshot", order=20, detect=detect, read=read, per_application=True, tidy=tidy)
