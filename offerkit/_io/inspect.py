"""``offerkit.inspect``: how each column and each status value of a file was understood, and a mapping to paste."""

from __future__ import annotations

import dataclasses
import json
import re
import shlex

import pandas as pd

from .._core.result import Result
from .._core.vocab import (
    NOT_APPLIED,
    WAITING,
    column_table,
    fuzzy_label,
    label_table,
    match_label,
    normalize,
    prefix_label,
)
from .dates import MISSING_TOKENS
from .load import _compound, _sources, load
from .shapes._columns import _content_roles, _roles
from .shapes._header import _drop_structural_rows, _find_header

__all__ = ["Inspection", "inspect"]


@dataclasses.dataclass(repr=False)
class Inspection(Result):
    """Result of :func:`inspect`.

    Attributes
    ----------
    file : str
    shape : str
        The input shape chosen (event log, application table, snapshot, ...).
    shape_reason : str
    columns : pandas.DataFrame
        ``column, role, how, evidence, samples``: the role each column was
        given (``extra`` when kept as an extra column), whether by its
        ``name`` or by its ``content``, and three sample values.
    labels : pandas.DataFrame
        ``column, value, count, event``: every status value with its count
        and the event it maps to (``unknown``, ``waiting`` or ``not applied``).
    mapping : dict
        A ready-to-paste ``mapping=`` for what could not be decided (unknown
        statuses → ``"?"``); empty when everything was understood.
    notes : list of str
        The loader's notes (decisions, day-first, content choices).
    readings : pandas.DataFrame
        ``table, shape, status_column, rows, total, statuses, dates, chosen``:
        every reading of each table that applies, with its score (rows
        explained, share of statuses understood, share of dates parsed), the
        chosen one marked (issue #23).
    decisions : pandas.DataFrame
        ``decision, chosen, certainty, evidence, flip``: every decision the
        reading took (the shape, a column's role by content, a status read
        by a prefix or a near spelling, the order of day and month), whether
        it was ``certain`` or ``close``, and the one-line option that flips
        it (``--map ...`` or ``--dayfirst ...``; empty when none does).

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=60, seed=2))
    >>> type(offerkit.inspect(offerkit.sample(applications=20, seed=1))).__name__
    'Inspection'
    """

    file: str
    shape: str
    shape_reason: str
    columns: pd.DataFrame
    labels: pd.DataFrame
    mapping: dict
    notes: list
    readings: pd.DataFrame = None
    decisions: pd.DataFrame = None
    #: with a mailbox: how its applications meet the tracker's (see :func:`offerkit._io.merge.mail_matches`)
    matches: pd.DataFrame = None

    @property
    def summary(self) -> pd.DataFrame:
        return self.columns

    def _headline(self) -> str:
        unknown = int((self.labels["event"] == "unknown").sum()) if len(self.labels) else 0
        return (
            f"Inspection({self.file}: {self.shape}; {len(self.columns)} columns; "
            f"{len(self.labels)} status values, {unknown} unknown)"
        )

    def to_text(self) -> str:
        """What ``offerkit inspect`` prints."""
        lines = [f"{self.file}", f"  shape: {self.shape} — {self.shape_reason}", "", "  columns:"]
        for r in self.columns.itertuples(index=False):
            lines.append(f"    {r.column!r:<28} {r.role:<14} by {r.how:<8} {r.evidence}")
            lines.append(f"    {'':<28} e.g. {r.samples}")
        if self.readings is not None and len(self.readings):
            lines += ["", "  readings (rows explained, statuses understood, dates parsed):"]
            for r in self.readings.itertuples(index=False):
                mark = "chosen " if r.chosen else "       "
                status = f" (status in {r.status_column!r})" if r.status_column else ""
                share = lambda x: "—" if pd.isna(x) else f"{x:.0%}"
                lines.append(
                    f"    {mark}{r.shape}{status}: {r.rows} of {r.total} rows, statuses {share(r.statuses)}, "
                    f"dates {share(r.dates)}"
                )
        if self.decisions is not None and len(self.decisions):
            lines += ["", "  decisions:"]
            for r in self.decisions.itertuples(index=False):
                lines.append(f"    {r.certainty:<7} {r.decision}: {r.chosen} — {r.evidence}")
                if r.flip:
                    lines.append(f"    {'':<7} to flip it: {r.flip}")
        if len(self.labels):
            lines += ["", "  status values:"]
            for r in self.labels.itertuples(index=False):
                lines.append(f"    {r.column}: {r.value!r:<32} ×{r.count:<4} → {r.event}")
        if self.matches is not None:
            found = self.matches["matched_by"] != "only in the mail"
            lines += [
                "",
                f"  tracker + mailbox: {int(found.sum())} of the mail's {len(self.matches)} application(s) "
                "matched to the tracker's (employer, then role words, then applied date):",
            ]
            for r in self.matches.itertuples(index=False):
                if r.matched_by == "only in the mail":
                    lines.append(f"    {r.mail_company!r:<28} only in the mail: added as an application of its own")
                else:
                    apart = "" if pd.isna(r.days_apart) else f", applied {r.days_apart} day(s) apart"
                    role = f" ({r.tracker_role})" if r.tracker_role else ""
                    lines.append(f"    {r.mail_company!r:<28} = {r.tracker_company}{role} by {r.matched_by}{apart}")
        if self.notes:
            lines += ["", "  notes:"] + [f"    {n}" for n in self.notes]
        lines.append("")
        if self.mapping:
            lines.append(
                "  to decide what could not be read, paste and fill in (Python, or --map on the command line):"
            )
            lines.append(f"    mapping = {json.dumps(self.mapping, ensure_ascii=False)}")
            lines.append("    " + " ".join(f"--map {shlex.quote(f'{k}={v}')}" for k, v in self.mapping.items()))
        else:
            lines.append("  every column and status value was understood: no mapping needed")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        import html

        cols = self.columns.to_html(index=False, escape=True, border=0)
        labels = (
            self.labels.to_html(index=False, escape=True, border=0) if len(self.labels) else "<p>No status column.</p>"
        )
        mapping = (
            f"<p>Paste and fill in: <code>mapping = {html.escape(json.dumps(self.mapping, ensure_ascii=False))}</code></p>"
            if self.mapping
            else "<p>Everything was understood: no mapping needed.</p>"
        )
        return (
            f"<div class='offerkit-result'><p><b>{html.escape(self._headline())}</b><br>"
            f"{html.escape(self.shape_reason)}</p><h4>Columns</h4>{cols}<h4>Status values</h4>{labels}{mapping}</div>"
        )


