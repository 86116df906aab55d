"""What a one-row-per-application table may hold beside its dates, read the same way whatever its shape.

Stage-history list columns, yes/no stage and question columns, an outcome column (or a reply-date column),
rows holding a company's name alone, and rows whose stage history is empty.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..._core.vocab import normalize
from ..dates import MISSING_TOKENS, parse_dates
from ..flags import FLAG_NO, flag_columns, flag_events
from ._columns import _history_columns

__all__ = ["add_table_extras", "bare_names"]


def add_table_extras(ctx, ev):
    """``ev`` with the events of the history, flag, question and outcome columns beside the shape's own."""
    f, roles, raw, notes = ctx.frame, ctx.roles, ctx.raw, ctx.notes
    stages = ctx.stages
    ctx.history = _history_columns(f, roles)
    for column in ctx.history:
        ev = pd.concat([ev, _events_history(raw, column, ctx.problems, ctx.tab)], ignore_index=True)
        stages[column] = "history"
    flags = {c: eq for c, eq in flag_columns(f, roles, ctx.labels).items() if c not in stages and eq[0] != "applied"}
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
            notes.append(
                f"{raw.name}: question columns read as answers ({dated}): yes is the stage asked "
                f"about, no a rejection: {', '.join(map(repr, questions))}"
            )
    if "outcome" in roles:
        ev = pd.concat([ev, _events_outcome(raw, roles)], ignore_index=True)
        stages[roles["outcome"]] = "outcome"
        # "Response received? Y" beside "Response Type: Rejection": the outcome says which answer; the yes adds none
        said = [c for c, (e, _q) in flags.items() if e == "reply"]
        if said:
            answered = ev["_labelcol"].eq(roles["outcome"]) & (ev["_label"].astype(str).str.strip() != "")
            ev = ev[~(ev["_labelcol"].isin(said) & ev["_rec"].isin(set(ev.loc[answered, "_rec"])))]
        dated = f"dated by {roles['outcome_date']!r}" if "outcome_date" in roles else "without a date of its own"
        notes.append(f"{raw.name}: outcome column {roles['outcome']!r} read as events ({dated})")
    elif "outcome_date" in roles and not questions:
        ev = pd.concat([ev, _events_dated_answers(raw, roles)], ignore_index=True)
        notes.append(f"{raw.name}: {roles['outcome_date']!r} read as the date of an answer (a reply)")
    if "outcome_date" in roles:
        stages[roles["outcome_date"]] = "outcome_date"
    notes_col = next((c for c in f.columns if c not in stages and normalize(str(c)) in _NOTES_HEADERS), None)
    if notes_col is not None:
        said = _interviews_in_notes(f[notes_col])
        if len(said):
            ev = pd.concat([ev, said.assign(_labelcol=notes_col)], ignore_index=True)
            stages[notes_col] = "notes"
            recs = sorted(set(said["_rec"]))
            who = (
                f[roles["company"]].astype(str).to_numpy()[recs] if "company" in roles else [f"#{r + 1}" for r in recs]
            )
            notes.append(
                f"{raw.name}: interviews read from the notes in {notes_col!r} ({len(recs)} application(s): "
                f"{', '.join(who[:6])}{', ...' if len(recs) > 6 else ''}), undated: a note such as 'had three "
                "interviews' or 'interviewed' says they happened"
            )
    if ctx.history:
        ev = _keep_rows_without_events(f, ev, roles, ctx.problems, ctx.tab, notes, raw.name)
    return ev


#: Free-text columns people keep beside the status (normalized headers).
_NOTES_HEADERS = frozenset(
    {
        "notes",
        "note",
        "comments",
        "comment",
        "remarks",
        "details",
        "notizen",
        "bemerkungen",
        "bemerkung",
        "kommentar",
        "commentaires",
        "remarques",
        "notas",
        "comentarios",
        "observaciones",
        "备注",
        "メモ",
    }
)
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": 2, "multiple": 2}
#: "had three interviews", "5 interviews", "Interviewed - rejected", "did two rounds of interviews", "after the
#: interview": a note that interviews happened.  Plans ("interview next week"), hopes and negations are not.
_NOTE_INTERVIEW = re.compile(
    r"(?i)(?:\b(?P<n>\d{1,2}|one|two|three|four|five|six|several|multiple)\s+(?:rounds?\s+of\s+)?interviews\b"
    r"|\b(?:had|did|completed|passed|after|finished)\s+(?:an?\s+|the\s+|my\s+)?(?:(?P<w>\w+)\s+)?"
    r"(?:rounds?\s+of\s+)?interviews?\b"
    r"|^\W*interviewed\b|\binterviewed\s+(?:with|twice|by|at|on)\b)"
)
_NOTE_NEGATION = re.compile(
    r"(?i)\b(?:no|not|never|didn'?t|did not|without|zero|waiting for|hope|hoping|scheduled|upcoming|next)\b"
    r"[^.;,]{0,25}interview"
)


