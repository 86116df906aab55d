"""The simulator's engine: event-driven paths over parameter draws (used by :func:`offerkit.simulate`).

Instead of stepping through the calendar day by day, each wait's answer
day is found directly: its cumulative hazard from the day the wait opens,
``H(t) = λ_stage · [G(t) − G(s) + (e^{β_f} − 1) · Σ_nudges (G over the 5
days after the nudge)]`` with ``G`` the running sum of
``exp(β_nb·[not a business day] + β_w·[in the window])`` over the real
calendar, is non-decreasing, so the first day with ``H(t) ≥ E`` (``E`` the
wait's unit exponential threshold) is found by bisection.  The nudges are
where the policy puts them: after ``follow_up_after`` business days of
silence, then every ``repeat_after``, at most ``max_follow_ups`` per wait
(counting those already sent).  One round per wait of an application:
answered → advance (or rejection) → the next stage's wait, until an offer,
a rejection, a ghost, or the end of the horizon.

**Parameter uncertainty.** Path ``p`` runs on parameter draw ``p mod D``:
the response model's parameters resampled from its posterior (importance
weights on a wide proposal, :meth:`ResponseModel.posterior_pool`: the normal
approximation ran slow worlds' forecasts ahead), conversion from its Beta
posterior, the next-stage mix from its Dirichlet posterior. Averaging over
the paths is then the posterior predictive probability, and the spread
between draws is the parameter uncertainty (see :class:`offerkit.Forecast`).

**Common random numbers.** Each application has its own random stream
(seeded by the seed and the application's key) and parameter draw ``d``
depends on the seed only, so adding a hypothetical application or changing
the policy leaves every other application's luck as it was.
"""

from __future__ import annotations

import dataclasses
import zlib

import numpy as np
from scipy import special

from .._core.defaults import STAGES
from .response import COMBOS, FOLLOWUP_DAYS

__all__ = ["Draws", "Pipeline", "run_paths", "offer_reach", "NEXT"]

NEXT = ("screen", "interview", "onsite", "offer")  # possible next ladder events after an answer
OFFER = len(STAGES)  # stage code of "offer" among the next stages
_ROUNDS = 8  # random numbers kept per application and path (waits beyond reuse them cyclically)


@dataclasses.dataclass
class Draws:
    """``D`` parameter sets (``D = 1``: the point estimate); arrays indexed ``[draw, stage]``."""

    ghost: np.ndarray  # (D, 4) ghost log-odds of the reference source
    hazard: np.ndarray  # (D, 4) λ
    beta: np.ndarray  # (D, 3) non-business, window, follow-up
    advance: np.ndarray  # (D, 4) P(advance | answered)
    next_cum: np.ndarray  # (D, 4, len(NEXT)) cumulative next-stage probabilities
    source_logodds: dict  # {source: (D,) ghost log-odds against the reference}

    @property
    def n(self) -> int:
        return len(self.ghost)

    def source_offsets(self, sources) -> np.ndarray:
        """``(D, n)`` ghost log-odds offsets of the applications' sources (0 for unknown ones)."""
        zero = np.zeros(self.n)
        return (
            np.stack([self.source_logodds.get(s, zero) for s in sources], axis=1)
            if len(sources)
            else np.zeros((self.n, 0))
        )


def _cumulative(dist):
    trans = np.zeros((len(STAGES), len(NEXT)))
    for s, row in dist.items():
        for t, p in row.items():
            trans[STAGES.index(s), NEXT.index(t)] = p
    total = trans.sum(axis=1, keepdims=True)
    return np.cumsum(trans / np.where(total > 0, total, 1.0), axis=1)


def point_draws(params, *, thank_you=True) -> Draws:
    """One draw: the parameters as they are (``SimulationParameters``)."""
    adv = np.array([params.advance[s] for s in STAGES], dtype=float)
    for s, (with_note, without) in (params.advance_thank_you or {}).items():
        adv[STAGES.index(s)] = with_note if thank_you else without
    g = np.clip([params.ghost[s] for s in STAGES], 1e-9, 1 - 1e-9)
    return Draws(
        ghost=special.logit(g)[None, :],
        hazard=np.array([[params.hazard[s] for s in STAGES]], dtype=float),
        beta=np.array([[params.beta_nonbusiness, params.beta_window, params.beta_followup]], dtype=float),
        advance=adv[None, :],
        next_cum=_cumulative(params.transitions)[None],
        source_logodds={s: np.array([np.log(max(o, 1e-12))]) for s, o in params.ghost_source_odds.items()},
    )


