"""The registry of shapes: every module of this package that defines ``SHAPE`` is one (issue #23).

Adding a tracker format is one new module with a :class:`~offerkit._io.shapes._base.Shape` named ``SHAPE``
(and its tests): it is found here, asked in its ``order`` whether a table is of its shape, read through its
``read``, and assembled like every other.
"""

from __future__ import annotations

import importlib
import pkgutil

from ..._core.errors import DataError
from ..._core.vocab import normalize
from ..readings import compete
from ._assemble import assemble
from ._base import Context
from ._columns import _content_roles, _roles
from ._extras import add_table_extras

__all__ = ["SHAPES", "detect_shape", "table_events"]


def _discover():
    from .. import shapes as package

    found = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        shape = getattr(module, "SHAPE", None)
        if shape is not None:
            found.append(shape)
    return {s.name: s for s in sorted(found, key=lambda s: s.order)}


#: ``{name: Shape}`` in detection order.
SHAPES = _discover()


def detect_shape(raw, roles, labels) -> str:
    """The first shape (in order) that recognises ``raw``; a clear error when none does."""
    for shape in SHAPES.values():
        if shape.detect(raw, roles, labels):
            return shape.name
    found = ", ".join(repr(c) for c in raw.frame.columns[:12])
    raise DataError(
        f"{raw.name}: no date column found (columns: {found}). An event log needs "
        "application_id, event and date columns; an application table needs an applied-date "
        "column such as 'Date Applied'. Rename the column or pass mapping={'My column': 'applied_date'}."
    )


def table_events(tab, raw, default_candidate, labels, coltable, problems, notes):
    """One raw table as events with raw labels and date texts: ``(events, shape, extra columns, parser codes)``.

    The column roles come from the names, then the contents; the first shape that recognises the table
    names it; the readings then compete (:func:`offerkit._io.readings.compete`) and the best is read.
    """
    f = raw.frame
    roles = _content_roles(f, _roles(f.columns, coltable), labels, notes, raw.name)
    name = detect_shape(raw, roles, labels)
    user = getattr(coltable, "user", {})
    pinned = [c for c in f.columns if normalize(c) in user]  # the user's mapping: no score overrules it
    roles, name = compete(raw, roles, name, labels, notes, pinned=pinned)
    shape = SHAPES[name]
    ctx = Context(
        tab=tab,
        raw=raw,
        roles=roles,
        labels=labels,
        problems=problems,
        notes=notes,
        default_candidate=default_candidate,
    )
    ev = shape.read(ctx)
    if shape.per_application:
        ev = add_table_extras(ctx, ev)
    ev["_rec"] = ev["_rec"].astype("int64")
    ev["_dateless"] = shape.dateless
    ev = shape.tidy(ctx, ev)
    return assemble(ctx, ev, shape)
