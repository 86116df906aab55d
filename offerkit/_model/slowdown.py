"""The December slowdown (definitions §4.4): the model's factor, crude rates, weekly view, KM before/else.

``slowdown()`` reports, side by side:

* the **factor** exp(−β_w) from the response model (:func:`fit_model`) with
  its 95% interval: how many times slower answers come on a business day
  inside the holiday window than outside;
* **crude rates** for transparency: responses per 100 waiting days inside vs
  outside the window, on calendar days and on business days.  A waiting day
  is a day in ``(start, end]`` of a wait of at least one day (same-day
  answers carry no waiting day and are left out, as in the model).  On the
  business-day clock only business days count as exposure, and responses
  dated on a weekend or holiday are left out (their number is in
  ``left_out``).  Crude rates mix ghosts into the exposure, so they are
  biased toward 1; the model is the headline;
* the **weekly** table: ISO week, waiting days, responses, rate per 100 days
  (pooled over years), with ``window`` marking weeks that touch the window;
* **Kaplan–Meier** for waits that start in the 14 days before the window vs
  all other waits, with a log-rank test (the statistic of
  :func:`scipy.stats.logrank`, in floating point: see
  :func:`offerkit._stats.latency.logrank_p`, scipy's overflows on cohorts);
* **decisions that slipped into January**: final-stage (onsite) waits that
  started in December and were answered after Jan 1, against what the model
  predicts with and without the window.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
from scipy import special

from .._core.defaults import STAGES
from .._core.result import Result
from .._core.search import require_events
from .._core.timeline import DEFAULT_WINDOW, dates_of, day_numbers, day_table_for
from .._core.waits import waits as _waits
from .._stats.latency import km, logrank_p
from .response import fit_model

__all__ = ["slowdown", "Slowdown"]


@dataclasses.dataclass(repr=False)
class Slowdown(Result):
    """Result of :func:`slowdown`.

    Attributes
    ----------
    factor, low, high : float
        The slowdown factor exp(−β_w) of the response model and its 95% interval.
    crude : pandas.DataFrame
        ``window, clock, days_at_risk, responses, left_out, rate`` (rate per 100 days).
    weekly : pandas.DataFrame
        ``week`` (its Monday), ``iso_week, days_at_risk, responses, rate, window``, in date order.
    km_before, km_else : pandas.DataFrame
        Kaplan–Meier curves of waits starting in the 14 days before the window, and of the rest.
    logrank_p : float
    n_before : int
        Waits that started in the 14 days before the window.
    slipped : pandas.DataFrame
        ``observed, expected_with_window, expected_without_window`` for final-stage waits started in December.
    model : ResponseModel
    window : (str, str)
    prior_only : bool
        True when no wait had a waiting day inside the window: the factor is
        then the model's prior (centred on the documented 2.4 of
        ``data/README.md``, from the published December figures), not an
        estimate from the data, and is labelled so.

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=60, seed=2))
    >>> sd = offerkit.slowdown(s)
    >>> bool(sd.low <= sd.factor <= sd.high)
    True
    """

    factor: float
    low: float
    high: float
    crude: pd.DataFrame = None
    weekly: pd.DataFrame = None
    km_before: pd.DataFrame = None
    km_else: pd.DataFrame = None
    logrank_p: float = np.nan
    n_before: int = 0
    slipped: pd.DataFrame = None
    model: object = None
    window: tuple = DEFAULT_WINDOW
    prior_only: bool = False

    def stretch(self, business_days):
        """How long a wait of ``business_days`` outside the window takes inside it: (estimate, low, high).

        Examples
        --------
        >>> Slowdown(factor=2.0, low=1.5, high=3.0).stretch(5)
        (10.0, 7.5, 15.0)
        """
        return business_days * self.factor, business_days * self.low, business_days * self.high

    @property
    def summary(self) -> pd.DataFrame:
        """``parameter, estimate, low, high``: the model's factor, and the crude outside/inside rate ratios."""
        name = "slowdown (prior only: no data in the window)" if self.prior_only else "slowdown (model)"
        rows = [{"parameter": name, "estimate": self.factor, "low": self.low, "high": self.high}]
        for clock in ("calendar", "business"):
            rows.append(
                {
                    "parameter": f"crude ratio ({clock} days)",
                    "estimate": self._ratio(clock),
                    "low": np.nan,
                    "high": np.nan,
                }
            )
        return pd.DataFrame(rows, columns=["parameter", "estimate", "low", "high"])

    def _ratio(self, clock):
        if self.crude is None:
            return np.nan
        crude = self.crude.set_index(["clock", "window"])["rate"]
        inside = crude[(clock, "inside")]
        return crude[(clock, "outside")] / inside if inside > 0 else np.nan

    def _headline(self) -> str:
        waits = f"; {self.model.n_waits_} waits" if self.model is not None else ""
        if self.prior_only:
            return (
                f"Slowdown(prior only: no waiting days in the holiday window, so the factor "
                f"{self.factor:.2f} [{self.low:.2f}, {self.high:.2f}] is the documented prior, not an estimate{waits})"
            )
        return (
            f"Slowdown(factor {self.factor:.2f} [{self.low:.2f}, {self.high:.2f}] from the model; "
            f"crude ratio {self._ratio('calendar'):.2f} calendar, {self._ratio('business'):.2f} business; "
            f"log-rank p = {self.logrank_p:.3g}{waits})"
        )

    def __repr__(self) -> str:
        return self._headline()


