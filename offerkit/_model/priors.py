"""The forecast's priors: centres and widths from published evidence, not from our sample generator (issue #26).

Every prior of the response model (definitions §4.4) and the simulator (4.6) is one
row of :data:`PRIORS`: its centre, its width on the scale the model works on,
and where the figure comes from (the full citations, with year and sample, are
in ``data/README.md``).  The widths are meant to hold the range of real job
markets (a hot one to a cold one, a slow corporate process to a startup's
week), so that one person's 10–60 applications move the forecast where their
data are clear and leave it wide where they are not.

The sample generator's parameters (``SAMPLE_DEFAULTS``) are *one* world among
many: no code path reads them as a prior.

========================  =====================  ==========================================================
prior                     centre (width)         evidence
========================  =====================  ==========================================================
ghost share, applied      .55 (logit sd 1.25)    28% of applications never opened (eRecruiter 2025); 24% of
                                                 fictitious applicants contacted within 30 days (Kline et al.
                                                 2022); personal logs: most applications never answered
ghost share, screen /     .10 / .08 / .05        61–75% of candidates ghosted after an interview at some point
interview / onsite        (logit sd 1.25)        of a search of several interview processes (Greenhouse 2022,
                                                 2024): a tenth of the processes, not most
source ghost odds ratio   referral .35,          referred / sourced candidates far likelier to be hired (Gem
vs a job board            recruiter .45, company 2026, secondary): the direction is published, the size is a
                          site .9 (log sd 1)     judgement, so the width is wide
daily answer hazard λ,    .10 (log sd 2)         median first answer ≈ 7 days among answered applications
applied                                          (personal logs); reviewed after 7 days (SmartRecruiters UK
                                                 2025); first view after 9 days (eRecruiter 2025); the
                                                 four stages' hazards correlated .7 (a slow world is slow at
                                                 every stage; judgement), the ghost shares' .5
λ, later stages           .12 (log sd 2)         interview processes average 23.8 days over several rounds
                                                 (Glassdoor 2017); interview 15 days after applying
                                                 (SmartRecruiters UK 2025)
weekend / holiday         .15 (log sd 1)         no published figure: employers rarely answer on a day off
multiplier                                       (judgement, wide)
December slowdown         1.8 (log sd .75)       26% fewer hires in December than a typical month (BLS JOLTS
divisor                                          2001–2019, Conerly), concentrated in its last two weeks
follow-up boost           1.0 (log sd .75)       no published figure measures it: centred on no effect
P(advance | answered),    .35 (Beta strength 6   median seeker: 20 applications → 3 interviews (Stepstone
applied                   around a shift shared  2025) with about half answered; real searches 0.1–0.6;
                          by the person's stages the shift (log-odds sd 1): a market or profile lifts or
                          , log-odds sd 1)       lowers every stage (judgement, wide)
screen / interview /      .55 / .55 / .45        interview → hire 27% (CareerPlug 2025) ≈ .55 × .45 over an
onsite                    (strength 6)           interview and an onsite; screen pass 35%, onsite 24% among all
                                                 candidates, ghosted ones included (Ashby 2026, secondary)
next stage after an       applied: screen .7,    phone screens precede most interviews (Glassdoor 2015);
advance                   interview .3;          one to three interview rounds (judgement, weak: strength 4)
                          interview: interview
                          .4, onsite .6          (strength 6)
========================  =====================  ==========================================================

The widths are a trade-off measured with ``benchmarks/calibration.py`` (worlds
drawn around eight kinds of market): a prior wider than real markets spread
makes the forecast's average over its own uncertainty fall below what the
true parameters forecast (P(at least one offer) is concave in a conversion
rate that all open applications share), and a narrower one leaves the
interval short of the truth in a world far from the centre.  Beta strength 2
(95% of a conversion prior between 0.01 and 0.9) forecast 0.03–0.05 lower
than strength 6 (0.07 to 0.73) in every kind of world.

A cohort replaces the conversion priors by its own (empirical Bayes over
candidates, :func:`offerkit._model.simulate._conversion_prior`); the model's
other parameters are then fitted to every candidate's waits at once.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._core.vocab import OPENING_STAGES

__all__ = ["PRIORS", "priors_table", "prior_weights"]

STAGES = OPENING_STAGES

PRIORS = {
    "ghost": {"applied": 0.55, "screen": 0.10, "interview": 0.08, "onsite": 0.05},
    "ghost_sd": 1.25,  # on the log-odds scale
    "source_odds": {"job board": 1.0, "company site": 0.9, "recruiter": 0.45, "referral": 0.35},
    "source_sd": 1.0,
    "hazard": {"applied": 0.10, "screen": 0.12, "interview": 0.12, "onsite": 0.12},
    # on the log scale.  Wide: a slow world's long silences can be ghosts or slow answers (the likelihood is flat
    # along that ridge), so a tighter prior (0.9) pulled a slow person's hazard to 0.050 where the truth was
    # 0.037 and forecast 30 days out 0.05 too high (benchmarks/calibration.py, slow world); other worlds unchanged
    "hazard_sd": 2.0,
    "nonbusiness": 0.15,
    "slowdown": 1.8,
    "followup_boost": 1.0,
    "beta_sd": {"nonbusiness": 1.0, "window": 0.75, "followup": 0.75},
    # the ghost shares', source odds' and hazards' priors are Student-t with this many degrees of freedom
    # (centres and scales above): heavy tails let one person's data overrule a centre their market does not
    # fit; the three day-type factors (beta_sd) keep normal priors
    "prior_df": 2.0,
    # a person's stages share their world: the four answer hazards' priors are correlated (a slow employer
    # world is slow at every stage), and so are the four ghost shares' (judgement; multivariate t)
    "hazard_stage_corr": 0.7,
    "ghost_stage_corr": 0.5,
    "advance": {"applied": 0.35, "screen": 0.55, "interview": 0.55, "onsite": 0.45},
    "advance_strength": 6.0,
    # the person's stages share a log-odds shift (their market and profile) with this prior sd
    "advance_shift_sd": 1.0,
    "transitions": {
        "applied": {"screen": 0.7, "interview": 0.3},
        "screen": {"interview": 1.0},
        "interview": {"interview": 0.4, "onsite": 0.6},
        "onsite": {"offer": 1.0},
    },
    "transitions_strength": 6.0,
}


def source_logit(channel) -> float:
    """Prior ghost log-odds of a documented channel against a job board (0 for an unknown one)."""
    return float(np.log(PRIORS["source_odds"].get(channel, 1.0))) if channel is not None else 0.0


def priors_table() -> pd.DataFrame:
    """The priors as a table: ``parameter, centre, low, high, scale`` (low/high: the prior's 95% range).

    Examples
    --------
    >>> t = priors_table()
    >>> t.loc[t["parameter"] == "ghost share (applied)", ["centre", "low", "high"]].round(2).values.tolist()
    [[0.55, 0.01, 1.0]]
    """
    from scipy import optimize, special, stats

    rows = []
    z = float(stats.t.ppf(0.975, PRIORS["prior_df"]))  # ghost shares and hazards: Student-t priors
    for s in STAGES:
        c = PRIORS["ghost"][s]
        lo, hi = special.expit(special.logit(c) + np.array([-z, z]) * PRIORS["ghost_sd"])
        rows.append((f"ghost share ({s})", c, lo, hi, "share never answering"))
    for s in STAGES:
        c = PRIORS["hazard"][s]
        lo, hi = c * np.exp(np.array([-z, z]) * PRIORS["hazard_sd"])
        rows.append((f"answer hazard ({s})", c, lo, hi, "per business day"))
    for name, key in (
        ("weekend multiplier", "nonbusiness"),
        ("December slowdown", "slowdown"),
        ("follow-up boost", "followup_boost"),
    ):
        c = PRIORS[key]
        sd = PRIORS["beta_sd"][{"nonbusiness": "nonbusiness", "slowdown": "window", "followup_boost": "followup"}[key]]
        lo, hi = c * np.exp(np.array([-1.959964, 1.959964]) * sd)  # the day-type factors: normal priors
        rows.append((name, c, lo, hi, "factor"))
    k, sd = PRIORS["advance_strength"], PRIORS["advance_shift_sd"]
    u = np.linspace(-4.0, 4.0, 81)
    w = stats.norm.pdf(u) / stats.norm.pdf(u).sum()  # the shared shift's prior on its grid
    for s in STAGES:
        m = PRIORS["advance"][s]
        mu = special.expit(special.logit(m) + u * sd)
        cdf = lambda x: float(w @ stats.beta.cdf(x, mu * k, (1 - mu) * k))  # Beta around each shifted centre
        lo, hi = (optimize.brentq(lambda x: cdf(x) - q, 1e-9, 1 - 1e-9) for q in (0.025, 0.975))
        rows.append((f"advance when answered ({s})", m, lo, hi, "share"))
    return pd.DataFrame(rows, columns=["parameter", "centre", "low", "high", "scale"])


#: the response model's parameter names shown in :func:`prior_weights`, with their labels
PRIOR_NAMES = {
    **{f"ghost_{s}": f"ghost share ({s})" for s in STAGES},
    **{f"hazard_{s}": f"answer hazard ({s})" for s in STAGES},
    "beta_window": "December slowdown",
    "beta_followup": "follow-up boost",
}


def prior_weights(model, params) -> pd.DataFrame:
    """How much of each forecast parameter rests on your data and how much on the prior.

    For the response model's parameters (Student-t priors on the log-odds and
    log scales) the data's weight is ``1 − posterior variance / prior
    variance`` (the posterior's over the draws the forecast runs on,
    :meth:`ResponseModel.posterior_pool`; the prior's as the fit reads it: its
    inverse curvature at the centre; 0: the data said nothing, the prior is
    all; 1: the data decide alone).  For one person's conversion rates (read together,
    :mod:`offerkit._model.conversion`) it is ``1 − posterior variance / prior
    variance`` too, so a stage with no answers of its own still gets weight
    from the other stages'; for a cohort's it is ``answers / (answers +
    prior strength)``.

    Parameters
    ----------
    model : ResponseModel
    params : SimulationParameters
        Built from ``model`` (its ``advance_n``: answered waits + prior strength).

    Returns
    -------
    pandas.DataFrame
        ``parameter, estimate, data_weight, prior_weight``, one row per
        stage's ghost share, answer hazard and conversion, and the December
        slowdown and follow-up boost.
    """
    lik = model._lik
    # the posterior's variance as the forecast draws it (model.posterior_pool), not the curvature at its mode
    theta, w = model.posterior_pool()
    var_post = np.clip(w @ (theta - w @ theta) ** 2, 0.0, None)
    var_prior = lik.prior_variance()
    shrink = np.clip(1.0 - var_post / var_prior, 0.0, 1.0)
    rows = []
    for j, name in enumerate(model.names_):
        label = PRIOR_NAMES.get(name)
        if label is None:
            continue
        rows.append((label, _natural(name, model.theta_[j]), float(shrink[j])))
    joint = getattr(params, "advance_joint", None)
    joint_weight = dict(zip(joint.stages, joint.data_weight())) if joint is not None else {}
    for s in STAGES:
        if s in joint_weight:  # read with the person's other stages: how much the data narrowed it
            rows.append((f"advance when answered ({s})", float(params.advance[s]), float(joint_weight[s])))
            continue
        k = float((params.advance_strength or {}).get(s, PRIORS["advance_strength"]))
        if params.advance_answers:
            n = float(params.advance_answers.get(s, 0))
        else:  # built by hand: the answers are what advance_n holds beyond the prior's strength
            n = max(float(params.advance_n.get(s, k)) - k, 0.0) if params.advance_n else 0.0
        rows.append((f"advance when answered ({s})", float(params.advance[s]), n / max(n + k, 1e-9)))
    t = pd.DataFrame(rows, columns=["parameter", "estimate", "data_weight"])
    return t.assign(prior_weight=1.0 - t["data_weight"])


def _natural(name, value):
    from scipy import special

    if name.startswith("ghost_"):
        return float(special.expit(value))
    if name == "beta_window":
        return float(np.exp(-value))
    return float(np.exp(value))
