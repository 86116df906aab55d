"""Coach charts: who is behind at which stage, and one candidate against the cohort."""

from __future__ import annotations

import numpy as np

from .._core.waits import waits as _waits
from .._stats.cohort import cohort_table
from .._stats.latency import km
from .style import color, draw_km, get_ax, legend_outside, plot_function, survival_axes

__all__ = ["plot_candidate_latency", "plot_cohort_rates"]


@plot_function
def plot_candidate_latency(search, *, candidate, stage="applied", ax=None, line_kws=None):
    """One candidate's Kaplan–Meier curve (with band) against the whole cohort's.

    Parameters
    ----------
    search : JobSearch
        The loaded applications (:func:`offerkit.load`).
    candidate : str
        A name of ``search.candidates``.
    stage : str, default "applied"
        The ladder stage whose conversion (or wait) is drawn.
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
    >>> c = offerkit.load(offerkit.sample(candidates=3, applications=30, seed=1))
    >>> type(offerkit.plot_candidate_latency(c, candidate="candidate_01")).__name__
    'Axes'
    """
    ax = get_ax(ax)
    w = _waits(search)
    w = w[w["stage"] == stage]
    for name, part, c in (
        (f"{candidate}", w[w["candidate"] == candidate], color("offer")),
        ("cohort", w, color("applied")),
    ):
        draw_km(ax, km(part["days"], part["observed"]), color=c, label=f"{name} (n={len(part)})", **(line_kws or {}))
    survival_axes(ax)
    ax.set_title(f"{candidate}: waits at '{stage}' vs the cohort (n = {len(w)} waits)")
    legend_outside(ax)
    return ax


@plot_function
def plot_cohort_rates(search, *, rates=("interview_rate", "offer_rate"), table=None, axes=None, errorbar_kws=None):
    """Candidates × stage: each candidate's shrunk rate with its 95% interval, the cohort's rate as a line.

    One panel per rate, candidates sorted by the first rate; a candidate whose
    whole interval lies below the cohort's rate is drawn in red and named in
    the title: clearly behind, not just unlucky.

    Parameters
    ----------
    search : JobSearch
    rates : sequence of str, default ("interview_rate", "offer_rate")
        Columns of :func:`offerkit.cohort_table` (each with ``_shrunk``,
        ``_shrunk_low``, ``_shrunk_high`` and ``_cohort``).
    table : DataFrame, optional
        A ``cohort_table(search)`` already computed.
    axes : sequence of Axes, optional

    Returns
    -------
    numpy.ndarray of matplotlib.axes.Axes

    Examples
    --------
    >>> import offerkit
    >>> c = offerkit.load(offerkit.sample(candidates=3, applications=30, seed=1))
    >>> axes = offerkit.plot_cohort_rates(c)
    >>> len(axes)
    2
    """
    import matplotlib.pyplot as plt
    import matplotlib.ticker as mticker

    t = cohort_table(search) if table is None else table
    t = t.sort_values(f"{rates[0]}_shrunk", kind="stable").reset_index(drop=True)
    if axes is None:
        _, axes = plt.subplots(
            1, len(rates), figsize=(4.2 * len(rates) + 1.5, 0.22 * len(t) + 1.6), sharey=True, squeeze=False
        )
        axes = axes[0]
    ys = np.arange(len(t))
    for ax, rate in zip(axes, rates):
        est, lo, hi = (t[f"{rate}_shrunk{s}"].to_numpy(dtype=float) for s in ("", "_low", "_high"))
        pooled = float(t[f"{rate}_cohort"].iloc[0]) if len(t) else np.nan
        behind = hi < pooled
        for mask, c in ((~behind, color("applied")), (behind, color("offer"))):
            ax.errorbar(
                est[mask],
                ys[mask],
                xerr=[np.clip(est[mask] - lo[mask], 0, None), np.clip(hi[mask] - est[mask], 0, None)],
                fmt="o",
                ms=4,
                color=c,
                capsize=2,
                lw=1,
                **(errorbar_kws or {}),
            )
        if np.isfinite(pooled):
            ax.axvline(pooled, color="#444", lw=1, ls="--")
            ax.text(pooled, -1.2, f" cohort {pooled:.0%}", fontsize=8, color="#444", va="bottom")
        label = rate.replace("_", " ")
        ax.set_xlabel(f"{label} (shrunk, 95% interval)")
        ax.set_xlim(left=0)
        # two lines: side by side, one-line titles ran into each other
        ax.set_title(
            f"{label}\n{int(behind.sum())} of {len(t)} behind (red); n = {int(t['applications'].sum())}", fontsize=10
        )
        ax.xaxis.set_major_formatter(mticker.PercentFormatter(xmax=1, decimals=0))
        ax.grid(axis="x", color="#eee")
    axes[0].set_yticks(ys, [f"{c} (n={n})" for c, n in zip(t["candidate"], t["applications"])], fontsize=8)
    axes[0].set_ylim(len(t) - 0.5, -1.5)
    return np.asarray(axes)
