"""Confidence intervals for rates: the Wilson score interval, one implementation for scalars and arrays."""

from __future__ import annotations

import numpy as np
from scipy import special

__all__ = ["wilson", "z_value"]


def z_value(confidence_level=0.95) -> float:
    """The two-sided normal quantile of a confidence level: every interval of the kit takes its ``z`` here.

    Examples
    --------
    >>> round(z_value(0.95), 3), round(z_value(0.9), 3)
    (1.96, 1.645)
    """
    if not 0 < confidence_level < 1:
        raise ValueError(f"confidence_level={confidence_level!r}: give a level between 0 and 1, such as 0.95")
    return float(special.ndtri(1 - (1 - confidence_level) / 2))


def wilson(k, n, *, confidence_level=0.95):
    """Rate ``k / n`` and its Wilson score interval (definitions §4.3); NaN where ``n == 0``.

    The same interval as ``scipy.stats.binomtest(k, n).proportion_ci(method="wilson")``
    (the tests compare the two over a grid), computed in closed form so that
    it vectorizes, and with the endpoints exact: ``low`` is 0 when ``k == 0``
    and ``high`` is 1 when ``k == n`` (scipy's floating-point result can miss
    them by ~1e-17, which breaks error bars), always within [0, 1].

    Parameters
    ----------
    k, n : int or array-like of int
        Successes and trials.
    confidence_level : float, default 0.95

    Returns
    -------
    (rate, low, high)
        Floats for scalar input, arrays otherwise.

    Examples
    --------
    >>> [round(x, 4) for x in wilson(3, 10)]
    [0.3, 0.1078, 0.6032]
    >>> wilson(0, 5)[1], wilson(5, 5)[2]
    (0.0, 1.0)
    >>> r, lo, hi = wilson([3, 0], [10, 0])
    >>> [round(float(x), 4) for x in lo[:1]], bool(np.isnan(r[1]))
    ([0.1078], True)
    """
    scalar = np.ndim(k) == 0 and np.ndim(n) == 0
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    z = z_value(confidence_level)
    with np.errstate(invalid="ignore", divide="ignore"):
        rate = k / n
        center = (k + z**2 / 2) / (n + z**2)
        half = z / (n + z**2) * np.sqrt(np.clip(k * (n - k) / n, 0, None) + z**2 / 4)
        low = np.where(k <= 0, 0.0, np.clip(center - half, 0.0, 1.0))
        high = np.where(k >= n, 1.0, np.clip(center + half, 0.0, 1.0))
    empty = n <= 0
    rate, low, high = (np.where(empty, np.nan, x) for x in (rate, low, high))
    if scalar:
        return float(rate), float(low), float(high)
    return rate, low, high
