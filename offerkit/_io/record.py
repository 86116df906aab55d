"""The loader's private record of the raw log: events with their input row, the problems found, the notes.

Every step of :func:`offerkit.load` reads and extends one :class:`RawLog`.
Problems are keyed by (table, record); a problem whose action is
``"set aside"`` removes every event of its input row, one whose action is
``"event ignored"`` or ``"status ignored"`` removes only the events it names
(the row and its application stay), and ``"kept"`` removes nothing.  :meth:`RawLog.live` is the running "still loaded" mask.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

__all__ = ["Problems", "RawLog"]


class Problems:
    """Collects problems keyed by (table, record)."""

    def __init__(self):
        self.parts = []
        self.version = 0  # bumped on every set-aside problem, so RawLog.live() knows when to recompute

    def add(self, tab, rec, column, value, problem, action="set aside"):
        rec = np.atleast_1d(np.asarray(rec, dtype="int64"))
        n = len(rec)
        if not n:
            return
        if action == "set aside":
            self.version += 1
        self.parts.append(
            pd.DataFrame(
                {
                    "_tab": np.broadcast_to(np.asarray(tab), n) if np.ndim(tab) == 0 else np.asarray(tab),
                    "_rec": rec,
                    "column": np.broadcast_to(np.asarray(column, dtype=object), n)
                    if np.ndim(column) == 0
                    else np.asarray(column, dtype=object),
                    "value": np.broadcast_to(np.asarray(value, dtype=object), n)
                    if np.ndim(value) == 0
                    else np.asarray(value, dtype=object),
                    "problem": np.broadcast_to(np.asarray(problem, dtype=object), n)
                    if np.ndim(problem) == 0
                    else np.asarray(problem, dtype=object),
                    "action": action,
                }
            )
        )

    def frame(self):
        if not self.parts:
            return pd.DataFrame(columns=["_tab", "_rec", "column", "value", "problem", "action"])
        # the same problem found twice for one record (two events of one row share a cell) is listed once
        return pd.concat(self.parts, ignore_index=True).drop_duplicates(
            ["_tab", "_rec", "column", "value", "problem", "action"], ignore_index=True
        )

    def set_aside_keys(self):
        f = self.frame()
        f = f[f["action"] == "set aside"]
        return set(zip(f["_tab"].tolist(), f["_rec"].tolist()))


@dataclasses.dataclass
class RawLog:
    """What the loader knows so far (see the module docstring)."""

    tables: list
    names: dict
    is_folder: bool
    problems: Problems = dataclasses.field(default_factory=Problems)
    notes: list = dataclasses.field(default_factory=list)
    ev: pd.DataFrame = None
    shapes: list = dataclasses.field(default_factory=list)
    extras: list = dataclasses.field(default_factory=list)
    rows_read: int = 0
    base: np.ndarray = None  # events with a usable date (or dateless by design) and a known event
    ignored: np.ndarray = None  # events dropped one by one ("event ignored")
    label_keys: np.ndarray = None  # code of each event's label text (for the duplicate check)
    #: ``{events column: (codes, uniques)}`` from the parser, aligned with ``ev`` (emptied when ``ev`` changes shape)
    codes: dict = dataclasses.field(default_factory=dict)
    #: ``{events column: (codes, distinct cleaned uniques)}`` of the cleaned text columns (candidate, company,
    #: role, source, _appid), aligned with ``ev``
    text_codes: dict = dataclasses.field(default_factory=dict)
    #: events dated after as_of (plans), as the report lists them
    scheduled: pd.DataFrame = None
    _live: tuple = (None, None)

    @property
    def event_key(self) -> np.ndarray:
        return self.ev["_tab"].to_numpy().astype("int64") * (1 << 40) + self.ev["_rec"].to_numpy()

    def fatal_file(self) -> str:
        return ", ".join(self.names.values())

    def add(self, mask, column, value, problem, action="set aside"):
        """Report a problem for the events in ``mask`` (a boolean array); ``column``/``value`` per event or one for all."""
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        ev = self.ev
        pick = lambda x: (
            x.to_numpy()[mask]
            if isinstance(x, pd.Series)
            else (np.asarray(x, dtype=object)[mask] if np.ndim(x) and len(x) == len(mask) else x)
        )
        self.problems.add(
            ev["_tab"].to_numpy()[mask],
            ev["_rec"].to_numpy()[mask],
            pick(column),
            pick(value),
            pick(problem),
            action=action,
        )
        if action in ("event ignored", "status ignored"):
            self.ignored = self.ignored | mask

    def live(self) -> np.ndarray:
        """Events still loaded: usable, in no set-aside row, not ignored one by one."""
        version, cached = self._live
        if version != self.problems.version or cached is None:
            dead = self.problems.set_aside_keys()
            alive = self.base.copy()
            if dead:
                dead_key = np.array([t * (1 << 40) + r for t, r in dead], dtype="int64")
                alive &= ~np.isin(self.event_key, dead_key)
            cached = alive
            self._live = (self.problems.version, cached)
        return cached & ~self.ignored
