"""Every speed trick of offerkit/_core/_kernels.py equals its plain reference on the same inputs."""

import numpy as np
import pandas as pd
import pytest

from offerkit._core import _kernels


def _groups(rng, n):
    sizes = rng.integers(1, 6, n)
    group = np.repeat(np.arange(n), sizes)
    starts = np.r_[0, np.cumsum(sizes)[:-1]]
    return group, starts


def _inputs(name, rng):
    """A few random argument tuples for kernel ``name``: small and large, sorted and not, with edge cases."""
    if name == "lookup_codes":
        for dtype in (np.int8, np.int16, np.int64):
            k = int(rng.integers(1, 13))
            yield rng.integers(-1, k, 500).astype(dtype), rng.integers(0, 9, k), -1
        yield np.array([], dtype=np.int8), np.array([1, 2]), 0
    elif name == "fold_columns":
        for _ in range(4):
            n = int(rng.integers(1, 300))
            yield ([rng.integers(-5, 5, n), rng.integers(0, 3, n), rng.integers(10**6, 10**6 + 4, n)],)
        yield ([rng.integers(0, 1 << 40, 50), rng.integers(0, 1 << 40, 50)],)  # would overflow: re-numbered
    elif name == "first_seen_codes":
        yield (np.repeat(rng.integers(0, 50, 40), rng.integers(1, 4, 40)),)  # runs
        yield (rng.integers(0, 10, 300),)  # no runs
        yield (rng.integers(-(1 << 50), 1 << 50, 100),)  # a wide range: hashed
        yield (np.array([], dtype="int64"),)
    elif name == "group_reduce":
        for ufunc in (np.minimum, np.maximum, np.add):
            group, starts = _groups(rng, 200)
            yield ufunc, rng.integers(-100, 100, len(group)), group, starts
        group, starts = _groups(rng, 50)
        yield np.add, rng.random(len(group)) < 0.3, group, starts
    elif name == "keys_sorted":
        for _ in range(6):
            n = int(rng.integers(0, 60))
            keys = (rng.integers(0, 3, n), rng.integers(0, 4, n))
            order = np.lexsort(keys)
            yield (tuple(k[order] for k in keys),)  # sorted
            yield (keys,)  # usually not
    elif name == "next_index":
        for _ in range(5):
            flag = rng.random(120) < 0.3
            group, starts = _groups(rng, 40)
            group, flag = group[:120], flag[: len(group[:120])]
            stop_of = np.r_[starts[1:], len(group)][group]
            at = np.sort(rng.choice(len(group), 30, replace=False))
            yield flag, at, stop_of[at]
    else:
        raise AssertionError(f"no inputs for kernel {name}: add them here")


def _same(a, b):
    if isinstance(a, (bool, np.bool_)):
        return bool(a) == bool(b)
    a, b = np.asarray(a), np.asarray(b)
    return a.shape == b.shape and np.array_equal(a, b)


@pytest.mark.parametrize("name", sorted(_kernels.PAIRS))
def test_kernel_equals_its_plain_reference(name):
    fast, plain = _kernels.PAIRS[name]
    rng = np.random.default_rng(7)
    cases = list(_inputs(name, rng))
    assert cases
    for args in cases:
        got, want = fast(*args), plain(*args)
        if name == "fold_columns":  # the contract is the grouping (equal keys ⇔ equal rows), not the numbers
            got, want = pd.factorize(got)[0], pd.factorize(want)[0]
        assert _same(got, want), (name, args)


def test_every_kernel_has_a_reference():
    public = {n for n in _kernels.__all__ if n != "PAIRS"}
    assert public == set(_kernels.PAIRS)
