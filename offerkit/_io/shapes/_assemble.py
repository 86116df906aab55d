"""Raw events of one table made whole: company, role, source, candidate, id, input row and the extra columns."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._base import CANONICAL, _constant

__all__ = ["assemble"]


def assemble(ctx, ev, shape):
    """``(events, shape name, extra column names, parser codes)`` of one table (what :func:`load` reads)."""
    f, roles, raw = ctx.frame, ctx.roles, ctx.raw
    used = set(roles.values()) | set(ctx.stages)
    extras = [c for c in f.columns if c not in used]
    # raw text here; stripped once, with the group codes, in load(); object columns (no str-dtype inference)
    obj = lambda values: pd.Series(values, index=ev.index, dtype=object, copy=False)  # read-only views: no copy
    cells = _cells(f, ev["_rec"].to_numpy())
    ev = ev.assign(**{role: obj(cells(roles[role])) if role in roles else "" for role in ("company", "role", "source")})
    ev = shape.after_columns(ctx, ev)
    rec = ev["_rec"].to_numpy()
    cells = _cells(f, rec)
    ev["candidate"] = obj(cells(roles["candidate"])) if "candidate" in roles else ctx.default_candidate
    ev["_default_candidate"] = _constant(ctx.default_candidate, len(ev))
    ev["_appid"] = obj(cells(roles["application_id"])) if "application_id" in roles else ""
    ev["_has_id"] = "application_id" in roles
    ev = shape.after_ids(ctx, ev)
    ev["row"] = np.asarray(raw.rows)[rec]
    ev["_tab"] = ctx.tab
    ev["_file"] = _constant(raw.name, len(ev))
    ev["_shape"] = _constant(shape.name, len(ev))
    codes = _event_codes(raw, roles, shape.name, rec)
    if extras:  # assembled once: a table of thousands of columns loads in linear time
        names = [f"input_{c}" if c in CANONICAL or c.startswith("_") else c for c in extras]
        positions = [f.columns.get_loc(c) for c in extras]
        block = f.iloc[:, positions].to_numpy(dtype=object)[rec]  # one 2-D block, not one array per column
        block = pd.DataFrame(block, columns=names, index=ev.index, dtype=object)  # object: no per-column str inference
        ev = pd.concat([ev, block], axis=1)
    return (
        ev.reset_index(drop=True),
        shape.name,
        [f"input_{c}" if c in CANONICAL or c.startswith("_") else c for c in extras],
        codes,
    )


def _cells(f, rec):
    """``cells(column)``: the column's cells at the events' records (no copy when one event per row, in order)."""
    if len(rec) == len(f) and _is_identity(rec):
        return lambda column: f[column].to_numpy(dtype=object)
    return lambda column: f[column].to_numpy(dtype=object)[rec]


def _event_codes(raw, roles, shape, rec):
    """The parser's codes of the events' text columns (``{event column: (codes, uniques)}``), where the read kept them.

    Only columns copied cell for cell from one input column: the role columns of an event log, an
    application table or a snapshot, and the label and date texts of an event log.
    """
    if not raw.codes or shape not in ("event log", "application table", "snapshot"):
        return {}
    wanted = {
        "company": "company",
        "role": "role",
        "source": "source",
        "candidate": "candidate",
        "_appid": "application_id",
    }
    columns = {name: roles[role] for name, role in wanted.items() if role in roles}
    if shape == "event log":
        columns["_label"] = roles["event"]
        columns["_datetext"] = roles.get("date", roles.get("status_date"))
    out = {}
    identity = len(rec) == len(raw.frame) and _is_identity(rec)
    for name, column in columns.items():
        if column in raw.codes:
            k, u = raw.codes[column]
            out[name] = (k if identity else k[rec], u)
    return out


def _is_identity(rec) -> bool:
    return len(rec) == 0 or (rec[0] == 0 and rec[-1] == len(rec) - 1 and bool((np.diff(rec) == 1).all()))
