"""A common face for result objects: declared fields, a tidy ``summary``, a readable repr and an HTML repr."""

from __future__ import annotations

import html
import re

import pandas as pd

__all__ = ["Result"]


class Result:
    """Mixin for the kit's result dataclasses.

    A subclass defines ``summary`` (a property or field holding a tidy
    DataFrame) and ``_headline()`` (one line saying what it is); the mixin
    gives ``repr`` (headline + summary table) and ``_repr_html_`` (the same,
    escaped, with no index) for notebooks.
    """

    def _headline(self) -> str:  # pragma: no cover - every subclass overrides
        return type(self).__name__

    def __repr__(self) -> str:
        table = self.summary
        body = table.to_string(index=False) if isinstance(table, pd.DataFrame) and len(table) else ""
        return self._headline() + ("\n" + body if body else "")

    def _repr_html_(self) -> str:
        from .tables import table_html

        table = self.summary
        body = table_html(table) if isinstance(table, pd.DataFrame) and len(table) else ""
        # for people, not a repr: "Slowdown(factor 2.4 ...)" reads "Slowdown: factor 2.4 ..."
        title = re.sub(r"^(\w+)\((.*)\)$", lambda m: f"{m.group(1)}: {m.group(2)}", self._headline(), flags=re.S)
        return f"<div class='offerkit-result'><p><b>{html.escape(title)}</b></p>{body}</div>"