def _window_starts(days, window):
    """Day numbers of each year's first window day covering ``days``."""
    if len(days) == 0:
        return np.array([], dtype="int64")
    days = np.asarray(days)
    span = pd.to_datetime(dates_of([days.min(), days.max()]))
    if len(window) == 2 and all(isinstance(w, str) for w in window):
        years = range(span.year[0] - 1, span.year[1] + 1)
        return day_numbers([f"{y}-{window[0]}" for y in years])
    return day_numbers([first for first, _ in window])


def slowdown(search, *, window=DEFAULT_WINDOW, country=None, model=None) -> Slowdown:
    """Measure the December slowdown (see the module docstring).

    Parameters
    ----------
    search : JobSearch
    window : tuple of str or list of date pairs, default ("12-18", "01-01")
    country : str, optional
        Holiday calendar; default ``search.country``.
    model : ResponseModel, optional
        A model already fitted with the same window.

    Returns
    -------
    Slowdown

    Examples
    --------
    >>> import offerkit
    >>> sd = slowdown(offerkit.load(offerkit.sample(applications=80, seed=1)))
    >>> sd.crude.columns.tolist()
    ['window', 'clock', 'days_at_risk', 'responses', 'left_out', 'rate']
    """
    require_events(search, "the slowdown")
    if country is not None and country != search.country:
        search = _with_country(search, country)
    if model is None:
        model = fit_model(search, window=window)
        # the waits of at least a day, as the model's arrays (no copy of the waits table)
        start, end, obs = model.data_.start, model.data_.end, model.data_.observed
    else:
        w = _waits(search)
        w = w[w["days"] >= 1]
        start, end = day_numbers(w["start"]), day_numbers(w["end"])
        obs = w["observed"].to_numpy(dtype=bool)
    table = day_table_for(np.r_[start, end], country=search.country, window=window, pad=7)
    inside, business = table.window, table.business
    rows = []
    end_idx = np.clip(end - table.first, 0, len(inside) - 1)
    # total exposure = Σ_waits (cum[end] − cum[start]): through how many waits end and start on each day
    n_end = np.bincount(end_idx, minlength=len(inside))
    n_start = np.bincount(np.clip(start - table.first, 0, len(inside) - 1), minlength=len(inside))
    for clock in ("calendar", "business"):
        for where, mask in (("inside", inside), ("outside", ~inside)):
            expo_mask = mask & business if clock == "business" else mask
            cum = np.cumsum(expo_mask)
            days_at_risk = int(cum @ n_end - cum @ n_start)
            answered_here = obs & mask[end_idx]
            left_out = int((answered_here & ~business[end_idx]).sum()) if clock == "business" else 0
            responses = int(answered_here.sum()) - left_out
            rows.append(
                (
                    where,
                    clock,
                    days_at_risk,
                    responses,
                    left_out,
                    100 * responses / days_at_risk if days_at_risk else np.nan,
                )
            )
    crude = pd.DataFrame(rows, columns=["window", "clock", "days_at_risk", "responses", "left_out", "rate"])
    # weekly view: waits at risk per calendar day via a difference array
    n_days = len(inside)
    diff = np.bincount(np.clip(start + 1 - table.first, 0, n_days), minlength=n_days + 1) - np.bincount(
        np.clip(end + 1 - table.first, 0, n_days), minlength=n_days + 1
    )
    at_risk = np.cumsum(diff)[:n_days]
    answers = np.bincount(end_idx[obs], minlength=n_days)
    dates = pd.to_datetime(dates_of(table.days))
    # one row per calendar week (the Monday): weeks of different years are never merged
    monday = (dates - pd.to_timedelta(dates.day_of_week, unit="D")).normalize()
    daily = pd.DataFrame({"week": monday, "days_at_risk": at_risk, "responses": answers, "window": inside})
    weekly = (
        daily.groupby("week")
        .agg(days_at_risk=("days_at_risk", "sum"), responses=("responses", "sum"), window=("window", "any"))
        .reset_index()
    )
    weekly = weekly[weekly["days_at_risk"] > 0]
    weekly.insert(1, "iso_week", weekly["week"].dt.isocalendar().week.astype("int64").to_numpy())
    weekly.insert(4, "rate", 100 * weekly["responses"] / weekly["days_at_risk"])
    # KM: waits that start in the 14 days before a window vs the rest
    firsts = _window_starts(np.r_[start, end], window)
    before = np.zeros(len(start), dtype=bool)
    for f in firsts:
        before |= (start >= f - 14) & (start < f)
    t = (end - start).astype("int64")  # the waits' days
    km_before, km_else = km(t[before], obs[before]), km(t[~before], obs[~before])
    p = np.nan
    if before.any() and (~before).any() and obs[before].any() and obs[~before].any():
        p = logrank_p(t[before], obs[before], t[~before], obs[~before])  # (scipy's overflows on cohorts)
    factor, low, high = model.slowdown_factor
    inside = crude[(crude["window"] == "inside") & (crude["clock"] == "calendar")]["days_at_risk"].sum()
    return Slowdown(
        factor=factor,
        low=low,
        high=high,
        crude=crude,
        weekly=weekly.reset_index(drop=True),
        km_before=km_before,
        km_else=km_else,
        logrank_p=p,
        n_before=int(before.sum()),
        slipped=_slipped(model, search, window),
        model=model,
        window=window,
        prior_only=bool(inside == 0),
    )


