"""One style for every chart (definitions §7): one colour per stage and outcome, the same fonts, dpi and frame.

:data:`RC` is applied by :func:`plot_function` around every ``plot_*`` (set, then restored: only these keys,
so a notebook's own settings survive) — 150 dpi, no top/right spines, a light horizontal grid, frameless
legends.  Legends go outside the data (``legend_outside``); dates read "Jan 2025" (``date_axis``); log axes
show plain numbers (``plain_log_ticks``).
"""

from __future__ import annotations

import matplotlib.dates as mdates

__all__ = [
    "STAGE_COLORS",
    "OUTCOME_COLORS",
    "RC",
    "color",
    "date_axis",
    "get_ax",
    "draw_km",
    "legend_outside",
    "plain_log_ticks",
    "plot_function",
]

STAGE_COLORS = {
    "applied": "#4C72B0",
    "screen": "#55A868",
    "interview": "#8172B3",
    "onsite": "#CCB974",
    "offer": "#C44E52",
}
OUTCOME_COLORS = {
    "accepted": "#2CA02C",
    "offer": "#C44E52",
    "declined": "#E377C2",
    "rejected": "#7F7F7F",
    "withdrew": "#BCBD22",
    "ghosted": "#17BECF",
    "stale": "#AEC7E8",
    "open": "#FF7F0E",
    "pending": "#FF7F0E",
    "advanced": "#55A868",
    "censored": "#AAAAAA",
}
_OTHER = ["#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3", "#8C8C8C", "#CCB974", "#64B5CD"]


def color(name, i=0) -> str:
    """The colour of a stage or outcome, or the ``i``-th colour of a cycle."""
    return STAGE_COLORS.get(name) or OUTCOME_COLORS.get(name) or _OTHER[i % len(_OTHER)]


#: The chart style (matplotlib rcParams) every plot function draws with.
RC = {
    "text.parse_math": False,  # text from the data is drawn as written: "$x$" is no mathtext
    "figure.dpi": 150,
    "savefig.dpi": 150,
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#e6e6e6",
    "grid.linewidth": 0.8,
    "axes.axisbelow": True,
    "legend.frameon": False,
    "legend.fontsize": 9,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
}


def plot_function(func):
    """Decorator of every ``plot_*``: draws with :data:`RC`, then restores exactly those settings."""
    import functools

    import matplotlib as mpl

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        # only these settings are changed and restored: an rc_context would also restore `interactive`,
        # which the notebook's inline backend turns on at its first figure, and later figures would not show
        old = {k: mpl.rcParams[k] for k in RC}
        mpl.rcParams.update(RC)
        try:
            return func(*args, **kwargs)
        finally:
            mpl.rcParams.update(old)

    return wrapper


def legend_outside(ax, **legend_kws):
    """The legend in the right margin, outside the data."""
    return ax.legend(**({"loc": "upper left", "bbox_to_anchor": (1.01, 1.0), "borderaxespad": 0} | legend_kws))


def plain_log_ticks(axis):
    """Plain numbers (0.5, 1, 2, 5) on a log axis instead of 5×10⁻¹."""
    import matplotlib.ticker as mticker

    axis.set_major_locator(mticker.LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    axis.set_major_formatter(mticker.FuncFormatter(lambda v, _: f"{v:g}"))
    axis.set_minor_formatter(mticker.NullFormatter())
    return axis


def get_ax(ax=None, **subplot_kws):
    """Return ``ax`` or a new Axes."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(**({"figsize": (8, 4)} | subplot_kws))
    return ax


def date_axis(ax):
    """Make the x axis read as dates: month names, and the year on January and the first tick ("Jan 2025")."""
    locator = mdates.AutoDateLocator(maxticks=10)
    formatter = mdates.ConciseDateFormatter(locator, show_offset=False)
    formatter.formats = ["%Y", "%b", "%d %b", "%H:%M", "%H:%M", "%S.%f"]
    formatter.zero_formats = ["", "%b %Y", "%d %b", "%d %b", "%H:%M", "%H:%M"]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)
    return ax


def draw_km(ax, curve, *, color, label, band=True, **line_kws):
    """Draw one Kaplan–Meier curve (a ``km()`` table) as a step line with its shaded band."""
    ax.step(curve["days"], curve["survival"], where="post", color=color, label=label, **line_kws)
    if band:
        ax.fill_between(curve["days"], curve["low"], curve["high"], step="post", color=color, alpha=0.15, linewidth=0)
    return ax


def survival_axes(ax, *, max_days=60):
    """Axis limits and labels shared by the survival charts."""
    ax.set_xlim(0, max_days)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("calendar days since the wait started")
    ax.set_ylabel("share still waiting")
    return ax
