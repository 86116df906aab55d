"""``offerkit.wait_more``: "I have been silent s days — what is the chance of an answer in the next k days?"

definitions §4.2 asks this of the response model (4.4), run over the real calendar
from ``as_of``: weekends, public holidays and the holiday window slow the
answer, so the same question has a different answer on Dec 5 than on Oct 20.
For a wait at ``stage`` that started ``s`` calendar days before ``as_of``:

* the employer is a ghost with the posterior probability given the silence so far,
  ``g_s = g / (g + (1 − g) · exp(−H(start, as_of]))``;
* otherwise the answer comes with the cloglog hazard of each day, so
  ``P(answer in (as_of, as_of + k]) = (1 − g_s) · (1 − exp(−H(as_of, as_of + k]))``.

``H`` sums ``λ(stage) · exp(β_nb·[non-business] + β_w·[window])`` over the
days.  The source is not asked: the answer is over the stage's source mix in
the data, each source's ghost share weighted by how likely its waits are to
be this silent (a long silence is more often a job-board ghost than a
referral's).  Nudges are not assumed (a wait of yours with nudges answers a little
sooner).  The 95% interval comes from ``draws`` draws of the parameters from
the model's normal approximation.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import special

from .._core.defaults import STAGES
from .._core.search import require_events
from .._core.timeline import DEFAULT_WINDOW, day_numbers, day_table_for
from .response import COMBOS, fitted_model, model_data

__all__ = ["wait_more", "still_alive"]


def wait_more(
    search, silent_days, *, within=7, stages=STAGES, model=None, as_of=None, draws=400, seed=0, window=DEFAULT_WINDOW
) -> pd.DataFrame:
    """P(an answer within the next ``within`` days | ``silent_days`` of silence), from the response model.

    Parameters
    ----------
    search : JobSearch
    silent_days : int or sequence of int
        Calendar days since the wait started (since applying, or since the interview).
    within : int, default 7
        Calendar days ahead.
    stages : sequence of str, default all four
    model : ResponseModel, optional
        Default: :func:`offerkit.fit_model` of ``search``.
    as_of : date-like, optional
        Ask on this day (default ``search.as_of``): the calendar ahead of it counts.
    draws : int, default 400
        Parameter draws for the 95% interval.
    seed : int, default 0

    Returns
    -------
    pandas.DataFrame
        ``stage, silent_days, p_answer, low, high, p_ghost`` (``p_ghost``: the
        posterior chance that this employer never answers).

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=80, seed=3))
    >>> t = wait_more(s, [0, 14], stages=["applied"])
    >>> bool(t["p_answer"].iloc[0] >= t["p_answer"].iloc[1]), bool((t["low"] <= t["p_answer"]).all())
    (True, True)
    """
    require_events(search, "wait_more")
    model = model or fitted_model(search, window)
    as_of = pd.Timestamp(search.as_of if as_of is None else as_of).normalize()
    silent = np.atleast_1d(np.asarray(silent_days, dtype="int64"))
    today = int(day_numbers([as_of])[0])
    table = day_table_for(
        [today - int(silent.max(initial=0)) - 2, today + within + 2], country=search.country, window=model.window, pad=2
    )
    days = np.arange(today - int(silent.max(initial=0)), today + within + 1)
    idx = days - table.first
    nonbusiness = ~table.business[idx]
    inwin = table.window[idx]
    # parameter draws (the first is the estimate itself)
    rng = np.random.default_rng(seed)
    cov = (model.cov_ + model.cov_.T) / 2
    theta = np.vstack([model.theta_, _mvn(rng, model.theta_, cov, draws)])
    b_nb, b_w = theta[:, -3], theta[:, -2]
    rate = np.exp(b_nb[:, None] * nonbusiness[None, :] + b_w[:, None] * inwin[None, :])  # (draws+1, days)
    cum = np.concatenate([np.zeros((len(theta), 1)), np.cumsum(rate, axis=1)], axis=1)
    pos = lambda day: day - days[0] + 1  # cum[:, pos(d)] = sum of rates over days[0]..d
    rows = []
    k = len(STAGES)
    n_src = len(model.sources_) - 1
    for stage in stages:
        j = STAGES.index(stage)
        # the stage's waits by source: unknown source → the data's own mix, updated by the silence (below)
        mix = np.bincount(model.data_.source[model.data_.stage == j], minlength=n_src + 1).astype(float)
        mix = mix / mix.sum() if mix.sum() > 0 else np.r_[1.0, np.zeros(n_src)]
        offsets = np.concatenate([np.zeros((len(theta), 1)), theta[:, k : k + n_src]], axis=1)  # (draws+1, sources)
        g = special.expit(theta[:, [j]] + offsets)
        lam = np.exp(theta[:, model.names_.index(f"hazard_{stage}")])
        ahead = lam * (cum[:, pos(today + within)] - cum[:, pos(today)])
        for s in silent:
            past = lam * (cum[:, pos(today)] - cum[:, pos(today - int(s))])
            alive = (1 - g) * np.exp(-past)[:, None]  # P(not a ghost, and silent so far), per source
            silent_so_far = (g + alive) @ mix
            p = (alive @ mix) * (1 - np.exp(-ahead)) / silent_so_far
            p_ghost = (g @ mix) / silent_so_far
            rows.append(
                {
                    "stage": stage,
                    "silent_days": int(s),
                    "p_answer": float(p[0]),
                    "low": float(np.quantile(p[1:], 0.025)),
                    "high": float(np.quantile(p[1:], 0.975)),
                    "p_ghost": float(p_ghost[0]),
                }
            )
    out = pd.DataFrame(rows, columns=["stage", "silent_days", "p_answer", "low", "high", "p_ghost"])
    out["low"] = np.minimum(out["low"], out["p_answer"])
    out["high"] = np.maximum(out["high"], out["p_answer"])
    out["stage"] = pd.Categorical(out["stage"], categories=list(STAGES), ordered=True)
    return out


def _mvn(rng, mean, cov, n):
    try:
        return rng.multivariate_normal(mean, cov, size=n, method="cholesky")
    except np.linalg.LinAlgError:
        return rng.multivariate_normal(mean, cov, size=n, method="eigh", check_valid="ignore")


#: Waits per chunk in :func:`still_alive` (about 25 MB of draws at a time).
STILL_ALIVE_CHUNK = 4096


def still_alive(search, *, model=None, draws=400, seed=0, window=DEFAULT_WINDOW) -> pd.DataFrame:
    """Per open wait: P(the employer will still answer | the silence so far), with a 95% interval.

    Parameters
    ----------
    search : JobSearch
    model : ResponseModel, optional
        A model already fitted to ``search``; default: fitted once per search and window.
    draws : int, default 400
        Parameter draws from the model's posterior for the interval.
    seed : int, default 0
    window : holiday window, default ("12-18", "01-01")
        A month-day pair, or a list of ``(first, last)`` dates.

    ``p_alive = (1 − g) S / (g + (1 − g) S)``: ``g`` the model's ghost share
    for the wait's stage and source, ``S`` its chance of the silence so far
    given an answer will come — counted over the real calendar the wait has
    lasted, with the model's boost on the days after each nudge already sent
    (so a nudged silence says more than a quiet one).  The interval comes
    from ``draws`` draws of the model's parameters.

    Returns
    -------
    pandas.DataFrame
        ``candidate, application_id, company, stage, source, silent_days,
        p_alive, low, high``, least likely first.

    Examples
    --------
    >>> import offerkit
    >>> t = still_alive(offerkit.load(offerkit.sample(applications=60, seed=2)))
    >>> bool(((t["low"] <= t["p_alive"]) & (t["p_alive"] <= t["high"])).all())
    True
    """
    from .simulate import _open_waits

    columns = ["candidate", "application_id", "company", "stage", "source", "silent_days", "p_alive", "low", "high"]
    require_events(search, "still_alive")
    open_w = _open_waits(search)
    if open_w.empty:
        return pd.DataFrame(columns=columns)
    model = model or fitted_model(search, window)
    counts = np.zeros((len(open_w), 8))
    longer = (open_w["days"] >= 1).to_numpy()
    if longer.any():
        counts[longer] = model_data(search, window=model.window, waits=open_w[longer].reset_index(drop=True)).counts
    rng = np.random.default_rng(seed)
    cov = (model.cov_ + model.cov_.T) / 2
    theta = np.vstack([model.theta_, _mvn(rng, model.theta_, cov, draws)])  # (draws + 1, k)
    k = len(STAGES)
    stage = pd.Categorical(open_w["stage"].astype(str), categories=list(STAGES)).codes.astype(int)
    src_col = {src: k + i for i, src in enumerate(model.sources_[1:])}
    sources = open_w["source"].to_numpy(dtype=object)
    loglam = theta[:, [model.names_.index(f"hazard_{s}") for s in STAGES]]
    day_rates = np.exp(theta[:, -3:] @ COMBOS.T)  # (draws + 1, 8)
    n = len(open_w)
    p0, low, high = np.empty(n), np.empty(n), np.empty(n)
    # in chunks of waits: memory grows with the open applications, not with open applications × draws
    # (100,000 open applications took 2.1 GB at once); every chunk uses the same draws, so the result is the same
    for lo in range(0, n, STILL_ALIVE_CHUNK):
        sl = slice(lo, min(n, lo + STILL_ALIVE_CHUNK))
        logit = theta[:, stage[sl]]
        for src, col in src_col.items():
            hit = sources[sl] == src
            if hit.any():
                logit[:, hit] += theta[:, [col]]
        g = special.expit(logit)
        H = np.exp(loglam[:, stage[sl]]) * (day_rates @ counts[sl].T)  # (draws + 1, chunk)
        alive = (1 - g) * np.exp(-H)
        p = alive / (g + alive)
        p0[sl] = p[0]
        low[sl] = np.minimum(np.quantile(p[1:], 0.025, axis=0), p[0])
        high[sl] = np.maximum(np.quantile(p[1:], 0.975, axis=0), p[0])
    out = open_w[["candidate", "application_id", "company", "stage", "source"]].copy()
    out["silent_days"] = open_w["days"].astype(int).to_numpy()
    out["p_alive"] = p0
    out["low"] = low
    out["high"] = high
    return out.sort_values(["p_alive", "silent_days"], ascending=[True, False], kind="stable").reset_index(drop=True)[
        columns
    ]
