"""Charts of stage conversion (definitions §7)."""

from __future__ import annotations

import matplotlib.patches as mpatches
import numpy as np
import pandas as pd

from .._core.result import register_plot
from .._core.vocab import LADDER
from .._stats.flow import OUTCOME_NODES, FlowTable, flow
from .._stats.funnel import funnel
from .style import color, date_axis, get_ax, plot_function

__all__ = ["plot_funnel", "plot_flow", "plot_conversion_by_month", "plot_shrunk"]


@plot_function
def plot_funnel(search, *, stale_after=None, ax=None, bar_kws=None):
    """Conversion rate at each stage with its 95% Wilson interval.

    Each bar is labelled ``advanced / decided`` and the number still pending
    (left out of the rate).

    Parameters
    ----------
    search : JobSearch
        The loaded applications (:func:`offerkit.load`).
    stale_after : int, optional
        Days of silence that close an application; default ``search.stale_after`` (30).
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
    >>> type(offerkit.plot_funnel(s)).__name__
    'Axes'
    """
    ax = get_ax(ax)
    table = funnel(search, stale_after=stale_after)
    x = np.arange(len(table))
    rate = table["rate"].fillna(0).to_numpy()
    err = np.vstack([rate - table["low"].fillna(0), table["high"].fillna(0) - rate])
    ax.bar(x, rate, color=[color(s) for s in table["stage"]], yerr=err, capsize=5, **(bar_kws or {}))
    for xi, row in zip(x, table.itertuples(index=False)):
        label = f"{row.advanced}/{row.advanced + row.closed}" if row.advanced + row.closed else "no decided"
        ax.text(
            xi,
            (row.high if not np.isnan(row.high) else 0) + 0.02,
            f"{label}\n+{row.pending} pending",
            ha="center",
            va="bottom",
            fontsize=8,
        )
    names = [f"{s}\u2192next" if s != "offer" else "offer\u2192accepted" for s in table["stage"]]
    ax.set_xticks(x, names)
    ax.set_ylim(0, 1.15)
    ax.set_ylabel("share that advanced (95% interval)")
    ax.set_title(f"Stage conversion (n = {int(table['reached'].iloc[0])} applications)")
    return ax


def _band(ax, x0, x1, y0a, y0b, y1a, y1b, c):
    t = np.linspace(0, 1, 40)
    s = 3 * t**2 - 2 * t**3
    xs = x0 + (x1 - x0) * t
    ax.fill_between(xs, y0a + (y1a - y0a) * s, y0b + (y1b - y0b) * s, color=c, alpha=0.35, linewidth=0)


@register_plot("FlowTable")
@plot_function
def plot_flow(search, *, stale_after=None, ax=None, node_width=0.12, gap=0.02):
    """A multi-level flow (Sankey-style) chart from applied through the stages to outcomes.

    Stages are columns left to right; at each stage the applications that
    advanced flow on to the next column and the rest flow into their outcome
    (rejected, ghosted, withdrew, pending, accepted, declined) in the last
    column. Every node is labelled with its count.

    Parameters
    ----------
    search : JobSearch or FlowTable
        The loaded applications (:func:`offerkit.load`), or their :func:`offerkit.flow`.
    stale_after : int, optional
        Days of silence that close an application; default ``search.stale_after`` (30).
    ax : matplotlib.axes.Axes, optional
        Where to draw; default a new figure.
    node_width : float, default 0.12
        Width of a node, as a share of the distance between two columns.
    gap : float, default 0.02
        Vertical space between two nodes of a column, as a share of the height.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=40, seed=1))
    >>> type(offerkit.plot_flow(s)).__name__
    'Axes'
    """
    ax = get_ax(ax, figsize=(12, 6))
    table = search.table if isinstance(search, FlowTable) else flow(search, stale_after=stale_after).table
    total = int(table.loc[table["source_node"] == "applied", "count"].sum()) or 1
    reached = {
        stage: total if stage == "applied" else int(table.loc[table["target_node"] == stage, "count"].sum())
        for stage in LADDER
    }
    stages = [s for s in LADDER if reached[s] > 0]
    outcome_totals = table[table["target_node"].isin(OUTCOME_NODES)].groupby("target_node")["count"].sum()
    ends = table[table["target_node"].isin(OUTCOME_NODES) & table["source_node"].isin(stages)].copy()
    ends["_i"] = ends["source_node"].map({s: i for i, s in enumerate(stages)})
    # fewer crossings (a barycentre ordering): outcomes fed by later stages sit higher, and inside each outcome
    # node the flows from later stages land on top, since those start higher in their (smaller) stage column
    centre = (ends["_i"] * ends["count"]).groupby(ends["target_node"]).sum() / ends.groupby("target_node")[
        "count"
    ].sum()
    outcomes = sorted(
        (o for o in OUTCOME_NODES if o in outcome_totals.index),
        key=lambda o: (-centre.get(o, 0.0), OUTCOME_NODES.index(o)),
    )
    scale = 1.0 / total
    x_out = len(stages)
    # outcome nodes stacked in the last column
    y_out, top = {}, 1.0 + gap * len(outcomes)
    cursor = top
    for o in outcomes:
        h = outcome_totals[o] * scale
        y_out[o] = [cursor - h, cursor]
        cursor -= h + gap
    landing = {}
    for o in outcomes:
        t = y_out[o][1]
        for row in ends[ends["target_node"] == o].sort_values("_i", ascending=False).itertuples(index=False):
            landing[(row.source_node, o)] = t
            t -= row.count * scale
    rank = {o: k for k, o in enumerate(outcomes)}
    for i, stage in enumerate(stages):
        h = reached[stage] * scale
        y0 = top - h  # every stage column is aligned at the top
        ax.add_patch(mpatches.Rectangle((i, y0), node_width, h, color=color(stage)))
        ax.text(i + node_width / 2, top + 0.02, f"{stage}\n{reached[stage]}", ha="center", va="bottom", fontsize=9)
        cursor = top
        out_rows = table[(table["source_node"] == stage)]
        # the advance on top, then the outcomes in their column's order: no flow crosses another at its source
        out_rows = out_rows.assign(_r=[-1 if t in LADDER else rank.get(t, len(rank)) for t in out_rows["target_node"]])
        for row in out_rows.sort_values("_r", kind="stable").itertuples(index=False):
            hh = row.count * scale
            if row.target_node in LADDER:
                nxt = stages.index(row.target_node)
                _band(ax, i + node_width, nxt, cursor - hh, cursor, top - hh, top, color(stage))
            else:
                t = landing[(stage, row.target_node)]
                _band(ax, i + node_width, x_out, cursor - hh, cursor, t - hh, t, color(row.target_node))
            cursor -= hh
    for o in outcomes:
        lo, hi = y_out[o]
        ax.add_patch(mpatches.Rectangle((x_out, lo), node_width, hi - lo, color=color(o)))
        ax.text(x_out + node_width + 0.05, (lo + hi) / 2, f"{o} {int(outcome_totals[o])}", va="center", fontsize=9)
    ax.set_xlim(-0.1, x_out + 1.2)
    ax.set_ylim(min(v[0] for v in y_out.values()) - 0.05 if y_out else 0, top + 0.15)
    ax.axis("off")
    ax.set_title(f"Where the applications went (n = {total})")
    return ax


