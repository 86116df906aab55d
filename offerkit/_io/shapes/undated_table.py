"""A table of statuses without any date: loaded for the funnel, undated (issue #23, class 8)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._base import Shape


def detect(raw, roles, labels) -> bool:
    return "event" in roles or "outcome" in roles  # statuses without any date: the funnel can still be read


def read(ctx):
    ctx.notes.append(
        f"{ctx.name}: a table of statuses without any date column: loaded for the funnel, undated; "
        "latency, the December slowdown and the simulator need dates (add an applied-date column)"
    )
    return _events_undated(ctx.raw, ctx.roles)


def _events_undated(raw, roles):
    """A status table without dates: an undated ``applied`` per row and its status (definitions §3.3 read for the funnel)."""
    f = raw.frame
    n = len(f)
    parts = [
        pd.DataFrame({"_rec": np.arange(n), "_label": "applied", "_labelcol": "", "_datetext": "", "_datecol": ""})
    ]
    if "event" in roles:
        parts.append(
            pd.DataFrame(
                {
                    "_rec": np.arange(n),
                    "_label": f[roles["event"]].to_numpy(dtype=object),
                    "_labelcol": roles["event"],
                    "_datetext": "",
                    "_datecol": "",
                }
            )
        )
    return pd.concat(parts, ignore_index=True)


def tidy(ctx, ev):
    """An "Applied" status repeats the row's (undated) application: one applied event, not two."""
    from .snapshot import tidy as drop_repeats

    return drop_repeats(ctx, ev) if "event" in ctx.roles else ev


SHAPE = Shape("undated table", order=70, detect=detect, read=read, tidy=tidy, per_application=True, dateless=True)