_SHAPE_REASON = {
    "event log": "one row per event: application keys repeat, each row has an event and a date",
    "snapshot": "one row per application with its current status (stage timing cannot be rebuilt)",
    "application table": "one row per application with an applied date and per-stage date columns",
    "stage flags": "one row per application with yes/no stage columns (no dates: funnel only)",
    "transitions": "a source → target flow table (no dates: funnel only)",
    "board": "a column per status with the companies below it (no dates: funnel only)",
    "sideways": "a column per day with the companies applied to that day below it",
    "undated table": "one row per application with its status, no dates (funnel only)",
    "mixed": "several files or sheets of different shapes",
}


def _event_name(value, labels):
    key = normalize(value)
    event = match_label(key, labels)
    if event is None:
        parts = _compound(value, labels)
        if parts:
            return " then ".join(parts)
        event = prefix_label(value, labels) or fuzzy_label(key, labels)
    if event is None:
        return "unknown"
    return {NOT_APPLIED: "not applied", WAITING: "waiting (no event)"}.get(event, event)


def inspect(path, *, mapping=None, as_of=None, dayfirst=None, country="US", mail=None) -> Inspection:
    """How ``path`` is understood: every column's role and how it was chosen, every status value, the shape.

    Parameters
    ----------
    path : str, path, file object or pandas.DataFrame
        What :func:`offerkit.load` takes.
    mapping : dict, optional
        The same ``mapping=`` as :func:`offerkit.load`, to check a mapping.
    as_of, dayfirst, country
        Passed to :func:`offerkit.load`.
    mail : str or path, optional
        The person's mailbox: ``matches`` then shows how its applications meet the tracker's
        (employer, role, days apart) and which are found only in the mail.

    Returns
    -------
    Inspection

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"Firm": ["Acme", "Globex", "Hooli"], "Day Sent": ["2024-11-04", "2024-11-05", "2024-11-06"],
    ...                    "Where": ["Rejected", "Interview", "Blorp"]})
    >>> r = inspect(df)
    >>> r.columns[["column", "role", "how"]].values.tolist()
    [['Firm', 'company', 'name'], ['Day Sent', 'applied_date', 'name'], ['Where', 'event', 'content']]
    >>> r.mapping
    {'Blorp': '?'}
    """
    search = load(path, mapping=mapping, as_of=as_of, dayfirst=dayfirst, country=country, errors="report")
    labels, coltable = label_table(mapping), column_table(mapping)
    tables, _ = _sources(path)
    rows, label_rows, reading_rows, decisions = [], [], [], []
    for raw, _candidate in tables:
        raw = _drop_structural_rows(_find_header(raw, coltable))
        f = raw.frame
        by_name = _roles(f.columns, coltable)
        notes: list = []
        roles = _content_roles(f, dict(by_name), labels, notes, raw.name)
        by_content = {r: c for r, c in roles.items() if by_name.get(r) != c}
        if not f.empty:
            pinned = [c for c in f.columns if normalize(c) in getattr(coltable, "user", {})]
            table_rows, chosen_roles = _readings(raw, roles, labels, decisions, pinned)
            reading_rows += table_rows
            if chosen_roles is not None and chosen_roles != roles:  # the reading kept uses other columns
                for role, column in chosen_roles.items():
                    if roles.get(role) != column:
                        by_content[role] = column
                        notes.append(f"{column!r} chosen as the {role.replace('_', ' ')} by the readings' scores")
                roles = chosen_roles
            decisions += _content_decisions(f, roles, by_content, labels)
            decisions += _date_decisions(f, roles, dayfirst, search.report.notes)
        column_role = {c: r for r, c in roles.items()}
        sideways = search.report.shape == "sideways"
        for column in f.columns:
            role = column_role.get(column, "extra")
            how = "name" if column in by_name.values() else ("content" if column in by_content.values() else "—")
            evidence = next((n.split(": ", 1)[-1] for n in notes if repr(column) in n), "")
            if sideways:  # a sheet written sideways: each column is a day, its cells the companies applied to
                role, how, evidence = (
                    "applied_date",
                    "content",
                    f"the header {column!r} is a date: the companies below it",
                )
            if role == "extra":
                how, evidence = "—", "kept as a column of its own (the reading does not use it)"
            elif how == "name":
                evidence = f"the name {column!r} reads as {role}"
            values = [str(v) for v in f[column].tolist() if str(v).strip()][:3]
            rows.append(
                {
                    "column": column,
                    "role": role,
                    "how": how,
                    "evidence": evidence,
                    "samples": ", ".join(repr(v[:30]) for v in values),
                }
            )
        for role in ("event", "outcome"):
            if role in roles:
                counts = f[roles[role]].astype(str).str.strip().value_counts()
                for value, n in counts.items():
                    if value == "" or value.lower() in MISSING_TOKENS:
                        continue
                    label_rows.append(
                        {"column": roles[role], "value": value, "count": int(n), "event": _event_name(value, labels)}
                    )
                    decisions += _label_decision(value, labels)
    columns = pd.DataFrame(rows, columns=["column", "role", "how", "evidence", "samples"])
    label_table_ = pd.DataFrame(label_rows, columns=["column", "value", "count", "event"])
    suggestion = {v: "?" for v in label_table_.loc[label_table_["event"] == "unknown", "value"]}
    if not ((columns["role"] == "company").any()):
        for c in columns.loc[columns["role"] == "extra", "column"][:1]:
            suggestion[c] = "company?"
    shape = search.report.shape
    return Inspection(
        file=", ".join(search.report.files),
        shape=shape,
        shape_reason=_SHAPE_REASON.get(shape, ""),
        columns=columns,
        labels=label_table_,
        mapping=suggestion,
        notes=list(search.report.notes),
        readings=pd.DataFrame(
            reading_rows, columns=["table", "shape", "status_column", "rows", "total", "statuses", "dates", "chosen"]
        ),
        decisions=pd.DataFrame(decisions, columns=["decision", "chosen", "certainty", "evidence", "flip"]),
        matches=_matches(search, mail, as_of=as_of, country=country) if mail is not None else None,
    )


