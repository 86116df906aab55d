"""Conversion among answered waits, P(advance | answered) per stage: one person's few answers, read together.

One person answers at the applied stage often (10–30 answers) and at the
later stages rarely (0–10 each), so a later stage's conversion estimated on
its own stays at its prior.  But a person's stages are not independent: a
hot market, a strong profile or referrals lift every stage, a cold market
lowers every stage.  The model here reads them together::

    logit p_s = logit m_s + u + v_s

``m_s`` is the evidence's centre for stage ``s`` (:data:`PRIORS`), ``u`` a
shift shared by this person's stages (normal, sd ``PRIORS["advance_shift_sd"]``
on the log-odds scale: their market and profile), and ``v_s`` the stage's
own deviation, a Beta prior of strength ``PRIORS["advance_strength"]``
around the shifted centre.  The posterior of ``u`` is computed on a grid
(beta-binomial likelihood of every stage's ``k`` of ``n``); given ``u``
each stage's posterior is a Beta.  So twenty applied answers at 60% move
the later stages' centres up, and the later stages' own answers still
decide where they have many.  Draws for the simulator take one ``u`` per
draw, so the stages move together and the forecast's interval holds the
uncertainty about this person's market, not only about each stage apart.

A cohort replaces this by its own priors (empirical Bayes over candidates,
:func:`conversion_prior`).
"""

from __future__ import annotations

import dataclasses

import numpy as np
from scipy import special

from .priors import PRIORS

__all__ = ["JointConversion", "joint_conversion", "conversion_prior"]

#: grid of the shared shift ``u`` (in units of its prior sd): ±4 sd in 81 steps
_GRID = np.linspace(-4.0, 4.0, 81)


@dataclasses.dataclass(frozen=True)
class JointConversion:
    """The posterior of the stages' conversions read together (see the module docstring).

    Attributes
    ----------
    stages : tuple of str
    weight : numpy.ndarray
        ``(G,)`` posterior weights of the shared shift's grid points.
    shift : numpy.ndarray
        ``(G,)`` the grid of the shared shift ``u`` (log-odds).
    a, b : numpy.ndarray
        ``(G, S)`` Beta posterior parameters of each stage given each ``u``.
    k, n : numpy.ndarray
        ``(S,)`` the advances and answered waits read.
    prior_weight : numpy.ndarray
        ``(G,)`` the shift's prior weights on the grid.
    """

    stages: tuple
    weight: np.ndarray
    shift: np.ndarray
    a: np.ndarray
    b: np.ndarray
    k: np.ndarray
    n: np.ndarray
    prior_weight: np.ndarray

    def mean(self) -> np.ndarray:
        """``(S,)`` posterior mean conversion per stage."""
        return self.weight @ (self.a / (self.a + self.b))

    def variance(self) -> np.ndarray:
        """``(S,)`` posterior variance of each stage's conversion (over the shift and the stage's Beta)."""
        n = self.a + self.b
        m = self.a / n
        second = self.weight @ (m * (1 - m) / (n + 1) + m**2)
        return np.maximum(second - (self.weight @ m) ** 2, 1e-9)

    def concentration(self) -> np.ndarray:
        """``(S,)`` the concentration of the Beta with each stage's posterior mean and variance."""
        mean = self.mean()
        return np.maximum(mean * (1 - mean) / self.variance() - 1.0, 0.5)

    def data_weight(self) -> np.ndarray:
        """``(S,)`` how much the data narrowed each stage: ``1 − posterior variance / prior variance``.

        A stage with no answers of its own gets weight from the other stages' answers (through the shared
        shift); 0: the prior alone, 1: the data alone.
        """
        zero = np.zeros_like(self.k)
        a0, b0 = self.a - self.k, self.b - (self.n - self.k)
        prior = JointConversion(self.stages, self.prior_weight, self.shift, a0, b0, zero, zero, self.prior_weight)
        return np.clip(1.0 - self.variance() / prior.variance(), 0.0, 1.0)

    def shift_mean(self) -> float:
        """Posterior mean of the shared shift (log-odds; 0: the evidence's centres fit this person)."""
        return float(self.weight @ self.shift)

    def draw(self, rng, n_draws) -> np.ndarray:
        """``(n_draws, S)`` conversions: one shared shift per draw, then each stage's Beta given it."""
        g = rng.choice(len(self.weight), size=n_draws, p=self.weight)
        return rng.beta(self.a[g], self.b[g])


def joint_conversion(k, n, centres, *, strength=None, shift_sd=None, stages=None) -> JointConversion:
    """Posterior of P(advance | answered) for several stages of one person, read together.

    Parameters
    ----------
    k, n : array-like of int
        Advances and answered waits per stage.
    centres : array-like of float
        The prior centres per stage (the evidence's, :data:`PRIORS`).
    strength : float, optional
        Beta strength of a stage around the shifted centre; default
        ``PRIORS["advance_strength"]``.
    shift_sd : float, optional
        Prior sd of the shared log-odds shift; default ``PRIORS["advance_shift_sd"]``.
    stages : tuple of str, optional
        Names of the stages (kept for the caller).

    Returns
    -------
    JointConversion

    Examples
    --------
    >>> j = joint_conversion([13, 0], [20, 0], [0.35, 0.55], strength=6.0, shift_sd=1.0)
    >>> m = j.mean()
    >>> bool(0.35 < m[0] < 13 / 20), bool(m[1] > 0.55)  # many applied answers at 65% lift the stage with none
    (True, True)
    """
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    c = np.clip(np.asarray(centres, dtype=float), 1e-4, 1 - 1e-4)
    strength = float(PRIORS["advance_strength"] if strength is None else strength)
    sd = float(PRIORS["advance_shift_sd"] if shift_sd is None else shift_sd)
    shift = _GRID * sd
    mu = special.expit(special.logit(c)[None, :] + shift[:, None])  # (G, S)
    a0, b0 = mu * strength, (1 - mu) * strength
    loglik = (special.betaln(a0 + k, b0 + n - k) - special.betaln(a0, b0)).sum(axis=1)
    prior = np.exp(-0.5 * _GRID**2)  # normal prior on the grid
    prior /= prior.sum()
    logw = loglik + np.log(prior)
    w = np.exp(logw - logw.max())
    w /= w.sum()
    return JointConversion(tuple(stages or range(len(c))), w, shift, a0 + k, b0 + n - k, k, n, prior)


def conversion_prior(answered_at_stage, stage):
    """``(prior mean, strength, from_cohort)`` of P(advance | answered) at ``stage``.

    With a cohort (at least 5 candidates with answered waits at the stage)
    the prior is estimated from the cohort by empirical Bayes (the
    beta-binomial fit of :func:`offerkit.shrink` over candidates): its mean
    and its strength both come from the data.  For one person it is the
    evidence-based prior of :data:`offerkit._model.priors.PRIORS`, read
    with the person's other stages (:func:`joint_conversion`).
    """
    from .._stats.funnel import shrink

    per = answered_at_stage.assign(_adv=answered_at_stage["response"].eq("advanced")).groupby("candidate")["_adv"]
    k, n = per.sum().to_numpy(), per.size().to_numpy()
    if len(n) >= 5:
        s = shrink(k, n)
        strength = s.alpha + s.beta
        return s.alpha / strength, float(strength), True
    return PRIORS["advance"][stage], PRIORS["advance_strength"], False
