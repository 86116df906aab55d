"""What-if simulator: the response model run forward (SPEC 4.6).

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
answered waits with a Beta/Dirichlet prior of strength 10 centred on the
documented defaults of ``data/README.md`` (``SAMPLE_DEFAULTS``), so a search
with a handful of answers gets roughly the defaults and a large one its own
rates.  The thank-you toggle switches the interview/onsite conversion
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
import zlib

import numpy as np
import pandas as pd

from .._core.result import Result
from .._core.status import DECIDED, application_status
from .._core.calendar import DEFAULT_WINDOW, day_numbers, day_table_for
from .response import STAGES, fit_model
from .policy import Policy
from .._core.defaults import SAMPLE_DEFAULTS
from .._core.search import require_events
from .._core.waits import waits as _waits

__all__ = ["simulate", "Forecast", "SimulationParameters"]

NEXT = ("screen", "interview", "onsite", "offer")  # possible next ladder events after an answer
_DEFAULT_NEXT = {  # where an advance leads by default (from the generator's structure)
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
    """

    ghost: dict
    hazard: dict
    beta_nonbusiness: float = 0.0
    beta_window: float = 0.0
    beta_followup: float = 0.0
    advance: dict = dataclasses.field(default_factory=lambda: dict(SAMPLE_DEFAULTS["advance"]))
    transitions: dict = dataclasses.field(default_factory=lambda: {k: dict(v) for k, v in _DEFAULT_NEXT.items()})
    ghost_source_odds: dict = dataclasses.field(default_factory=dict)
    advance_thank_you: dict = dataclasses.field(default_factory=dict)

    @classmethod
    def from_model(cls, model, search) -> "SimulationParameters":
        """Parameters from a fitted :class:`ResponseModel` and the search's answered waits."""
        w = _waits(search)
        # answers after at least a day: same-day answers (mostly automatic rejections) are outside the response
        # model (SPEC 4.4), so counting them here would make answered waits look less successful than they are
        answered = w[w["observed"] & (w["days"] >= 1)]
        advance, transitions = {}, {}
        nxt = _next_events(search, answered)
        for stage in STAGES:
            a = answered[answered["stage"] == stage]
            k, n = int((a["response"] == "advanced").sum()), len(a)
            prior, strength = _conversion_prior(a, stage)
            advance[stage] = (k + strength * prior) / (n + strength)
            counts = nxt[nxt["stage"] == stage]["next"].value_counts()
            default = _DEFAULT_NEXT[stage]
            total = counts.sum() + TRANSITION_PRIOR
            transitions[stage] = {s: (counts.get(s, 0) + TRANSITION_PRIOR * default.get(s, 0.0)) / total for s in NEXT
                                  if counts.get(s, 0) + default.get(s, 0.0) > 0}
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
            ghost_source_odds={src: float(model.ghost_odds(src)) for src in model.sources[1:]},
            hazard={s: float(model.hazard(s)) for s in STAGES},
            beta_nonbusiness=beta["nonbusiness"], beta_window=beta["window"], beta_followup=beta["followup"],
            advance=advance, transitions=transitions, advance_thank_you=ty,
        )


#: Strength (pseudo-waits) of the documented defaults as the prior of one person's conversion: weak, so that
#: 15–50 answered waits of one search decide (a fixed 10 pulled one person's rates ~30% toward the defaults).
ONE_PERSON_PRIOR = 2.0
#: Pseudo-counts of the documented next-stage mix (screen / interview / onsite / offer after an advance).
TRANSITION_PRIOR = 2.0


def _conversion_prior(answered_at_stage, stage):
    """``(prior mean, strength)`` of P(advance | answered) at ``stage``.

    With a cohort (at least 5 candidates with answered waits at the stage)
    the prior is estimated from the cohort by empirical Bayes (the
    beta-binomial fit of :func:`offerkit.shrink` over candidates): its mean
    and its strength both come from the data.  For one person it is the
    documented default (``data/README.md``) with the weak strength
    :data:`ONE_PERSON_PRIOR`.
    """
    from .._stats.funnel import shrink

    default = SAMPLE_DEFAULTS["advance"][stage]
    per = answered_at_stage.assign(_adv=answered_at_stage["response"].eq("advanced")).groupby("candidate")["_adv"]
    k, n = per.sum().to_numpy(), per.size().to_numpy()
    if len(n) >= 5:
        s = shrink(k, n)
        strength = s.alpha + s.beta
        return s.alpha / strength, float(strength)
    return default, ONE_PERSON_PRIOR


