"""The response model: a discrete-time mixture cure model (definitions §4.4).

Each wait's employer is a *ghost* (never answers) with probability
``g = expit(a_stage + c_source)``; otherwise, on each calendar day ``d`` in
``(start, end]`` the answer comes with probability
``p_d = 1 − exp(−λ_stage · exp(β_nb·[d not a business day] + β_w·[d in the
holiday window] + β_f·[a nudge of this wait was sent on one of the 5 days
before d]))`` — a complementary log-log hazard.

Likelihood of a wait answered on day ``e``: ``(1 − g) Π_{d<e}(1 − p_d) p_e``;
of a censored wait: ``g + (1 − g) Π_d (1 − p_d)``.  Same-day answers
(``days = 0``) have no waiting day and are left out (their count is kept).

**No per-day arrays.** The hazard depends on a day only through three
yes/no covariates, so a wait needs only how many of its waiting days fall in
each of the 8 combinations (counted with prefix sums over a day calendar and
the follow-up intervals) plus the combination of its answer day.  Answered
waits then reduce to three small tables (days survived per stage × day type,
answers per stage × answer-day type, answers per stage × source); only
censored waits are evaluated one by one, identical ones merged with a weight
(see ``_Likelihood``).

**Fitting.** Maximum a posteriori with ``scipy.optimize.minimize`` (BFGS:
the problem is unbounded and small, and BFGS reached a gradient 10⁵ times
smaller than L-BFGS-B in fewer evaluations, without L-BFGS-B's fixed cost
per iteration) and an analytic gradient; 95% intervals from the observed
information (the Hessian of the negative log posterior, by forward
differences of the analytic gradient at the optimum).

**Priors** from published evidence, not from the sample generator
(:data:`offerkit._model.priors.PRIORS`, cited in ``data/README.md``): ghost
logits centred on .55/.10/.08/.05 by stage (scale 1.25), source effects on
the ghost logit around the documented channel odds (scale 1), ``log λ``
around .10/.12/.12/.12 (scale 2), all Student-t with 2 degrees of freedom,
the four stages' ghost logits correlated .5 and their log hazards .7 (a slow
employer world is slow at every stage); ``β_nb`` ~ N(log 0.15, 1²),
``β_w`` ~ N(−log 1.8, 0.75²), ``β_f`` ~ N(0, 0.75²) (normal: they often rest
on the prior alone).  The widths are chosen by calibration across eight kinds
of world (``benchmarks/calibration.py``, issue #26): heavy tails let one
person's data overrule a centre their market does not fit, and the
simulator integrates over the posterior (parameter draws), so a width wider
than real markets spread lowers the forecast (it is concave in the rates).  A search with no waiting day in the window
reports the prior slowdown, labelled as such (:func:`offerkit.slowdown`).

Source effects are estimated for sources with at least
``min_source_waits`` waits (default 5); the others share the reference
(the most common source).  Their priors are centred on the documented
channel factors (a referral ghosts less than a job board; see
:func:`ghost_prior` and :data:`offerkit._core.defaults.SOURCE_CHANNELS`),
not on 0: with one person's 5–20 waits per source, pooling all sources
into one ghost share lost the correlation between a low-ghost channel and
its later stages and forecast offers ~15% too low (measured against
forecasts on the true parameters).
"""

from __future__ import annotations

import dataclasses
import functools

import numpy as np
import pandas as pd
from scipy import optimize, special

from .._core._kernels import fold_columns, keys_sorted
from .._core.defaults import STAGES, channel_of
from .._core.search import require_events
from .._core.timeline import DEFAULT_WINDOW, day_numbers, day_table_for, holiday_window
from .._stats.intervals import z_value
from .fits import fitted
from .priors import PRIORS, source_logit

__all__ = ["fit_model", "fitted_model", "ResponseModel", "model_data"]

#: the 8 day types: (not business, in window, after a nudge)
COMBOS = np.array([[nb, w, f] for nb in (0, 1) for w in (0, 1) for f in (0, 1)], dtype=float)
FOLLOWUP_DAYS = 5
#: A source needs this many waits for its own ghost effect (its prior, centred on the channel's documented
#: factor with sd 1 on the log-odds scale, keeps a thin source near the documented figure).
MIN_SOURCE_WAITS = 5


@dataclasses.dataclass
class ModelData:
    """Per-wait sufficient statistics for the model."""

    stage: np.ndarray  # stage index 0..3
    source: np.ndarray  # source index (0 = reference)
    sources: list  # source names, index 0 the reference
    counts: np.ndarray  # n × 8 waiting days survived, by day type
    observed: np.ndarray  # bool
    answer_combo: np.ndarray  # n, day type of the answer day (-1 if censored)
    same_day: int  # answered waits with days == 0, left out
    all_waits: pd.DataFrame  # the waits given (``longer`` selects those used)
    start: np.ndarray = None  # start and end of the waits used, as day numbers
    end: np.ndarray = None
    longer: np.ndarray = None  # which of ``all_waits`` are used (days >= 1); None: all

    @functools.cached_property
    def waits(self) -> pd.DataFrame:
        """The waits used (days >= 1), made on first use (a copy of a cohort's waits costs 30 ms)."""
        return self.all_waits if self.longer is None else self.all_waits[self.longer].reset_index(drop=True)

    def rows(self, index) -> pd.DataFrame:
        """The waits used at positions ``index`` (without making :attr:`waits`)."""
        index = np.asarray(index, dtype=np.intp)
        return self.all_waits.iloc[index if self.longer is None else np.flatnonzero(self.longer)[index]]


