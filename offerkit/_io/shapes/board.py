"""A board: one column per status (Wishlist, Applied, Interviewing, Offer, Rejected), the companies listed below.

What a Kanban board (Trello, Notion, Huntr) looks like once exported or copied into a sheet.  Each filled cell
is one application at that company, which reached its column's status; there are no dates, so the board is
read for the funnel only (like a table of statuses without dates), and the report says so.  A company under
a never-applied column (Wishlist, Saved) is set aside as such by the loader.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..._core.vocab import NOT_APPLIED, match_label, normalize
from ..flags import flag_value
from ._base import Shape, _slug
from ._columns import _date_share


def detect(raw, roles, labels) -> bool:
    """Most headers are statuses, at least two of them, and the cells below are names (no dates, no yes/no)."""
    f = raw.frame
    headers = [str(c).strip() for c in f.columns if not re.fullmatch(r"column \d+", str(c))]
    if len(headers) < 2:
        return False
    statuses = [h for h in headers if match_label(normalize(h), labels) is not None]
    if len(statuses) < 2 or len(statuses) / len(headers) < 0.75:
        return False
    cells = pd.Series([str(c).strip() for c in f.to_numpy(dtype=object).ravel() if str(c).strip()], dtype=object)
    if not len(cells) or _date_share(cells) >= 0.2:
        return False
    if "company" in roles or "application_id" in roles:  # a board's companies are its cells, not a column
        return False
    if float(cells.map(lambda v: flag_value(v) is not None).mean()) > 0.5:  # yes/no under each stage: flags
        return False
    return float(cells.map(lambda v: match_label(normalize(v), labels) is not None).mean()) < 0.5


def read(ctx):
    f = ctx.frame
    wish = [c for c in f.columns if match_label(normalize(str(c)), ctx.labels) == NOT_APPLIED]
    ev = _events_board(ctx.raw, skip=wish)
    ctx.stages.update({c: "status" for c in f.columns})
    if wish:
        listed = int(sum((f[c].astype(str).str.strip() != "").sum() for c in wish))
        ctx.notes.append(
            f"{ctx.name}: {listed} compan(ies) under {', '.join(map(repr, wish))}: saved, never applied, "
            "so not applications (left out)"
        )
        # a row holding wish-list companies only gives no application: set aside, saying why
        lone = sorted(set(range(len(f))) - set(ev["_rec"].tolist()))
        lone = [r for r in lone if (f.iloc[r].astype(str).str.strip() != "").any()]
        if lone:
            ctx.problems.add(
                ctx.tab,
                lone,
                wish[0],
                [str(f[wish[0]].iat[r]) for r in lone],
                "only companies saved on the wish list in this row: not applications yet, left out",
            )
    ctx.notes.append(
        f"{ctx.name}: a board (one column per status, the companies below it): {len(ev) // 2} application(s), each "
        "at its column's status; no dates, so funnel only (latency, the December slowdown and the simulator need "
        "dates)"
    )
    return ev


def after_ids(ctx, ev):
    """One application per filled cell: its company under its column's status."""
    ev["company"] = ev.pop("_company_cell").astype(str).str.strip()
    ev["_appid"] = [f"{_slug(c)}-{_slug(s)}" for c, s in zip(ev["company"], ev["_status"])]
    ev["_has_id"] = True
    return ev.drop(columns="_status")


def _events_board(raw, skip=()):
    """Per filled cell: an undated ``applied`` and the column's status (the loader maps and validates them)."""
    f = raw.frame
    grid = f.to_numpy(dtype=object)
    filled = np.vectorize(lambda c: bool(str(c).strip()))(grid) if grid.size else np.zeros(grid.shape, dtype=bool)
    for c in skip:
        filled[:, f.columns.get_loc(c)] = False
    recs, cols = np.nonzero(filled)
    recs, cols = np.asarray(recs, dtype="int64"), np.asarray(cols, dtype="int64")
    headers = np.asarray([str(c).strip() for c in f.columns], dtype=object)
    companies = grid[recs, cols] if len(cols) else np.array([], dtype=object)
    status = headers[cols] if len(cols) else np.array([], dtype=object)
    columns = np.asarray([f.columns[c] for c in cols], dtype=object)
    part = lambda label, labelcol: pd.DataFrame(
        {
            "_rec": recs,
            "_label": label,
            "_labelcol": labelcol,
            "_datetext": "",
            "_datecol": "",
            "_company_cell": companies,
            "_status": status,
        }
    )
    return pd.concat([part("applied", ""), part(status, columns)], ignore_index=True)


SHAPE = Shape("board", order=5, detect=detect, read=read, dateless=True, after_ids=after_ids)