def _next_events(search, answered):
    """For advanced waits: which ladder event ended them (screen, interview, onsite, offer)."""
    adv = answered[answered["response"] == "advanced"]
    ev = search.events
    ladder = ev[ev["event"].isin(NEXT)][["candidate", "application_id", "event", "date"]]
    m = adv[["candidate", "application_id", "stage", "end"]].merge(
        ladder, left_on=["candidate", "application_id", "end"], right_on=["candidate", "application_id", "date"])
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
        ``date, p_offer``: probability of at least one offer by each date.
    per_application : pandas.DataFrame
        ``application_id, company, stage, p_offer, median_offer_date``
        (``median_offer_date``: median over the paths in which this
        application ends in an offer; NaT when it never does).
    policy : Policy
    paths, seed : int
    """

    curve: pd.DataFrame
    per_application: pd.DataFrame
    policy: Policy
    paths: int
    seed: int

    @property
    def summary(self) -> pd.DataFrame:
        """``horizon, date, p_offer``: P(at least one offer) 30, 60 and 90 days after the start, and at the end."""
        if self.curve.empty:
            return pd.DataFrame(columns=["horizon", "date", "p_offer"])
        first = self.curve["date"].iloc[0]
        rows = []
        for days in (30, 60, 90):
            date = first + pd.Timedelta(days=days)
            if date <= self.curve["date"].iloc[-1]:
                rows.append((f"{days} days", date, self.p_offer_by(date)))
        last = self.curve.iloc[-1]
        rows.append(("end of horizon", last["date"], float(last["p_offer"])))
        return pd.DataFrame(rows, columns=["horizon", "date", "p_offer"])

    def p_offer_by(self, date) -> float:
        """P(at least one offer by ``date``); NaN beyond the simulated horizon."""
        date = pd.Timestamp(date)
        c = self.curve
        if date < c["date"].iloc[0]:
            return 0.0
        if date > c["date"].iloc[-1]:
            return float("nan")
        return float(c.loc[c["date"] <= date, "p_offer"].iloc[-1])

    def _headline(self) -> str:
        last = self.curve.iloc[-1]
        return (f"Forecast({len(self.per_application)} open applications, {self.paths} paths, policy={self.policy}; "
                f"P(offer by {last['date'].date()}) = {last['p_offer']:.3f})")

    def __repr__(self) -> str:
        return self._headline()


def _open_waits(search):
    """The waits still open at as_of, with their posterior ghost probability."""
    w = _waits(search)
    as_of = pd.Timestamp(search.as_of)
    open_w = w[~w["observed"] & (w["end"] == as_of)]
    closed = _closed_keys(search)
    open_w = open_w[[(c, a) not in closed for c, a in zip(open_w["candidate"], open_w["application_id"])]]
    return open_w.reset_index(drop=True)


def _fitted(search, window):
    model = fit_model(search, window=window)
    return model, SimulationParameters.from_model(model, search)


def _closed_keys(search):
    apps = application_status(search)
    done = apps["status"].isin([*DECIDED, "offer"])  # a ghosted note or a long silence ends no wait (SPEC 4.1)
    return set(zip(apps.loc[done, "candidate"], apps.loc[done, "application_id"]))


def _ghost_new(params, stage, source):
    g = params.ghost[stage]
    odds = params.ghost_source_odds.get(source, 1.0)
    o = g / (1 - g) * odds
    return o / (1 + o)


def simulate(search, *, policy=None, paths=2000, horizon_days=180, seed=0, extra=None, params=None,
             slowdown=None, window=DEFAULT_WINDOW, model=None, candidate=None) -> Forecast:
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
        Run on these instead of the model fitted to ``search``.
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

    Returns
    -------
    Forecast

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=40, seed=3))
    >>> f = simulate(s, paths=200, seed=1)
    >>> f.curve.columns.tolist(), bool(f.curve["p_offer"].is_monotonic_increasing)
    (['date', 'p_offer'], True)
    """
    policy = policy or Policy()
    require_events(search, "the simulator")
    if params is None:
        if model is None:
            model, params = search.cached(("simparams", window), lambda: _fitted(search, window))
        else:
            params = SimulationParameters.from_model(model, search)
    as_of = pd.Timestamp(search.as_of)
    as_day = int(day_numbers([as_of])[0])
    open_w = _open_waits(search)
    if candidate is not None:
        if candidate not in set(search.events["candidate"]):
            raise ValueError(f"candidate {candidate!r} is not in the data: {', '.join(search.candidates[:10])}")
        open_w = open_w[open_w["candidate"] == candidate].reset_index(drop=True)
    # per application: stage, source, start day, ghost probability, nudges so far, last contact
    rows, cands = [], []
    table = day_table_for([as_day - 400, as_day + horizon_days + 2], country=search.country, window=window, pad=2)
    b_nb, b_w, b_f = params.beta_nonbusiness, params.beta_window, params.beta_followup
    if slowdown is not None:
        b_w = -float(np.log(slowdown))
    fu = search.events[search.events["event"] == "follow_up"]
    last_fu = fu.groupby(["candidate", "application_id"])["date"].max()
    for r in open_w.itertuples(index=False):
        stage = str(r.stage)
        start = int(day_numbers([r.start])[0])
        days = np.arange(start + 1, as_day + 1)
        g = _ghost_new(params, stage, r.source)
        if len(days):
            eta = b_nb * (~table.is_business(days)) + b_w * table.in_window(days)
            H = params.hazard[stage] * np.exp(eta).sum()  # nudge boosts of the past are ignored here (small)
            surv = np.exp(-H)
            g = g / (g + (1 - g) * surv)
        lf = last_fu.get((r.candidate, r.application_id))
        ref = start if lf is None or pd.isna(lf) or lf < r.start else int(day_numbers([lf])[0])
        rows.append((r.application_id, r.company, stage, r.source, start, g, int(r.followups), ref))
        cands.append(r.candidate)
    for i, x in enumerate(extra or []):
        stage = x.get("stage", "onsite")
        if stage not in STAGES:
            raise ValueError(f"extra application stage must be one of {STAGES}, not {stage!r}")
        if pd.Timestamp(x["date"]) < as_of:
            raise ValueError(f"the hypothetical {stage} on {pd.Timestamp(x['date']).date()} is before as_of "
                             f"({as_of.date()}): add it to your data if it happened, or give a date from {as_of.date()} on")
        start = int(day_numbers([x["date"]])[0])
        cands.append("\x1fhypothetical")
        src = x.get("source", "")
        rows.append((x.get("application_id", f"extra-{i + 1}"), x.get("company", f"extra {i + 1}"), stage, src,
                     start, _ghost_new(params, stage, src), 0, start))
    n = len(rows)
    dates = pd.date_range(as_of + pd.Timedelta(days=1), periods=horizon_days, freq="D")
    if n == 0:
        curve = pd.DataFrame({"date": dates, "p_offer": 0.0})
        per = pd.DataFrame(columns=["application_id", "company", "stage", "p_offer", "median_offer_date"])
        return _with_held_offers(Forecast(curve, per, policy, paths, seed), search, candidate)
    app_ids, companies, stages0, sources, starts, g0, nudges0, ref0 = map(np.array, zip(*rows))
    keys = [f"{c}\x1f{a}" for c, a in zip(cands, app_ids)]
    offer_day = _run(params, policy, table, stages0.astype(str), sources, starts.astype("int64"), g0.astype(float),
                     nudges0.astype(int), ref0.astype("int64"), as_day, horizon_days, paths, seed, b_nb, b_w, b_f,
                     keys=keys)
    first = offer_day.min(axis=1)
    counts = np.bincount(np.clip(first - (as_day + 1), 0, horizon_days), minlength=horizon_days + 1)[:horizon_days]
    p_curve = np.cumsum(counts) / paths
    curve = pd.DataFrame({"date": dates, "p_offer": p_curve})
    has = offer_day < np.iinfo("int64").max
    medians = []
    for j in range(n):
        d = offer_day[has[:, j], j]
        medians.append(pd.Timestamp(np.datetime64("1970-01-01", "D") + np.timedelta64(int(np.median(d)), "D")) if len(d) else pd.NaT)
    per = pd.DataFrame({"application_id": app_ids, "company": companies, "stage": stages0,
                        "p_offer": has.mean(axis=0), "median_offer_date": pd.to_datetime(pd.Series(medians, dtype="datetime64[ns]"))})
    return _with_held_offers(Forecast(curve, per, policy, paths, seed), search, candidate)


