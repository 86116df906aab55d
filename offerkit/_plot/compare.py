"""The comparison's chart: your figures against published ones, as ratios on one log axis."""

from __future__ import annotations

import numpy as np

from .._core.result import register_plot
from .style import color, get_ax, plain_log_ticks, plot_function

__all__ = ["plot_comparison"]


@register_plot("Comparison")
@plot_function
def plot_comparison(comparison, *, ax=None, errorbar_kws=None):
    """Your figure ÷ the published one, with your 95% interval, one row per published figure (log axis).

    Shares and days sit on one axis as ratios: 1 means the same as published,
    2 twice as high (or twice as long).  Definitions differ between sources
    (see ``comparison.caveat``): read a gap as a question, not a verdict.

    Parameters
    ----------
    comparison : Comparison
        The result of :func:`offerkit.compare`.
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
    >>> c = offerkit.compare(offerkit.load(offerkit.sample(applications=60, seed=2)))
    >>> ax = c.plot()
    >>> ax.get_xscale()
    'log'
    """
    t = comparison.summary
    t = t[(t["published"] > 0) & t["yours"].notna()].reset_index(drop=True)
    ax = get_ax(ax, figsize=(8, 0.45 * max(len(t), 1) + 1.8))
    y = np.arange(len(t))[::-1]
    ratio = (t["yours"] / t["published"]).to_numpy(dtype=float)
    low = (t["low"] / t["published"]).to_numpy(dtype=float)
    high = (t["high"] / t["published"]).to_numpy(dtype=float)
    floor = 1e-2  # a zero (no interviews yet) has no place on a log axis: drawn at the edge
    open_top = np.isnan(high)  # a median whose upper end the data never reached: the whisker runs off the chart
    edge = max(float(np.nanmax(np.r_[ratio, low, high, 1.0])) * 2, 2.0)
    high = np.where(open_top, edge, high)
    ratio, low, high = (np.clip(x, floor, None) for x in (ratio, low, high))
    err = np.vstack([np.clip(ratio - low, 0, None), np.clip(high - ratio, 0, None)])
    ax.errorbar(ratio, y, xerr=err, fmt="o", color=color("interview"), capsize=3, **(errorbar_kws or {}))
    if open_top.any():
        ax.plot(high[open_top], y[open_top], ">", color=color("interview"), label="upper end not reached")
        ax.legend(frameon=False, loc="lower right")

    ax.axvline(1.0, color="#555", lw=1, ls="--")
    labels = [f"{m.replace('_', ' ')} — {s} ({int(yr)})" for m, s, yr in zip(t["measure"], t["source"], t["year"])]
    ax.set_yticks(y, labels)
    ax.set_xscale("log")
    ax.set_xlim(max(floor, float(np.min(low)) / 1.5), edge * 1.15)
    plain_log_ticks(ax.xaxis)
    ax.set_xlabel("yours ÷ published (1 = the same; 95% interval of yours)")
    n = int(t["n"].max()) if len(t) and t["n"].notna().any() else 0
    ax.set_title(f"Your search beside published figures (n = {n} applications)")
    return ax
