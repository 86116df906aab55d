"""The forecast's chart: P(at least one offer by each date), with the interval of what the data cannot pin down."""

from __future__ import annotations

from .._core.result import register_plot
from .style import color, date_axis, get_ax, plot_function

__all__ = ["plot_forecast"]


@register_plot("Forecast")
@plot_function
def plot_forecast(forecast, *, ax=None, line_kws=None):
    """P(at least one offer by each date) from :func:`offerkit.simulate`, with its interval as a band.

    Parameters
    ----------
    forecast : Forecast
        The result of :func:`offerkit.simulate`.
    ax : matplotlib.axes.Axes, optional
        Where to draw; default a new figure.
    line_kws : dict, optional
        Passed to ``Axes.plot``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=40, seed=3))
    >>> ax = offerkit.simulate(s, paths=200, seed=1).plot()
    >>> ax.get_ylabel()
    'P(at least one offer)'
    """
    ax = get_ax(ax)
    curve = forecast.curve
    level = round(100 * getattr(forecast, "confidence_level", 0.95))
    ax.plot(curve["date"], curve["p_offer"], color=color("offer"), lw=2, label="forecast", **(line_kws or {}))
    if {"low", "high"} <= set(curve.columns):
        ax.fill_between(
            curve["date"],
            curve["low"],
            curve["high"],
            color=color("offer"),
            alpha=0.15,
            lw=0,
            label=f"{level}% interval (what the data cannot pin down)",
        )
    top = float(curve[["p_offer", "high"]].max().max()) if "high" in curve else float(curve["p_offer"].max())
    ax.set_ylim(0, min(1.0, max(0.05, top * 1.1)))
    ax.set_ylabel("P(at least one offer)")
    ax.set_title(
        f"When is an offer likely? (n = {len(forecast.per_application)} applications without a final answer, "
        f"{forecast.paths} simulated paths)"
    )
    ax.legend(frameon=False, loc="upper left")
    return date_axis(ax)
