"""Charts of response latency (definitions §7: data first, ``ax=None``, return the Axes)."""

from __future__ import annotations

import numpy as np

from .._stats.latency import _time_column, _waits_of, km, latency, observed_wait_more
from .style import color, get_ax, legend_outside, plot_function

__all__ = ["plot_survival", "plot_wait_more", "plot_median_latency", "plot_clocks"]


@plot_function
def plot_survival(
    search,
    *,
    by="stage",
    clock="calendar",
    stage=None,
    band=True,
    censor_ticks=True,
    max_days=None,
    min_band_n=10,
    ax=None,
    line_kws=None,
):
    """Kaplan–Meier curves ("share still waiting") by group, with bands and censor ticks.

    Parameters
    ----------
    search : JobSearch or DataFrame of waits
    by : str, optional, default "stage"
    clock : {"calendar", "business"}
    stage : str, optional
        Keep only waits of this stage.
    band : bool, default True
        Shade the pointwise 95% band — for at most the two largest groups with
        at least ``min_band_n`` waits (more bands overlap into a smear; a band
        over 2 waits covers nearly everything); the legend says which have none.
    censor_ticks : bool, default True
        Mark the waits still open (censored) with ``|`` on the curve.
    max_days : int, optional
        Right limit of the x axis.
    ax : matplotlib.axes.Axes, optional
    line_kws : dict, optional
        Passed to ``ax.step``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=40, seed=1))
    >>> type(offerkit.plot_survival(s, by="stage")).__name__
    'Axes'
    """
    ax = get_ax(ax)
    col = _time_column(clock)
    w = _waits_of(search)
    if stage is not None:
        w = w[w["stage"] == stage]
    groups = [((), w)] if by is None else list(w.groupby(by, observed=True, sort=True))
    sizes = sorted(((len(g), i) for i, (_, g) in enumerate(groups) if len(g) >= min_band_n), reverse=True)
    banded = {i for _, i in sizes[:2]} if band else set()
    for i, (key, group) in enumerate(groups):
        name = key[0] if isinstance(key, tuple) and key else key
        label = f"{name} (n={len(group)})" if by is not None else f"all waits (n={len(group)})"
        if band and i not in banded:
            label += "; no band" if len(group) >= min_band_n else "; too few for a band"
        c = color(str(name), i)
        curve = km(group[col], group["observed"])
        x = np.r_[curve["days"].to_numpy(), group[col].max() if len(group) else 0]
        y = np.r_[curve["survival"].to_numpy(), curve["survival"].iloc[-1]]
        ax.step(x, y, where="post", color=c, label=label, **(line_kws or {}))
        if i in banded:
            lo = np.r_[curve["low"].to_numpy(), curve["low"].iloc[-1]]
            hi = np.r_[curve["high"].to_numpy(), curve["high"].iloc[-1]]
            ax.fill_between(x, lo, hi, step="post", color=c, alpha=0.15, linewidth=0)
        if censor_ticks:
            ct = group.loc[~group["observed"], col].to_numpy(dtype=float)
            idx = np.searchsorted(curve["days"].to_numpy(), ct, side="right") - 1
            ax.plot(ct, curve["survival"].to_numpy()[idx], "|", color=c, ms=6, alpha=0.6)
    ax.set_ylim(0, 1.02)
    if max_days is not None:
        ax.set_xlim(0, max_days)
    unit = "calendar days" if clock == "calendar" else "business days"
    ax.set_xlabel(f"{unit} since the wait started")
    ax.set_ylabel("share still waiting")
    ax.set_title(f"Still waiting for an answer (Kaplan–Meier{', 95% band' if banded else ''}; n = {len(w)} waits)")
    legend_outside(ax)
    return ax