def _matches(tracker, mail, *, as_of, country):
    from .merge import mail_matches

    return mail_matches(tracker, load(mail, as_of=as_of, country=country, errors="report"))


def _flag(pairs) -> str:
    """``--map 'A=b' --map 'C=d'``, each quoted for the shell."""
    return " ".join(f"--map {shlex.quote(f'{k}={v}')}" for k, v in pairs)


#: A runner-up this close (its rows explained over the chosen one's) makes a decision close, not certain.
CLOSE = 0.9


def _readings(raw, roles, labels, decisions, pinned=()):
    """Every reading of ``raw`` that applies, scored; the loader's choice marked; the shape decision added."""
    import copy

    from .readings import _table_alternatives, compete, score_reading
    from .shapes import SHAPES, detect_shape

    detected = copy.deepcopy(roles)  # detection settles roles (a date that is the applied date), as in the loader
    try:
        first = detect_shape(raw, detected, labels)
    except Exception:  # nothing reads it (the loader said why)
        return [], None
    chosen_roles, chosen = compete(raw, detected, first, labels, [], pinned=pinned)
    readings = []
    for name, shape in SHAPES.items():
        r = copy.deepcopy(roles)
        if shape.detect(raw, r, labels):
            readings.append(score_reading(raw, r, name, labels))
    if first == "event log":
        readings += [score_reading(raw, r, s, labels) for r, s in _table_alternatives(raw.frame, roles, labels)]
    unique = {}
    for r in readings:
        unique.setdefault((r.shape, r.status_column), r)
    readings = list(unique.values())
    best = next((r for r in readings if r.shape == chosen and r.roles.get("event") == chosen_roles.get("event")), None)
    if best is None:
        best = score_reading(raw, chosen_roles, chosen, labels)
        readings.insert(0, best)
    rows = [
        {
            "table": raw.name,
            "shape": r.shape,
            "status_column": r.status_column,
            "rows": r.rows,
            "total": r.total,
            "statuses": r.statuses,
            "dates": r.dates,
            "chosen": r is best,
        }
        for r in readings
    ]
    # a reading of the same columns under a less specific shape (a snapshot is also an application table) is
    # no alternative: only readings that use other columns compete
    same = lambda r: (
        {k: v for k, v in r.roles.items()} == {k: v for k, v in best.roles.items()}
        or (r.status_column == best.status_column and r.rows <= best.rows and r.shape != best.shape)
    )
    others = sorted((r for r in readings if r is not best and not same(r)), key=lambda r: r.key, reverse=True)
    if others:
        runner = others[0]
        nan0 = lambda x: 0.0 if pd.isna(x) else x
        close = (
            runner.rows > 0 and runner.rows >= CLOSE * best.rows and nan0(runner.statuses) >= nan0(best.statuses) - 0.1
        )
        flip = _flag((c, role) for role, c in runner.roles.items() if best.roles.get(role) != c)
        decisions.append(
            {
                "decision": "shape",
                "chosen": f"{best.describe()}",
                "certainty": "close" if close else "certain",
                "evidence": f"runner-up {runner.describe()}",
                "flip": flip,
            }
        )
    else:
        also = sorted({r.shape for r in readings if r is not best})
        decisions.append(
            {
                "decision": "shape",
                "chosen": best.describe(),
                "certainty": "certain",
                "evidence": (
                    "no other reading applies"
                    if not also
                    else f"the other shapes that apply ({', '.join(also)}) read the same columns"
                ),
                "flip": "",
            }
        )
    return rows, dict(chosen_roles)