def posterior_draws(model, params, n_draws, seed, *, thank_you=True) -> Draws:
    """``n_draws`` parameter sets around ``params`` (see the module docstring); ``model`` gives the covariance."""
    point = point_draws(params, thank_you=thank_you)
    if n_draws <= 1:
        return point
    rng = np.random.default_rng([int(seed) & 0xFFFFFFFF, 0x5EED])
    pool, weights = model.posterior_pool()  # the posterior itself, not its normal approximation
    theta = pool[rng.choice(len(weights), size=n_draws, p=weights)]
    k = len(STAGES)
    n_src = len(model.sources_) - 1
    ghost = theta[:, :k]
    src = theta[:, k : k + n_src]
    loglam = np.clip(theta[:, k + n_src : 2 * k + n_src], -20, 5)
    beta = theta[:, -3:].copy()
    # keep the user's own overrides of the point values (e.g. a slowdown fixed in params) as the draws' centre
    beta += point.beta - model.theta_[-3:]
    adv = _beta_draws(rng, point.advance[0], params.advance_n, n_draws)
    joint = getattr(params, "advance_joint", None)
    if joint is not None:  # the person's stages move together: one shared shift per draw
        cols = [STAGES.index(s) for s in joint.stages]
        plain = np.array([params.advance[s] for s in joint.stages], dtype=float)
        ratio = point.advance[0, cols] / np.maximum(plain, 1e-9)  # the thank-you toggle's scaling, kept
        adv[:, cols] = np.clip(joint.draw(rng, n_draws) * ratio, 0.0, 0.999)
    next_cum = _dirichlet_draws(rng, params.transitions, params.transitions_n, n_draws)
    return Draws(
        ghost=ghost,
        hazard=np.exp(loglam),
        beta=beta,
        advance=adv,
        next_cum=next_cum,
        source_logodds={s: src[:, i] for i, s in enumerate(model.sources_[1:])},
    )


def _beta_draws(rng, mean, strength, n_draws):
    out = np.tile(mean, (n_draws, 1))
    for i, s in enumerate(STAGES):
        c = float((strength or {}).get(s, 0.0))
        m = float(np.clip(mean[i], 1e-6, 1 - 1e-6))
        if c > 0:
            out[:, i] = rng.beta(m * c, (1 - m) * c, size=n_draws)
    return out


def _dirichlet_draws(rng, transitions, strength, n_draws):
    base = _cumulative(transitions)
    out = np.tile(base, (n_draws, 1, 1))
    for i, s in enumerate(STAGES):
        c = float((strength or {}).get(s, 0.0))
        p = np.diff(np.r_[0.0, base[i]])
        keep = p > 0
        if c > 0 and keep.sum() > 1:
            draw = np.zeros((n_draws, len(NEXT)))
            draw[:, keep] = rng.dirichlet(p[keep] * c, size=n_draws)
            out[:, i] = np.cumsum(draw, axis=1)
    return out


@dataclasses.dataclass
class Pipeline:
    """The applications to run forward: one open (or hypothetical) wait each.

    Days are counted from ``as_of`` (t = 0); ``start`` may be negative (a
    wait open since before as_of) or positive (a hypothetical one).
    """

    keys: list  # one random stream per key
    stage: np.ndarray  # stage codes
    sources: np.ndarray  # source names
    start: np.ndarray  # the wait's first day (t; the hazard counts from max(start, 0) + 1)
    ref: np.ndarray  # business-day count (relative to as_of) of the last contact: nudges count from it
    nudges: np.ndarray  # nudges already sent in this wait
    last_nudge: np.ndarray  # t of the last nudge sent (very negative: none)
    elapsed: np.ndarray  # (n, 8) days already waited by day type (COMBOS), for the ghost posterior
    posterior: np.ndarray  # bool: the ghost probability is updated on the silence so far


def _streams(seed, keys, paths):
    """Per application: uniforms for ghost / threshold / advance / next stage, ``(n, 4, rounds, paths)`` float32.

    Thresholds are turned into unit exponentials (``−log(1 − u)``) where used.
    """
    u = np.empty((len(keys), 4, _ROUNDS, paths), dtype=np.float32)
    for j, key in enumerate(keys):
        rng = np.random.default_rng([int(seed) & 0xFFFFFFFF, zlib.crc32(str(key).encode())])
        rng.random(out=u[j].reshape(-1), dtype=np.float32)
    return u


