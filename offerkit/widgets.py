"""Interactive what-if panel (ipywidgets) for notebook 05 and the Voila dashboard.

The callbacks are plain functions — :func:`compute` (data + parameters in,
numbers and forecasts out) and :func:`plot_whatif` (result in, Axes out) —
so tests call them directly; :func:`whatif` only wires them to widgets.
"""

from __future__ import annotations

import dataclasses
import html
import io
import time

import numpy as np
import pandas as pd

from ._core.result import Result, register_plot
from ._core.status import application_status
from ._core.timeline import DEFAULT_WINDOW, next_window
from ._model.policy import Policy
from ._model.simulate import Forecast, simulate
from ._plot.style import color, date_axis, get_ax, plot_function

#: The panel draws at twice the screen resolution (crisp on a laptop; see _plot/style for the report's 150 dpi).
DASHBOARD_DPI = 144

__all__ = ["WhatIf", "compute", "plot_whatif", "whatif", "window_dates", "default_candidate", "next_business_week"]


def window_dates(as_of, window=DEFAULT_WINDOW):
    """The next holiday window start on or after ``as_of`` and Dec 31 of that year (see ``next_window``)."""
    start, _ = next_window(as_of, window)
    return start, pd.Timestamp(f"{start.year}-12-31")


@dataclasses.dataclass(repr=False)
class WhatIf(Result):
    """A policy simulated beside "no follow-up" (the what-if panel's numbers); built by :func:`compute`.

    Attributes
    ----------
    forecast, baseline : Forecast
        The chosen policy, and the same with ``max_follow_ups=0``.
    policy : Policy
    p_before_window, p_by_dec31 : float
        P(at least one offer) the day before the holiday window / by Dec 31.
    baseline_before_window, baseline_by_dec31 : float
        The same without follow-ups.
    window_start, window_end, dec31 : pandas.Timestamp
    seconds : float
        Time taken.
    accepted_offer : (str, pandas.Timestamp) or None
        The company and date of an offer already accepted (None if none): the
        search has then ended, and the numbers are of the applications still
        open, not of the person's chance of an offer (which they already have).

    The intervals (95%, parameter uncertainty and Monte Carlo error) are
    :meth:`interval` and :meth:`difference`; the two forecasts share random
    numbers and parameter draws path by path, so the difference is paired
    and reflects the policy, not the luck of the draw.
    """

    forecast: Forecast
    baseline: Forecast
    policy: Policy
    p_before_window: float
    p_by_dec31: float
    baseline_before_window: float
    baseline_by_dec31: float
    window_start: pd.Timestamp
    window_end: pd.Timestamp
    dec31: pd.Timestamp
    seconds: float
    accepted_offer: tuple | None = None

    def interval(self, which="dec31", *, baseline=False):
        """P(at least one offer) by ``"dec31"`` or ``"before_window"`` with its 95% interval (an Estimate)."""
        f = self.baseline if baseline else self.forecast
        return f.interval(self._date(which))

    def difference(self, which="dec31"):
        """Policy minus no follow-up, by ``"dec31"`` or ``"before_window"``, with its 95% interval (an Estimate)."""
        return self.forecast.difference(self.baseline, self._date(which))

    def _date(self, which):
        if which == "dec31":
            return self.dec31
        if which == "before_window":
            return self.window_start - pd.Timedelta(days=1)
        raise ValueError(f"which must be 'dec31' or 'before_window', not {which!r}")

    @property
    def held_offer(self) -> bool:
        """True when the search holds an open offer: the question is then another offer before its deadline."""
        return bool(self.forecast.held_offer)

    def another_offer(self, *, baseline=False):
        """With an offer in hand: P(another offer before the offer's deadline) with its interval (an Estimate)."""
        return (self.baseline if baseline else self.forecast).another_offer()

    def describe(self) -> str:
        """The numbers in words, one line per date (as the panel shows them)."""
        from ._model.simulate import format_percent

        if self.accepted_offer is not None:
            return _accepted_words(self.accepted_offer)
        if self.held_offer:
            p, b = self.another_offer(), self.another_offer(baseline=True)
            return (
                f"You hold an offer: P(another offer before its deadline, {self.forecast.deadline.date()}): "
                f"{format_percent(p)}; without follow-ups {format_percent(b)}. Is it worth waiting for the others? "
                "Ask for more time if this chance is high and the deadline near."
            )
        out = []
        for which, label in (
            ("before_window", f"before the window (by {(self.window_start - pd.Timedelta(days=1)).date()})"),
            ("dec31", f"by {self.dec31.date()}"),
        ):
            p, b, d = self.interval(which), self.interval(which, baseline=True), self.difference(which)
            if np.isnan(float(p)):
                out.append(f"P(offer {label}): beyond the simulated horizon")
                continue
            change = (
                f"; following up changes it by {100 * float(d):+.1f} points ({100 * d.low:+.1f} to {100 * d.high:+.1f})"
                if self.policy.max_follow_ups
                else ""
            )
            out.append(f"P(offer {label}): {format_percent(p)}; without follow-ups {format_percent(b)}{change}")
        out.append(self.forecast.in_words(self.dec31))
        return "\n".join(out)

    def __getitem__(self, name):
        """``result["p_by_dec31"]`` works as well as ``result.p_by_dec31`` (the fields by name)."""
        if name not in {f.name for f in dataclasses.fields(self)}:
            raise KeyError(name)
        return getattr(self, name)

    @property
    def summary(self) -> pd.DataFrame:
        """P(at least one offer) by the two dates: ``policy``, ``no_follow_up`` and ``difference``, each with ``_low``/``_high``."""
        before = (self.window_start - pd.Timedelta(days=1)).date()
        rows = []
        for which, label in (("before_window", f"before the window ({before})"), ("dec31", f"by {self.dec31.date()}")):
            p, b, d = self.interval(which), self.interval(which, baseline=True), self.difference(which)
            rows.append((label, *p, *b, *d))
        return pd.DataFrame(
            rows,
            columns=[
                "horizon",
                "policy",
                "policy_low",
                "policy_high",
                "no_follow_up",
                "no_follow_up_low",
                "no_follow_up_high",
                "difference",
                "difference_low",
                "difference_high",
            ],
        )

    def _headline(self) -> str:
        p = self.policy
        return (
            f"WhatIf(follow up after {p.follow_up_after} business days, every {p.repeat_after}, at most "
            f"{p.max_follow_ups}; thank-you notes {'on' if p.thank_you else 'off'}; {self.forecast.paths} paths)"
        )


