"""Charts of what the data holds: weekly activity and where applications ended."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._core.result import register_plot
from .._core.vocab import LADDER
from .._stats.activity import weekly_activity
from .style import color, date_axis, get_ax, legend_outside, plot_function

__all__ = ["plot_activity", "plot_outcomes"]


@plot_function
def plot_activity(search, *, ax=None, columns=("applications", "responses", "interviews"), line_kws=None):
    """Weekly activity as lines, one per kind of event.

    Parameters
    ----------
    search : JobSearch or pandas.DataFrame
        The loaded applications, or their :func:`offerkit.weekly_activity` table.
    ax : matplotlib.axes.Axes, optional
    columns : sequence of str
        Which counts of :func:`weekly_activity` to draw.
    line_kws : dict, optional
        Passed to ``ax.plot``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=40, seed=1))
    >>> ax = offerkit.plot_activity(s)
    >>> len(ax.get_lines()) >= 3
    True
    """
    ax = get_ax(ax)
    if isinstance(search, pd.DataFrame):  # a weekly activity table already made
        table, n = search, None
    else:
        table, n = weekly_activity(search), search.applications.shape[0]
    colors = {
        "applications": color("applied"),
        "responses": color("reply", 5),
        "interviews": color("interview"),
        "offers": color("offer"),
        "rejections": color("rejected"),
    }
    empty = [name for name in columns if not table[name].any()]  # an all-zero line says nothing: named instead
    for name in columns:
        if name not in empty:
            ax.plot(
                table["week"], table[name], marker="o", ms=3, label=name, color=colors.get(name), **(line_kws or {})
            )
    size = f" (n = {n} applications)" if n is not None else ""
    ax.set_title(f"Activity per week{size}" + (f"; no {', no '.join(empty)} yet" if empty else ""))
    ax.set_ylabel("events per week")
    from matplotlib.ticker import MaxNLocator

    ax.set_ylim(bottom=0)  # counts: from zero, in whole numbers (a week of 3 against one of 4 is not a cliff)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    legend_outside(ax)
    return date_axis(ax)


@plot_function
def plot_outcomes(search, *, ax=None, bar_kws=None):
    """Applications by the furthest stage reached, split by outcome.

    Parameters
    ----------
    search : JobSearch
        The loaded applications (:func:`offerkit.load`).
    ax : matplotlib.axes.Axes, optional
        Where to draw; default a new figure.
    bar_kws : dict, optional
        Passed to matplotlib's bar call.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=40, seed=1))
    >>> type(offerkit.plot_outcomes(s)).__name__
    'Axes'
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
    legend_outside(ax)
    return ax


@register_plot("WeeklyReview")
@plot_function
def plot_review(review, *, ax=None, bar_kws=None):
    """The weekly review's chart: this week's counts beside the average of the last four weeks.

    Parameters
    ----------
    review : WeeklyReview
        The result of :func:`offerkit.weekly_review`.
    ax : matplotlib.axes.Axes, optional
        Where to draw; default a new figure.
    bar_kws : dict, optional
        Passed to ``Axes.barh``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import offerkit
    >>> ax = offerkit.weekly_review(offerkit.load(offerkit.sample(applications=60, seed=2))).plot()
    >>> ax.get_yticklabels()[0].get_text()
    'applications sent'
    """
    t = review.activity
    ax = get_ax(ax, figsize=(7, 0.5 * len(t) + 1.5))
    y = np.arange(len(t))[::-1]
    h = 0.38
    ax.barh(y + h / 2, t["this_week"], height=h, color=color("applied"), label="this week", **(bar_kws or {}))
    ax.barh(y - h / 2, t["avg_4w"], height=h, color="#bbbbbb", label="average of the last 4 weeks")
    ax.set_yticks(y, t["metric"])
    ax.set_xlabel("count")
    ax.set_title(f"Your week to {pd.Timestamp(review.as_of).date()}")
    legend_outside(ax)
    return ax