def _content_decisions(f, roles, by_content, labels):
    """A column given a role by its content: how clear its content was, and the next-best column."""
    from .shapes._columns import _date_share, _label_share

    out = []
    for role, column in by_content.items():
        if role in ("date", "applied_date", "status_date", "outcome_date"):
            share = _date_share
            what = "of its cells are dates"
        elif role == "event":
            share = lambda values: _label_share(values, labels)
            what = "of its distinct values are known statuses"
        else:
            out.append(
                {
                    "decision": f"column {column!r}",
                    "chosen": role,
                    "certainty": "close",
                    "evidence": "chosen by content",
                    "flip": "",
                }
            )
            continue
        mine = share(f[column])
        rivals = {c: share(f[c]) for c in f.columns if c != column and c not in roles.values()}
        runner = max(rivals, key=rivals.get) if rivals else None
        close = mine < 0.9 or (runner is not None and rivals[runner] >= 0.6)
        evidence = f"{mine:.0%} {what}"
        if runner is not None:
            evidence += f"; next best {runner!r} ({rivals[runner]:.0%})"
        out.append(
            {
                "decision": f"the {role.replace('_', ' ')} column",
                "chosen": repr(column),
                "certainty": "close" if close else "certain",
                "evidence": evidence,
                "flip": _flag([(runner, role)]) if runner is not None and rivals[runner] > 0 else "",
            }
        )
    return out