class _Calendar:
    """Per-draw running sums of the day multiplier over ``t = 0..horizon`` (t = 0 is as_of)."""

    def __init__(self, table, as_day, horizon, beta):
        days = np.arange(as_day, as_day + horizon + 1)
        idx = days - table.first
        nb = (~table.business[idx]).astype(float)
        win = table.window[idx].astype(float)
        mult = np.exp(beta[:, :1] * nb[None, :] + beta[:, 1:2] * win[None, :])  # (D, T + 1)
        mult[:, 0] = 0.0  # as_of itself is already waited
        self.G = np.cumsum(mult, axis=1)
        self.width = horizon + 1
        self.flat = self.G.ravel()
        cb = table.cum_business[idx]
        self.cum_b = cb - cb[0]  # business days in (as_of, t]
        self.horizon = horizon

    def g(self, draw, t):
        return self.flat[draw * self.width + t]

    def business_day_reaching(self, count):
        """The first t whose business-day count reaches ``count`` (horizon + 1 when beyond)."""
        return np.searchsorted(self.cum_b, count, side="left")


#: (path, application) pairs simulated at once: a pipeline larger than this runs in chunks of applications
#: (each application has its own random streams, so the chunks give the numbers of one run; memory stays bounded)
CHUNK_PAIRS = 400_000


