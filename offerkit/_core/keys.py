"""Integer keys: fold several columns of codes into one int64 so that a single hash pass groups rows."""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["fold_columns"]


def fold_columns(columns, n=None) -> np.ndarray:
    """One non-negative int64 key per row from several integer columns (equal keys ⇔ equal rows).

    Each column is shifted to start at 0 and folded in with its range as the
    radix; the key is re-numbered with :func:`pandas.factorize` before it
    could overflow, so any number of columns works.

    Parameters
    ----------
    columns : iterable of array-like of int
        Columns of the same length.
    n : int, optional
        Number of rows (needed only when ``columns`` is empty).

    Examples
    --------
    >>> fold_columns([[0, 1, 0, 1], [5, 5, 5, 6]]).tolist()
    [0, 2, 0, 3]
    """
    columns = [np.asarray(c) for c in columns]
    length = len(columns[0]) if columns else (n or 0)
    key = np.zeros(length, dtype="int64")
    span = 1
    for c in columns:  # in place: one temporary per column, not four (a cohort's million rows)
        if not len(c):
            continue
        low, high = int(c.min()), int(c.max())
        radix = high - low + 1
        if span * radix >= (1 << 62):  # re-number before the key could overflow
            key = pd.factorize(key)[0].astype("int64")
            span = int(key.max(initial=0)) + 1
        key *= radix
        key += c
        if low:
            key -= low
        span *= radix
    return key
