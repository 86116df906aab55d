"""What-if simulator: the response model run forward (definitions §4.6).

Every open wait is, for each simulated path, a *ghost* with the model's
posterior probability given its silence so far,
``g_post = g / (g + (1 − g) · S)`` where ``S`` is the model's chance of
no answer over the days already waited; otherwise it is answered on day
``d`` with the model's cloglog hazard (business days, the holiday window,
the policy's nudges).  Answers are drawn exactly with one exponential
threshold per wait: the answer comes on the first day the cumulative hazard
reaches it (``P(T > t) = exp(−Σ h_d)``, the discrete model's survival).

On an answer the application advances with the stage's conversion among
answered waits, else it is rejected; advancing moves it to the next stage
(drawn from the stage transitions seen in the data) and opens a new wait,
or ends in an offer.

Thin data: conversion and transitions are estimated from this search's
answered waits with weak Beta/Dirichlet priors centred on published
evidence (:mod:`offerkit._model.priors`; not on the sample generator), so a
search with a handful of answers gets wide draws around the evidence and a
large one its own rates.  One person's stages are read together
(:mod:`offerkit._model.conversion`): a shared shift lets many applied
answers inform the later stages' few, and each parameter draw takes one
shift, so the stages move together.  The thank-you toggle switches the interview/onsite conversion
between the rate after interviews with a note and without (each shrunk
toward the pooled rate with strength 20; observational, see
:func:`offerkit.thank_you_effect`).

Everything is vectorized in numpy over paths × applications; the loop runs
over days.  Random numbers are common across policies: the k-th wait of an
application on a path always uses the same draws, so comparing two policies
with the same seed shows the policy's effect, not noise.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from .._core.defaults import SAMPLE_DEFAULTS
from .._core.result import Result
from .._core.search import require_events
from .._core.status import DECIDED, application_status
from .._core.timeline import DEFAULT_WINDOW, day_numbers, day_table_for, holiday_window
from .._core.waits import waits as _waits
from .._stats.intervals import wilson, z_value
from .conversion import conversion_prior, joint_conversion
from .engine import NEXT, Pipeline, offer_reach, point_draws, posterior_draws, run_paths
from .fits import fitted
from .policy import Policy
from .priors import PRIORS
from .response import STAGES, Estimate, fitted_model, model_data

__all__ = ["simulate", "Forecast", "SimulationParameters", "format_percent"]

_GENERATOR_NEXT = {  # where an advance leads in the sample generator (its skip_screen and interview rounds)
    "applied": {"screen": 0.8, "interview": 0.2},
    "screen": {"interview": 1.0},
    "interview": {"interview": 0.45, "onsite": 0.55},
    "onsite": {"offer": 1.0},
}


@dataclasses.dataclass
class SimulationParameters:
    """The parameters the simulator runs on (built from a fitted model, or by hand in tests).

    Attributes
    ----------
    ghost : dict
        ``{stage: probability}`` for a new wait (reference source).
    ghost_source_odds : dict
        ``{source: odds ratio}`` for sources with their own effect.
    hazard : dict
        ``{stage: λ}`` daily hazard on a business day outside the window.
    beta_nonbusiness, beta_window, beta_followup : float
    advance : dict
        ``{stage: P(advance | answered)}``.
    advance_thank_you : dict, optional
        ``{stage: (with note, without note)}`` for interview/onsite.
    transitions : dict
        ``{stage: {next_stage: probability}}`` after an advance.
    advance_n, transitions_n : dict, optional
        ``{stage: effective sample size}`` (answered waits + prior strength)
        of ``advance`` and ``transitions``: the concentration of their
        Beta / Dirichlet posteriors, from which :func:`simulate` draws when
        the parameters come from a fit.  Empty: no uncertainty.

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=60, seed=2))
    >>> p = offerkit.SimulationParameters.from_model(offerkit.fit_model(s), s)
    >>> f = offerkit.simulate(s, params=p, paths=200, seed=1)
    >>> f.draws
    1
    """

    ghost: dict
    hazard: dict
    beta_nonbusiness: float = 0.0
    beta_window: float = 0.0
    beta_followup: float = 0.0
    advance: dict = dataclasses.field(default_factory=lambda: dict(PRIORS["advance"]))
    transitions: dict = dataclasses.field(
        default_factory=lambda: {k: dict(v) for k, v in PRIORS["transitions"].items()}
    )
    ghost_source_odds: dict = dataclasses.field(default_factory=dict)
    advance_thank_you: dict = dataclasses.field(default_factory=dict)
    advance_n: dict = dataclasses.field(default_factory=dict)
    transitions_n: dict = dataclasses.field(default_factory=dict)
    #: where the conversion priors came from: "published evidence" or "this cohort (empirical Bayes, N candidates)"
    prior: str = "published evidence"
    #: the conversion prior's strength per stage (pseudo-answers), part of ``advance_n``
    advance_strength: dict = dataclasses.field(default_factory=dict)
    #: the answered waits per stage behind ``advance`` (the data's part of it)
    advance_answers: dict = dataclasses.field(default_factory=dict)
    #: the stages' conversions read together (:func:`offerkit._model.conversion.joint_conversion`): the
    #: simulator's draws take one shared shift per draw; None: each stage drawn apart from ``advance_n``
    advance_joint: object = None

    @classmethod
    def sample_defaults(cls) -> "SimulationParameters":
        """The sample generator's own parameters (``SAMPLE_DEFAULTS``): the "true parameters" of generated data.

        Source ghost factors become odds ratios at the applied stage; the
        generator's source-dependent advance and per-application interview
        rounds have no field here, so a forecast on these is close to, not
        exactly, the generator's truth.
        """
        d = SAMPLE_DEFAULTS
        g = d["ghost"]["applied"]
        odds = {s: (g * f / (1 - g * f)) / (g / (1 - g)) for s, f in d["ghost_source_factor"].items()}
        return cls(
            ghost=dict(d["ghost"]),
            hazard=dict(d["hazard"]),
            beta_nonbusiness=float(np.log(d["nonbusiness"])),
            beta_window=-float(np.log(d["slowdown"])),
            beta_followup=float(np.log(d["followup_boost"])),
            advance=dict(d["advance"]),
            transitions={k: dict(v) for k, v in _GENERATOR_NEXT.items()},
            ghost_source_odds=odds,
        )

    @classmethod
    def from_model(cls, model, search, *, candidate=None) -> "SimulationParameters":
        """Parameters from a fitted :class:`ResponseModel` and the search's answered waits.

        With ``candidate`` in a cohort, a stage whose conversion prior comes from the cohort (empirical Bayes
        over candidates) is that candidate's own answers shrunk toward it: the candidate borrows the cohort's
        strength without being the cohort's average.  Without it, the cohort's pooled answers.
        """
        w = _waits(search)
        # answers after at least a day: same-day answers (mostly automatic rejections) are outside the response
        # model (definitions §4.4), so counting them here would make answered waits look less successful than they are
        answered = w[w["observed"] & (w["days"] >= 1)]
        advance, transitions, advance_n, transitions_n = {}, {}, {}, {}
        nxt = _next_events(search, answered)
        used, strengths, answers, personal = "published evidence", {}, {}, []
        for stage in STAGES:
            a = answered[answered["stage"] == stage]
            k, n = int((a["response"] == "advanced").sum()), len(a)
            prior, strength, from_cohort = conversion_prior(a, stage)
            strengths[stage] = strength
            answers[stage] = n
            if from_cohort:
                used = f"this cohort's own (empirical Bayes over its {answered['candidate'].nunique()} candidates)"
                if candidate is not None:  # the candidate's own answers, shrunk toward the cohort's prior
                    own = a[a["candidate"] == candidate]
                    k, n = int((own["response"] == "advanced").sum()), len(own)
                    answers[stage] = n
                advance[stage] = (k + strength * prior) / (n + strength)
                advance_n[stage] = n + strength
            else:  # the evidence's prior, read with the person's other stages
                personal.append((stage, k, n, prior))
            counts = nxt[nxt["stage"] == stage]["next"].value_counts()
            default = PRIORS["transitions"][stage]
            total = counts.sum() + TRANSITION_PRIOR
            transitions_n[stage] = float(total)
            transitions[stage] = {
                s: (counts.get(s, 0) + TRANSITION_PRIOR * default.get(s, 0.0)) / total
                for s in NEXT
                if counts.get(s, 0) + default.get(s, 0.0) > 0
            }
        joint = None
        if personal:
            names, ks, ns, centres = zip(*personal)
            joint = joint_conversion(ks, ns, centres, stages=names)
            for stage, m, c in zip(names, joint.mean(), joint.concentration()):
                advance[stage], advance_n[stage] = float(m), float(c)
        ty = {}
        from .effects import thank_you_effect

        effect = thank_you_effect(search).set_index("thank_you")
        pooled_k = effect["advanced"].sum()
        pooled_n = (effect["advanced"] + effect["closed"]).sum()
        pooled = (pooled_k + 2 * 0.5) / (pooled_n + 2)
        rates = {}
        for flag in (True, False):
            k, n = effect.loc[flag, "advanced"], effect.loc[flag, "advanced"] + effect.loc[flag, "closed"]
            rates[flag] = (k + 20 * pooled) / (n + 20)
        for stage in ("interview", "onsite"):
            scale = advance[stage] / pooled if pooled > 0 else 1.0
            ty[stage] = (min(rates[True] * scale, 0.99), min(rates[False] * scale, 0.99))
        beta = model.coefficients
        return cls(
            ghost={s: float(model.ghost(s)) for s in STAGES},
            ghost_source_odds={src: float(model.ghost_odds(src)) for src in model.sources_[1:]},
            hazard={s: float(model.hazard(s)) for s in STAGES},
            beta_nonbusiness=beta["nonbusiness"],
            beta_window=beta["window"],
            beta_followup=beta["followup"],
            advance=advance,
            transitions=transitions,
            advance_thank_you=ty,
            advance_n=advance_n,
            transitions_n=transitions_n,
            prior=used,
            advance_strength=strengths,
            advance_answers=answers,
            advance_joint=joint,
        )


#: Pseudo-counts of the prior next-stage mix (:data:`offerkit._model.priors.PRIORS`): the mix is the
#: employers' process design (how many rounds), which one person's 3–10 transitions per stage pin down poorly;
#: weak enough that a cohort's hundreds of transitions, and a long process's repeated rounds, decide.
TRANSITION_PRIOR = PRIORS["transitions_strength"]
#: parameter draws (no paths) over which the interval's control variate is spread (:func:`_interval_arrays`)
REACH_DRAWS = 4000


def _next_events(search, answered):
    """For advanced waits: which ladder event ended them (screen, interview, onsite, offer)."""
    adv = answered[answered["response"] == "advanced"]
    ev = search.events
    ladder = ev[ev["event"].isin(NEXT)][["candidate", "application_id", "event", "date"]]
    m = adv[["candidate", "application_id", "stage", "end"]].merge(
        ladder, left_on=["candidate", "application_id", "end"], right_on=["candidate", "application_id", "date"]
    )
    order = {e: i for i, e in enumerate(NEXT)}
    m["_o"] = m["event"].astype(str).map(order)
    m = m.sort_values("_o").drop_duplicates(["candidate", "application_id", "stage", "end"])
    return pd.DataFrame({"stage": m["stage"].astype(str), "next": m["event"].astype(str)})


@dataclasses.dataclass(repr=False)
class Forecast(Result):
    """Result of :func:`simulate`.

    Attributes
    ----------
    curve : pandas.DataFrame
        ``date, p_offer, low, high``: probability of at least one offer by
        each date, and its 95% interval (parameter uncertainty from the
        posterior draws, or the Monte Carlo error alone with fixed
        parameters).
    per_application : pandas.DataFrame
        ``application_id, company, stage, p_offer, median_offer_date``
        (``median_offer_date``: median over the paths in which this
        application ends in an offer; NaT when it never does).
    policy : Policy
    paths, seed, draws : int
        ``draws``: parameter sets the paths ran on (1: the point estimates).
    first_offer, draw_of_path : numpy.ndarray
        Per path: the day (counted from as_of) of its first offer
        (``horizon + 1`` when none), and its parameter draw.  Two forecasts
        with the same seed share them path by path (see :meth:`difference`).

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=60, seed=2))
    >>> f = offerkit.simulate(s, paths=200, seed=1)
    >>> e = f.interval(f.curve['date'].iloc[59])
    >>> bool(e.low <= e <= e.high)
    True
    """

    curve: pd.DataFrame
    per_application: pd.DataFrame
    policy: Policy
    paths: int
    seed: int
    draws: int = 1
    first_offer: np.ndarray = None
    draw_of_path: np.ndarray = None
    held_offer: bool = False
    #: with an offer in hand: the forecast of the *other* open applications, and the offer's deadline
    others: "Forecast" = None
    deadline: pd.Timestamp = None
    #: which prior the conversion rates used ("published evidence", or this cohort's own by empirical Bayes)
    prior: str = ""
    #: the level of ``low``/``high`` and of every interval the forecast gives
    confidence_level: float = 0.95
    #: ``parameter, estimate, data_weight, prior_weight``: how much each part rests on your data (see
    #: :func:`offerkit._model.priors.prior_weights`); None when the forecast ran on given parameters
    prior_weights: pd.DataFrame = None
    #: applications in the data the model was fitted to (for :meth:`in_words`)
    n_applications: int = 0

    def in_words(self, date=None) -> str:
        """The interval in words: how sure the forecast is, and which parts rest mostly on the priors.

        Examples
        --------
        >>> import offerkit
        >>> f = offerkit.simulate(offerkit.load(offerkit.sample(applications=30, seed=2)), paths=200)
        >>> f.in_words().startswith("P(an offer by")
        True
        """
        date = self.curve["date"].iloc[-1] if date is None else pd.Timestamp(date)
        p, lo, hi = self.interval(date)
        if np.isnan(p):
            return f"P(an offer by {pd.Timestamp(date).date()}): beyond the simulated horizon"
        width = hi - lo
        who = f"{self.n_applications} applications" if self.n_applications else "these data"
        how = (
            "a lot is still open: your data cannot pin it down"
            if width > 0.3
            else "fairly wide"
            if width > 0.15
            else "fairly narrow"
        )
        text = (
            f"P(an offer by {pd.Timestamp(date).date()}) between {lo:.0%} and {hi:.0%} (best guess {p:.0%}); "
            f"{how} with {who}."
        )
        if self.prior_weights is not None and len(self.prior_weights):
            mostly = self.prior_weights[self.prior_weights["prior_weight"] > 0.5]["parameter"].tolist()
            if mostly:
                text += (
                    " Resting mostly on the priors (published figures, not your data): "
                    + ", ".join(mostly[:6])
                    + (f" and {len(mostly) - 6} more" if len(mostly) > 6 else "")
                    + "."
                )
        return text

    def another_offer(self, deadline=None) -> Estimate:
        """With an offer in hand: P(another offer before the offer's deadline) with its 95% interval.

        The question changes once an offer is held: P(at least one offer) is 1,
        so what the simulation answers is whether the other applications bring
        one before you must answer (``deadline``: default the one given to
        :func:`simulate`, 7 days after ``as_of``).  NaN without a held offer.
        """
        if not self.held_offer or self.others is None:
            nan = float("nan")
            return Estimate(nan, nan, nan)
        return self.others.interval(self.deadline if deadline is None else deadline)

    @property
    def summary(self) -> pd.DataFrame:
        """``horizon, date, p_offer, low, high``: P(at least one offer) 30, 60 and 90 days after the start, and at the end."""
        columns = ["horizon", "date", "p_offer", "low", "high"]
        if self.curve.empty:
            return pd.DataFrame(columns=columns)
        first = self.curve["date"].iloc[0] - pd.Timedelta(days=1)
        rows = []
        for days in (30, 60, 90):
            date = first + pd.Timedelta(days=days)
            if date <= self.curve["date"].iloc[-1]:
                rows.append((f"{days} days", date, *self.interval(date)))
        last = self.curve["date"].iloc[-1]
        rows.append(("end of horizon", last, *self.interval(last)))
        return pd.DataFrame(rows, columns=columns)

    def _row(self, date):
        date = pd.Timestamp(date)
        c = self.curve
        if date < c["date"].iloc[0]:
            return None
        if date > c["date"].iloc[-1]:
            return "beyond"
        return c.loc[c["date"] <= date].iloc[-1]

    def p_offer_by(self, date) -> float:
        """P(at least one offer by ``date``); NaN beyond the simulated horizon."""
        row = self._row(date)
        if row is None:
            return 1.0 if self.held_offer else 0.0
        if isinstance(row, str):
            return float("nan")
        return float(row["p_offer"])

    def interval(self, date) -> Estimate:
        """P(at least one offer by ``date``) with its interval (``confidence_level``, 95% by default), as an :class:`~offerkit.Estimate`.

        Printed as ``0.180 [0.150, 0.210]``; ``format_percent`` gives ``18% (15–21%)``.
        """
        row = self._row(date)
        if row is None:
            v = 1.0 if self.held_offer else 0.0
            return Estimate(v, v, v)
        if isinstance(row, str):
            nan = float("nan")
            return Estimate(nan, nan, nan)
        return Estimate(float(row["p_offer"]), float(row["low"]), float(row["high"]))

    def _hits(self, date):
        """Per path: 1 when it has an offer by ``date``."""
        t = (pd.Timestamp(date) - (self.curve["date"].iloc[0] - pd.Timedelta(days=1))).days
        return (self.first_offer <= t).astype(float)

    def mc_error(self, date) -> float:
        """Monte Carlo standard error of :meth:`p_offer_by` (between-draw spread over the number of draws)."""
        if self.first_offer is None or self.held_offer:
            return 0.0
        means = _per_draw_means(self._hits(date), self.draw_of_path, self.draws)
        if self.draws > 1:
            return float(means.std(ddof=1) / np.sqrt(self.draws))
        p = means[0]
        return float(np.sqrt(p * (1 - p) / self.paths))

    def difference(self, other: "Forecast", date) -> Estimate:
        """P(offer by ``date``) here minus in ``other`` (same seed and paths), with a 95% interval.

        The two forecasts share random numbers and parameter draws path by
        path, so the difference is paired: its interval combines the
        parameter uncertainty of the difference and its Monte Carlo error.
        """
        if self.first_offer is None or other.first_offer is None or self.held_offer or other.held_offer:
            diff = self.p_offer_by(date) - other.p_offer_by(date)
            return Estimate(diff, diff, diff)
        if len(self.first_offer) != len(other.first_offer) or self.draws != other.draws:
            raise ValueError("difference() needs two forecasts run with the same paths and draws")
        x = self._hits(date) - other._hits(date)
        return _paired_interval(x, self.draw_of_path, self.draws, self.confidence_level)

    def _headline(self) -> str:
        last = self.curve["date"].iloc[-1]
        prior = f", priors: {self.prior}" if self.prior else ""
        return (
            f"Forecast({len(self.per_application)} open applications, {self.paths} paths, {self.draws} parameter "
            f"draws, policy={self.policy}{prior}; P(offer by {last.date()}) = {format_percent(self.interval(last))})"
        )

    def __repr__(self) -> str:
        return self._headline()


def format_percent(estimate) -> str:
    """``18% (15–21%)``: an estimate with its interval, in whole percent (one decimal under 10%).

    Parameters
    ----------
    estimate : Estimate or tuple of float
        ``(value, low, high)`` as shares (0–1); ``"n/a"`` when the value is NaN.

    Examples
    --------
    >>> format_percent(Estimate(0.184, 0.151, 0.213))
    '18% (15–21%)'
    >>> format_percent(Estimate(0.046, 0.031, 0.062))
    '4.6% (3.1–6.2%)'
    """
    p, lo, hi = estimate
    if np.isnan(p):
        return "n/a"
    digits = 1 if abs(p) < 0.1 else 0
    f = lambda x: f"{100 * x:.{digits}f}"
    return f"{f(p)}% ({f(lo)}–{f(hi)}%)"


def _per_draw_means(x, draw_of_path, n_draws):
    n = np.bincount(draw_of_path, minlength=n_draws)
    return np.bincount(draw_of_path, weights=x, minlength=n_draws) / np.maximum(n, 1)


def _paired_interval(x, draw_of_path, n_draws, confidence_level=0.95):
    """Mean of per-path values ``x`` with a normal interval: parameter spread between draws plus Monte Carlo error."""
    z = z_value(confidence_level)
    mean = float(x.mean())
    if n_draws <= 1:
        se = float(x.std(ddof=1) / np.sqrt(len(x))) if len(x) > 1 else 0.0
        return Estimate(mean, mean - z * se, mean + z * se)
    m = np.bincount(draw_of_path, minlength=n_draws)
    means = _per_draw_means(x, draw_of_path, n_draws)
    within = _per_draw_means(x**2, draw_of_path, n_draws) - means**2  # per-draw variance (biased)
    within = within * m / np.maximum(m - 1, 1)
    v_param = max(float(means.var(ddof=1) - np.mean(within / m)), 0.0)
    se = np.sqrt(v_param + means.var(ddof=1) / n_draws)
    # never beyond what a path can show: when no path has a negative difference, neither has the interval
    return Estimate(mean, max(mean - z * se, float(x.min())), min(mean + z * se, float(x.max())))


def _interval_arrays(first, draw_of_path, n_draws, days, confidence_level=0.95, reach=None):
    """The interval (95% by default) of P(offer by day t), t = 1..days, from per-path first-offer days.

    With parameter draws: the between-draw variance of P, less its Monte
    Carlo part (``E[p(1 − p)] / (m − 1)`` for ``m`` paths a draw), is the
    parameter variance (at least the Monte Carlo variance of the mean); the
    interval is the Beta distribution with the forecast's mean and that
    variance.  With one draw: the Wilson interval of the paths (Monte Carlo
    error only).  Never narrower than the Wilson interval of the paths.

    ``reach``, ``(z, z_many)``: a control variate, each draw's exact
    expected number of offers (:func:`~offerkit._model.engine.offer_reach`)
    for the draws the paths ran on and for many more draws of the same
    posterior.  Ten paths a draw cannot see the spread of a small P: at
    P ≈ 0.01 a draw's estimate is 0 or 0.1, the rare draws whose
    conversions are high decide the variance, and 200 of them usually miss
    it (in a cold market the interval of 1 person in 8 missed the
    true-parameter forecast, ``benchmarks/calibration.py``; with ten times the
    paths, none did).  So P is regressed on ``z`` across the draws, the
    variance of the fitted part is taken over the many draws (less the
    slope's own noise), and the residual's parameter variance (less its
    Monte Carlo part) is added: the same quantity, estimated with far less
    noise where ``z`` explains P.
    """
    from scipy import stats

    paths = len(first)
    counts = np.zeros((n_draws, days + 1))
    np.add.at(counts, (draw_of_path, np.clip(first - 1, 0, days)), 1.0)
    m = np.bincount(draw_of_path, minlength=n_draws).astype(float)
    per = np.cumsum(counts[:, :days], axis=1) / m[:, None]  # (D, days)
    mean = per.T @ m / paths
    k = np.rint(mean * paths).astype(int)
    _, w_lo, w_hi = wilson(k, np.full(len(k), paths), confidence_level=confidence_level)
    w_lo, w_hi = np.asarray(w_lo, dtype=float), np.asarray(w_hi, dtype=float)
    if n_draws <= 1:
        return w_lo, w_hi
    mc = np.mean(per * (1 - per), axis=0) / np.maximum(m.mean() - 1, 1)  # a draw's Monte Carlo variance
    z = None if reach is None else np.asarray(reach[0], dtype=float)
    if z is not None and n_draws > 3 and np.var(z) > 0:
        zc = z - z.mean()
        sxx = float(zc @ zc)
        slope = zc @ (per - per.mean(axis=0)) / sxx  # (days,)
        resid = per - per.mean(axis=0) - zc[:, None] * slope[None, :]
        s2 = (resid**2).sum(axis=0) / (n_draws - 2)
        var_z = float(np.var(np.asarray(reach[1], dtype=float), ddof=1))
        explained = np.maximum((slope**2 - s2 / sxx) * var_z, 0.0)
        var = explained + np.maximum(s2 - mc, 0.0)
    else:
        var = per.var(axis=0, ddof=1) - mc
    # never narrower than the Monte Carlo error of the mean itself (the estimate above is noisy near 0)
    var = np.maximum(var, mean * (1 - mean) / paths)
    with np.errstate(divide="ignore", invalid="ignore"):
        conc = mean * (1 - mean) / var - 1
    ok = np.isfinite(conc) & (conc > 0) & (mean > 0) & (mean < 1)
    lo, hi = mean.copy(), mean.copy()
    if ok.any():
        a, b = mean[ok] * conc[ok], (1 - mean[ok]) * conc[ok]
        tail = (1 - confidence_level) / 2
        lo[ok] = stats.beta.ppf(tail, a, b)
        hi[ok] = stats.beta.ppf(1 - tail, a, b)
    wide = (var > 0) & ~ok & (mean > 0) & (mean < 1)  # a variance too large for a Beta: the widest honest interval
    lo[wide], hi[wide] = 0.0, 1.0
    return np.minimum(lo, w_lo), np.maximum(hi, w_hi)


def _open_waits(search):
    """The waits still open at as_of, with their posterior ghost probability."""
    w = _waits(search)
    as_of = pd.Timestamp(search.as_of)
    open_w = w[~w["observed"] & (w["end"] == as_of)]
    closed = _closed_keys(search)
    keep = np.array([(c, a) not in closed for c, a in zip(open_w["candidate"], open_w["application_id"])], dtype=bool)
    open_w = open_w[keep]  # a boolean array: an empty list would select columns
    return open_w.reset_index(drop=True)


def _fitted(search, window):
    model = fitted_model(search, window)
    return model, SimulationParameters.from_model(model, search)


def _closed_keys(search):
    apps = application_status(search)
    done = apps["status"].isin([*DECIDED, "offer"])  # a ghosted note or a long silence ends no wait (definitions §4.1)
    return set(zip(apps.loc[done, "candidate"], apps.loc[done, "application_id"]))


def simulate(
    search,
    *,
    policy=None,
    paths=2000,
    horizon_days=180,
    seed=0,
    extra=None,
    params=None,
    slowdown=None,
    window=DEFAULT_WINDOW,
    model=None,
    candidate=None,
    draws=200,
    deadline=7,
    confidence_level=0.95,
) -> Forecast:
    """Simulate the open pipeline forward under a follow-up policy (see the module docstring).

    Parameters
    ----------
    search : JobSearch
    policy : Policy, optional
        Default ``Policy()``.
    paths : int, default 2000
    horizon_days : int, default 180
        Days simulated after ``search.as_of``.
    seed : int, default 0
        Same seed, same result.
    extra : list of dict, optional
        Hypothetical applications, e.g. ``[{"company": "Acme", "stage":
        "onsite", "date": "2024-12-12"}]`` (``source`` optional): a wait of
        that stage opens on that date.
    params : SimulationParameters, optional
        Run on these exact values instead of the model fitted to ``search``
        (your own assumptions, or known true parameters): no parameter
        uncertainty is added, so the interval is the Monte Carlo error alone.
    slowdown : float, optional
        Override the model's holiday slowdown factor (1 = no slowdown).
    window : holiday window, default ("12-18", "01-01")
    model : ResponseModel, optional
        A model already fitted to ``search``.
    candidate : str, optional
        In a cohort, simulate only this candidate's open applications, with
        the model fitted to the whole cohort (thin data borrow the cohort's
        strength). Without it every open application of the data is one
        pipeline, which only makes sense for one candidate.
    draws : int, default 200
        Parameter draws from the fitted model's posterior (at most one per
        10 paths); path ``p`` runs on draw ``p mod draws``.  The forecast is
        then the posterior predictive probability and ``low``/``high`` its
        95% interval from parameter uncertainty.  1 runs on the point
        estimates.
    deadline : int or date-like, default 7
        With an offer in hand, the offer's deadline (days after ``as_of``,
        or a date): the forecast then answers P(another offer before it)
        (:meth:`Forecast.another_offer`), definitions §4.6.
    confidence_level : float, default 0.95
        The level of ``low``/``high`` (and of :meth:`Forecast.difference`).

    Returns
    -------
    Forecast

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=40, seed=3))
    >>> f = simulate(s, paths=200, seed=1)
    >>> f.curve.columns.tolist(), bool(f.curve["p_offer"].is_monotonic_increasing)
    (['date', 'p_offer', 'low', 'high'], True)
    >>> bool((f.curve["low"] <= f.curve["p_offer"]).all() and (f.curve["p_offer"] <= f.curve["high"]).all())
    True
    """
    policy = policy or Policy()
    window = holiday_window(window)  # either documented form, one hashable key
    require_events(search, "the simulator")
    from_data = params is None
    if params is None:
        if model is None:
            model, params = fitted(search, "simulation parameters", window, lambda w: _fitted(search, w))
        else:
            params = SimulationParameters.from_model(model, search)
        if candidate is not None and candidate in set(search.events["candidate"]):
            params = SimulationParameters.from_model(model, search, candidate=candidate)
    as_of = pd.Timestamp(search.as_of)
    as_day = int(day_numbers([as_of])[0])
    open_w = _open_waits(search)
    if candidate is not None:
        if candidate not in set(search.events["candidate"]):
            raise ValueError(f"candidate {candidate!r} is not in the data: {', '.join(search.candidates[:10])}")
        open_w = open_w[open_w["candidate"] == candidate].reset_index(drop=True)
    table = day_table_for([as_day - 400, as_day + horizon_days + 2], country=search.country, window=window, pad=2)
    pipe, app_ids, companies = _pipeline(search, open_w, extra, table, as_day, horizon_days, window)
    dates = pd.date_range(as_of + pd.Timedelta(days=1), periods=horizon_days, freq="D")
    n = len(pipe.keys)
    if n == 0:
        curve = pd.DataFrame({"date": dates, "p_offer": 0.0, "low": 0.0, "high": 0.0})
        per = pd.DataFrame(columns=["application_id", "company", "stage", "p_offer", "median_offer_date"])
        return _with_held_offers(Forecast(curve, per, policy, paths, seed), search, candidate, deadline)
    if from_data:
        n_draws = min(int(draws), max(1, paths // 10))
        theta = posterior_draws(model, params, n_draws, seed, thank_you=policy.thank_you)
    else:
        theta = point_draws(params, thank_you=policy.thank_you)
    if slowdown is not None:
        theta.beta[:, 1] = -float(np.log(slowdown))
    offer_t, draw_of_path = run_paths(pipe, theta, policy, table, as_day, horizon_days, paths, seed)
    first = offer_t.min(axis=1)  # t of the first offer per path (horizon + 1: none)
    counts = np.bincount(np.clip(first - 1, 0, horizon_days), minlength=horizon_days + 1)[:horizon_days]
    curve = pd.DataFrame({"date": dates, "p_offer": np.cumsum(counts) / paths})
    reach = None
    if theta.n > 1:  # the interval's control variate: each draw's expected offers, here and over many more draws
        many = posterior_draws(model, params, REACH_DRAWS, seed + 1, thank_you=policy.thank_you)
        reach = (offer_reach(pipe, theta), offer_reach(pipe, many))
    curve = _with_interval(curve, first, draw_of_path, theta.n, confidence_level, reach)
    has = offer_t <= horizon_days
    medians = []
    for j in range(n):
        d = offer_t[has[:, j], j]
        medians.append(as_of + pd.Timedelta(days=int(np.median(d))) if len(d) else pd.NaT)
    per = pd.DataFrame(
        {
            "application_id": app_ids,
            "company": companies,
            "stage": np.array(STAGES, dtype=object)[pipe.stage],
            "p_offer": has.mean(axis=0),
            "median_offer_date": pd.to_datetime(pd.Series(medians, dtype="datetime64[ns]")),
        }
    )
    forecast = Forecast(
        curve,
        per,
        policy,
        paths,
        seed,
        draws=theta.n,
        first_offer=first,
        draw_of_path=draw_of_path,
        confidence_level=confidence_level,
    )
    if from_data:
        from .priors import prior_weights

        forecast.prior = params.prior
        forecast.prior_weights = prior_weights(model, params)
    forecast.n_applications = (
        int(
            search.events.loc[search.events["event"] == "applied", ["candidate", "application_id"]]
            .drop_duplicates()
            .shape[0]
        )
        if candidate is None
        else int(
            search.events.loc[
                (search.events["event"] == "applied") & (search.events["candidate"] == candidate), "application_id"
            ].nunique()
        )
    )
    return _with_held_offers(forecast, search, candidate, deadline)


def _pipeline(search, open_w, extra, table, as_day, horizon_days, window):
    """The open waits (and hypothetical ones) as an engine :class:`Pipeline` (vectorized over the waits)."""
    as_of = pd.Timestamp(search.as_of)
    cum = lambda day: table.cum_business[
        np.clip(np.asarray(day, dtype="int64") - table.first, 0, len(table.cum_business) - 1)
    ]
    cum_as = int(cum(as_day))
    n_open = len(open_w)
    start = day_numbers(open_w["start"]) if n_open else np.zeros(0, dtype="int64")
    fu = search.events[search.events["event"] == "follow_up"]
    last_fu = fu.groupby(["candidate", "application_id"], observed=True)["date"].max().rename("_last_fu")
    lf = open_w[["candidate", "application_id"]].join(last_fu, on=["candidate", "application_id"])["_last_fu"]
    lf_day = day_numbers(lf) if n_open else np.zeros(0, dtype="int64")
    has_fu = (lf_day >= 0) & (lf_day >= start)
    ref_day = np.where(has_fu, lf_day, start)
    elapsed = np.zeros((n_open, 8))
    longer = (open_w["days"] >= 1).to_numpy()
    if longer.any():
        elapsed[longer] = model_data(search, window=window, waits=open_w[longer].reset_index(drop=True)).counts
    stage_code = {s: i for i, s in enumerate(STAGES)}
    keys = [f"{c}\x1f{a}" for c, a in zip(open_w["candidate"], open_w["application_id"])]
    cols = dict(
        app_ids=list(open_w["application_id"]),
        companies=list(open_w["company"]),
        stage=[stage_code[str(x)] for x in open_w["stage"]],
        sources=list(open_w["source"]),
        start=list(start - as_day),
        ref=list(cum(ref_day) - cum_as),
        nudges=list(open_w["followups"].astype(int)),
        last=list(np.where(has_fu, ref_day - as_day, -(10**6))),
        post=[True] * n_open,
    )
    for i, x in enumerate(extra or []):
        stage = x.get("stage", "onsite")
        if stage not in STAGES:
            raise ValueError(f"extra application stage must be one of {STAGES}, not {stage!r}")
        if pd.Timestamp(x["date"]) < as_of:
            raise ValueError(
                f"the hypothetical {stage} on {pd.Timestamp(x['date']).date()} is before as_of "
                f"({as_of.date()}): add it to your data if it happened, or give a date from {as_of.date()} on"
            )
        t = min(int(day_numbers([x["date"]])[0]) - as_day, horizon_days)
        app_id = x.get("application_id", f"extra-{i + 1}")
        keys.append(f"\x1fhypothetical\x1f{app_id}")
        for name, value in (
            ("app_ids", app_id),
            ("companies", x.get("company", f"extra {i + 1}")),
            ("stage", STAGES.index(stage)),
            ("sources", x.get("source", "")),
            ("start", t),
            ("ref", int(cum(as_day + t)) - cum_as),
            ("nudges", 0),
            ("last", -(10**6)),
            ("post", False),
        ):
            cols[name].append(value)
    elapsed = np.vstack([elapsed, np.zeros((len(keys) - n_open, 8))])
    pipe = Pipeline(
        keys=keys,
        stage=np.array(cols["stage"], dtype="int64"),
        sources=np.array(cols["sources"], dtype=object),
        start=np.array(cols["start"], dtype="int64"),
        ref=np.array(cols["ref"], dtype="int64"),
        nudges=np.array(cols["nudges"], dtype="int64"),
        last_nudge=np.array(cols["last"], dtype="int64"),
        elapsed=elapsed,
        posterior=np.array(cols["post"], dtype=bool),
    )
    return pipe, np.array(cols["app_ids"], dtype=object), np.array(cols["companies"], dtype=object)


def _with_interval(curve, first, draw_of_path, n_draws, confidence_level=0.95, reach=None):
    """Add ``low, high``: the interval of P(offer by date) from the parameter draws (or Monte Carlo alone)."""
    p = curve["p_offer"].to_numpy()
    low, high = _interval_arrays(first, draw_of_path, n_draws, len(curve), confidence_level, reach)
    return curve.assign(low=np.minimum(low, p), high=np.maximum(high, p))


def _with_held_offers(forecast, search, candidate, deadline=7):
    """An offer already open is an offer: P(at least one offer) is 1 from its date (it is listed with p_offer 1).

    The forecast of the other applications is kept (``others``) with the
    offer's deadline, for the question that matters then: another offer before it?
    """
    apps = application_status(search)
    held = apps[apps["status"] == "offer"]
    if candidate is not None:
        held = held[held["candidate"] == candidate]
    if not len(held):
        return forecast
    curve = forecast.curve.assign(p_offer=1.0, low=1.0, high=1.0)
    rows = pd.DataFrame(
        {
            "application_id": held["application_id"].to_numpy(),
            "company": held["company"].to_numpy(),
            "stage": "offer",
            "p_offer": 1.0,
            "median_offer_date": held["last_stage_date"].to_numpy(),
        }
    )
    per = pd.concat([rows, forecast.per_application], ignore_index=True) if len(forecast.per_application) else rows
    as_of = pd.Timestamp(search.as_of)
    due = (
        as_of + pd.Timedelta(days=int(deadline)) if isinstance(deadline, (int, np.integer)) else pd.Timestamp(deadline)
    )
    return dataclasses.replace(
        forecast, curve=curve, per_application=per, held_offer=True, others=forecast, deadline=due
    )
