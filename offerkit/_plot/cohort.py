"""Coach charts: one candidate against the cohort."""

from __future__ import annotations

from .._core.waits import waits as _waits
from .._stats.latency import km
from .style import color, draw_km, get_ax, plot_function, survival_axes

__all__ = ["plot_candidate_latency"]


@plot_function
def plot_candidate_latency(search, *, candidate, stage="applied", ax=None, line_kws=None):
    """One candidate's Kaplan–Meier curve (with band) against the whole cohort's.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = get_ax(ax)
    w = _waits(search)
    w = w[w["stage"] == stage]
    for name, part, c in ((f"{candidate}", w[w["candidate"] == candidate], color("offer")),
                          ("cohort", w, color("applied"))):
        draw_km(ax, km(part["days"], part["observed"]), color=c, label=f"{name} (n={len(part)})", **(line_kws or {}))
    survival_axes(ax)
    ax.set_title(f"{candidate}: waits at '{stage}' vs the cohort (n = {len(w)} waits)")
    ax.legend(frameon=False)
    return ax