def next_business_week(as_of):
    """The Monday after ``as_of``: the hypothetical interview's default date (a plan, never the past)."""
    as_of = pd.Timestamp(as_of).normalize()
    return as_of + pd.offsets.Week(weekday=0) if as_of.day_of_week != 0 else as_of + pd.Timedelta(days=7)


def default_candidate(search):
    """None for one candidate; in a cohort, the candidate with the most open applications."""
    if len(search.candidates) <= 1:
        return None
    apps = search.applications
    open_apps = apps[apps["outcome"].isin(["open", "offer"])]
    counts = open_apps["candidate"].value_counts()
    return counts.index[0] if len(counts) else search.candidates[0]


def compute(
    search,
    *,
    follow_up_after=5,
    repeat_after=7,
    max_follow_ups=2,
    thank_you=True,
    extra_date=None,
    extra_stage="onsite",
    extra_company="hypothetical",
    slowdown=None,
    paths=2000,
    seed=0,
    horizon_days=180,
    window=DEFAULT_WINDOW,
    candidate=None,
    baseline=None,
    deadline=7,
) -> WhatIf:
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
    window : (str, str), default ("12-18", "01-01")
        The holiday window, as everywhere in the kit.
    baseline : Forecast, optional
        A "no follow-up" forecast already simulated with the same settings
        (the panel keeps them, since moving a follow-up slider does not change it).
    deadline : int or date-like, default 7
        With an offer in hand, its deadline (days after as_of, or a date): the
        result then answers P(another offer before it).

    Returns
    -------
    WhatIf
        The horizon is extended to reach Dec 31 of the next holiday window when needed.

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=30, seed=2))
    >>> r = compute(s, paths=200)
    >>> 0 <= r.p_by_dec31 <= 1, list(r.summary.columns)[:4]
    (True, ['horizon', 'policy', 'policy_low', 'policy_high'])
    >>> lo, hi = r.interval("dec31")[1:]
    >>> bool(lo <= r.p_by_dec31 <= hi)
    True
    """
    t0 = time.perf_counter()
    extra = [{"company": extra_company, "stage": extra_stage, "date": extra_date}] if extra_date else None
    policy = Policy(
        thank_you=bool(thank_you),
        follow_up_after=int(follow_up_after),
        repeat_after=int(repeat_after),
        max_follow_ups=int(max_follow_ups),
    )
    start, dec31 = window_dates(search.as_of, window)
    horizon_days = _horizon(search, window, horizon_days)
    kw = dict(
        paths=paths,
        seed=seed,
        horizon_days=horizon_days,
        extra=extra,
        slowdown=slowdown,
        candidate=candidate,
        deadline=deadline,
    )
    forecast = simulate(search, policy=policy, **kw)
    if baseline is None:
        baseline = simulate(search, policy=Policy(thank_you=bool(thank_you), max_follow_ups=0), **kw)
    before = start - pd.Timedelta(days=1)
    return WhatIf(
        forecast=forecast,
        baseline=baseline,
        policy=policy,
        p_before_window=forecast.p_offer_by(before),
        p_by_dec31=forecast.p_offer_by(dec31),
        baseline_before_window=baseline.p_offer_by(before),
        baseline_by_dec31=baseline.p_offer_by(dec31),
        window_start=start,
        window_end=next_window(search.as_of, window)[1],
        dec31=dec31,
        seconds=time.perf_counter() - t0,
        accepted_offer=accepted_offer(search, candidate=candidate),
    )


def accepted_offer(search, *, candidate=None):
    """The company and date of the offer ``search`` accepted (its latest), when nothing else is open; else None.

    A search that accepted an offer and has no application left open has
    ended: its chance of "an offer by Dec 31" is not the 0% the remaining
    applications give, so the panel and the report say the search ended
    instead of showing it. While other applications are still open (a
    cohort's sample, a person who kept interviewing), the forecast of those
    is still a question worth asking and is shown as before.

    Examples
    --------
    >>> import pandas as pd
    >>> import offerkit
    >>> events = pd.DataFrame({"company": ["Acme", "Acme", "Acme"], "event": ["applied", "offer", "accepted"],
    ...                        "date": ["2025-10-01", "2025-10-20", "2025-10-22"]})
    >>> company, date = accepted_offer(offerkit.load(events))
    >>> company, str(date.date())
    ('Acme', '2025-10-22')
    """
    ev = search.events
    if candidate is not None and "candidate" in ev:
        ev = ev[ev["candidate"] == candidate]
    ev = ev[(ev["event"] == "accepted") & ev["date"].notna()]
    if not len(ev):
        return None
    apps = application_status(search)
    if candidate is not None:
        apps = apps[apps["candidate"] == candidate]
    if apps["status"].isin(["open", "offer"]).any():
        return None
    last = ev.sort_values("date").iloc[-1]
    return str(last["company"]), pd.Timestamp(last["date"])


def _accepted_words(accepted):
    company, date = accepted
    return (
        f"You accepted an offer from {company} on {date.date()}: your search has ended, so there is no chance of an "
        "offer left to forecast. Load a search that is still open to try follow-up timings."
    )


def _horizon(search, window, horizon_days):
    """``horizon_days``, extended to reach Dec 31 of the next holiday window."""
    _, dec31 = window_dates(search.as_of, window)
    return max(horizon_days, (dec31 - pd.Timestamp(search.as_of)).days + 1)


@register_plot("WhatIf")
@plot_function
def plot_whatif(result, *, ax=None, line_kws=None):
    """The offer-probability curve of the chosen policy against no follow-up, window shaded.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = get_ax(ax)
    f, b = result.forecast, result.baseline
    if result.held_offer and f.others is not None:  # the offer held is certain: chart the others' chances
        f, b = f.others, b.others if b.others is not None else b
        ax.axvline(result.forecast.deadline, color="#444", lw=1, ls=":", label="your offer's deadline")
    p = result.policy
    label = (
        f"nudge after {p.follow_up_after} business days,\nevery {p.repeat_after}, at most {p.max_follow_ups}"
        if p.max_follow_ups
        else "no follow-up"
    )
    ax.plot(f.curve["date"], f.curve["p_offer"], color=color("offer"), lw=2, label=label, **(line_kws or {}))
    if {"low", "high"} <= set(f.curve.columns):
        ax.fill_between(
            f.curve["date"],
            f.curve["low"],
            f.curve["high"],
            color=color("offer"),
            alpha=0.12,
            lw=0,
            label="95% interval of your policy\n(what the data cannot pin down)",
        )
    ax.plot(b.curve["date"], b.curve["p_offer"], color=color("rejected"), lw=1.5, ls="--", label="no follow-up")
    ax.axvspan(
        result.window_start, result.window_end, color="#d9d9d9", alpha=0.5, lw=0, label="holiday window", zorder=0
    )
    top = max(f.curve["p_offer"].max(), b.curve["p_offer"].max(), f.curve.get("high", f.curve["p_offer"]).max())
    ax.set_ylim(0, min(1.0, max(0.05, float(top) * 1.1)))
    ax.set_ylabel("P(at least one offer)")
    # "without a final answer": the open ones and the silent ones (a long silence can still end in an answer), so
    # more than the front page's "open applications", which leaves the silent ones out
    ax.set_title(
        f"When is an offer likely? (n = {len(f.per_application)} applications without a final answer, "
        f"{f.paths} simulated paths)"
    )
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    return date_axis(ax)


def _numbers_html(result) -> str:
    """The panel's numbers: each probability with its interval, and what following up changes (paired difference)."""
    from ._model.simulate import format_percent

    def line(which, label):
        p = result.interval(which)
        b = result.interval(which, baseline=True)
        d = result.difference(which)
        if np.isnan(float(p)):
            return f"<b>{html.escape(label)}:</b> beyond the simulated horizon"
        span = "offerkit-p-offer" if which == "dec31" else "offerkit-p-before"
        diff = (
            f"following up changes it by <b>{100 * float(d):+.1f} points</b> "
            f"({100 * d.low:+.1f} to {100 * d.high:+.1f})"
            if result.policy.max_follow_ups
            else "no follow-ups in this policy"
        )
        return (
            f"<b>{html.escape(label)}:</b> <span class='{span}'>{100 * float(p):.1f}%</span> "
            f"<span class='offerkit-interval'>({html.escape(format_percent(p).split(' ', 1)[1][1:-1])})</span>; "
            f"no follow-up {html.escape(format_percent(b))}; {diff}"
        )

    if result.accepted_offer is not None:
        return f"<div class='offerkit-numbers'>{html.escape(_accepted_words(result.accepted_offer))}</div>"
    if result.held_offer:
        p, b = result.another_offer(), result.another_offer(baseline=True)
        return (
            "<div class='offerkit-numbers'><b>You hold an offer.</b> The question now: another offer before its "
            f"deadline ({html.escape(str(result.forecast.deadline.date()))})? "
            f"<span class='offerkit-p-offer'>{html.escape(format_percent(p))}</span> with this policy; "
            f"{html.escape(format_percent(b))} without follow-ups.<br><small>Ranges are 95% intervals. Change the "
            "deadline with simulate(..., deadline=) or offerkit.widgets.compute(..., deadline=).</small></div>"
        )
    before = (result.window_start - pd.Timedelta(days=1)).date()
    return (
        "<div class='offerkit-numbers'>"
        + line("before_window", f"P(offer before the window, by {before})")
        + "<br>"
        + line("dec31", f"P(offer by {result.dec31.date()})")
        + "<br><small>Ranges are 95% intervals: what the data cannot yet tell apart. A difference whose range "
        "includes 0 is not a reason to change what you do.</small>"
        + f"<br><small class='offerkit-in-words'>{html.escape(result.forecast.in_words(result.dec31))}</small></div>"
    )


def thank_you_label(search) -> str:
    """The thank-you checkbox's words: it can only change the forecast when the data holds thank-you notes.

    Examples
    --------
    >>> import offerkit
    >>> thank_you_label(offerkit.load(offerkit.sample(applications=20, seed=1)))[:21]
    'send thank-you notes'
    """
    has_notes = bool((search.events["event"].astype(str) == "thank_you").any())
    if has_notes:
        return "send thank-you notes"
    return "send thank-you notes (no effect: your data holds no thank-you notes to learn it from)"


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

    style = {"description_width": "210px"}
    layout = w.Layout(width="560px")
    next_week = next_business_week(search.as_of)
    controls = {
        "follow_up_after": w.IntSlider(
            value=5, min=1, max=20, description="follow up after (business days)", style=style, layout=layout
        ),
        "repeat_after": w.IntSlider(
            value=7, min=1, max=20, description="repeat every (business days)", style=style, layout=layout
        ),
        "max_follow_ups": w.IntSlider(
            value=2, min=0, max=5, description="at most (nudges)", style=style, layout=layout
        ),
        "thank_you": w.Checkbox(
            value=True, description=thank_you_label(search), indent=True, style=style, layout=w.Layout(width="560px")
        ),
        "add_extra": w.Checkbox(
            value=False,
            description="add a hypothetical interview",
            indent=True,
            style=style,
            layout=w.Layout(width="560px"),
        ),
        "extra_date": w.DatePicker(value=next_week.date(), description="on (date)", style=style),
        "extra_stage": w.Dropdown(
            options=["screen", "interview", "onsite"], value="onsite", description="at stage", style=style
        ),
        "slowdown": w.FloatSlider(
            value=0.0,
            min=0.0,
            max=6.0,
            step=0.5,
            description="slowdown override (0 = model)",
            style=style,
            layout=layout,
        ),
    }
    numbers = w.HTML()
    out = w.Output()
    panel = w.VBox(list(controls.values()) + [numbers, out])
    baselines = {}  # "no follow-up" does not change with the follow-up sliders: simulate it once per setting

    def refresh(_=None):
        values = {k: c.value for k, c in controls.items()}
        values["slowdown"] = values["slowdown"] or None
        if not values.pop("add_extra"):
            values["extra_date"] = None
        key = (bool(values["thank_you"]), str(values["extra_date"]), values["extra_stage"], values["slowdown"])
        try:
            result = compute(
                search,
                paths=paths,
                seed=seed,
                horizon_days=horizon_days,
                candidate=candidate,
                baseline=baselines.get(key),
                **values,
            )
        except ValueError as exc:  # a hypothetical interview dated before as_of: say so, keep the last chart
            numbers.value = f"<div class='offerkit-numbers'><b>{html.escape(str(exc))}</b></div>"
            return
        baselines[key] = result.baseline
        panel.compute_result = result
        numbers.value = _numbers_html(result)
        # a fixed layout (the legend in the right margin) and light PNG compression: one render per slider move
        fig = plt.figure(figsize=(10, 4))
        ax = fig.add_axes((0.07, 0.13, 0.62, 0.76))
        plot_whatif(result, ax=ax)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=DASHBOARD_DPI, pil_kwargs={"compress_level": 1})
        plt.close(fig)
        with out:
            out.clear_output(wait=True)
            display(Image(data=buffer.getvalue(), format="png"))

    for c in controls.values():
        c.observe(refresh, names="value")
    refresh()
    return panel
