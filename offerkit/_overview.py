"""What the data holds: weekly activity and where applications ended."""

from __future__ import annotations

import pandas as pd

from ._search import require_events
from ._style import color, date_axis, get_ax
from ._vocab import LADDER

__all__ = ["weekly_activity", "plot_activity", "plot_outcomes"]

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


def plot_activity(search, *, ax=None, columns=("applications", "responses", "interviews"), line_kws=None):
    """Weekly activity as lines, one per kind of event.

    Parameters
    ----------
    search : JobSearch
    ax : matplotlib.axes.Axes, optional
    columns : sequence of str
        Which counts of :func:`weekly_activity` to draw.
    line_kws : dict, optional
        Passed to ``ax.plot``.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = get_ax(ax)
    table = weekly_activity(search)
    colors = {"applications": color("applied"), "responses": color("reply", 5), "interviews": color("interview"),
              "offers": color("offer"), "rejections": color("rejected")}
    for name in columns:
        ax.plot(table["week"], table[name], marker="o", ms=3, label=name, color=colors.get(name), **(line_kws or {}))
    n = search.applications.shape[0]
    ax.set_title(f"Activity per week (n = {n} applications)")
    ax.set_ylabel("events per week")
    ax.legend(frameon=False)
    return date_axis(ax)


def plot_outcomes(search, *, ax=None, bar_kws=None):
    """Applications by the furthest stage reached, split by outcome.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = get_ax(ax)
    apps = search.applications
    table = pd.crosstab(apps["stage_reached"].astype(str), apps["outcome"]).reindex(list(LADDER), fill_value=0)
    bottom = pd.Series(0, index=table.index)
    for i, outcome in enumerate(table.columns):
        ax.barh(table.index, table[outcome], left=bottom, color=color(outcome, i), label=outcome, **(bar_kws or {}))
        bottom = bottom + table[outcome]
    for y, total in enumerate(bottom):
        ax.text(total, y, f" {int(total)}", va="center")
    ax.invert_yaxis()
    ax.set_xlabel("applications")
    ax.set_title(f"Furthest stage reached and outcome (n = {len(apps)})")
    ax.legend(frameon=False, loc="lower right")
    return ax
