"""An event log: one row per event (``application_id, event, date``), the canonical shape (definitions §3.1)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._base import Shape, _constant


def detect(raw, roles, labels) -> bool:
    # an event log needs a key that ties events to their application (an id, or the company): without one
    # every row would be one application's event, and a board export of 40 cards one application
    has_key = "application_id" in roles or "company" in roles
    return "event" in roles and ("date" in roles or "status_date" in roles) and has_key


def read(ctx):
    return _events_long(ctx.raw, ctx.roles)


def _events_long(raw, roles):
    f = raw.frame
    date_col = roles.get("date", roles.get("status_date"))
    index = pd.RangeIndex(len(f))
    return pd.DataFrame(
        {
            "_rec": np.arange(len(f)),
            "_label": pd.Series(f[roles["event"]].to_numpy(dtype=object), index=index, dtype=object, copy=False),
            "_labelcol": _constant(roles["event"], len(f)),
            "_datetext": pd.Series(f[date_col].to_numpy(dtype=object), index=index, dtype=object, copy=False),
            "_datecol": _constant(date_col, len(f)),
        },
        index=index,
        copy=False,  # the read's arrays (see RawTable.frame): no copy
    )


SHAPE = Shape("event log", order=30, detect=detect, read=read)
