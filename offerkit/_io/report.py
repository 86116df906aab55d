"""The validation report produced by loading (definitions §3.5)."""

from __future__ import annotations

import dataclasses

import pandas as pd

__all__ = ["ValidationReport"]

PROBLEM_COLUMNS = ["file", "row", "record", "column", "value", "problem", "action"]
SCHEDULED_COLUMNS = ["file", "row", "candidate", "application_id", "company", "role", "event", "date"]


@dataclasses.dataclass(repr=False)
class ValidationReport:
    """What loading read, kept, set aside and why.

    Attributes
    ----------
    files : list of str
        The files (or ``"<DataFrame>"``) read.
    shape : str
        ``"event log"``, ``"application table"``, ``"snapshot"`` or
        ``"mixed"`` for a cohort of several shapes.
    rows_read, rows_loaded, rows_set_aside : int
        Always ``rows_read == rows_loaded + rows_set_aside``.
    problems : pandas.DataFrame
        One row per problem: ``file, row, record, column, value, problem,
        action``.  ``row`` is the line of the file (header = line 1),
        ``record`` the record number (header = record 1; it differs from
        the line when cells span lines).  ``action`` is ``"set aside"`` (the
        row is in ``rejected``), ``"event ignored"`` (one event of a kept row
        was dropped), ``"status ignored"`` (the status cell was not
        understood: the application is kept with its other events) or
        ``"kept"`` (the row loaded; the problem is a warning).
    rejected : pandas.DataFrame
        The original rows set aside, with ``file``, ``row`` and ``problem``.
    notes : list of str
        Decisions made while reading (encoding, delimiter, day-first, as_of).
    limited : bool
        True for status snapshots: stage timing cannot be rebuilt.
    as_of : pandas.Timestamp
    scheduled : pandas.DataFrame
        Events dated after ``as_of`` (plans such as a screen next Tuesday):
        ``file, row, candidate, application_id, company, role, event, date``.
        They take no part in the analyses; the weekly review shows them as
        upcoming.

    Examples
    --------
    >>> import offerkit, pandas as pd
    >>> df = pd.DataFrame({'application_id': ['a', 'b'], 'event': ['applied', 'applied'], 'date': ['2024-11-01', 'not a date']})
    >>> r = offerkit.load(df).report
    >>> r.rows_read == r.rows_loaded + r.rows_set_aside
    True
    """

    def __post_init__(self):
        if self.scheduled is None:
            self.scheduled = pd.DataFrame(
                {
                    c: pd.Series(dtype="datetime64[ns]" if c == "date" else ("int64" if c == "row" else object))
                    for c in SCHEDULED_COLUMNS
                }
            )

    files: list
    shape: str
    rows_read: int
    rows_loaded: int
    rows_set_aside: int
    problems: pd.DataFrame
    rejected: pd.DataFrame
    notes: list
    limited: bool
    as_of: pd.Timestamp
    scheduled: pd.DataFrame = None

    @property
    def cells_ignored(self) -> int:
        """Cells set aside one by one (statuses not understood, events after as_of) in rows that loaded."""
        if self.problems.empty:
            return 0
        return int(self.problems["action"].isin(["status ignored", "event ignored"]).sum())

    @property
    def ok(self) -> bool:
        """True when there is no problem at all."""
        return self.problems.empty

    def summary_lines(self, *, max_problems=20) -> list:
        """The report as lines of text (what ``repr`` and the CLI print)."""
        lines = [
            f"offerkit validation report for {', '.join(self.files)}",
            f"  shape: {self.shape}"
            + (" (status snapshot: limited, stage timing cannot be rebuilt)" if self.limited else ""),
            f"  as of: {self.as_of.date() if pd.notna(self.as_of) else 'n/a'}",
            f"  rows read {self.rows_read} = loaded {self.rows_loaded} + set aside {self.rows_set_aside}"
            + (f"; {self.cells_ignored} cell(s) of loaded rows ignored" if self.cells_ignored else ""),
        ]
        for note in self.notes:
            lines.append(f"  note: {note}")
        if self.problems.empty:
            lines.append("  no problems found")
        else:
            lines.append(f"  {len(self.problems)} problem(s):")
            for p in self.problems.head(max_problems).itertuples(index=False):
                record = getattr(p, "record", p.row)
                place = f"record {record}, line {p.row}" if record != p.row and record > 0 else f"row {p.row}"
                where = f"{p.file}, {place}" + (f", column {p.column!r}" if p.column else "")
                lines.append(f"    {where}: {p.value!r}: {p.problem} [{p.action}]")
            if len(self.problems) > max_problems:
                lines.append(f"    ... and {len(self.problems) - max_problems} more (see report.problems)")
        return lines

    def __repr__(self) -> str:
        return "\n".join(self.summary_lines())

    def to_json(self, path) -> None:
        """Write the report to ``path`` as JSON (what a report's pages read back with :meth:`read_json`).

        A tracker read with its mailbox is analysed as one merged file; the pages then show the report of the
        files the person gave (their names, their rows), not of the merged copy.

        Examples
        --------
        >>> import offerkit, pandas as pd, tempfile, pathlib
        >>> df = pd.DataFrame({'application_id': ['a', 'b'], 'event': ['applied', 'applied'], 'date': ['2024-11-01', 'x']})
        >>> r = offerkit.load(df).report
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "report.json"
        >>> r.to_json(p)
        >>> back = offerkit.ValidationReport.read_json(p)
        >>> back.summary_lines() == r.summary_lines() and back.problems["row"].tolist() == r.problems["row"].tolist()
        True
        """
        import json
        from pathlib import Path

        def frame(df):
            return json.loads(df.to_json(orient="split", index=False, date_format="iso"))

        data = {
            "files": list(self.files),
            "shape": self.shape,
            "rows_read": int(self.rows_read),
            "rows_loaded": int(self.rows_loaded),
            "rows_set_aside": int(self.rows_set_aside),
            "problems": frame(self.problems),
            "rejected": frame(self.rejected),
            "notes": list(self.notes),
            "limited": bool(self.limited),
            "as_of": None if pd.isna(self.as_of) else pd.Timestamp(self.as_of).isoformat(),
            "scheduled": frame(self.scheduled),
        }
        Path(path).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def read_json(cls, path) -> "ValidationReport":
        """A report written by :meth:`to_json` (cells keep their text: nothing is re-read as a number)."""
        import json
        from pathlib import Path

        data = json.loads(Path(path).read_text(encoding="utf-8"))

        def frame(d):
            return pd.DataFrame(d["data"], columns=d["columns"])

        scheduled = frame(data["scheduled"])
        if "date" in scheduled:
            scheduled["date"] = pd.to_datetime(scheduled["date"])
        return cls(
            files=data["files"],
            shape=data["shape"],
            rows_read=data["rows_read"],
            rows_loaded=data["rows_loaded"],
            rows_set_aside=data["rows_set_aside"],
            problems=frame(data["problems"]),
            rejected=frame(data["rejected"]),
            notes=data["notes"],
            limited=data["limited"],
            as_of=pd.NaT if data["as_of"] is None else pd.Timestamp(data["as_of"]),
            scheduled=scheduled,
        )

    def _repr_html_(self) -> str:
        import html
        from pathlib import PurePath

        # a page names the files, not where they sit on the person's disk (a report is shared)
        named = dataclasses.replace(self, files=[PurePath(f).name or f for f in self.files])
        head = "<br>".join(html.escape(line) for line in named.summary_lines(max_problems=0)[:4])
        shown = self.problems
        if "file" in shown.columns and len(shown):
            shown = shown.assign(file=[PurePath(str(f)).name or f for f in shown["file"].tolist()])
        if "record" in shown.columns and len(shown):  # a line the reader set aside belongs to no record: blank
            shown = shown.assign(record=[r if r > 0 else "" for r in shown["record"].tolist()])
        table = shown.to_html(index=False, max_rows=50, escape=True) if not shown.empty else "<p>No problems found.</p>"
        return f"<div><p>{head}</p>{table}</div>"
