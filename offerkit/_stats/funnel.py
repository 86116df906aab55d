"""Stage conversion: the funnel by furthest stage reached (definitions §4.3).

Each application is counted once, by the furthest ladder stage it reached
(``applied < screen < interview < onsite < offer``; skipped stages count as
passed; ``accepted``/``declined`` imply ``offer``).  At each stage *s*:

* ``reached``: applications with ``stage_reached >= s``;
* ``advanced``: ``stage_reached > s`` (for ``offer``: accepted);
* ``closed``: ``stage_reached == s`` and the application ended there:
  rejected, withdrew, declined, a ``ghosted`` marker dated on or after the last
  ladder event at *s*, or silence of more than ``stale_after`` days from the
  last ladder event at *s* to ``as_of``;
* ``pending``: ``stage_reached == s`` and not closed.

``rate = advanced / (advanced + closed)`` with a 95% Wilson interval
(``scipy.stats.binomtest(...).proportion_ci(method="wilson")``); pending
applications are left out because their fate is unknown.

With ``by=``, an empirical-Bayes shrunken rate is given beside the raw one:
per stage, a Beta(α, β) prior is fitted to the groups by maximum marginal
(beta-binomial) likelihood, and each group's rate is the posterior mean
``(advanced + α) / (advanced + closed + α + β)`` with a 95% equal-tailed
posterior interval.  Small groups are pulled toward the pooled rate, large
ones keep their own.  When the groups show no more spread than chance,
α + β grows and every group gets the pooled rate; α + β is capped at the
total number of decided applications at that stage, so the prior never
counts for more than all the data together (the interval then shows the
uncertainty of the pooled rate, not a spuriously narrow one).
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
from scipy import optimize, special

from .._core.result import Result
from .._core.status import application_status
from .._core.vocab import LADDER, LADDER_DTYPE
from .intervals import wilson

__all__ = ["funnel", "wilson", "shrink", "Shrunk", "funnel_takeaway"]


def _counts(apps, groups=None, n_groups=1, *, confidence_level=0.95) -> pd.DataFrame:
    """Funnel counts per group with array operations (one row per group × stage)."""
    rank = apps["rank"].to_numpy()
    closed = apps["closed"].to_numpy()
    accepted = apps["accepted"].to_numpy()
    g = np.zeros(len(rank), dtype=int) if groups is None else groups
    k = len(LADDER)
    cell = g * k + rank
    at = np.bincount(cell, minlength=n_groups * k).reshape(n_groups, k)
    closed_at = np.bincount(cell, weights=closed, minlength=n_groups * k).reshape(n_groups, k).astype(int)
    accepted_at = np.bincount(cell, weights=accepted, minlength=n_groups * k).reshape(n_groups, k).astype(int)
    reached = np.cumsum(at[:, ::-1], axis=1)[:, ::-1]
    advanced = np.c_[reached[:, 1:], accepted_at[:, -1]]
    pending = at - closed_at
    pending[:, -1] = at[:, -1] - closed_at[:, -1] - accepted_at[:, -1]  # accepted offers are not pending
    rate, low, high = wilson(advanced, advanced + closed_at, confidence_level=confidence_level)
    return pd.DataFrame(
        {
            "stage": pd.Categorical(np.tile(np.array(LADDER, dtype=object), n_groups), dtype=LADDER_DTYPE),
            "reached": reached.ravel(),
            "advanced": advanced.ravel(),
            "closed": closed_at.ravel(),
            "pending": pending.ravel(),
            "rate": rate.ravel(),
            "low": low.ravel(),
            "high": high.ravel(),
        }
    )


@dataclasses.dataclass(repr=False)
class Shrunk(Result):
    """Result of :func:`shrink`: empirical-Bayes rates per group.

    Attributes
    ----------
    k, n : numpy.ndarray
        Successes and trials per group.
    rate, low, high : numpy.ndarray
        Posterior means and 95% equal-tailed intervals per group.
    alpha, beta : float
        The fitted Beta prior (``alpha + beta`` is its strength in trials).

    Examples
    --------
    >>> import offerkit
    >>> s = offerkit.shrink([1, 30], [2, 100])
    >>> s.rate.shape, bool((s.low <= s.rate).all() and (s.rate <= s.high).all())
    ((2,), True)
    """

    k: np.ndarray
    n: np.ndarray
    rate: np.ndarray
    low: np.ndarray
    high: np.ndarray
    alpha: float
    beta: float

    @property
    def summary(self) -> pd.DataFrame:
        """``k, n, raw, shrunk, low, high`` per group (``raw`` is NaN where ``n = 0``)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            raw = np.where(self.n > 0, self.k / np.where(self.n > 0, self.n, 1), np.nan)
        return pd.DataFrame(
            {
                "k": self.k.astype(int),
                "n": self.n.astype(int),
                "raw": raw,
                "shrunk": self.rate,
                "low": self.low,
                "high": self.high,
            }
        )

    def _headline(self) -> str:
        prior = self.alpha / (self.alpha + self.beta)
        return (
            f"Shrunk({len(self.k)} groups; prior Beta({self.alpha:.2f}, {self.beta:.2f}): mean {prior:.3f}, "
            f"strength {self.alpha + self.beta:.1f} trials)"
        )


