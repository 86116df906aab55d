"""Markdown tables: the trackers people keep in a README, an Obsidian note or a Notion page saved as Markdown.

A pipe table is a header line, a separator line of dashes (``|---|:--:|``) and
its rows.  A file may hold several (one per month, each with the same header):
the tables with the largest table's header are read together, in order, and the
others are named in a note.  Cells lose their Markdown: ``[Acme](https://...)``
is ``Acme``, ``**Rejected**`` is ``Rejected``, ``~~Globex~~`` is ``Globex``,
``<br>`` a space.
"""

from __future__ import annotations

import html
import re

import numpy as np
import pandas as pd

__all__ = ["has_pipe_table", "markdown_table"]

_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_SPLIT = re.compile(r"(?<!\\)\|")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"(\*\*|__|~~|`)(.+?)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?!\s)([^*]+?)\*(?![\w*])")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def has_pipe_table(text: str) -> bool:
    """Whether ``text`` holds a Markdown pipe table (a header line over a ``|---|---|`` separator).

    Examples
    --------
    >>> has_pipe_table("| a | b |\\n|---|---|\\n| 1 | 2 |"), has_pipe_table("a,b\\n1,2")
    (True, False)
    """
    lines = text[:1_000_000].splitlines()[:5000]  # a table starts near the top: a large CSV is not split whole
    return any(_SEPARATOR.match(line) and i > 0 and "|" in lines[i - 1] for i, line in enumerate(lines))


def _cells(line: str) -> list:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [_clean(c) for c in _SPLIT.split(line)]


def _clean(cell: str) -> str:
    text = _BREAK.sub(" ", cell.replace("\\|", "|"))
    text = _LINK.sub(lambda m: m.group(1), text)
    for _ in range(2):
        text = _MARKS.sub(lambda m: m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(1), text)
    return html.unescape(text).strip()


def markdown_table(text: str):
    """``(frame, rows, notes, problems, rejected)`` of the Markdown file's tracker table (see the module docstring).

    ``rows`` holds each row's line number in the file; a row with more filled cells than the table has columns is
    set aside (``problems``: ``(line, column, text, problem)``; ``rejected``: ``(line, cells)``), never cut.

    Examples
    --------
    >>> f, rows, *_ = markdown_table("# Search\\n\\n| Company | Status |\\n|---|---|\\n| [Acme](http://a) | **Rejected** |")
    >>> f.to_dict("records"), rows.tolist()
    ([{'Company': 'Acme', 'Status': 'Rejected'}], [5])
    """
    lines = text.splitlines()
    tables = []  # (header, [(line number, cells)])
    i = 1
    while i < len(lines):
        if _SEPARATOR.match(lines[i]) and "|" in lines[i - 1]:
            header = _cells(lines[i - 1])
            body = []
            j = i + 1
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                body.append((j + 1, _cells(lines[j])))
                j += 1
            tables.append((header, body))
            i = j
        i += 1
    notes = []
    main = max(tables, key=lambda t: len(t[1]))
    key = [h.lower() for h in main[0]]
    same = [t for t in tables if [h.lower() for h in t[0]] == key]
    others = len(tables) - len(same)
    if len(same) > 1:
        notes.append(f"Markdown: {len(same)} tables with the same columns read as one")
    if others:
        notes.append(f"Markdown: {others} other table(s) with other columns left out")
    width = len(main[0])
    records, rows, problems, rejected = [], [], [], []
    for _header, body in same:
        for line, cells in body:
            if len(cells) > width and any(c for c in cells[width:]):  # more cells than columns: said, set aside
                problems.append(
                    (
                        line,
                        "",
                        " | ".join(cells)[:200],
                        f"{len(cells)} cells where the table has {width} columns: "
                        "fix the row's pipes (a | inside a cell is written \\|)",
                    )
                )
                rejected.append((line, dict(zip(main[0], cells))))
                continue
            records.append((cells + [""] * width)[:width])
            rows.append(line)
    frame = pd.DataFrame(records, columns=main[0], dtype=object)
    return frame, np.asarray(rows, dtype="int64"), notes, problems, rejected
