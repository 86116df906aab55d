"""A tracker and a mailbox read together: the tracker's statuses get the mail's dates (issue #24).

Most trackers people keep say *that* an application was rejected, not *when*; the mailbox holds the day.
:func:`merge_mail` matches each application of the mailbox to one of the tracker by employer (the same key
for "Zillow" and "Zillow Group"), then role, then the nearest applied date:

* a tracker event without a date takes the date of the same event in the matched mail (the earliest one not
  already used); a tracker date is never changed;
* a mail event the tracker's application does not have (an interview invitation the sheet never noted) is
  added, except a second outcome that contradicts the tracker's (the tracker wins, and the report says so);
* an application found only in the mail is added as an application of its own;
* two applications at one employer more than :data:`MAX_APART` days apart are two applications.

The report counts each of these.  Decisions where this module is silent in the spec (definitions §3.6 reads the
mailbox alone) are the ones above: the tracker is the person's own record, the mail supplies dates.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from .._core.errors import DataError
from .._core.search import JobSearch
from .mail_keys import initials_key
from .mailbox import company_key

__all__ = ["merge_mail", "mail_matches", "MAX_APART"]

#: Applications at one employer whose applied dates are further apart than this are different applications.
MAX_APART = 60
_OUTCOMES = {"rejected", "offer", "accepted", "declined", "withdrew"}
_MAIL_COLUMNS = ["sender", "subject", "rule", "confidence", "message_id"]


def _apps(events):
    """One row per application: candidate, id, company key, role key, applied date (NaT when unknown)."""
    ev = events
    first = ev.groupby(["candidate", "application_id"], observed=True, sort=False).agg(
        company=("company", "first"), role=("role", "first")
    )
    applied = (
        ev[ev["event"].astype(str) == "applied"].groupby(["candidate", "application_id"], observed=True)["date"].min()
    )
    earliest = ev.groupby(["candidate", "application_id"], observed=True)["date"].min()
    first["applied"] = applied.reindex(first.index).fillna(earliest.reindex(first.index))
    first["key"] = first["company"].map(company_key)
    first["initials"] = first["company"].map(initials_key)
    first["role_key"] = first["role"].astype(str).str.lower().str.replace(r"[^\w]+", " ", regex=True).str.strip()
    return first.reset_index()


def _role_match(a, b) -> float:
    """Share of the words of the shorter role that the other names (0 when either is blank)."""
    wa, wb = set(str(a).split()), set(str(b).split())
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def match_applications(tracker_apps, mail_apps):
    """``{mail application id: tracker application id}``: by employer, then role words, then applied date."""
    pairs = {}
    taken = set()
    for key, mail_group in mail_apps.groupby("key", sort=False):
        if not key:
            continue
        pool = tracker_apps[tracker_apps["key"] == key]
        if pool.empty and "initials" in tracker_apps and "initials" in mail_group:
            # "HMRC" in the tracker, "HM Revenue and Customs" in the mail (or the other way round): one employer
            # named by its initials on one side (three letters at least)
            short = mail_group["initials"].iloc[0]
            pool = tracker_apps[
                ((tracker_apps["key"] == short) & (short != ""))
                | ((tracker_apps["initials"] == key) & (tracker_apps["initials"] != ""))
            ]
        if pool.empty:
            continue
        options = []
        for m in mail_group.itertuples(index=False):
            for t in pool.itertuples(index=False):
                apart = abs((m.applied - t.applied).days) if pd.notna(m.applied) and pd.notna(t.applied) else None
                if apart is not None and apart > MAX_APART:
                    continue
                options.append(
                    (
                        -_role_match(m.role_key, t.role_key),
                        apart if apart is not None else MAX_APART,
                        m.application_id,
                        t.application_id,
                    )
                )
        for _role, _apart, mail_id, tracker_id in sorted(options):
            if mail_id in pairs or tracker_id in taken:
                continue
            pairs[mail_id] = tracker_id
            taken.add(tracker_id)
    return pairs


def mail_matches(tracker: JobSearch, mail: JobSearch) -> pd.DataFrame:
    """How the mailbox's applications meet the tracker's: one row per mail application (what ``inspect`` shows).

    Parameters
    ----------
    tracker, mail : JobSearch
        One person's tracker and their mailbox, loaded.

    Returns
    -------
    pandas.DataFrame
        ``mail_application, mail_company, mail_role, tracker_application, tracker_company, tracker_role,
        days_apart, matched_by``; ``matched_by`` is ``employer and role``, ``employer`` or
        ``only in the mail`` (then the tracker columns are empty).

    Examples
    --------
    >>> import offerkit, pandas as pd
    >>> t = offerkit.load(pd.DataFrame({"company": ["Acme Inc."], "event": ["applied"], "date": ["2024-11-01"]}))
    >>> m = offerkit.load(pd.DataFrame({"company": ["Acme", "Globex"], "event": ["applied"] * 2,
    ...                                  "date": ["2024-11-02", "2024-11-03"]}))
    >>> mail_matches(t, m)[["mail_company", "tracker_company", "days_apart", "matched_by"]].values.tolist()
    [['Acme', 'Acme Inc.', 1, 'employer'], ['Globex', '', <NA>, 'only in the mail']]
    """
    T, M = _apps(tracker.events), _apps(mail.events)
    pairs = match_applications(T, M)
    t_by = T.set_index("application_id")
    rows = []
    for m in M.itertuples(index=False):
        t_id = pairs.get(m.application_id)
        if t_id is None:
            rows.append((m.application_id, m.company, m.role, "", "", "", None, "only in the mail"))
            continue
        t = t_by.loc[t_id]
        apart = abs((m.applied - t.applied).days) if pd.notna(m.applied) and pd.notna(t.applied) else None
        how = "employer and role" if _role_match(m.role_key, t.role_key) > 0 else "employer"
        rows.append((m.application_id, m.company, m.role, t_id, t.company, t.role, apart, how))
    return pd.DataFrame(
        rows,
        columns=[
            "mail_application",
            "mail_company",
            "mail_role",
            "tracker_application",
            "tracker_company",
            "tracker_role",
            "days_apart",
            "matched_by",
        ],
    ).astype({"days_apart": "Int64"})


def merge_mail(tracker: JobSearch, mail: JobSearch, *, as_of=None, country="US") -> JobSearch:
    """The tracker's applications with the mailbox's dates, and the mail's own applications added.

    Parameters
    ----------
    tracker : JobSearch
        One person's tracker (a cohort is refused: a mailbox is one person's).
    mail : JobSearch
        That person's mailbox, loaded (:func:`offerkit.load` on an mbox, ``.eml`` folder or zip).
    as_of : date-like, optional
        As :func:`offerkit.load`; default its rule on the merged dates.
    country : str, default "US"

    Returns
    -------
    JobSearch
        Its report's notes say how many of the tracker's undated events got a date from the mail, how many
        mail events and applications were added, and which outcomes disagreed.
    """
    from .load import load

    if len(tracker.candidates) > 1:
        raise DataError(
            "a mailbox is one person's: give one person's tracker with it (this tracker holds "
            f"{len(tracker.candidates)} candidates)"
        )
    T = tracker.events
    M = mail.events
    who = tracker.candidates[0] if tracker.candidates else "me"
    pairs = match_applications(_apps(T), _apps(M))
    T = T.assign(origin="tracker")
    for column in _MAIL_COLUMNS:
        if column not in T.columns:
            T[column] = ""
    filled = added = conflicts = 0
    T_event = T["event"].astype(str).to_numpy()
    extra_rows = []
    used = set()
    mail_by_app = {
        a: g.sort_values("date", kind="stable") for a, g in M.groupby("application_id", observed=True, sort=False)
    }
    tracker_index = {a: idx for a, idx in T.groupby("application_id", observed=True, sort=False).groups.items()}
    dates = T["date"].to_numpy(copy=True)
    for mail_id, tracker_id in pairs.items():
        mail_events = mail_by_app[mail_id]
        rows = np.asarray(tracker_index[tracker_id])
        positions = T.index.get_indexer(rows)
        have = set(T_event[positions])
        outcome = have & _OUTCOMES
        for m in mail_events.itertuples():
            event = str(m.event)
            undated = [p for p in positions if T_event[p] == event and pd.isna(dates[p]) and p not in used]
            if undated:
                p = undated[0]
                dates[p] = np.datetime64(m.date)
                used.add(p)
                T.iat[p, T.columns.get_loc("origin")] = "tracker, date from the mail"
                for column in _MAIL_COLUMNS:
                    if column in M.columns:
                        T.iat[p, T.columns.get_loc(column)] = getattr(m, column, "")
                filled += 1
            elif event not in have:
                if event in _OUTCOMES and outcome:
                    conflicts += 1  # the tracker says otherwise: its record wins
                    continue
                extra_rows.append(_row(m, who, tracker_id, T, rows[0]))
                have.add(event)
                added += 1
    T["date"] = dates
    only_mail = [a for a in mail_by_app if a not in pairs]
    for a in only_mail:
        for m in mail_by_app[a].itertuples():
            extra_rows.append(_row(m, who, f"mail-{a}", None, None, company=m.company, role=m.role))
    merged = pd.concat([T, pd.DataFrame(extra_rows)], ignore_index=True) if extra_rows else T
    canonical = ["candidate", "application_id", "company", "role", "source", "event", "date"]
    out = merged[canonical + [c for c in merged.columns if c not in canonical and c != "row"]].copy()
    out["date"] = pd.to_datetime(out["date"]).dt.strftime("%Y-%m-%d").fillna("")
    out["event"] = out["event"].astype(str)
    reloaded = load(out, as_of=as_of, country=country, errors="report")
    undated_before = int(tracker.events["date"].isna().sum())
    notes = [
        f"tracker + mailbox: {len(pairs)} application(s) of the mail matched to the tracker's by employer, role and "
        f"date; {filled} of the tracker's {undated_before} undated event(s) got their date from the mail",
        f"{added} event(s) found only in the mail added to matched applications; {len(only_mail)} application(s) "
        "found only in the mail added"
        + (
            f"; {conflicts} mail outcome(s) that disagree with the tracker's were left out (the tracker is your record)"
            if conflicts
            else ""
        ),
    ]
    t, m = tracker.report, mail.report
    keep = ~reloaded.report.problems["problem"].astype(str).str.startswith(
        ("no date", "application without an applied")
    )
    report = dataclasses.replace(
        reloaded.report,
        files=list(t.files) + list(m.files),
        shape=f"{t.shape} + mailbox",
        rows_read=t.rows_read + m.rows_read,
        rows_loaded=t.rows_loaded + m.rows_loaded,
        rows_set_aside=t.rows_set_aside + m.rows_set_aside,
        problems=pd.concat([t.problems, m.problems, reloaded.report.problems[keep]], ignore_index=True),
        rejected=pd.concat([t.rejected, m.rejected], ignore_index=True),
        notes=[n for n in [*t.notes, *m.notes] if not _restated(n)]
        + notes
        + [n for n in reloaded.report.notes if _restated(n)],
        limited=t.limited,
    )
    return reloaded.replace(report=report)


def _restated(note) -> bool:
    """Notes the merged data states afresh (the as-of rule, the undated outcomes): the inputs' own are stale."""
    return note.startswith("as_of") or "outcome(s) have no date" in note


def _row(m, who, app_id, T, like, company=None, role=None):
    """One mail event as a row of the merged log (of the tracker's application ``app_id``, or its own)."""
    row = {
        "candidate": who,
        "application_id": app_id,
        "event": str(m.event),
        "date": m.date,
        "company": company if company is not None else T.at[like, "company"],
        "role": role if role is not None else T.at[like, "role"],
        "source": getattr(m, "source", "") or "",
        "origin": "mail",
    }
    for column in _MAIL_COLUMNS:
        row[column] = getattr(m, column, "")
    return row
