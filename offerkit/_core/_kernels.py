"""The speed tricks, behind one seam: each kernel beside the plain code it must equal.

Every function here has a ``*_plain`` twin at the bottom of the module,
written the obvious way; ``tests/core/test_kernels.py`` runs each pair on the
same random inputs.  The rest of the package calls the fast one and reads as
plain code: a cohort's million rows are why these exist (``benchmarks/bench_cohort.py``).

* :func:`lookup_codes` — categorical codes through a byte table;
* :func:`fold_columns` — several integer columns folded into one int64 key;
* :func:`first_seen_codes` — ``factorize`` that hashes one key per run;
* :func:`group_reduce` — ``ufunc.reduceat`` through ``ufunc.at``;
* :func:`keys_sorted` — is a lexsort needed at all?
* :func:`next_index` — the next flagged row of the same group, by a cumulative count.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = [
    "lookup_codes",
    "fold_columns",
    "first_seen_codes",
    "group_reduce",
    "keys_sorted",
    "next_index",
    "PAIRS",
]


def lookup_codes(codes: np.ndarray, values: np.ndarray, default) -> np.ndarray:
    """``values[code]`` for every categorical code, ``default`` for code -1 (missing).

    Fast path: codes stored as ``int8`` are looked up in a table of 256
    through their bytes (-1 is 255), about twice as fast as ``int8`` indices.

    Examples
    --------
    >>> lookup_codes(np.array([0, 1, -1], dtype=np.int8), np.array([5, 7]), -1).tolist()
    [5, 7, -1]
    """
    values = np.asarray(values)
    if codes.dtype == np.int8 and len(values) < 256:
        lut = np.full(256, default, dtype=np.result_type(values, np.asarray(default)))
        lut[: len(values)] = values
        return np.take(lut, codes.view(np.uint8))
    return lookup_codes_plain(codes, values, default)


def lookup_codes_plain(codes, values, default) -> np.ndarray:
    """The reference of :func:`lookup_codes`: index a table with the default appended."""
    values = np.asarray(values)
    table = np.r_[values, np.asarray([default], dtype=np.result_type(values, np.asarray(default)))]
    return table[np.asarray(codes, dtype=np.intp)]


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


def group_reduce(ufunc, values, group, starts) -> np.ndarray:
    """``ufunc.reduceat(values, starts)`` for rows sorted by ``group`` (the code of each row, 0, 1, ...).

    Through ``ufunc.at``, about three times faster than ``reduceat`` on a
    cohort's million rows (numpy 2); ``ufunc`` is ``np.minimum``,
    ``np.maximum`` or ``np.add``.

    Examples
    --------
    >>> group_reduce(np.maximum, np.array([3, 1, 5, 2]), np.array([0, 0, 1, 1]), np.array([0, 2])).tolist()
    [3, 5]
    """
    values = np.asarray(values)
    if values.dtype == bool:
        values = values.astype("int64")
    if ufunc is np.add:
        out = np.zeros(len(starts), dtype=values.dtype)
    else:  # min / max: start from each group's first row
        out = values[starts]
    ufunc.at(out, group, values)
    return out


def keys_sorted(keys) -> bool:
    """Whether rows are already in ``np.lexsort(keys)`` order (last key primary), checked in a few passes
    (a subset of loaded events is, and then keeps its text codes)."""
    n = len(keys[0])
    undecided = np.ones(max(n - 1, 0), dtype=bool)
    for key in keys[::-1]:
        d = np.diff(key)
        if (undecided & (d < 0)).any():
            return False
        undecided &= d == 0
        if not undecided.any():
            break
    return True


def next_index(flag: np.ndarray, at: np.ndarray, stop: np.ndarray) -> np.ndarray:
    """For each position i in ``at``, the first position j > i with flag[j] and j < its ``stop``; -1 if none.

    ``stop``: per entry of ``at``, the first row of the next group (rows sorted by group).

    Examples
    --------
    >>> next_index(np.array([0, 1, 0, 1], bool), np.array([0, 1, 2]), np.array([2, 2, 4])).tolist()
    [1, -1, 3]
    """
    where = np.flatnonzero(flag)
    if not len(where):
        return np.full(len(at), -1, dtype=np.intp)
    # the number of flags at or before i is the index in ``where`` of the first flag after i
    k = np.cumsum(flag, dtype=np.intp)[at]
    nxt = np.where(k < len(where), where[np.minimum(k, len(where) - 1)], len(flag))
    return np.where(nxt < stop, nxt, -1)


# -- the plain references: what each kernel must equal (tests/core/test_kernels.py runs both) -------------------


def fold_columns_plain(columns, n=None) -> np.ndarray:
    """Reference of :func:`fold_columns`: the rows' group numbers (equal rows, equal keys)."""
    columns = [np.asarray(c) for c in columns]
    if not columns:
        return np.zeros(n or 0, dtype="int64")
    return pd.MultiIndex.from_arrays(columns).factorize()[0].astype("int64")


def first_seen_codes_plain(key) -> np.ndarray:
    """Reference of :func:`first_seen_codes`."""
    return pd.factorize(np.asarray(key))[0]


def group_reduce_plain(ufunc, values, group, starts) -> np.ndarray:
    """Reference of :func:`group_reduce`."""
    values = np.asarray(values)
    if values.dtype == bool:
        values = values.astype("int64")
    return ufunc.reduceat(values, starts) if len(starts) else values[:0]


def keys_sorted_plain(keys) -> bool:
    """Reference of :func:`keys_sorted`."""
    n = len(keys[0])
    return bool((np.lexsort(keys) == np.arange(n)).all()) if n else True


def next_index_plain(flag, at, stop) -> np.ndarray:
    """Reference of :func:`next_index`: walk forward from each position."""
    out = []
    for i, s in zip(at, stop):
        j = i + 1
        while j < s and not flag[j]:
            j += 1
        out.append(j if j < s else -1)
    return np.array(out, dtype=np.intp)


#: (kernel, its plain reference) for the equivalence test
PAIRS = {
    "lookup_codes": (lookup_codes, lookup_codes_plain),
    "fold_columns": (fold_columns, fold_columns_plain),
    "first_seen_codes": (first_seen_codes, first_seen_codes_plain),
    "group_reduce": (group_reduce, group_reduce_plain),
    "keys_sorted": (keys_sorted, keys_sorted_plain),
    "next_index": (next_index, next_index_plain),
}
