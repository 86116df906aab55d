"""An application table: one row per application, an applied date and stage-date columns (definitions §3.3)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..dates import MISSING_TOKENS
from ..flags import FLAG_NO, FLAG_YES
from ._base import _SPLIT, Shape, empty_events
from ._columns import _history_columns, _stage_columns
from ._extras import bare_names


def detect(raw, roles, labels) -> bool:
    return "applied_date" in roles or "date" in roles or bool(_history_columns(raw.frame, roles))


def read(ctx):
    roles = ctx.roles
    if not ("applied_date" in roles or "date" in roles):  # a stage history alone (read beside, see _extras)
        return empty_events()
    stages = _stage_columns(ctx.frame, roles, ctx.labels)
    ctx.stages.update(stages)
    return _events_wide(ctx.raw, roles, stages)


def _events_wide(raw, roles, stages):
    f = raw.frame
    applied_col = roles.get("applied_date", roles.get("date"))
    parts = []
    for column, event in [(applied_col, "applied")] + list(stages.items()):
        cells = f[column].astype(str).str.strip()
        keep = ~cells.str.lower().isin(MISSING_TOKENS)
        if event != "applied":  # a stage marked "yes" beside dated ones: reached, undated; "no": not reached
            low = cells.str.lower()
            keep &= ~low.isin(FLAG_NO)
            cells = cells.where(~low.isin(FLAG_YES), "")
        if event == "applied":  # a blank applied date keeps the application: it counts in the funnel, undated
            cells = cells.where(keep, "")
            keep = np.ones(len(cells), dtype=bool)
        cells = cells[keep]
        multi = cells.str.contains(_SPLIT)
        if multi.any():
            cells = pd.concat([cells[~multi], cells[multi].str.split(_SPLIT).explode()]).sort_index(kind="stable")
            cells = cells[(cells != "") | (event == "applied")]
        parts.append(
            pd.DataFrame(
                {
                    "_rec": cells.index.to_numpy(),
                    "_label": event,
                    "_labelcol": "",
                    "_datetext": cells.to_numpy(dtype=object),
                    "_datecol": column,
                }
            )
        )
    return pd.concat(parts, ignore_index=True)


SHAPE = Shape("application table", order=40, detect=detect, read=read, per_application=True, tidy=bare_names)
