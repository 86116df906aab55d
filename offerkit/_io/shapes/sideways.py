"""A sheet written sideways: one column per date, the companies applied to that day listed below it."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..dates import parse_dates
from ._base import Shape, _slug
from ._columns import _date_share


def detect(raw, roles, labels) -> bool:
    return _sideways(raw.frame)


def read(ctx):
    ev = _events_sideways(ctx.raw)
    ctx.stages.update({c: "applied" for c in ctx.frame.columns})
    ctx.notes.append(
        f"{ctx.name}: a sheet written sideways (one column per date, the companies below it): "
        f"{len(ev)} application(s) read, each applied on its column's date"
    )
    return ev


def after_ids(ctx, ev):
    """One application per filled cell: its company on its column's day."""
    ev["company"] = ev.pop("_company_cell").astype(str).str.strip()
    ev["_appid"] = [f"{_slug(c)}-{_slug(d)}" for c, d in zip(ev["company"], ev["_datecol"])]
    ev["_has_id"] = True
    return ev


def _sideways(f) -> bool:
    """A sheet written sideways: most headers are dates, the cells below them the companies applied to that day."""
    headers = [str(c).strip() for c in f.columns if not re.fullmatch(r"column \d+", str(c))]
    if len(headers) < 2:
        return False
    dated = parse_dates(pd.Series(headers, dtype=object)).error.eq("").mean()
    if dated < 0.6:
        return False
    cells = f.to_numpy(dtype=object).ravel()
    filled = pd.Series([str(c).strip() for c in cells if str(c).strip()], dtype=object)
    return len(filled) > 0 and _date_share(filled) < 0.2


def _events_sideways(raw):
    """Each filled cell of a sideways sheet: an application to that company, applied on its column's date."""
    f = raw.frame
    grid = f.to_numpy(dtype=object)
    recs, cols = np.nonzero(np.vectorize(lambda c: bool(str(c).strip()))(grid)) if grid.size else ([], [])
    headers = np.asarray([str(c).strip() for c in f.columns], dtype=object)
    ev = pd.DataFrame(
        {
            "_rec": np.asarray(recs, dtype="int64"),
            "_label": "applied",
            "_labelcol": "",
            "_datetext": headers[cols] if len(cols) else np.array([], dtype=object),
            "_datecol": np.asarray([f.columns[c] for c in cols], dtype=object),
        }
    )
    ev["_company_cell"] = grid[recs, cols] if len(cols) else np.array([], dtype=object)
    return ev


SHAPE = Shape("sideways", order=80, detect=detect, read=read, after_ids=after_ids)
