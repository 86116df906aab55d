"""Interactive what-if panel (ipywidgets) for notebook 05 and the Voila dashboard.

The callbacks are plain functions — :func:`compute` (data + parameters in,
numbers and forecasts out) and :func:`plot_whatif` (result in, Axes out) —
so tests call them directly; :func:`whatif` only wires them to widgets.
"""

from __future__ import annotations

import html
import io
import time

import numpy as np
import pandas as pd

from ._model.policy import Policy
from ._model.simulate import simulate
from ._plot.style import color, date_axis, get_ax

__all__ = ["compute", "plot_whatif", "whatif", "window_dates", "default_candidate"]


def window_dates(as_of, window_start="12-18"):
    """The next holiday window start on or after ``as_of`` and Dec 31 of that year."""
    as_of = pd.Timestamp(as_of)
    start = pd.Timestamp(f"{as_of.year}-{window_start}")
    if start < as_of:
        start = pd.Timestamp(f"{as_of.year + 1}-{window_start}")
    return start, pd.Timestamp(f"{start.year}-12-31")


def default_candidate(search):
    """None for one candidate; in a cohort, the candidate with the most open applications."""
    if len(search.candidates) <= 1:
        return None
    apps = search.applications
    open_apps = apps[apps["outcome"].isin(["open", "offer"])]
    counts = open_apps["candidate"].value_counts()
    return counts.index[0] if len(counts) else search.candidates[0]


def compute(search, *, follow_up_after=5, repeat_after=7, max_follow_ups=2, thank_you=True, extra_date=None,
            extra_stage="onsite", extra_company="hypothetical", slowdown=None, paths=2000, seed=0, horizon_days=180,
            window_start="12-18", candidate=None, _cache=None) -> dict:
    """Simulate a policy and "no follow-up" side by side (the widget's callback).

    Parameters
    ----------
    search : JobSearch
    follow_up_after, repeat_after, max_follow_ups, thank_you
        The :class:`offerkit.Policy`.
    extra_date : date-like, optional
        Add a hypothetical application at ``extra_stage`` opening on this date.
    slowdown : float, optional
        Override the holiday slowdown factor (None: the model's).
    paths, seed, horizon_days, candidate
        Passed to :func:`offerkit.simulate` (``candidate``: one candidate of a cohort).

    Returns
    -------
    dict
        ``forecast``, ``baseline`` (no follow-up), ``p_before_window``,
        ``p_by_dec31``, ``baseline_before_window``, ``baseline_by_dec31``,
        ``window_start``, ``dec31``, ``seconds``.  The horizon is extended to
        reach Dec 31 of the next holiday window when needed.

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=30, seed=2))
    >>> r = compute(s, paths=200)
    >>> 0 <= r["p_by_dec31"] <= 1
    True
    """
    t0 = time.perf_counter()
    extra = [{"company": extra_company, "stage": extra_stage, "date": extra_date}] if extra_date else None
    policy = Policy(thank_you=bool(thank_you), follow_up_after=int(follow_up_after), repeat_after=int(repeat_after),
                    max_follow_ups=int(max_follow_ups))
    start, dec31 = window_dates(search.as_of, window_start)
    horizon_days = max(horizon_days, (dec31 - pd.Timestamp(search.as_of)).days + 1)  # always reach Dec 31
    kw = dict(paths=paths, seed=seed, horizon_days=horizon_days, extra=extra, slowdown=slowdown, candidate=candidate)
    forecast = simulate(search, policy=policy, **kw)
    base_key = (bool(thank_you), str(extra_date), extra_stage, slowdown, paths, seed, horizon_days, candidate)
    if _cache is not None and base_key in _cache:
        baseline = _cache[base_key]
    else:
        baseline = simulate(search, policy=Policy(thank_you=bool(thank_you), max_follow_ups=0), **kw)
        if _cache is not None:
            _cache[base_key] = baseline
    before = start - pd.Timedelta(days=1)
    return {
        "forecast": forecast,
        "baseline": baseline,
        "p_before_window": forecast.p_offer_by(before),
        "p_by_dec31": forecast.p_offer_by(dec31),
        "baseline_before_window": baseline.p_offer_by(before),
        "baseline_by_dec31": baseline.p_offer_by(dec31),
        "window_start": start,
        "dec31": dec31,
        "policy": policy,
        "seconds": time.perf_counter() - t0,
    }


