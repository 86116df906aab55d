"""``offerkit.inspect``: how each column and each status value of a file was understood, and a mapping to paste."""

from __future__ import annotations

import dataclasses
import json
import shlex

import pandas as pd

from .._core.result import Result
from .._core.vocab import NOT_APPLIED, WAITING, column_table, fuzzy_label, label_table, match_label, normalize, prefix_label
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
    """

    file: str
    shape: str
    shape_reason: str
    columns: pd.DataFrame
    labels: pd.DataFrame
    mapping: dict
    notes: list

    @property
    def summary(self) -> pd.DataFrame:
        return self.columns

    def _headline(self) -> str:
        unknown = int((self.labels["event"] == "unknown").sum()) if len(self.labels) else 0
        return (f"Inspection({self.file}: {self.shape}; {len(self.columns)} columns; "
                f"{len(self.labels)} status values, {unknown} unknown)")

    def to_text(self) -> str:
        """What ``offerkit inspect`` prints."""
        lines = [f"{self.file}", f"  shape: {self.shape} — {self.shape_reason}", "", "  columns:"]
        for r in self.columns.itertuples(index=False):
            lines.append(f"    {r.column!r:<28} {r.role:<14} by {r.how:<8} {r.evidence}")
            lines.append(f"    {'':<28} e.g. {r.samples}")
        if len(self.labels):
            lines += ["", "  status values:"]
            for r in self.labels.itertuples(index=False):
                lines.append(f"    {r.column}: {r.value!r:<32} ×{r.count:<4} → {r.event}")
        if self.notes:
            lines += ["", "  notes:"] + [f"    {n}" for n in self.notes]
        lines.append("")
        if self.mapping:
            lines.append("  to decide what could not be read, paste and fill in (Python, or --map on the command line):")
            lines.append(f"    mapping = {json.dumps(self.mapping, ensure_ascii=False)}")
            lines.append("    " + " ".join(f"--map {shlex.quote(f'{k}={v}')}" for k, v in self.mapping.items()))
        else:
            lines.append("  every column and status value was understood: no mapping needed")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        import html

        cols = self.columns.to_html(index=False, escape=True, border=0)
        labels = self.labels.to_html(index=False, escape=True, border=0) if len(self.labels) else "<p>No status column.</p>"
        mapping = (f"<p>Paste and fill in: <code>mapping = {html.escape(json.dumps(self.mapping, ensure_ascii=False))}</code></p>"
                   if self.mapping else "<p>Everything was understood: no mapping needed.</p>")
        return (f"<div class='offerkit-result'><p><b>{html.escape(self._headline())}</b><br>"
                f"{html.escape(self.shape_reason)}</p><h4>Columns</h4>{cols}<h4>Status values</h4>{labels}{mapping}</div>")


_SHAPE_REASON = {
    "event log": "one row per event: application keys repeat, each row has an event and a date",
    "snapshot": "one row per application with its current status (stage timing cannot be rebuilt)",
    "application table": "one row per application with an applied date and per-stage date columns",
    "stage flags": "one row per application with yes/no stage columns (no dates: funnel only)",
    "transitions": "a source → target flow table (no dates: funnel only)",
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


def inspect(path, *, mapping=None, as_of=None, dayfirst=None, country="US") -> Inspection:
    """How ``path`` is understood: every column's role and how it was chosen, every status value, the shape.

    Parameters
    ----------
    path : str, path, file object or pandas.DataFrame
        What :func:`offerkit.load` takes.
    mapping : dict, optional
        The same ``mapping=`` as :func:`offerkit.load`, to check a mapping.
    as_of, dayfirst, country
        Passed to :func:`offerkit.load`.

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
    rows, label_rows = [], []
    for raw, _candidate in tables:
        raw = _drop_structural_rows(_find_header(raw, coltable))
        f = raw.frame
        by_name = _roles(f.columns, coltable)
        notes: list = []
        roles = _content_roles(f, dict(by_name), labels, notes, raw.name)
        by_content = {r: c for r, c in roles.items() if by_name.get(r) != c}
        column_role = {c: r for r, c in roles.items()}
        sideways = search.report.shape == "sideways"
        for column in f.columns:
            role = column_role.get(column, "extra")
            how = "name" if column in by_name.values() else ("content" if column in by_content.values() else "—")
            evidence = next((n.split(": ", 1)[-1] for n in notes if repr(column) in n), "")
            if sideways:  # a sheet written sideways: each column is a day, its cells the companies applied to
                role, how, evidence = "applied_date", "content", f"the header {column!r} is a date: the companies below it"
            if how == "name":
                evidence = f"the name {column!r} reads as {role}"
            values = [str(v) for v in f[column].tolist() if str(v).strip()][:3]
            rows.append({"column": column, "role": role, "how": how, "evidence": evidence,
                         "samples": ", ".join(repr(v[:30]) for v in values)})
        for role in ("event", "outcome"):
            if role in roles:
                counts = f[roles[role]].astype(str).str.strip().value_counts()
                for value, n in counts.items():
                    if value == "" or value.lower() in MISSING_TOKENS:
                        continue
                    label_rows.append({"column": roles[role], "value": value, "count": int(n),
                                       "event": _event_name(value, labels)})
    columns = pd.DataFrame(rows, columns=["column", "role", "how", "evidence", "samples"])
    label_table_ = pd.DataFrame(label_rows, columns=["column", "value", "count", "event"])
    suggestion = {v: "?" for v in label_table_.loc[label_table_["event"] == "unknown", "value"]}
    if not ((columns["role"] == "company").any()):
        for c in columns.loc[columns["role"] == "extra", "column"][:1]:
            suggestion[c] = "company?"
    shape = search.report.shape
    return Inspection(file=", ".join(search.report.files), shape=shape, shape_reason=_SHAPE_REASON.get(shape, ""),
                      columns=columns, labels=label_table_, mapping=suggestion, notes=list(search.report.notes))