def _date_decisions(f, roles, dayfirst, notes=()):
    """Day/month order of each date column: certain when some value decides it, close when only the span does."""
    import re

    from .dates import parse_dates

    out = []
    for role in ("date", "applied_date", "status_date", "outcome_date"):
        column = roles.get(role)
        if column is None:
            continue
        values = f[column].astype(str).str.strip()
        values = values[values.str.match(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")]
        if not len(values):
            continue
        p = parse_dates(values, dayfirst=dayfirst)
        if dayfirst is not None:
            order, how, certainty = dayfirst, "as you said (--dayfirst)", "certain"
        elif p.dayfirst is not None and not p.ambiguous:
            decider = next((v for v in values if any(int(x) > 12 for x in re.findall(r"\d+", v)[:2])), values.iloc[0])
            order, how, certainty = p.dayfirst, f"{decider!r} reads only one way", "certain"
        else:
            said = next((n for n in notes if f"column {column!r} read " in n and "-first" in n), "")
            order = True if "read day-first" in said else (False if "read month-first" in said else None)
            how = said.split("-first", 1)[1].lstrip(": ").split(";")[0] if said else "every value reads both ways"
            certainty = "close"
        chosen = "day-first" if order else ("month-first" if order is False else "by the loader (see the notes)")
        flip = "" if order is None else f"--dayfirst {'no' if order else 'yes'}"
        if order is None:
            flip = "--dayfirst yes  or  --dayfirst no"
        out.append(
            {
                "decision": f"day and month in {column!r}",
                "chosen": chosen,
                "certainty": certainty,
                "evidence": how,
                "flip": flip,
            }
        )
    return out


def _label_decision(value, labels):
    """A status read by its exact words is certain; by a prefix, a near spelling or in parts, close."""
    key = normalize(value)
    if match_label(key, labels) is not None:
        return []
    event = _event_name(value, labels)
    if event == "unknown":
        return [
            {
                "decision": f"status {value!r}",
                "chosen": "unknown",
                "certainty": "close",
                "evidence": "no known status reads like it",
                "flip": _flag([(value, "rejected")]) + "  (or another event)",
            }
        ]
    words = [match_label(normalize(w), labels) for w in re.split(r"[\s\-–—:/,()]+", value) if w]
    other = next((w for w in words if w and w != event and w not in (NOT_APPLIED, WAITING)), None)
    how = "read in parts" if " then " in event else "read by its first words or a near spelling"
    return [
        {
            "decision": f"status {value!r}",
            "chosen": event,
            "certainty": "close",
            "evidence": how,
            "flip": _flag([(value, other or "waiting")]),
        }
    ]