def _slipped(model, search, window):
    """Final-stage waits started in December answered after Jan 1: observed vs model, with and without the window."""
    d = model.data_
    final = np.flatnonzero(d.stage == STAGES.index("onsite"))
    as_dates = lambda days: pd.DatetimeIndex(dates_of(days))
    start, end = as_dates(d.start[final]), as_dates(d.end[final])
    december = start.month == 12
    final, start, end = final[december], start[december], end[december]
    rows = []
    for year in sorted(set(start.year)):
        sel = start.year == year
        jan1 = pd.Timestamp(f"{year + 1}-01-01")
        observed = int((d.observed[final[sel]] & (end[sel] > jan1)).sum())
        expected = {}
        for label, beta_w in (("with", model.coefficients["window"]), ("without", 0.0)):
            expected[label] = _expected_after(model, final[sel], jan1, beta_w, search, window)
        rows.append(
            {
                "year": year,
                "waits": int(sel.sum()),
                "observed": observed,
                "expected_with_window": expected["with"],
                "expected_without_window": expected["without"],
            }
        )
    return pd.DataFrame(rows, columns=["year", "waits", "observed", "expected_with_window", "expected_without_window"])


def _expected_after(model, index, jan1, beta_w, search, window):
    """Expected number of waits answered in (Jan 1, as_of], from their start on, under the model.

    ``index``: the waits, as positions in ``model.data_``.  A wait from ``s``
    is answered in ``(J, A]`` with probability
    ``(1 − g)(S(J) − S(A))``, ``S(t) = exp(−Σ_{d∈(s,t]} λ e^{β_nb·nb_d + β_w·win_d})``;
    the sum over days is a difference of per-day-type prefix sums (no
    follow-ups: this is the counterfactual of waiting without nudging).
    ``g`` is the ghost probability of the wait's stage and of its source as
    the model sees it (rare sources pooled with the reference, an empty
    source as ``(none)``), from the model's own codes.
    """
    if not len(index):
        return 0.0
    d = model.data_
    start = d.start[index]
    as_of = int(day_numbers([search.as_of])[0])
    j1 = int(day_numbers([jan1])[0])
    if as_of <= j1:
        return 0.0
    table = day_table_for(np.r_[start, as_of], country=search.country, window=window, pad=7)
    day_type = (~table.business).astype(int) * 2 + table.window.astype(int)  # (nb, win)
    cum = np.stack([np.cumsum(day_type == c) for c in range(4)], axis=1)
    rate = np.exp(model.coefficients["nonbusiness"] * np.array([0, 0, 1, 1]) + beta_w * np.array([0, 1, 0, 1]))
    index_of = lambda days: np.clip(np.asarray(days) - table.first, 0, len(cum) - 1)
    n_src = len(d.sources)
    pairs, inverse = np.unique(d.stage[index] * n_src + d.source[index], return_inverse=True)
    stages, sources = pairs // n_src, pairs % n_src
    lam = np.array([float(model.hazard(STAGES[st])) for st in stages])[inverse]
    ghost = special.expit(model.ghost_logits(list(zip(stages, sources)))[0])[inverse]
    hazard_to = lambda t: lam * ((cum[index_of(np.full(len(start), t))] - cum[index_of(start)]) @ rate)
    return float(((1 - ghost) * (np.exp(-hazard_to(j1)) - np.exp(-hazard_to(as_of)))).sum())


def _with_country(search, country):
    return search.replace(country=country)
