"""Integer keys: fold several columns of codes into one int64 so that a single hash pass groups rows."""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["fold_columns", "first_seen_codes"]


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


def first_seen_codes(key) -> np.ndarray:
    """``pandas.factorize(key)[0]`` (codes in order of first appearance) for int keys.

    Only the first key of each run of equal keys is hashed, and the codes
    are repeated over the run: a file that keeps each application's rows in
    one block (or rows sorted by key) hashes one key per application, not
    one per row.  When the keys are non-negative and their range is small,
    a table over the range first checks whether every key forms a single
    run; then the codes are the run numbers and nothing is hashed.

    Examples
    --------
    >>> first_seen_codes(np.array([7, 7, 3, 9, 9])).tolist()
    [0, 0, 1, 2, 2]
    >>> first_seen_codes(np.array([7, 3, 7])).tolist()
    [0, 1, 0]
    """
    key = np.asarray(key)
    n = len(key)
    if n == 0:
        return np.zeros(0, dtype=np.intp)
    bounds = np.r_[0, np.flatnonzero(key[1:] != key[:-1]) + 1]  # the first row of each run
    lengths = np.diff(np.r_[bounds, n])
    high = int(key.max())
    if int(key.min()) >= 0 and high < 8 * n + (1 << 20):  # a table of at most 8 bytes per row
        seen = np.zeros(high + 1, dtype=bool)
        seen[key[bounds]] = True
        if int(seen.sum()) == len(bounds):  # every key in one run: the run numbers
            return np.repeat(np.arange(len(bounds)), lengths)
    return np.repeat(pd.factorize(key[bounds])[0], lengths)
