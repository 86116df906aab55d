"""What every shape reader shares: the raw-event columns, the reading context, the :class:`Shape` interface."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import numpy as np
import pandas as pd

__all__ = ["CANONICAL", "RAW_COLUMNS", "Context", "Shape", "empty_events"]

CANONICAL = ["candidate", "application_id", "company", "role", "source", "event", "date", "row"]

_SPLIT = re.compile(r"\s*(?:;|&|\band\b|,(?=\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2})))\s*", re.IGNORECASE)

_STAGE_AFFIX = re.compile(r"^(?:datesof|dateof|dates|date)|(?:dates|date|on|at|dt)$")

_SLUG = re.compile(r"[^0-9a-z]+")


def _slug(text) -> str:
    return _SLUG.sub("-", str(text).lower()).strip("-")


def _constant(text, n):
    """A column holding ``text`` in every row, as a one-category categorical (no n-long object array)."""
    return pd.Categorical.from_codes(np.zeros(n, dtype="int8"), categories=[text])


#: A raw event: its record in the table, the label and date as written, and the columns they came from.
RAW_COLUMNS = ["_rec", "_label", "_labelcol", "_datetext", "_datecol"]


def empty_events() -> pd.DataFrame:
    return pd.DataFrame(columns=RAW_COLUMNS)


@dataclasses.dataclass
class Context:
    """One table being read: the raw table, the roles of its columns, and where problems and notes go.

    ``stages`` collects the columns a reader used beyond the roles (``{column: what it held}``); the
    columns left over become extra columns of the events.
    """

    tab: int
    raw: object
    roles: dict
    labels: dict
    problems: object
    notes: list
    default_candidate: str = ""
    stages: dict = dataclasses.field(default_factory=dict)
    history: list = dataclasses.field(default_factory=list)
    weight: str = None

    @property
    def frame(self) -> pd.DataFrame:
        return self.raw.frame

    @property
    def name(self) -> str:
        return self.raw.name


def _same(ctx, ev):
    return ev


@dataclasses.dataclass(frozen=True)
class Shape:
    """One input shape (definitions §3.3): how to recognise a table of it and how to read its rows as raw events.

    Attributes
    ----------
    name : str
        As the report says it ("event log", "application table", ...).
    order : int
        Detection order: the first shape whose ``detect`` says yes names the table (the readings then
        compete, see :mod:`offerkit._io.readings`).
    detect : callable
        ``detect(raw, roles, labels) -> bool``; may settle roles on the way (an "Applied" column of
        yes/no flags is no applied date).
    read : callable
        ``read(ctx) -> raw events`` (columns :data:`RAW_COLUMNS`, maybe more the hooks use).
    per_application : bool
        One row per application: stage-history, yes/no and outcome columns beside are read too.
    dateless : bool
        The shape holds no dates: its events are undated by design, not set aside for it.
    tidy, after_columns, after_ids : callable
        Hooks ``(ctx, events) -> events``: after the add-on columns, after the company / role / source
        columns are attached, after the application ids are given.
    """

    name: str
    order: int
    detect: Callable
    read: Callable
    per_application: bool = False
    dateless: bool = False
    tidy: Callable = _same
    after_columns: Callable = _same
    after_ids: Callable = _same