def shrink(k, n, *, max_strength=None, confidence_level=0.95) -> Shrunk:
    """Empirical-Bayes beta-binomial shrinkage of rates ``k / n``.

    Parameters
    ----------
    k, n : array of int
        Successes and trials per group.
    max_strength : float, optional
        Cap on α + β (complete pooling); default: the total of ``n``.
    confidence_level : float, default 0.95
        The level of ``low``/``high`` (quantiles of each posterior Beta).

    Returns
    -------
    Shrunk
        Posterior means (``rate``) and 95% intervals per group, and the fitted prior.

    Examples
    --------
    >>> s = shrink([1, 30], [2, 100])
    >>> bool(0.3 < s.rate[0] < 0.5) and bool(abs(s.rate[1] - 0.3) < 0.02)
    True
    """
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    use = n > 0
    pooled = (k[use].sum() + 0.5) / (n[use].sum() + 1.0) if use.any() else 0.5
    if use.sum() < 2:
        a, b = pooled * 2, (1 - pooled) * 2  # a weak prior centred on the pooled rate
    else:
        cap = max(float(n[use].sum()) if max_strength is None else float(max_strength), 1.0)
        # groups with the same (k, n) contribute the same term: evaluate each pair once, with its count
        kk, nn, count = _distinct_pairs(k[use], n[use])

        def nll(theta):  # minus the beta-binomial log marginal likelihood, and its gradient
            mu = special.expit(theta[0])
            strength = np.exp(theta[1])
            a_, b_ = mu * strength, (1 - mu) * strength
            value = -count @ (special.betaln(kk + a_, nn - kk + b_) - special.betaln(a_, b_))
            both = special.digamma(a_ + b_) - special.digamma(nn + a_ + b_)
            d_a = count @ (special.digamma(kk + a_) - special.digamma(a_) + both)
            d_b = count @ (special.digamma(nn - kk + b_) - special.digamma(b_) + both)
            return value, -np.array([(d_a - d_b) * strength * mu * (1 - mu), d_a * a_ + d_b * b_])

        start = np.array([special.logit(np.clip(pooled, 1e-3, 1 - 1e-3)), np.log(min(10.0, cap))])
        res = optimize.minimize(
            nll, start, method="L-BFGS-B", jac=True, bounds=[(-12, 12), (np.log(0.5), np.log(max(cap, 0.6)))]
        )
        mu, strength = special.expit(res.x[0]), np.exp(res.x[1])
        a, b = mu * strength, (1 - mu) * strength
    post_a, post_b = k + a, n - k + b
    shrunk = post_a / (post_a + post_b)
    # the Beta(post_a, post_b) quantiles, once per distinct (k, n): thousands of groups share a few hundred
    kk, nn, _, inverse = _distinct_pairs(k, n, inverse=True)
    pa, pb = kk + a, nn - kk + b
    tail = (1 - confidence_level) / 2
    low = special.betaincinv(pa, pb, tail)[inverse]
    high = special.betaincinv(pa, pb, 1 - tail)[inverse]
    return Shrunk(k=k, n=n, rate=shrunk, low=low, high=high, alpha=float(a), beta=float(b))


