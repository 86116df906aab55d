"""Fast text helpers: work on the distinct values of a column, not on every cell."""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["stripped", "strip_codes"]


def strip_codes(values):
    """Return ``(codes, uniques)``: factorized values with the uniques stripped.

    Missing values become ``""``. Two cells that differ only by white space
    may share a stripped unique but keep separate codes.

    Examples
    --------
    >>> codes, uniques = strip_codes(pd.Series([" a", "b", " a", None]))
    >>> [uniques[c] for c in codes]
    ['a', 'b', 'a', '']
    """
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=True)
    out = np.array([u.strip() if isinstance(u, str) else ("" if u is None or u != u else str(u).strip()) for u in uniques] + [""], dtype=object)
    codes = np.where(codes < 0, len(out) - 1, codes)
    return codes, out


def stripped(values) -> np.ndarray:
    """The values as stripped ``str`` objects (missing → ``""``).

    Examples
    --------
    >>> stripped(pd.Series([" x ", None])).tolist()
    ['x', '']
    """
    codes, uniques = strip_codes(values)
    return uniques[codes]