def run_paths(pipe: Pipeline, draws: Draws, policy, table, as_day, horizon, paths, seed):
    """Offer day (t from as_of; ``horizon + 1`` when none) per ``(path, application)``, and the path's draw.

    Runs in chunks of applications when ``paths × applications`` exceeds :data:`CHUNK_PAIRS` (100,000 open
    applications at 200 paths took 6.3 GB at once); the result is the same as one run.
    """
    n = len(pipe.stage)
    step = max(1, CHUNK_PAIRS // max(int(paths), 1))
    if n <= step:
        return _run_paths(pipe, draws, policy, table, as_day, horizon, paths, seed)
    parts, draw_of_path = [], None
    for lo in range(0, n, step):
        sl = slice(lo, min(n, lo + step))
        sub = dataclasses.replace(
            pipe,
            keys=list(pipe.keys[sl]),
            stage=pipe.stage[sl],
            sources=pipe.sources[sl],
            start=pipe.start[sl],
            ref=pipe.ref[sl],
            nudges=pipe.nudges[sl],
            last_nudge=pipe.last_nudge[sl],
            elapsed=pipe.elapsed[sl],
            posterior=pipe.posterior[sl],
        )
        offer, draw_of_path = _run_paths(sub, draws, policy, table, as_day, horizon, paths, seed)
        parts.append(offer)
    return np.concatenate(parts, axis=1), draw_of_path


def offer_reach(pipe: Pipeline, draws: Draws) -> np.ndarray:
    """Per draw ``(D,)``: the expected number of the pipeline's open waits that end in an offer, at any time.

    No calendar and no horizon: each open wait is answered with its ghost share (its source's and, where
    the silence so far is read, its posterior one), advances with the stage's conversion, and every later
    stage passes with ``(1 − ghost) × advance`` along the draw's next-stage mix (interview → interview
    rounds included, by solving the four stages' linear system).  The simulator's paths give the same
    quantity with timing; this one is exact for a draw and cheap for thousands, which is what the
    forecast's interval uses it for (a control variate of the per-draw P(offer), :mod:`.simulate`).
    """
    g = special.expit(draws.ghost)  # (D, 4)
    passes = (1.0 - g) * draws.advance  # P(a wait of the stage ends in an advance)
    trans = np.diff(draws.next_cum, axis=2, prepend=0.0)  # (D, 4, len(NEXT)): screen, interview, onsite, offer
    to_stage = np.zeros((draws.n, len(STAGES), len(STAGES)))
    to_stage[:, :, 1:] = trans[:, :, : len(NEXT) - 1]
    system = np.eye(len(STAGES))[None] - passes[:, :, None] * to_stage
    reach = np.linalg.solve(system, (passes * trans[:, :, -1])[..., None])[..., 0]  # (D, 4) from a stage's start
    after_answer = draws.advance * (np.einsum("dij,dj->di", to_stage, reach) + trans[:, :, -1])
    stage = pipe.stage.astype("int64")
    gi = special.expit(draws.ghost[:, stage] + draws.source_offsets(list(pipe.sources)))  # (D, n)
    if pipe.posterior.any():
        lam_combo = draws.hazard[:, :, None] * np.exp(draws.beta @ COMBOS.T)[:, None, :]  # (D, 4, 8)
        H = np.einsum("dnk,nk->dn", lam_combo[:, stage], pipe.elapsed)
        gi = np.where(pipe.posterior[None, :], gi / (gi + (1 - gi) * np.exp(-H)), gi)
    return ((1.0 - gi) * after_answer[:, stage]).sum(axis=1)


def _run_paths(pipe: Pipeline, draws: Draws, policy, table, as_day, horizon, paths, seed):
    """:func:`run_paths` for one chunk of applications."""
    n = len(pipe.stage)
    D = draws.n
    draw_of_path = np.arange(paths) % D
    u = _streams(seed, pipe.keys, paths)
    cal = _Calendar(table, as_day, horizon, draws.beta)
    offer = np.full((paths, n), horizon + 1, dtype="int64")
    src_off = draws.source_offsets(list(pipe.sources))  # (D, n)
    # round 0: every (path, application)
    P, A = np.divmod(np.arange(paths * n), n)
    d = draw_of_path[P]
    stage = pipe.stage[A].astype("int64")
    logit = draws.ghost[d, stage] + src_off[d, A]
    g = special.expit(logit)
    if pipe.posterior.any():
        lam_combo = draws.hazard[:, :, None] * np.exp(draws.beta @ COMBOS.T)[:, None, :]  # (D, 4, 8)
        H = np.einsum("ij,ij->i", lam_combo[d, stage], pipe.elapsed[A])
        g = np.where(pipe.posterior[A], g / (g + (1 - g) * np.exp(-H)), g)
    start = np.maximum(pipe.start[A], 0)
    ref = pipe.ref[A]
    sent = pipe.nudges[A]
    last = pipe.last_nudge[A]
    K, N, M = policy.max_follow_ups, policy.follow_up_after, max(policy.repeat_after, 1)
    e_bf = np.exp(draws.beta[:, 2]) - 1.0
    for k in range(64):
        if not len(P):
            break
        r = k % _ROUNDS
        ghost = u[A, 0, r, P] < g
        live = ~ghost & (start < horizon)
        P, A, d, stage, start, ref, sent, last = (x[live] for x in (P, A, d, stage, start, ref, sent, last))
        if not len(P):
            break
        thresh = -np.log1p(-u[A, 1, r, P].astype(float))
        # the policy's nudges: business-day targets, then the boosted intervals (lo, hi]
        first_target = ref + np.where(sent == 0, N, M)
        first_target = np.maximum(first_target, cal.cum_b[start] + 1)
        remaining = np.maximum(K - sent, 0)
        nudge_t = [
            np.where(j < remaining, cal.business_day_reaching(first_target + j * M), horizon + 1) for j in range(K)
        ]
        bounds = [last] + nudge_t
        intervals = []
        for j, lo in enumerate(bounds):
            hi = lo + FOLLOWUP_DAYS
            if j + 1 < len(bounds):
                hi = np.minimum(hi, bounds[j + 1])
            lo = np.clip(lo, start, horizon)
            hi = np.clip(hi, start, horizon)
            intervals.append((lo, hi))
        lam = draws.hazard[d, stage]
        bf = e_bf[d]
        g_start = cal.g(d, start)

        def cum_hazard(t, i):
            di = d[i]
            h = cal.g(di, t) - g_start[i]
            for lo, hi in intervals:
                h += bf[i] * (cal.g(di, np.clip(t, lo[i], hi[i])) - cal.g(di, lo[i]))
            return lam[i] * h

        everyone = np.arange(len(P))
        reach = cum_hazard(np.full(len(P), horizon), everyone) >= thresh
        lo_t, hi_t = start.copy(), np.full(len(P), horizon)  # the answer day is in (lo_t, hi_t] where reached
        i = np.flatnonzero(reach & (hi_t - lo_t > 1))
        while len(i):
            mid = (lo_t[i] + hi_t[i]) // 2
            hit = cum_hazard(mid, i) >= thresh[i]
            hi_t[i[hit]] = mid[hit]
            lo_t[i[~hit]] = mid[~hit]
            i = i[hi_t[i] - lo_t[i] > 1]
        answered = reach
        P, A, d, stage, t = P[answered], A[answered], d[answered], stage[answered], hi_t[answered]
        if not len(P):
            break
        adv = u[A, 2, r, P] < draws.advance[d, stage]
        P, A, d, stage, t = P[adv], A[adv], d[adv], stage[adv], t[adv]
        nxt = (u[A, 3, r, P][:, None] > draws.next_cum[d, stage]).sum(axis=1)
        nxt = np.minimum(nxt, len(NEXT) - 1)
        nxt = np.array([STAGES.index(x) if x in STAGES else OFFER for x in NEXT])[nxt]
        got = nxt == OFFER
        offer[P[got], A[got]] = t[got]
        keep = ~got
        P, A, d, stage, start = P[keep], A[keep], d[keep], nxt[keep], t[keep]
        ref = cal.cum_b[start]
        sent = np.zeros(len(P), dtype="int64")
        last = np.full(len(P), -(10**6), dtype="int64")
        g = special.expit(draws.ghost[d, stage] + src_off[d, A])
    return offer, draw_of_path