def _distinct_pairs(k, n, *, inverse=False):
    """Distinct ``(k, n)`` pairs of counts: ``k, n, how often`` (and each input's pair with ``inverse``).

    Whole counts fold into one integer key (a 1-D unique, much faster than ``np.unique(axis=0)``); other
    values take the 2-D route.
    """
    if (
        len(n)
        and (n >= 0).all()
        and (k >= 0).all()
        and (n == np.round(n)).all()
        and (k == np.round(k)).all()
        and n.max() < 2**31
    ):
        radix = int(n.max()) + 1
        key = k.astype("int64") * radix + n.astype("int64")
        keys, index, count = np.unique(key, return_inverse=True, return_counts=True)
        out = (keys // radix).astype(float), (keys % radix).astype(float), count
    else:
        pairs, index, count = np.unique(np.c_[k, n], axis=0, return_inverse=True, return_counts=True)
        out = pairs[:, 0], pairs[:, 1], count
    return (*out, index.ravel()) if inverse else out


def _group_keys(apps, by):
    if by == "month":
        month = apps["applied"].dt.to_period("M").astype(str)
        return month.where(apps["applied"].notna(), "(no applied date)").rename("month")
    if by not in apps.columns:
        raise KeyError(f"by={by!r} is not a column of the applications: {', '.join(apps.columns)} (or 'month')")
    return apps[by].astype(object).where(apps[by].astype(str) != "", "(empty)")


def _group_codes(search, apps, by):
    """``(code per application, sorted group names)`` for ``by``; a text column from the search's codes
    (no string hashed), anything else factorized."""
    if by not in ("candidate", "company", "role", "source"):
        return pd.factorize(_group_keys(apps, by).to_numpy(dtype=object), sort=True)
    codes, uniques = search.text_codes(by)
    merged, labels = pd.factorize(np.where(uniques == "", "(empty)", uniques).astype(object))
    codes = merged[codes]
    used = np.flatnonzero(np.bincount(codes, minlength=len(labels)))
    order = used[np.argsort(np.asarray(labels, dtype=object)[used], kind="stable")]  # sorted, as factorize(sort=True)
    remap = np.full(len(labels), -1, dtype=np.intp)
    remap[order] = np.arange(len(order))
    return remap[codes], np.asarray(labels, dtype=object)[order]


def funnel(search, *, by=None, stale_after=None, confidence_level=0.95) -> pd.DataFrame:
    """Stage conversion by furthest stage reached (definitions §4.3; see the module docstring).

    Parameters
    ----------
    search : JobSearch
    by : str, optional
        An application column (``"source"``, ``"candidate"``, ``"company"``,
        ``"role"``, ...) or ``"month"`` (month of the applied date).
    stale_after : int, optional
        Days of silence after which an application at a stage counts as
        closed; default ``search.stale_after`` (30).
    confidence_level : float, default 0.95
        The level of ``low``/``high`` (Wilson) and ``shrunk_low``/``shrunk_high``.

    Returns
    -------
    pandas.DataFrame
        ``[by,] stage, reached, advanced, closed, pending, rate, low, high``;
        with ``by`` also ``shrunk, shrunk_low, shrunk_high``.

    Examples
    --------
    >>> import offerkit, pandas as pd
    >>> df = pd.DataFrame({"application_id": ["a", "a", "b", "b", "c"],
    ...                    "event": ["applied", "interview", "applied", "rejected", "applied"],
    ...                    "date": ["2024-11-01", "2024-11-05", "2024-11-01", "2024-11-04", "2024-11-20"]})
    >>> funnel(offerkit.load(df))[["stage", "reached", "advanced", "closed", "pending"]].head(3).values.tolist()
    [['applied', 3, 1, 1, 1], ['screen', 1, 1, 0, 0], ['interview', 1, 0, 0, 1]]
    """
    apps = application_status(search, stale_after=stale_after)
    if by is None:
        return _counts(apps, confidence_level=confidence_level)
    codes, uniques = _group_codes(search, apps, by)
    out = _counts(apps, codes, len(uniques), confidence_level=confidence_level)
    out.insert(0, by, np.repeat(np.asarray(uniques, dtype=object), len(LADDER)))
    # rows are group-major: one row per stage within each group
    advanced = out["advanced"].to_numpy().reshape(len(uniques), len(LADDER))
    decided = advanced + out["closed"].to_numpy().reshape(len(uniques), len(LADDER))
    shrunk = np.empty((3, len(uniques), len(LADDER)))
    for j in range(len(LADDER)):
        s = shrink(advanced[:, j], decided[:, j], confidence_level=confidence_level)
        shrunk[:, :, j] = s.rate, s.low, s.high
    out["shrunk"], out["shrunk_low"], out["shrunk_high"] = (s.ravel() for s in shrunk)
    return out


def funnel_takeaway(table, *, min_decided=10, max_width=0.3) -> str:
    """The funnel's one-line takeaway, chosen by evidence: where the most applications were lost, reliably.

    Among stages with at least ``min_decided`` decided applications and a 95%
    interval no wider than ``max_width``, the one where the most applications
    closed — not the lowest point estimate, which at ``0 of 2`` is noise.

    Parameters
    ----------
    table : DataFrame
        A :func:`funnel` table (one row per stage).

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"stage": ["applied", "onsite"], "advanced": [25, 0], "closed": [108, 2],
    ...                   "pending": [17, 0], "rate": [0.188, 0.0], "low": [0.13, 0.0], "high": [0.26, 0.66]})
    >>> funnel_takeaway(t)[:60]
    "Most applications are lost at 'applied': 108 of 133 decided "
    """
    decided = table["advanced"] + table["closed"]
    width = table["high"] - table["low"]
    ok = table[(decided >= min_decided) & (width <= max_width)]
    if not len(ok):
        return (
            f"Too few decided applications to point at one stage (none has {min_decided} decided with an "
            "interval narrower than 30 points): keep going, and look again in a few weeks."
        )
    row = ok.loc[ok["closed"].idxmax()]
    n = int(row["advanced"] + row["closed"])
    return (
        f"Most applications are lost at '{row['stage']}': {int(row['closed'])} of {n} decided ended there "
        f"({row['rate']:.0%} advanced, 95% interval {row['low']:.0%}–{row['high']:.0%}); "
        f"{int(row['pending'])} still pending. Stages with fewer decided applications are too uncertain to rank."
    )