def _nudge_intervals(search, w, start, stop, keys=None):
    """Follow-up intervals per wait: disjoint ``(lo, hi]`` day ranges boosted by a nudge.

    ``keys``: ``(application code per wait, per follow-up, follow-up day)``
    when known (see :func:`offerkit._waits.wait_keys`); else the text ids are
    hashed here.
    """
    empty = np.array([], dtype="int64")
    if keys is not None:
        wi, fi, fday = keys
        if len(fi) == 0 or len(wi) == 0:
            return empty, empty, empty
    else:
        ev = search.events
        fu = ev[ev["event"] == "follow_up"]
        if fu.empty or w.empty:
            return empty, empty, empty
        n_w = len(w)
        cand = pd.factorize(np.r_[w["candidate"].to_numpy(dtype=object), fu["candidate"].to_numpy(dtype=object)])[0]
        app = pd.factorize(
            np.r_[w["application_id"].to_numpy(dtype=object), fu["application_id"].to_numpy(dtype=object)]
        )[0]
        key = pd.factorize(cand.astype("int64") * (int(app.max()) + 1) + app)[0]  # dense application codes
        wi, fi, fday = key[:n_w], key[n_w:], day_numbers(fu["date"])
    has_wait = np.zeros(int(max(wi.max(), fi.max())) + 1, dtype=bool)
    has_wait[wi] = True
    keep = has_wait[fi]
    fday = fday[keep]
    fi = fi[keep]
    # pair each follow-up with the waits of its application, keep start < f < stop; the waits of
    # application a are rows lo[a]..lo[a] + count[a] - 1 of the waits in application order
    ordered = bool((np.diff(wi) >= 0).all())  # the search's waits come by application: no sort
    order = np.arange(len(wi)) if ordered else np.argsort(wi, kind="stable")
    count = np.bincount(wi, minlength=len(has_wait))
    lo = (np.cumsum(count) - count)[fi]
    reps = count[fi]
    pair_f = np.repeat(fday, reps)
    total = int(reps.sum())
    offsets = np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps)
    pair_w = (np.repeat(lo, reps) + offsets if ordered else order[np.repeat(lo, reps) + offsets]) if total else empty
    ok = (pair_f > start[pair_w]) & (pair_f < stop[pair_w])
    pair_f, pair_w = pair_f[ok], pair_w[ok]
    if not keys_sorted((pair_f, pair_w)):  # (already in order when waits and follow-ups are by application)
        o = np.lexsort((pair_f, pair_w))
        pair_f, pair_w = pair_f[o], pair_w[o]
    nxt = np.r_[pair_f[1:], np.iinfo("int64").max]
    same_next = np.r_[pair_w[1:] == pair_w[:-1], False]
    end = np.minimum(pair_f + FOLLOWUP_DAYS, np.where(same_next, nxt, np.iinfo("int64").max))
    return pair_w, pair_f, end