def plot_whatif(result, *, ax=None, line_kws=None):
    """The offer-probability curve of the chosen policy against no follow-up, window shaded.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = get_ax(ax)
    f, b = result["forecast"], result["baseline"]
    p = result["policy"]
    label = (f"nudge after {p.follow_up_after} business days, every {p.repeat_after}, at most {p.max_follow_ups}"
             if p.max_follow_ups else "no follow-up")
    ax.plot(f.curve["date"], f.curve["p_offer"], color=color("offer"), lw=2, label=label, **(line_kws or {}))
    ax.plot(b.curve["date"], b.curve["p_offer"], color=color("rejected"), lw=1.5, ls="--", label="no follow-up")
    start = result["window_start"]
    ax.axvspan(start, start + pd.Timedelta(days=14), color="#f4cccc", alpha=0.6, label="holiday window")
    ax.set_ylim(0, max(0.05, float(max(f.curve["p_offer"].max(), b.curve["p_offer"].max())) * 1.15))
    ax.set_ylabel("P(at least one offer)")
    ax.set_title(f"When is an offer likely? ({f.paths} simulated paths, {len(f.per_application)} open applications)")
    ax.legend(frameon=False, loc="upper left")
    return date_axis(ax)


def _numbers_html(result) -> str:
    fmt = lambda x: "beyond the simulated horizon" if np.isnan(x) else f"{100 * x:.1f}%"
    return (
        "<div class='offerkit-numbers'>"
        f"<b>P(offer before the window, by {html.escape(str((result['window_start'] - pd.Timedelta(days=1)).date()))}):</b> "
        f"<span class='offerkit-p-before'>{fmt(result['p_before_window'])}</span> "
        f"(no follow-up: {fmt(result['baseline_before_window'])})<br>"
        f"<b>P(offer by {html.escape(str(result['dec31'].date()))}):</b> "
        f"<span class='offerkit-p-offer'>{fmt(result['p_by_dec31'])}</span> "
        f"(no follow-up: {fmt(result['baseline_by_dec31'])})"
        "</div>"
    )


def whatif(search, *, paths=2000, seed=0, horizon_days=180, candidate=None):
    """A widget panel: follow-up delay, repeat, max nudges, thank-you, a hypothetical interview, slowdown override.

    Returns
    -------
    ipywidgets.VBox
        Its ``.compute_result`` attribute holds the latest :func:`compute` result.
    """
    import ipywidgets as w
    import matplotlib.pyplot as plt
    from IPython.display import Image, display

    style = {"description_width": "190px"}
    layout = w.Layout(width="520px")
    controls = {
        "follow_up_after": w.IntSlider(value=5, min=1, max=20, description="follow up after (business days)", style=style, layout=layout),
        "repeat_after": w.IntSlider(value=7, min=1, max=20, description="repeat every (business days)", style=style, layout=layout),
        "max_follow_ups": w.IntSlider(value=2, min=0, max=5, description="at most (nudges)", style=style, layout=layout),
        "thank_you": w.Checkbox(value=True, description="send thank-you notes", indent=True, style=style, layout=w.Layout(width="520px")),
        "extra_date": w.DatePicker(value=None, description="hypothetical interview on", style=style),
        "extra_stage": w.Dropdown(options=["screen", "interview", "onsite"], value="onsite", description="at stage", style=style),
        "slowdown": w.FloatSlider(value=0.0, min=0.0, max=6.0, step=0.5, description="slowdown override (0 = model)", style=style, layout=layout),
    }
    numbers = w.HTML()
    out = w.Output()
    panel = w.VBox(list(controls.values()) + [numbers, out])
    cache = {}

    def refresh(_=None):
        values = {k: c.value for k, c in controls.items()}
        values["slowdown"] = values["slowdown"] or None
        result = compute(search, paths=paths, seed=seed, horizon_days=horizon_days, candidate=candidate, _cache=cache, **values)
        panel.compute_result = result
        numbers.value = _numbers_html(result)
        fig, ax = plt.subplots(figsize=(9, 4))
        plot_whatif(result, ax=ax)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=80, bbox_inches="tight")
        plt.close(fig)
        with out:
            out.clear_output(wait=True)
            display(Image(data=buffer.getvalue(), format="png"))

    for c in controls.values():
        c.observe(refresh, names="value")
    refresh()
    return panel
