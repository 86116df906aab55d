"""Charts of the December slowdown and the response model (definitions §7)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._core.result import register_plot
from .._model.effects import ghost_rates
from .style import color, date_axis, draw_km, get_ax, legend_outside, plot_function, survival_axes

__all__ = ["plot_weekly_rates", "plot_factors", "plot_ghost_rates", "plot_window_km"]


@plot_function
def plot_weekly_rates(sd, *, ax=None, bar_kws=None):
    """Responses per 100 waiting days by ISO week, weeks in the holiday window shaded.

    Parameters
    ----------
    sd : Slowdown
        The result of :func:`offerkit.slowdown`.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=40, seed=1))
    >>> type(offerkit.plot_weekly_rates(offerkit.slowdown(s))).__name__
    'Axes'
    """
    ax = get_ax(ax)
    wk = sd.weekly.sort_values("week")
    colors = np.where(wk["window"], color("rejected"), color("applied"))
    ax.bar(wk["week"] + pd.Timedelta(days=3), wk["rate"], width=6, color=colors, **(bar_kws or {}))
    for monday in wk.loc[wk["window"], "week"]:
        ax.axvspan(monday, monday + pd.Timedelta(days=7), color="#f4cccc", alpha=0.6, zorder=0)
    date_axis(ax)
    ax.set_xlabel("week (weeks touching the holiday window shaded)")
    ax.set_ylabel("responses per 100 waiting days")
    ax.set_title(f"Response rate by week (n = {int(wk['responses'].sum())} responses)")
    return ax


@register_plot("Slowdown")
@plot_function
def plot_factors(sd, *, ax=None, errorbar_kws=None):
    """The slowdown factor and the follow-up boost with their 95% intervals (1 = no effect).

    Parameters
    ----------
    sd : Slowdown
        The result of :func:`offerkit.slowdown`.
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
    >>> type(offerkit.plot_factors(offerkit.slowdown(s))).__name__
    'Axes'
    """
    ax = get_ax(ax, figsize=(7, 2.8))
    model = sd.model
    items = [("slowdown in the window", model.slowdown_factor), ("follow-up boost", model.followup_boost)]
    for y, (_name, (est, lo, hi)) in enumerate(items):
        ax.errorbar(
            est,
            y,
            xerr=[[est - lo], [hi - est]],
            fmt="o",
            capsize=5,
            color=color("offer" if y == 0 else "screen"),
            **(errorbar_kws or {}),
        )
        ax.text(hi, y + 0.15, f" {est:.2f} [{lo:.2f}, {hi:.2f}]", fontsize=9)
    ax.axvline(1, color="grey", ls="--", lw=1)
    ax.set_yticks(range(len(items)), [n for n, _ in items])
    ax.set_ylim(-0.6, len(items) - 0.4)
    ax.set_xscale("log")
    # plain numbers on the log axis (no 3×10⁰ labels colliding)
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter, NullLocator

    lo, hi = ax.get_xlim()
    ticks = [v for v in (0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64) if lo <= v <= hi] or [1]
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.xaxis.set_minor_locator(NullLocator())
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_xlabel("times (log scale; 1 = no effect)")
    ax.set_title(f"Response model estimates (95% intervals; n = {model.n_waits_} waits)")
    return ax


@plot_function
def plot_ghost_rates(search, *, model=None, ax=None, bar_kws=None):
    """Share of employers that never answer, per stage, with 95% intervals.

    Parameters
    ----------
    search : JobSearch
        The loaded applications (:func:`offerkit.load`).
    model : ResponseModel, optional
        A model already fitted to ``search`` (:func:`offerkit.fit_model`); default: fitted here, once per search.
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
    >>> type(offerkit.plot_ghost_rates(s)).__name__
    'Axes'
    """
    ax = get_ax(ax)
    table = ghost_rates(search, model=model)
    x = np.arange(len(table))
    g = table["ghost"].to_numpy()
    ax.bar(
        x,
        g,
        color=[color(str(s)) for s in table["stage"]],
        yerr=np.vstack([g - table["low"], table["high"] - g]),
        capsize=5,
        **(bar_kws or {}),
    )
    ax.set_xticks(x, [f"{s}\n(n={n})" for s, n in zip(table["stage"], table["waits"])])
    ax.set_ylim(0, 1)
    ax.set_ylabel("never answer (95% interval)")
    ax.set_title(f"Ghosting by stage (response model; n = {int(table['waits'].sum())} waits)")
    return ax


@plot_function
def plot_window_km(sd, *, ax=None, line_kws=None):
    """Kaplan–Meier: waits starting in the 14 days before the window vs all others.

    Parameters
    ----------
    sd : Slowdown
        The result of :func:`offerkit.slowdown`.
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
    >>> type(offerkit.plot_window_km(offerkit.slowdown(s))).__name__
    'Axes'
    """
    ax = get_ax(ax)
    if sd.n_before == 0 or sd.km_before is None or not len(sd.km_before):
        ax.text(
            0.5,
            0.5,
            "No wait started in the 14 days before a holiday window:\nnothing to compare yet.",
            ha="center",
            va="center",
            transform=ax.transAxes,
            fontsize=11,
            color="#555555",
        )
        ax.set_axis_off()
        ax.set_title("Waits that run into the holidays (n = 0 before the window)")
        return ax
    for _i, (name, curve, c) in enumerate(
        (
            (f"started in the 14 days before the window (n={sd.n_before})", sd.km_before, color("rejected")),
            ("all other waits", sd.km_else, color("applied")),
        )
    ):
        draw_km(ax, curve, color=c, label=name, **(line_kws or {}))
    survival_axes(ax)
    n = sd.model.n_waits_ if sd.model is not None else sd.n_before
    ax.set_title(f"Waits that run into the holidays (n = {n} waits; log-rank p = {sd.logrank_p:.3g})")
    legend_outside(ax)
    return ax