def model_data(search, *, window=DEFAULT_WINDOW, min_source_waits=MIN_SOURCE_WAITS, waits=None) -> ModelData:
    """Build the per-wait day-type counts (see the module docstring)."""
    w = search.waits if waits is None else waits
    keys = search.wait_keys if waits is None else None
    same_day = int(((w["days"] == 0) & w["observed"]).sum())
    longer = (w["days"] >= 1).to_numpy()
    if longer.all():
        longer = None
    elif keys is None:  # waits given (open ones, a few): their rows used from here on
        w = w[longer].reset_index(drop=True)
    else:  # the search's waits: the arrays used are cut, not the table (see ModelData.waits)
        keys = (keys[0][longer], keys[1], keys[2])
    sub = (lambda values: values) if longer is None or keys is None else (lambda values: values[longer])
    start = sub(day_numbers(w["start"]))
    end = sub(day_numbers(w["end"]))
    observed = sub(w["observed"].to_numpy(dtype=bool))
    n = len(start)
    survived_end = np.where(observed, end - 1, end)
    table = day_table_for(np.r_[start, end], country=search.country, window=window, pad=7)
    nb = (~table.business).astype(int)
    win = table.window.astype(int)
    combo_day = nb * 2 + win  # 0..3: (nb, win)
    cum = np.stack(
        [np.cumsum(combo_day == c, dtype=np.int32) for c in range(4)], axis=1
    )  # days × 4 (int32: half the memory traffic)
    idx = lambda d: np.clip(np.asarray(d) - table.first, 0, len(table.days) - 1)
    # rows gathered with np.take (four times faster than cum[index] for rows of four numbers)
    rows = lambda d: np.take(cum, idx(d), axis=0)
    base = rows(survived_end) - rows(start)  # n × 4, all survived days
    pair_w, pair_f, pair_hi = _nudge_intervals(search, w, start, end, keys)
    boosted = np.zeros_like(base)  # int32, like base
    if len(pair_w):
        lo = np.maximum(pair_f, start[pair_w])
        hi = np.minimum(pair_hi, survived_end[pair_w])
        ok = hi > lo
        part = rows(hi[ok]) - rows(lo[ok])
        for c in range(4):
            boosted[:, c] = np.bincount(pair_w[ok], weights=part[:, c], minlength=n)
    # columns (day type c, not boosted / boosted) = 2c, 2c + 1; one pass, not eight strided ones
    counts = np.stack([base - boosted, boosted], axis=2).reshape(n, 8)
    # the answer day's type
    fu_e = np.zeros(n, dtype=bool)
    if len(pair_w):
        e = end[pair_w]
        fu_e_pairs = (e > pair_f) & (e <= pair_f + FOLLOWUP_DAYS)
        fu_e[pair_w[fu_e_pairs]] = True
    answer_combo = np.where(observed, combo_day[idx(end)] * 2 + fu_e, -1)
    stage_col = w["stage"]
    if isinstance(stage_col.dtype, pd.CategoricalDtype) and list(stage_col.cat.categories) == list(STAGES):
        stage = sub(stage_col.cat.codes.to_numpy().astype(int))
    else:
        stage = sub(pd.Categorical(stage_col.astype(object), categories=list(STAGES)).codes.astype(int))
    if keys is not None:  # the search's source codes per application, in order of first appearance among the waits
        app_codes, texts = search.text_codes("source")
        codes, first = pd.factorize(app_codes[keys[0]])
        uniques = np.where(texts[first] == "", "(none)", texts[first]).astype(object)
    else:
        raw = w["source"].to_numpy(dtype=object)  # (keys is None: ``w`` holds only the waits used)
        codes, uniques = pd.factorize(np.where(raw == "", "(none)", raw))
    freq = np.bincount(codes, minlength=len(uniques)) if len(codes) else np.zeros(0, dtype=int)
    order = np.argsort(-freq, kind="stable")
    kept = [order[0]] + [i for i in order[1:] if freq[i] >= min_source_waits] if len(order) else []
    sources = [str(uniques[i]) for i in kept] or ["(none)"]
    to_index = np.zeros(len(uniques), dtype=int)
    for j, i in enumerate(kept):
        to_index[i] = j
    source = to_index[codes] if len(codes) else np.zeros(0, dtype=int)
    return ModelData(
        stage,
        source,
        sources,
        counts,
        observed,
        answer_combo,
        same_day,
        w,
        start,
        end,
        longer if keys is not None else None,
    )


def _channel_logit(source):
    """Ghost log-odds of ``source``'s documented channel against a job board (0 for an unknown source)."""
    return source_logit(channel_of(source))


def ghost_prior(sources):
    """Prior means of the ghost logits: per stage (for the reference source) and per other source.

    The stage means are the evidence-based ghost shares of
    :data:`offerkit._model.priors.PRIORS` moved by the reference source's
    channel; a source's effect is centred on its channel's odds ratio relative
    to the reference (a referral ghosts less than a job board), 0 for a name
    that is no known channel.
    """
    ref = _channel_logit(sources[0]) if len(sources) else 0.0
    a = special.logit([PRIORS["ghost"][s] for s in STAGES]) + ref
    c = np.array([_channel_logit(src) - ref for src in sources[1:]], dtype=float)
    return a, c


def _unique_rows(columns):
    """The first row of each distinct row of integer ``columns`` (non-negative) and how often each occurs.

    The columns are folded into one int64 key (re-numbered with
    :func:`pandas.factorize` before it could overflow), so a single hash pass
    groups the rows; no row matrix is built.
    """
    if len(columns[0]) == 0:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=int)
    codes = pd.factorize(fold_columns(columns))[0]
    counts = np.bincount(codes)
    first = np.full(len(counts), len(codes), dtype=np.intp)
    np.minimum.at(first, codes, np.arange(len(codes)))
    return first, counts