@plot_function
def plot_conversion_by_month(search, *, stage="applied", stale_after=None, ax=None, errorbar_kws=None):
    """Conversion at ``stage`` by application month, with 95% Wilson intervals.

    Parameters
    ----------
    search : JobSearch
        The loaded applications (:func:`offerkit.load`).
    stage : str, default "applied"
        The ladder stage whose conversion (or wait) is drawn.
    stale_after : int, optional
        Days of silence that close an application; default ``search.stale_after`` (30).
    ax : matplotlib.axes.Axes, optional
        Where to draw; default a new figure.
    errorbar_kws : dict, optional
        Passed to ``Axes.errorbar``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=40, seed=1))
    >>> type(offerkit.plot_conversion_by_month(s, stage="applied")).__name__
    'Axes'
    """
    ax = get_ax(ax)
    table = funnel(search, by="month", stale_after=stale_after)
    table = table[(table["stage"] == stage) & (table["month"] != "(no applied date)")]
    months = pd.PeriodIndex(table["month"], freq="M").to_timestamp()
    rate = table["rate"].to_numpy()
    ok = ~np.isnan(rate)
    err = np.vstack([rate - table["low"].to_numpy(), table["high"].to_numpy() - rate])
    ax.errorbar(months[ok], rate[ok], yerr=err[:, ok], fmt="o-", color=color(stage), capsize=4, **(errorbar_kws or {}))
    for m, row in zip(months, table.itertuples(index=False)):
        ax.annotate(f"n={row.advanced + row.closed}", (m, 0.02), ha="center", fontsize=8)
    ax.set_ylim(0, 1)
    ax.set_ylabel(f"{stage} → next (95% interval)")
    n = int((table["advanced"] + table["closed"]).sum())
    ax.set_title(f"Conversion at '{stage}' by application month (n = {n} decided; pending left out)")
    if len(months):  # a month or two must not spread the axis over years
        ax.set_xlim(months.min() - pd.Timedelta(days=45), months.max() + pd.Timedelta(days=45))
    return date_axis(ax)


@register_plot("Shrunk")
@plot_function
def plot_shrunk(shrunk, *, ax=None, labels=None, errorbar_kws=None):
    """Each group's raw rate (hollow) and its shrunk rate with the 95% interval, the prior's mean as a line.

    Parameters
    ----------
    shrunk : Shrunk
        The result of :func:`offerkit.shrink`.
    ax : matplotlib.axes.Axes, optional
        Where to draw; default a new figure.
    labels : sequence of str, optional
        A name per group (default: ``k/n``).
    errorbar_kws : dict, optional
        Passed to ``Axes.errorbar``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import offerkit
    >>> ax = offerkit.shrink([1, 30, 4], [2, 100, 9]).plot()
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['1/2', '30/100', '4/9']
    """
    ax = get_ax(ax, figsize=(7, 0.5 * len(shrunk.k) + 1.5))
    y = np.arange(len(shrunk.k))[::-1]
    names = labels if labels is not None else [f"{int(k)}/{int(n)}" for k, n in zip(shrunk.k, shrunk.n)]
    err = np.vstack([shrunk.rate - shrunk.low, shrunk.high - shrunk.rate])
    ax.errorbar(
        shrunk.rate,
        y,
        xerr=err,
        fmt="o",
        color=color("interview"),
        capsize=3,
        label="shrunk, 95% interval",
        **(errorbar_kws or {}),
    )
    with np.errstate(invalid="ignore", divide="ignore"):
        raw = np.where(shrunk.n > 0, shrunk.k / shrunk.n, np.nan)
    ax.plot(raw, y, "o", mfc="none", color="#555", label="raw k / n")
    mean = shrunk.alpha / (shrunk.alpha + shrunk.beta)
    ax.axvline(mean, color="#999", lw=1, ls="--", label=f"prior mean {mean:.2f}")
    ax.set_yticks(y, names)
    ax.set_xlim(0, 1)
    ax.set_xlabel("rate")
    ax.set_title(f"Rates pulled toward the groups' common rate (n = {int(np.sum(shrunk.n))} trials)")
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    return ax