def _with_held_offers(forecast, search, candidate):
    """An offer already open is an offer: P(at least one offer) is 1 from its date (it is listed with p_offer 1)."""
    apps = application_status(search)
    held = apps[apps["status"] == "offer"]
    if candidate is not None:
        held = held[held["candidate"] == candidate]
    if not len(held):
        return forecast
    curve = forecast.curve.assign(p_offer=1.0)
    rows = pd.DataFrame({"application_id": held["application_id"].to_numpy(), "company": held["company"].to_numpy(),
                         "stage": "offer", "p_offer": 1.0, "median_offer_date": held["last_stage_date"].to_numpy()})
    per = pd.concat([rows, forecast.per_application], ignore_index=True) if len(forecast.per_application) else rows
    return dataclasses.replace(forecast, curve=curve, per_application=per)


def _app_draws(seed, keys, W, paths):
    """Random numbers per application from its own stream (seeded by the seed and the application's key).

    Adding a hypothetical application, or simulating one candidate of a
    cohort, leaves every other application's draws as they were: outcomes
    are coupled across scenarios, so adding an application can never lower
    P(at least one offer) and a policy difference is not noise.
    """
    n = len(keys)
    out = [np.empty((W, paths, n)) for _ in range(4)]
    for j, key in enumerate(keys):
        rng = np.random.default_rng([int(seed) & 0xFFFFFFFF, zlib.crc32(str(key).encode())])
        out[0][:, :, j] = rng.random((W, paths))
        out[1][:, :, j] = rng.exponential(size=(W, paths))
        out[2][:, :, j] = rng.random((W, paths))
        out[3][:, :, j] = rng.random((W, paths))
    return out