class _Likelihood:
    """Negative log posterior and its gradient over the parameter vector.

    θ = [a_stage (4), c_source (k−1), log λ_stage (4), β_nb, β_w, β_f]

    Answered waits enter only through sums: their log-likelihood
    ``log(1 − g) − H + log(1 − e^{−h_e})`` is linear in per-(stage, day type)
    day counts and per-(stage, source) and per-(stage, answer-day type)
    numbers, so they are reduced to three small tables once.  Censored waits
    (``log(g + (1 − g) e^{−H})``) are kept row by row, identical ones merged
    with a weight.
    """

    def __init__(self, data: ModelData):
        self.n_src = n_src = len(data.sources) - 1
        obs = data.observed
        st, src = data.stage, data.source
        # answered waits: sufficient statistics
        so = st[obs]
        counts_obs = np.take(data.counts, np.flatnonzero(obs), axis=0)  # (a boolean mask of rows is 4x slower)
        self.obs_days = np.stack([np.bincount(so, weights=counts_obs[:, j], minlength=4) for j in range(8)], axis=1)
        self.obs_answer = np.bincount(so * 8 + data.answer_combo[obs], minlength=32).reshape(4, 8).astype(float)
        self.obs_ghost = (
            np.bincount(so * (n_src + 1) + src[obs], minlength=4 * (n_src + 1)).reshape(4, n_src + 1).astype(float)
        )
        # censored waits: distinct rows
        cen = np.flatnonzero(~obs)
        counts_cen = np.take(data.counts, cen, axis=0)
        first, weight = _unique_rows([st[cen], src[cen], *counts_cen.T])
        self.cen_weight = weight.astype(float)
        self.cen_source = src[cen[first]]
        self.cen_stage = st[cen[first]]
        self.cen_counts = np.take(counts_cen, first, axis=0).astype(float)
        self.cen_cell = self.cen_stage * (n_src + 1) + self.cen_source  # (stage, source) cell of each row
        self.cen_stage_onehot = (np.arange(4)[:, None] == self.cen_stage[None, :]).astype(float)  # 4 × rows
        self.k = 4 + n_src + 4 + 3
        a_prior, c_prior = ghost_prior(data.sources)
        self.prior_mean = np.r_[
            a_prior,
            c_prior,
            np.log([PRIORS["hazard"][s] for s in STAGES]),
            np.log(PRIORS["nonbusiness"]),
            -np.log(PRIORS["slowdown"]),
            np.log(PRIORS["followup_boost"]),
        ]
        b = PRIORS["beta_sd"]
        self.prior_sd = np.r_[
            np.full(4, PRIORS["ghost_sd"]),
            np.full(n_src, PRIORS["source_sd"]),
            np.full(4, PRIORS["hazard_sd"]),
            [b["nonbusiness"], b["window"], b["followup"]],
        ]

    def split(self, theta):
        i = 0
        a = theta[i : i + 4]
        i += 4
        c = theta[i : i + self.n_src]
        i += self.n_src
        loglam = theta[i : i + 4]
        i += 4
        beta = theta[i : i + 3]
        return a, c, loglam, beta

    def __call__(self, theta):
        theta = np.asarray(theta, dtype=float)
        a, c, loglam, beta = self.split(theta)
        eta = a[:, None] + np.r_[0.0, c][None, :]  # ghost logits, stage × source
        table = np.exp(loglam[:, None] + (COMBOS @ beta)[None, :])  # hazards, stage × day type
        # answered waits
        ll = (
            (self.obs_ghost * -np.logaddexp(0, eta)).sum()
            - (self.obs_days * table).sum()
            + (self.obs_answer * np.log(np.where(self.obs_answer > 0, -np.expm1(-table), 1.0))).sum()
        )
        d_eta = self.obs_ghost * -special.expit(eta)
        with np.errstate(over="ignore"):
            d_table = -self.obs_days * table + self.obs_answer * table / np.expm1(np.minimum(table, 700))
        # censored waits: log(g + (1-g) e^{-H}), all stages at once (one pass, no loop over stages)
        if len(self.cen_weight):
            wt, n, st = self.cen_weight, self.cen_counts, self.cen_stage
            H = np.einsum("ij,ij->i", n, np.take(table, st, axis=0))
            # the ghost share depends on the (stage, source) cell only: computed per cell, then looked up
            cell_log_g = -np.logaddexp(0, -eta).ravel()
            log_g = cell_log_g[self.cen_cell]
            log_1g = (cell_log_g - eta.ravel())[self.cen_cell]  # log(1 − g) = log g − logit g
            ll_cen = np.logaddexp(log_g, log_1g - H)
            ll += ll_cen @ wt
            g, L = np.exp(cell_log_g)[self.cen_cell], np.exp(ll_cen)
            eH = np.exp(-H)
            d_e = wt * g * (1 - g) * (1 - eH) / np.maximum(L, 1e-300)
            d_H = -wt * (1 - g) * eH / np.maximum(L, 1e-300)
            d_eta += np.bincount(self.cen_cell, weights=d_e, minlength=d_eta.size).reshape(d_eta.shape)
            d_table += (self.cen_stage_onehot @ (n * d_H[:, None])) * table
        grad = np.r_[d_eta.sum(axis=1), d_eta.sum(axis=0)[1:], d_table.sum(axis=1), COMBOS.T @ d_table.sum(axis=0)]
        penalty, d_penalty = self.prior_penalty(theta)
        return -ll + penalty, -grad + d_penalty

    def prior_penalty(self, theta):
        """Minus the log prior density (up to a constant) at ``theta``, and its gradient.

        Heavy-tailed priors (Student-t, ``PRIORS["prior_df"]`` degrees of freedom; centres ``prior_mean``,
        scales ``prior_sd``): near the centre they pull as a normal prior of the same scale would; far from
        it they let go, so a person whose market differs from the evidence's centre (a hot market, a slow
        corporate one) is not held near it (issue #26).

        - The four stages' answer hazards are one multivariate t whose stages are correlated
          (``PRIORS["hazard_stage_corr"]``), and so are the four ghost shares (``"ghost_stage_corr"``): a
          slow employer world is slow at every stage, a market that ignores applications ignores more
          interviews too.  So a person's many applied waits inform their few later ones; a later stage with
          many waits of its own still follows them.
        - The source odds ratios are independent t's.
        - The three day-type factors keep normal priors: they often rest on the prior alone (no December in
          the data), and a normal prior's interval then says honestly how wide the evidence is.
        """
        theta = np.asarray(theta, dtype=float)
        z = (theta - self.prior_mean) / self.prior_sd
        nu = PRIORS["prior_df"]
        grad_z = np.zeros_like(z)
        value = 0.0
        for block, inv in self._correlated_blocks():  # multivariate t: (ν + d)/2 · log(1 + zᵀR⁻¹z / ν)
            zb = z[block]
            q = zb @ inv @ zb
            value += 0.5 * (nu + len(zb)) * np.log1p(q / nu)
            grad_z[block] = (nu + len(zb)) / (nu + q) * (inv @ zb)
        t = z[self._independent_t]
        value += 0.5 * (nu + 1) * np.sum(np.log1p(t**2 / nu))
        grad_z[self._independent_t] = (nu + 1) * t / (nu + t**2)
        n = z[-3:]
        value += 0.5 * np.sum(n**2)
        grad_z[-3:] = n
        return value, grad_z / self.prior_sd

    def values(self, thetas, *, chunk=2_000_000):
        """``self(theta)[0]`` (the negative log posterior, no gradient) for each row of ``thetas`` at once.

        The weights of :meth:`ResponseModel.posterior_pool` need it for a thousand parameter vectors; the
        censored rows are taken a chunk of ``thetas`` at a time so that ``rows × chunk`` stays under ``chunk``
        numbers.  Equal to calling the model row by row (``tests/model/test_posterior_pool.py``).
        """
        T = np.atleast_2d(np.asarray(thetas, dtype=float))
        out = np.empty(len(T))
        step = max(1, int(chunk) // max(8 * len(self.cen_weight), 1))
        for i in range(0, len(T), step):
            out[i : i + step] = self._values(T[i : i + step])
        return out

    def _values(self, T):
        a, c, loglam, beta = self.split(T.T)
        eta = a.T[:, :, None] + np.concatenate([np.zeros((len(T), 1)), c.T], axis=1)[:, None, :]  # (B, 4, S)
        table = np.exp(loglam.T[:, :, None] + (beta.T @ COMBOS.T)[:, None, :])  # (B, 4, 8)
        log_answer = np.log(np.where(self.obs_answer > 0, -np.expm1(-table), 1.0))
        ll = (
            (self.obs_ghost * -np.logaddexp(0, eta)).sum(axis=(1, 2))
            - (self.obs_days * table).sum(axis=(1, 2))
            + (self.obs_answer * log_answer).sum(axis=(1, 2))
        )
        if len(self.cen_weight):
            H = np.einsum("ij,bij->bi", self.cen_counts, table[:, self.cen_stage, :])
            flat = eta.reshape(len(T), -1)
            cell_log_g = -np.logaddexp(0, -flat)
            log_g = cell_log_g[:, self.cen_cell]
            log_1g = (cell_log_g - flat)[:, self.cen_cell]
            ll += np.logaddexp(log_g, log_1g - H) @ self.cen_weight
        z = (T - self.prior_mean) / self.prior_sd
        nu = PRIORS["prior_df"]
        penalty = 0.5 * np.sum(z[:, -3:] ** 2, axis=1)
        for block, inv in self._correlated_blocks():
            zb = z[:, block]
            penalty += 0.5 * (nu + len(block)) * np.log1p(np.einsum("bi,ij,bj->b", zb, inv, zb) / nu)
        penalty += 0.5 * (nu + 1) * np.sum(np.log1p(z[:, self._independent_t] ** 2 / nu), axis=1)
        return -ll + penalty

    def prior_variance(self):
        """The prior's own variance per parameter, as the fit reads it (the inverse curvature at its centre).

        What the posterior variance is compared with in :func:`offerkit._model.priors.prior_weights`: with no
        data the posterior's curvature is the prior's, so the data's weight is 0.
        """
        nu = PRIORS["prior_df"]
        h = np.zeros((self.k, self.k))
        for block, inv in self._correlated_blocks():
            h[np.ix_(block, block)] = (nu + len(block)) / nu * inv
        i = self._independent_t
        h[i, i] = (nu + 1) / nu
        h[-3:, -3:] = np.eye(3)
        h = h / np.outer(self.prior_sd, self.prior_sd)
        return np.diag(np.linalg.inv(h))

    def _correlated_blocks(self):
        """``[(indices, R⁻¹)]``: the ghost shares' and the hazards' blocks with their correlation matrices' inverses."""
        out = []
        hazard_start = 4 + self.n_src
        for start, rho in ((0, PRIORS["ghost_stage_corr"]), (hazard_start, PRIORS["hazard_stage_corr"])):
            r = np.full((4, 4), rho) + (1 - rho) * np.eye(4)
            out.append((np.arange(start, start + 4), np.linalg.inv(r)))
        return out

    @property
    def _independent_t(self):
        return np.arange(4, 4 + self.n_src)


class Estimate(float):
    """A number with its 95% interval: behaves as the float estimate; ``.low``, ``.high``; unpacks to three.

    Parameters
    ----------
    value : float
        The estimate.
    low, high : float
        The ends of its interval (95% unless the function that made it was given another ``confidence_level``).

    Examples
    --------
    >>> e = Estimate(2.0, 1.5, 2.8)
    >>> float(e) * 2, e.low, e.high
    (4.0, 1.5, 2.8)
    >>> est, low, high = e
    >>> e
    2.000 [1.500, 2.800]
    """

    def __new__(cls, estimate, low, high):
        obj = super().__new__(cls, estimate)
        obj.low, obj.high = float(low), float(high)
        return obj

    @property
    def estimate(self) -> float:
        return float(self)

    def __iter__(self):
        return iter((float(self), self.low, self.high))

    def __getitem__(self, i):
        return (float(self), self.low, self.high)[i]

    def __len__(self):
        return 3

    def __reduce__(self):
        return (Estimate, (float(self), self.low, self.high))

    def __repr__(self):
        return f"{float(self):.3f} [{self.low:.3f}, {self.high:.3f}]"


#: parameter vectors drawn for :meth:`ResponseModel.posterior_pool` (a forecast resamples its draws from them)
POSTERIOR_POOL = 2000


class ResponseModel:
    """The response model of definitions §4.4, an estimator in the lifelines style.

    ``ResponseModel(window=...)`` holds the settings; :meth:`fit` fits it to a
    search and returns it.  What the fit found ends in ``_``;
    :func:`fit_model` is ``ResponseModel(...).fit(search)`` in one call.

    Parameters
    ----------
    window : holiday window, default ("12-18", "01-01")
        A month-day pair, or a list of ``(first, last)`` dates, one per year.
    min_source_waits : int, default 5
        A source needs this many waits for its own ghost effect (thinner
        sources share the reference's).
    confidence_level : float, default 0.95
        The level of the intervals in ``summary`` and of every estimate.

    Attributes
    ----------
    summary : pandas.DataFrame
        ``parameter, estimate, low, high`` on the natural scale: ghost
        probability per stage (reference source), daily hazard λ per stage,
        the non-business multiplier, the slowdown factor exp(−β_w), the
        follow-up boost exp(β_f) and the ghost odds ratio of each source.
    theta_, cov_ : numpy.ndarray
        Estimates on the internal scale and their covariance.
    names_ : list of str
        The name of each entry of ``theta_``.
    sources_ : list of str
        The sources with their own ghost effect; the first is the reference.
    data_ : ModelData
        The waits the model was fitted to.
    n_waits_, n_answered_, same_day_ : int
    converged_ : bool

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.load(offerkit.sample(applications=60, seed=2))
    >>> m = ResponseModel(window=("12-18", "01-01")).fit(s)
    >>> m.summary.columns.tolist(), m.converged_
    (['parameter', 'estimate', 'low', 'high'], True)
    """

    def __init__(self, *, window=DEFAULT_WINDOW, min_source_waits=MIN_SOURCE_WAITS, confidence_level=0.95):
        self.window = holiday_window(window)
        self.min_source_waits = min_source_waits
        self.confidence_level = confidence_level

    def fit(self, search, *, waits=None) -> "ResponseModel":
        """Fit the model to ``search`` (maximum a posteriori, intervals from the observed information).

        Parameters
        ----------
        search : JobSearch
        waits : pandas.DataFrame, optional
            The search's waits, when the caller has them already.

        Returns
        -------
        ResponseModel
            ``self``, fitted.
        """
        z_value(self.confidence_level)  # a bad level is refused before the work
        require_events(search, "the response model")
        data = model_data(search, window=self.window, min_source_waits=self.min_source_waits, waits=waits)
        lik = _Likelihood(data)
        names = (
            [f"ghost_{s}" for s in STAGES]
            + [f"ghost_odds_{s}" for s in data.sources[1:]]
            + [f"hazard_{s}" for s in STAGES]
            + ["beta_nonbusiness", "beta_window", "beta_followup"]
        )
        x0 = lik.prior_mean.copy()
        # a tight tolerance: the intervals come from the curvature at the optimum, so stop close to it
        # (the gradient grows with the number of waits, and so does the curvature: the error of θ is about
        # gtol / n_waits, under 1e-6 for any size)
        gtol = 1e-7 * max(1000, len(data.stage))
        res = optimize.minimize(lik, x0, jac=True, method="BFGS", options={"maxiter": 2000, "gtol": gtol})
        H = _hessian(lik, res.x, grad=res.jac)
        try:
            cov = np.linalg.inv(H)
        except np.linalg.LinAlgError:
            cov = np.linalg.pinv(H)
        # BFGS stops with "precision loss" once the line search cannot improve a likelihood of 10⁶: that is
        # converged when the gradient is that small
        self.data_ = data
        self.theta_ = res.x
        self.cov_ = cov
        self.names_ = names
        self.sources_ = data.sources
        self.converged_ = bool(res.success or np.abs(res.jac).max() < 100 * gtol)
        self.n_waits_ = len(data.stage)
        self.n_answered_ = int(data.observed.sum())
        self.same_day_ = data.same_day
        self._lik = lik
        self.summary = self._summary()
        return self

    def posterior_pool(self, size=POSTERIOR_POOL):
        """Parameter vectors from the posterior itself, with importance weights: ``(theta, weights)``.

        The fit's intervals read the posterior as a normal around its mode (the Laplace approximation).  The
        forecast integrates over the posterior, and there the approximation is wrong where one person's data
        are thin: the answer hazards' posterior is skewed (a long silence is a ghost or a slow employer), so
        its mean sits below the mode, and its spread is wider than the curvature says.  With normal draws
        a slow world's forecast ran ahead of the truth (+0.06 at 60 days in ``benchmarks/calibration.py``);
        with these, +0.03.

        ``size`` vectors are drawn from a multivariate t (5 degrees of freedom) around the mode with 1.5 times
        the Laplace covariance, weighted by posterior / proposal (:meth:`_Likelihood.values`), the weights
        truncated at ``mean · √size`` (truncated importance sampling, Ionides 2008).  When fewer than a
        quarter of the draws carry the weight (effective sample size), a second proposal is fitted to the
        first's weighted mean and covariance and the better of the two kept.  Drawn once per fit with a fixed
        seed and cached; a forecast resamples from it with its own seed.

        Returns
        -------
        theta : numpy.ndarray
            ``(size, len(theta_))``.
        weights : numpy.ndarray
            Summing to 1.
        """
        cached = getattr(self, "_pool", None)
        if cached is not None and len(cached[1]) == size:
            return cached
        from scipy import stats

        rng = np.random.default_rng(0x9001)
        best = None
        mean, cov = self.theta_, (self.cov_ + self.cov_.T) / 2
        for _ in range(2):
            q = stats.multivariate_t(loc=mean, shape=1.5 * cov, df=5, allow_singular=True)
            theta = np.atleast_2d(q.rvs(size=size, random_state=rng))
            with np.errstate(over="ignore", invalid="ignore"):
                log_w = -self._lik.values(theta) - q.logpdf(theta)
            log_w = np.where(np.isfinite(log_w), log_w, -np.inf)
            w = np.exp(log_w - log_w.max())
            w = np.minimum(w, w.mean() * np.sqrt(size))
            w = w / w.sum()
            ess = 1.0 / np.sum(w**2)
            if best is None or ess > best[2]:
                best = (theta, w, ess)
            if ess >= size / 4:
                break
            mean = w @ theta
            cov = np.cov(theta.T, aweights=w) + 1e-9 * np.eye(len(mean))
        self._pool = best[:2]
        self.pool_ess_ = float(best[2])
        return self._pool

    def _se(self, j):
        return float(np.sqrt(max(self.cov_[j, j], 0.0)))

    def _interval(self, j, transform):
        return self._estimate(self.theta_[j], self.cov_[j, j], transform)

    def _estimate(self, est, var, transform):
        se = float(np.sqrt(max(var, 0.0)))
        z = z_value(self.confidence_level)
        lo, hi = transform(est - z * se), transform(est + z * se)
        return Estimate(transform(est), min(lo, hi), max(lo, hi))

    def _index(self, name):
        return self.names_.index(name)

    def _source_index(self, source):
        """Index of ``source``'s ghost log-odds in ``theta``, or None for the reference (or an unknown) source."""
        if source in self.sources_[1:]:
            return len(STAGES) + self.sources_.index(source) - 1
        return None

    @property
    def coefficients(self) -> dict:
        """The three day-type effects on the log-hazard scale: ``nonbusiness``, ``window``, ``followup``."""
        b = self.theta_[-3:]
        return {"nonbusiness": float(b[0]), "window": float(b[1]), "followup": float(b[2])}

    @property
    def beta(self):
        """The coefficients as an array (``nonbusiness, window, followup``); prefer :attr:`coefficients`."""
        return self.theta_[-3:]

    def ghost(self, stage, source=None) -> "Estimate":
        """Probability that an employer never answers at ``stage`` (from ``source``), with its 95% interval.

        ``source`` not among the model's sources (or None) is the reference
        source.  The result is a float with ``.low`` and ``.high``.
        """
        s = STAGES.index(stage)
        c = self._source_index(source)
        idx = [s] if c is None else [s, c]
        est = float(self.theta_[idx].sum())
        var = float(self.cov_[np.ix_(idx, idx)].sum())
        return self._estimate(est, var, lambda x: float(special.expit(x)))

    def ghost_odds(self, source) -> "Estimate":
        """Ghost odds ratio of ``source`` against the reference source (1 for the reference), with its interval."""
        c = self._source_index(source)
        if c is None:
            return Estimate(1.0, 1.0, 1.0)
        return self._interval(c, lambda x: float(np.exp(x)))

    def ghost_logits(self, combos, *, draws=0, seed=0):
        """Ghost log-odds for ``(stage code, source code)`` pairs, and optionally posterior draws of them.

        Source code 0 is the reference source.  Returns ``(estimates,
        draws)``: ``draws`` is an array ``(draws, len(combos))`` from the
        normal approximation of the estimates (None when ``draws=0``).
        """
        rows = np.zeros((len(combos), len(self.theta_)))
        for i, (s, c) in enumerate(combos):
            rows[i, s] = 1.0
            if c > 0:
                rows[i, len(STAGES) + c - 1] = 1.0
        est = rows @ self.theta_
        if not draws:
            return est, None
        rng = np.random.default_rng(seed)
        cov = (self.cov_ + self.cov_.T) / 2
        try:
            theta = rng.multivariate_normal(self.theta_, cov, size=draws, method="cholesky")
        except np.linalg.LinAlgError:
            theta = rng.multivariate_normal(self.theta_, cov, size=draws, method="eigh", check_valid="ignore")
        return est, theta @ rows.T

    def hazard(self, stage) -> "Estimate":
        """Daily hazard λ of ``stage`` (business day, outside the window, no nudge), with its 95% interval."""
        return self._interval(self._index(f"hazard_{stage}"), lambda x: float(np.exp(x)))

    @property
    def nonbusiness_multiplier(self) -> "Estimate":
        """exp(β_nb): how the hazard changes on a weekend or holiday, with its interval."""
        return self._interval(len(self.theta_) - 3, lambda b: float(np.exp(b)))

    @property
    def slowdown_factor(self) -> "Estimate":
        """exp(−β_w): how many times slower answers come inside the holiday window, with its interval."""
        return self._interval(len(self.theta_) - 2, lambda b: float(np.exp(-b)))

    @property
    def slowdown(self):
        """(factor, low, high) of exp(−β_w); the same as :attr:`slowdown_factor`."""
        return self.slowdown_factor

    @property
    def followup_boost(self) -> "Estimate":
        """exp(β_f): how many times likelier an answer is on the 5 days after a nudge, with its interval."""
        return self._interval(len(self.theta_) - 1, lambda b: float(np.exp(b)))

    def _summary(self):
        rows = []
        for j, name in enumerate(self.names_):
            if name.startswith("ghost_odds_"):
                rows.append((name, *self._interval(j, lambda x: float(np.exp(x)))))
            elif name.startswith("ghost_"):
                rows.append((name, *self._interval(j, lambda x: float(special.expit(x)))))
            elif name.startswith("hazard_"):
                rows.append((name, *self._interval(j, lambda x: float(np.exp(x)))))
        rows.append(("nonbusiness_multiplier", *self.nonbusiness_multiplier))
        rows.append(("slowdown", *self.slowdown_factor))
        rows.append(("followup_boost", *self.followup_boost))
        return pd.DataFrame(rows, columns=["parameter", "estimate", "low", "high"])

    def __repr__(self):
        lines = [
            f"ResponseModel({self.n_waits_} waits, {self.n_answered_} answered, {self.same_day_} same-day answers left out"
            + ("" if self.converged_ else ", NOT CONVERGED")
            + ")"
        ]
        for r in self.summary.itertuples(index=False):
            lines.append(f"  {r.parameter:<26} {r.estimate:8.3f}  [{r.low:.3f}, {r.high:.3f}]")
        return "\n".join(lines)


def _hessian(fun, x, grad=None, eps=1e-4):
    """Hessian by differences of the analytic gradient: forward ones from ``grad`` (the gradient at ``x``)
    when given, central ones otherwise; symmetrised."""
    k = len(x)
    H = np.zeros((k, k))
    for j in range(k):
        step = np.zeros(k)
        step[j] = eps * max(1.0, abs(x[j]))
        if grad is None:
            H[:, j] = (fun(x + step)[1] - fun(x - step)[1]) / (2 * step[j])
        else:
            H[:, j] = (fun(x + step)[1] - grad) / step[j]
    return (H + H.T) / 2


def fit_model(
    search, *, window=DEFAULT_WINDOW, min_source_waits=MIN_SOURCE_WAITS, waits=None, confidence_level=0.95
) -> ResponseModel:
    """Fit the response model of definitions §4.4 to a search (see the module docstring).

    Parameters
    ----------
    search : JobSearch
    window : tuple of str or list of date pairs, default ("12-18", "01-01")
        The holiday window (Dec 18 – Jan 1 inclusive every year), or explicit
        ``(first, last)`` dates per year.
    min_source_waits : int, default 5
        A source needs this many waits for its own ghost effect (thinner
        sources share the reference's).
    confidence_level : float, default 0.95
        The level of the intervals in ``summary``.

    Returns
    -------
    ResponseModel

    Examples
    --------
    >>> import offerkit
    >>> m = fit_model(offerkit.load(offerkit.sample(applications=60, seed=1)))
    >>> m.summary.columns.tolist()
    ['parameter', 'estimate', 'low', 'high']
    >>> bool(m.slowdown[1] <= m.slowdown[0] <= m.slowdown[2])
    True
    """
    return ResponseModel(window=window, min_source_waits=min_source_waits, confidence_level=confidence_level).fit(
        search, waits=waits
    )


def fitted_model(search, window=DEFAULT_WINDOW) -> ResponseModel:
    """:func:`fit_model` of ``search``, fitted once per search and window (the search is immutable) and shared
    by the simulator, ``wait_more`` and ``still_alive``."""
    return fitted(search, "response model", window, lambda w: fit_model(search, window=w))