def _interviews_in_notes(cells):
    """Undated interview events of the rows whose free-text note says interviews happened (see ``_NOTE_INTERVIEW``)."""
    recs, counts = [], []
    for rec, text in enumerate(cells.astype(str).to_numpy()):
        if not text or text.lower() in MISSING_TOKENS:
            continue
        m = _NOTE_INTERVIEW.search(text)
        if m is None or _NOTE_NEGATION.search(text):
            continue
        word = (m.group("n") or m.group("w") or "").lower()
        n = int(word) if word.isdigit() else _COUNT_WORDS.get(word, 1)
        recs.append(rec)
        counts.append(max(1, min(n, 10)))
    if not recs:
        return pd.DataFrame(columns=["_rec", "_label", "_datetext", "_datecol"])
    return pd.DataFrame({"_rec": np.repeat(recs, counts), "_label": "interview", "_datetext": "", "_datecol": ""})


def bare_names(ctx, ev):
    """The tidy hook of dated tables: rows holding a company's name alone are set aside (see :func:`_bare_names`)."""
    _bare_names(ctx.frame, ctx.roles, ctx.problems, ctx.tab)
    return ev


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


#: The keys of a history entry that hold its status, and its date (the first present wins).
_HISTORY_LABEL_KEYS = ("stage", "status", "event", "type", "name", "step", "action", "label")
_HISTORY_DATE_KEYS = ("date", "time", "timestamp", "updated", "at", "when", "on", "createdat", "updatedat")


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
                problems.add(
                    tab,
                    rec,
                    column,
                    text,
                    "stage history cannot be read: write it as [{'stage': 'Applied', 'date': '2024-11-05'}, ...]",
                )
                continue
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            problems.add(tab, rec, column, text, "stage history must be a list of {'stage': ..., 'date': ...} entries")
            continue
        for item in items:
            low = {str(k).lower(): v for k, v in item.items()}
            label = next((low[k] for k in _HISTORY_LABEL_KEYS if k in low), "")
            date = next((low[k] for k in _HISTORY_DATE_KEYS if k in low), "")
            rows.append((rec, str(label), column, str(date), column))
    return pd.DataFrame(rows, columns=["_rec", "_label", "_labelcol", "_datetext", "_datecol"])


#: Outcome headers whose "No" is a rejection (a decision), unlike "Response: No" (no answer yet).
_DECISION_HEADERS = {
    normalize(h)
    for h in (
        "outcome",
        "result",
        "decision",
        "final result",
        "final outcome",
        "resultado",
        "résultat",
        "ergebnis",
        "esito",
        "sonuç",
        "wynik",
        "resultaat",
        "结果",
        "結果",
        "selected",
        "hired",
        "success",
    )
}


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
    return pd.DataFrame(
        {"_rec": recs, "_label": texts, "_labelcol": labelcols, "_datetext": dates, "_datecol": datecols}
    )


def _events_dated_answers(raw, roles):
    """A reply-date column without an outcome column: an answer (``reply``) on that date."""
    f = raw.frame
    column = roles["outcome_date"]
    cells = f[column].astype(str).str.strip()
    recs = np.flatnonzero((~cells.str.lower().isin(MISSING_TOKENS) & (cells != "")).to_numpy())
    return pd.DataFrame(
        {
            "_rec": recs,
            "_label": "reply",
            "_labelcol": "",
            "_datetext": cells.to_numpy(dtype=object)[recs],
            "_datecol": column,
        }
    )


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
        problems.add(
            tab,
            bare,
            company,
            f[company].to_numpy(dtype=object)[bare],
            "only a company name, nothing else: a company to try, not an application; "
            "add the date you applied to count it",
        )


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
    notes.append(
        f"{name}: {len(lone)} row(s) with an empty stage history kept as applications without dates "
        "(they count in the funnel as applied, not in latency)"
    )
    extra = pd.DataFrame({"_rec": lone, "_label": "applied", "_labelcol": "", "_datetext": "", "_datecol": ""})
    return pd.concat([ev, extra], ignore_index=True).sort_values("_rec", kind="stable", ignore_index=True)
