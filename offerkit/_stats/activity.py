"""What the data holds: weekly activity counts."""

from __future__ import annotations

import pandas as pd

from .._core.search import require_events

__all__ = ["weekly_activity", "ACTIVITY"]

#: What counts as each kind of weekly activity (shared with the weekly review).
ACTIVITY = {
    "applications sent": ["applied"],
    "responses": ["screen", "interview", "onsite", "offer", "rejected", "reply"],
    "interviews": ["screen", "interview", "onsite"],
    "offers": ["offer"],
    "rejections": ["rejected"],
}


def weekly_activity(search, *, by=None) -> pd.DataFrame:
    """Count events per week (weeks start on Monday).

    Parameters
    ----------
    search : JobSearch
    by : str, optional
        An event column to split by (``"candidate"``, ``"source"``).

    Returns
    -------
    pandas.DataFrame
        ``week`` (the Monday), then ``applications, responses, interviews,
        offers, rejections``; every week from the first to ``as_of`` is
        present, empty weeks as 0.

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=30, seed=2))
    >>> weekly_activity(s).columns.tolist()
    ['week', 'applications', 'responses', 'interviews', 'offers', 'rejections']
    """
    require_events(search, "weekly activity")
    ev = search.events
    week = ev["date"].dt.to_period("W-SUN").dt.start_time
    keys = [week.rename("week")] + ([ev[by]] if by else [])
    parts = {}
    event = ev["event"].astype(object)
    for name, events in ACTIVITY.items():
        parts[name.split()[0]] = event.isin(events).groupby(keys).sum()
    out = pd.DataFrame(parts).fillna(0).astype("int64")
    if not by:
        first = week.min()
        last = pd.Timestamp(search.as_of).to_period("W-SUN").start_time
        out = out.reindex(pd.date_range(first, last, freq="7D", name="week"), fill_value=0)
    return out.reset_index()