@plot_function
def plot_wait_more(
    search, *, silent=range(0, 43), within=7, by="stage", clock="calendar", min_at_risk=5, ax=None, line_kws=None
):
    """The "still worth waiting?" chart: P(answer in the next ``within`` days) after ``s`` silent days.

    Points resting on fewer than ``min_at_risk`` open waits are not drawn.

    Parameters
    ----------
    search : JobSearch
        The loaded applications (:func:`offerkit.load`).
    silent : sequence of int, default range(0, 43)
        The days of silence on the x axis.
    within : int, default 7
        The horizon of the question: an answer within this many more days.
    by : str, default "stage"
        One curve per value of this wait column (``"stage"``, ``"source"``, ...).
    clock : {"calendar", "business"}, default "calendar"
        Count waits in calendar days or in business days.
    min_at_risk : int, default 5
        A point is drawn only where at least this many waits are still silent.
    ax : matplotlib.axes.Axes, optional
        Where to draw; default a new figure.
    line_kws : dict, optional
        Passed to matplotlib's line calls.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=40, seed=1))
    >>> type(offerkit.plot_wait_more(s, within=7)).__name__
    'Axes'
    """
    ax = get_ax(ax)
    table = observed_wait_more(search, list(silent), within=within, by=by, clock=clock, min_at_risk=min_at_risk)
    table = table[table["at_risk"] >= min_at_risk]
    groups = [((), table)] if by is None else list(table.groupby(by, observed=True, sort=True))
    for i, (key, group) in enumerate(groups):
        name = key[0] if isinstance(key, tuple) and key else (key if by is not None else "all waits")
        c = color(str(name), i)
        ax.plot(group["silent_days"], group["p_answer"], color=c, label=str(name), **(line_kws or {}))
        ax.fill_between(group["silent_days"], group["low"], group["high"], color=c, alpha=0.15, linewidth=0)
    ax.set_ylim(0, 1)
    ax.set_xlabel("days of silence so far")
    ax.set_ylabel(f"P(answer within the next {within} days)")
    ax.set_title(f"Is it still worth waiting? (95% band; n = {len(_waits_of(search))} waits)")
    legend_outside(ax)
    return ax


@plot_function
def plot_median_latency(search, *, by="stage", clock="calendar", ax=None, errorbar_kws=None):
    """Median wait per group with its 95% interval as whiskers.

    Groups whose median is not reached (fewer than half ever answered) are
    drawn as an arrow from the lower bound, labelled "not reached".

    Parameters
    ----------
    search : JobSearch
        The loaded applications (:func:`offerkit.load`).
    by : str, default "stage"
        One curve per value of this wait column (``"stage"``, ``"source"``, ...).
    clock : {"calendar", "business"}, default "calendar"
        Count waits in calendar days or in business days.
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
    >>> type(offerkit.plot_median_latency(s, by="stage")).__name__
    'Axes'
    """
    ax = get_ax(ax)
    table = latency(search, by=by, clock=clock)
    ys = np.arange(len(table))
    finite = np.r_[
        table["median_days"].to_numpy(dtype=float),
        table["median_high"].to_numpy(dtype=float),
        table["median_low"].to_numpy(dtype=float),
    ]
    finite = finite[np.isfinite(finite)]
    right = float(finite.max()) * 1.25 + 1 if len(finite) else 30.0
    for y, row in zip(ys, table.itertuples(index=False)):
        name = str(getattr(row, by))
        c = color(name, int(y))
        if np.isnan(row.median_days):
            note = "median not reached: fewer than half ever answered"
            if not np.isnan(row.median_low):
                note += f" (at least {row.median_low:g} days)"
            ax.text(0.2, y, note, color=c, fontsize=9, va="center")
            continue
        small = row.n < 10  # a hollow marker: few waits, a rough median
        face = "white" if small else c
        lo = row.median_days - row.median_low if not np.isnan(row.median_low) else 0
        hi = row.median_high - row.median_days if not np.isnan(row.median_high) else 0
        ax.errorbar(
            row.median_days, y, xerr=[[lo], [hi]], fmt="o", color=c, mfc=face, capsize=4, **(errorbar_kws or {})
        )
        if np.isnan(row.median_high):  # the interval has no upper end: say so, do not draw a tight dot
            ax.plot([row.median_days, right], [y, y], ls=(0, (3, 3)), color=c, lw=1)
            ax.text(right, y - 0.18, f"no upper bound (n={row.n})", color=c, fontsize=8, ha="right", va="bottom")
    ax.set_yticks(ys, [f"{getattr(r, by)} (n={r.n})" for r in table.itertuples(index=False)])
    ax.set_ylim(len(table) - 0.5, -0.8)  # top row below the title
    unit = "calendar" if clock == "calendar" else "business"
    ax.set_xlabel(f"median wait, {unit} days (95% interval)")
    ax.set_title(f"Median time to an answer (n = {int(table['n'].sum())} waits)")
    ax.set_xlim(0, right)
    return ax


@plot_function
def plot_clocks(search, *, by="stage", axes=None, **kws):
    """Calendar-day and business-day survival curves side by side.

    Parameters
    ----------
    axes : sequence of two Axes, optional

    Returns
    -------
    numpy.ndarray of matplotlib.axes.Axes

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=40, seed=1))
    >>> len(offerkit.plot_clocks(s))
    2
    """
    if axes is None:
        import matplotlib.pyplot as plt

        _, axes = plt.subplots(1, 2, figsize=(12, 4), sharey=True)
    n = len(_waits_of(search))
    for ax, clock in zip(axes, ("calendar", "business")):
        plot_survival(search, by=by, clock=clock, ax=ax, **kws)
        ax.set_title(f"{clock.capitalize()} clock (n = {n} waits)")
    return np.asarray(axes)