def _run(params, policy, table, stages0, sources, starts, g0, nudges0, ref0, as_day, horizon_days, paths, seed, b_nb, b_w, b_f,
         keys=None):
    """The day loop. Returns the offer day per (path, application); int64 max when none."""
    n = len(stages0)
    stage_index = {s: i for i, s in enumerate(STAGES)}
    lam = np.array([params.hazard[s] for s in STAGES])
    adv = np.array([params.advance[s] for s in STAGES])
    if params.advance_thank_you:
        for s, (with_note, without) in params.advance_thank_you.items():
            adv[stage_index[s]] = with_note if policy.thank_you else without
    # transitions as cumulative probabilities over NEXT
    trans = np.zeros((len(STAGES), len(NEXT)))
    for s, dist in params.transitions.items():
        for t, p in dist.items():
            trans[stage_index[s], NEXT.index(t)] = p
    trans = np.cumsum(trans / trans.sum(axis=1, keepdims=True), axis=1)
    next_stage_of = np.array([stage_index.get(t, 4) for t in NEXT])  # offer -> 4
    ghost_odds_src = np.array([params.ghost_source_odds.get(s, 1.0) for s in sources])
    ghost_stage = np.array([params.ghost[s] for s in STAGES])
    BIG = np.iinfo("int64").max
    # common random numbers: the k-th wait of an application on a path always uses the same draws,
    # so two policies differ only through the policy, not through the luck of the draw
    W = 8
    u_ghost, u_thresh, u_adv, u_next = _app_draws(seed, keys if keys is not None else range(n), W, paths)
    wait_no = np.zeros((paths, n), dtype=int)
    stage = np.broadcast_to(np.array([stage_index[s] for s in stages0]), (paths, n)).copy()
    start = np.broadcast_to(starts, (paths, n)).copy()
    ghost = u_ghost[0] < g0[None, :]
    thresh = u_thresh[0].copy()
    H = np.zeros((paths, n))
    nudges = np.broadcast_to(nudges0, (paths, n)).copy()
    cum_b = table.cum_business
    first = table.first
    K, N, M = policy.max_follow_ups, policy.follow_up_after, policy.repeat_after
    # the cumulative business-day count at which the next nudge is due
    ref_cum = cum_b[np.clip(np.broadcast_to(ref0, (paths, n)) - first, 0, len(cum_b) - 1)]
    due_at = ref_cum + np.where(nudges == 0, N, M)
    last_nudge = np.full((paths, n), -10**6, dtype="int64")
    alive = np.ones((paths, n), dtype=bool)
    active = alive & ~ghost  # waits that can still be answered
    lam_cur = lam[stage]
    offer_day = np.full((paths, n), BIG, dtype="int64")
    e_bf = float(np.exp(b_f))
    future = starts.max() > as_day
    for d in range(as_day + 1, as_day + horizon_days + 1):
        idx = d - first
        waiting = alive & (start < d) if future else alive
        if K > 0 and table.business[idx]:
            due = waiting & (nudges < K) & (cum_b[idx] >= due_at)
            if due.any():
                nudges += due
                due_at = np.where(due, cum_b[idx] + M, due_at)
                last_nudge[due] = d
        act = active & (start < d) if future else active
        h = lam_cur * float(np.exp(b_nb * (not table.business[idx]) + b_w * table.window[idx]))
        if K > 0:
            h[(d - last_nudge - 1).astype(np.uint64) < 5] *= e_bf
        np.add(H, h, out=H, where=act)
        answered = act & (H >= thresh)
        if not answered.any():
            continue
        p_i, a_i = np.nonzero(answered)
        s = stage[p_i, a_i]
        k_i = wait_no[p_i, a_i] % W
        advance = u_adv[k_i, p_i, a_i] < adv[s]
        # rejected
        alive[p_i[~advance], a_i[~advance]] = False
        active[p_i[~advance], a_i[~advance]] = False
        p_i, a_i, s, k_i = p_i[advance], a_i[advance], s[advance], k_i[advance]
        if not len(p_i):
            continue
        u = u_next[k_i, p_i, a_i]
        nxt = next_stage_of[np.minimum((u[:, None] > trans[s]).sum(axis=1), len(NEXT) - 1)]
        got = nxt == 4
        offer_day[p_i[got], a_i[got]] = d
        alive[p_i[got], a_i[got]] = False
        active[p_i[got], a_i[got]] = False
        p_i, a_i, nxt = p_i[~got], a_i[~got], nxt[~got]
        if not len(p_i):
            continue
        stage[p_i, a_i] = nxt
        lam_cur[p_i, a_i] = lam[nxt]
        start[p_i, a_i] = d
        nudges[p_i, a_i] = 0
        due_at[p_i, a_i] = cum_b[idx] + N
        last_nudge[p_i, a_i] = -10**6
        H[p_i, a_i] = 0.0
        k_new = (wait_no[p_i, a_i] + 1) % W
        wait_no[p_i, a_i] += 1
        thresh[p_i, a_i] = u_thresh[k_new, p_i, a_i]
        g = ghost_stage[nxt]
        o = g / (1 - g) * ghost_odds_src[a_i]
        new_ghost = u_ghost[k_new, p_i, a_i] < o / (1 + o)
        ghost[p_i, a_i] = new_ghost
        active[p_i, a_i] = ~new_ghost
        future = True  # new waits start today: count from tomorrow
    return offer_day
