"""Career coaches: the per-candidate table (raw and shrunk rates, latency medians)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._core.search import require_events
from .._core.status import application_status, wait_status
from .._core.waits import waits as _waits
from .funnel import shrink
from .intervals import wilson
from .latency import latency

__all__ = ["cohort_table"]


def _rate_columns(table, name, k, n):
    rates = [wilson(a, b) for a, b in zip(k, n)]
    table[f"{name}"] = [r[0] for r in rates]
    table[f"{name}_low"] = [r[1] for r in rates]
    table[f"{name}_high"] = [r[2] for r in rates]
    s = shrink(k, n)
    shrunk, low, high = s.rate, s.low, s.high
    table[f"{name}_shrunk"] = shrunk
    table[f"{name}_shrunk_low"] = low
    table[f"{name}_shrunk_high"] = high


def cohort_table(search, *, stale_after=None) -> pd.DataFrame:
    """One row per candidate, for comparing a cohort fairly.

    Parameters
    ----------
    search : JobSearch
        A cohort: events with a ``candidate`` column.
    stale_after : int, optional
        Days of silence that close an application; default ``search.stale_after`` (30).

    Columns: ``candidate, applications``; ``response_rate`` (share of
    applications answered at all, among those decided: answered, or silent
    more than ``stale_after`` days); ``median_days`` with ``median_low``/
    ``median_high`` (Kaplan–Meier on applied-stage waits; NaN = not reached);
    ``interview_rate`` (reached an interview, among applications decided
    before it) and ``offer_rate`` (reached an offer, likewise) — each raw
    with a 95% Wilson interval and *shrunk* (empirical-Bayes beta-binomial
    across candidates, see :func:`offerkit.shrink`) with its 95% interval, so
    a candidate with 6 applications can be set beside one with 200.
    ``interview_rate_below_cohort`` / ``offer_rate_below_cohort`` flag the
    candidates whose whole shrunk interval lies below the cohort's pooled
    rate: clearly behind, not just unlucky.

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(candidates=5, applications=30, seed=2))
    >>> t = cohort_table(s)
    >>> len(t), "offer_rate_shrunk" in t.columns
    (5, True)
    """
    require_events(search, "the cohort table")
    stale_after = search.stale_after if stale_after is None else stale_after
    apps = application_status(search, stale_after=stale_after)
    w = _waits(search)
    applied = w[w["stage"] == "applied"]
    decided = wait_status(applied, as_of=search.as_of, stale_after=stale_after) != "pending"
    resp = applied.assign(_d=decided).groupby("candidate").agg(answered=("observed", "sum"), decided=("_d", "sum"))
    lat = latency(applied, by="candidate").set_index("candidate")
    rows = []
    for cand, group in apps.groupby("candidate", sort=True):
        rank, closed = group["rank"].to_numpy(), group["closed"].to_numpy()
        k_int = int((rank >= 2).sum())
        n_int = k_int + int((closed & (rank < 2)).sum())
        k_off = int((rank >= 4).sum())
        n_off = k_off + int((closed & (rank < 4)).sum())
        rows.append((cand, len(group), k_int, n_int, k_off, n_off))
    table = pd.DataFrame(rows, columns=["candidate", "applications", "_ki", "_ni", "_ko", "_no"])
    r = resp.reindex(table["candidate"]).fillna(0)
    _rate_columns(table, "response_rate", r["answered"].astype(int).to_numpy(), r["decided"].astype(int).to_numpy())
    for col in ("median_days", "median_low", "median_high"):
        table[col] = lat[col].reindex(table["candidate"]).to_numpy()
    _rate_columns(table, "interview_rate", table["_ki"].to_numpy(), table["_ni"].to_numpy())
    _rate_columns(table, "offer_rate", table["_ko"].to_numpy(), table["_no"].to_numpy())
    # who is clearly behind the cohort: the whole shrunk interval below the cohort's pooled rate
    for name, k, n in (("interview_rate", "_ki", "_ni"), ("offer_rate", "_ko", "_no")):
        pooled = table[k].sum() / table[n].sum() if table[n].sum() else np.nan
        table[f"{name}_below_cohort"] = table[f"{name}_shrunk_high"] < pooled
        table[f"{name}_cohort"] = pooled
    return table.drop(columns=["_ki", "_ni", "_ko", "_no"])
