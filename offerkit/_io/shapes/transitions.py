"""A transition table (``source, target``, e.g. a Sankey export): the funnel only, no dates.

Weighted (``source, target, value``): synthetic applications whose paths give those counts.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..._core.vocab import LADDER, match_label, normalize
from ._base import Shape, _slug


def detect(raw, roles, labels) -> bool:
    keys = {normalize(c) for c in raw.frame.columns}
    return "target" in keys and ("source" in keys or "from" in keys)


def read(ctx):
    f = ctx.frame
    cols = {normalize(c): c for c in f.columns}
    src, dst = cols.get("source") or cols.get("from"), cols["target"]
    ctx.weight = _weight_column(f)
    if ctx.weight is not None:
        ev = _events_weighted(ctx.raw, src, dst, ctx.weight, ctx.problems, ctx.tab, ctx.labels)
        ctx.stages.update({src: "", dst: "", ctx.weight: ""})
        ctx.notes.append(
            f"{ctx.name}: a weighted flow table (source, target, {ctx.weight}): {ev['_app'].nunique()} "
            "applications rebuilt from the counts; funnel only (no dates, no companies)"
        )
        return ev
    ctx.stages.update({src: "", dst: ""})
    ctx.notes.append(
        f"{ctx.name}: a transition table without dates: funnel only, latency and the slowdown are unavailable"
    )
    return _events_transitions(ctx.raw, ctx.roles, ctx.problems, ctx.tab)


def after_columns(ctx, ev):
    """Sources are stages here, not channels; a blank company continues the row above; a step is listed once."""
    ev["source"] = ""
    if "_company_filled" in ev:
        ev["company"] = ev.pop("_company_filled")
    if ctx.weight is None:
        ev = ev.drop_duplicates(["company", "_label"]).reset_index(drop=True)
    return ev


def after_ids(ctx, ev):
    if ctx.weight is not None:  # synthetic applications of a weighted flow table
        ev["_appid"] = [f"flow-{i + 1:05d}" for i in ev.pop("_app")]
    else:  # one application per company
        ev["_appid"] = [_slug(c) or f"row-{r}" for c, r in zip(ev["company"], ev["_rec"].to_numpy())]
    ev["_has_id"] = True
    return ev


_WEIGHT = {"value", "count", "weight", "n", "number", "applications", "total", "flow", "amount"}


def _weight_column(f):
    for c in f.columns:
        if normalize(c) in _WEIGHT:
            return c
    return None


def _events_weighted(raw, src, dst, weight, problems, tab, labels):
    """A weighted Sankey table (``source, target, value``): synthetic applications whose paths give those counts.

    Applications enter at the nodes that are never a target; each link moves
    ``value`` of the applications waiting at its source node on to its
    target, in the order of the stage ladder.  Only the funnel is meaningful
    (no dates, no companies); the report says so.
    """
    f = raw.frame
    values = pd.to_numeric(f[weight].astype(str).str.replace(",", "").str.strip(), errors="coerce")
    bad = values.isna() | (values < 0) | (values != values.round())
    for rec in np.flatnonzero(bad.to_numpy()):
        problems.add(tab, rec, weight, f[weight].iat[rec], "the flow value must be a whole number of applications")
    links = pd.DataFrame(
        {
            "rec": np.arange(len(f)),
            "src": f[src].astype(str).str.strip(),
            "dst": f[dst].astype(str).str.strip(),
            "n": values.fillna(0).astype("int64"),
        }
    )[~bad.to_numpy()]
    targets = set(links["dst"])
    ladder = {s: i for i, s in enumerate(LADDER)}
    rank = lambda node: ladder.get(match_label(normalize(node), labels), 9)
    pools, rows = {}, []
    next_id = 0
    entering = links.groupby("src").agg(n=("n", "sum"), rec=("rec", "first"))
    for node in sorted(set(links["src"]) - targets, key=rank):
        count, rec = int(entering.loc[node, "n"]), int(entering.loc[node, "rec"])
        pools[node] = list(range(next_id, next_id + count))
        rows.extend((rec, node, i) for i in pools[node])
        next_id += count
    order = links.assign(_r=links["src"].map(rank)).sort_values(["_r", "rec"], kind="stable")
    for link in order.itertuples(index=False):
        pool = pools.get(link.src, [])
        moved, pools[link.src] = pool[: link.n], pool[link.n :]
        if len(moved) < link.n:
            problems.add(
                tab,
                link.rec,
                weight,
                str(link.n),
                f"more applications leave {link.src!r} ({link.n}) than reached it: counted as far as they go",
                action="kept",
            )
        pools.setdefault(link.dst, []).extend(moved)
        rows.extend((int(link.rec), link.dst, i) for i in moved)
    ev = pd.DataFrame(rows, columns=["_rec", "_label", "_app"])
    ev["_labelcol"] = ""
    ev["_datetext"] = ""
    ev["_datecol"] = ""
    return ev


def _events_transitions(raw, roles, problems=None, tab=0):
    """``Company, Source, Target`` rows (a blank company continues the row above) → one application per company.

    A row repeating an earlier row's step (same company, same source and
    target, however the company cell is written) is reported and set aside:
    a transition table lists each step once, so a repeat is a copy, not a
    second application.
    """
    f = raw.frame
    cols = {normalize(c): c for c in f.columns}
    src = cols.get("source") or cols.get("from")
    dst = cols["target"]
    company_col = roles.get("company")
    company = (
        f[company_col].astype(str).str.strip().replace("", np.nan).ffill().fillna("")
        if company_col
        else pd.Series("", index=f.index)
    )
    step = pd.DataFrame({"c": company.map(normalize), "s": f[src].map(normalize), "t": f[dst].map(normalize)})
    repeat = step.duplicated(keep="first").to_numpy()
    if repeat.any() and problems is not None:
        first = step.reset_index(drop=True).groupby(["c", "s", "t"], sort=False).ngroup().to_numpy()
        first_rec = pd.Series(np.arange(len(f))).groupby(first).transform("min").to_numpy()
        rows = np.asarray(raw.rows)
        recs = np.flatnonzero(repeat)
        problems.add(
            tab,
            recs,
            dst,
            [str(f[dst].iloc[r]) for r in recs],
            [
                f"repeats row {rows[first_rec[r]]} ({company.iloc[r] or 'no company'}: {f[src].iloc[r]} → "
                f"{f[dst].iloc[r]}): a transition table lists each step once, so the copy is set aside"
                for r in recs
            ],
        )
    parts = []
    for column in (src, dst):
        parts.append(
            pd.DataFrame(
                {
                    "_rec": np.arange(len(f)),
                    "_label": f[column].to_numpy(dtype=object),
                    "_labelcol": column,
                    "_datetext": "",
                    "_datecol": "",
                }
            )
        )
    ev = pd.concat(parts, ignore_index=True)
    if company_col:
        ev["_company_filled"] = company.to_numpy(dtype=object)[ev["_rec"].to_numpy()]
    return ev


SHAPE = Shape(
    "transitions", order=50, detect=detect, read=read, dateless=True, after_columns=after_columns, after_ids=after_ids
)
