"""Kaplan–Meier latency (definitions §4.2) against an independent product-limit computation."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import offerkit
from offerkit._stats.latency import km

from ..factory import make_search


def product_limit(times, observed):
    """Textbook Kaplan–Meier: S(t) = prod over answer times t_i <= t of (1 - d_i / n_i)."""
    times, observed = np.asarray(times, float), np.asarray(observed, bool)
    out, s = {0.0: 1.0}, 1.0
    for t in np.unique(times[observed]):
        n_at_risk = (times >= t).sum()
        d = ((times == t) & observed).sum()
        s *= 1 - d / n_at_risk
        out[float(t)] = s
    return out


def test_hand_computed_with_ties_and_censoring():
    # times 2,3,3,5+,6,8+,9 -> S(2)=6/7, S(3)=6/7*4/6=4/7, S(6)=4/7*2/3=8/21, S(9)=0
    times = [2, 3, 3, 5, 6, 8, 9]
    observed = [1, 1, 1, 0, 1, 0, 1]
    curve = km(times, observed).set_index("days")["survival"]
    assert curve.loc[0.0] == 1.0
    assert curve.loc[2.0] == pytest.approx(6 / 7, abs=1e-12)
    assert curve.loc[3.0] == pytest.approx(4 / 7, abs=1e-12)
    assert curve.loc[6.0] == pytest.approx(8 / 21, abs=1e-12)
    assert curve.loc[9.0] == pytest.approx(0.0, abs=1e-12)


def test_same_day_answers_drop_at_zero():
    curve = km([0, 0, 1, 4], [1, 1, 1, 0]).set_index("days")["survival"]
    assert curve.loc[0.0] == pytest.approx(0.5)
    assert curve.loc[1.0] == pytest.approx(0.25)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.booleans()), min_size=1, max_size=60))
def test_matches_independent_product_limit_and_invariants(data):
    times = [t for t, _ in data]
    observed = [o for _, o in data]
    curve = km(times, observed)
    s = curve["survival"].to_numpy()
    assert ((s >= 0) & (s <= 1)).all()
    assert (np.diff(s) <= 1e-15).all()
    if any(observed):
        expected = product_limit(times, observed)
        got = dict(zip(curve["days"], curve["survival"]))
        for t, v in expected.items():
            assert got[t] == pytest.approx(v, abs=1e-9)
        lo, hi = curve["low"].to_numpy(), curve["high"].to_numpy()
        assert (lo <= s + 1e-12).all() and (s <= hi + 1e-12).all()


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000))
def test_latency_counts_add_up_on_generated_searches(seed):
    s = offerkit.load(offerkit.sample(applications=30, seed=seed))
    t = offerkit.latency(s, by="stage")
    assert (t["n"] == t["responses"] + t["censored"]).all()
    w = offerkit.waits(s)
    assert t["n"].sum() == len(w)
    for k in ("reply_7d", "reply_14d", "reply_30d"):
        assert t[k].between(0, 1).all()
    assert (t["reply_7d"] <= t["reply_14d"] + 1e-12).all() and (t["reply_14d"] <= t["reply_30d"] + 1e-12).all()


def _search(times, observed):
    start = pd.Timestamp("2024-09-02")
    rows = []
    for i, (t, o) in enumerate(zip(times, observed)):
        rows.append((f"a{i}", "applied", start))
        rows.append((f"a{i}", "rejected" if o else "withdrew", start + pd.Timedelta(days=int(t))))
    return make_search(rows)


def test_latency_median_and_reply_rates_by_hand():
    s = _search([2, 3, 3, 5, 6, 8, 9], [1, 1, 1, 0, 1, 0, 1])
    row = offerkit.latency(s).iloc[0]
    assert (row.n, row.responses, row.censored) == (7, 5, 2)
    assert row.median_days == 6  # S(3) = 4/7 > .5, S(6) = 8/21 <= .5
    assert row.reply_7d == pytest.approx(1 - 8 / 21)
    assert row.median_low <= row.median_days
    assert row.median_high >= row.median_days or np.isnan(row.median_high)


def test_median_not_reached_is_nan_not_longest_wait():
    s = _search([1, 30, 30, 30, 30], [1, 0, 0, 0, 0])
    row = offerkit.latency(s).iloc[0]
    assert np.isnan(row.median_days)


def test_business_clock_and_by():
    s = offerkit.load(offerkit.sample(applications=120, seed=9))
    cal = offerkit.latency(s, by="stage")
    bus = offerkit.latency(s, by="stage", clock="business")
    assert (bus["median_days"].fillna(0) <= cal["median_days"].fillna(0)).all()
    assert set(offerkit.latency(s, by="source")["source"]) <= set(s.applications["source"])
    with pytest.raises(ValueError, match="clock"):
        offerkit.latency(s, clock="lunar")
    with pytest.raises(KeyError, match="not a column"):
        offerkit.latency(s, by="colour")


def test_survival_curve_has_band():
    s = _search([2, 3, 3, 5, 6, 8, 9], [1, 1, 1, 0, 1, 0, 1])
    curve = offerkit.survival(s)
    assert curve.columns.tolist() == ["days", "survival", "low", "high", "at_risk"]
    assert curve["at_risk"].iloc[0] == 7


def test_wait_more_equals_conditional_survival_ratio():
    times, observed = [2, 3, 3, 5, 6, 8, 9, 12, 20], [1, 1, 1, 0, 1, 0, 1, 1, 0]
    s = _search(times, observed)
    curve = product_limit(times, observed)
    S = lambda t: curve[max(k for k in curve if k <= t)]
    got = offerkit.observed_wait_more(s, [3, 5], within=4, by=None, min_at_risk=1)
    for silent, p in zip(got["silent_days"], got["p_answer"]):
        assert p == pytest.approx((S(silent) - S(silent + 4)) / S(silent), abs=1e-9)
    assert (got["low"] <= got["p_answer"]).all() and (got["p_answer"] <= got["high"]).all()


def test_logrank_p_equals_scipy_where_scipy_is_exact():
    from scipy import stats

    from offerkit._stats.latency import logrank_p

    rng = np.random.default_rng(11)
    for n_x, n_y in ((5, 7), (40, 300), (1000, 2000)):
        tx, ty = rng.integers(0, 30, n_x).astype(float), rng.integers(0, 40, n_y).astype(float)
        ox, oy = rng.random(n_x) < 0.6, rng.random(n_y) < 0.4
        expected = stats.logrank(
            stats.CensoredData(uncensored=tx[ox], right=tx[~ox]), stats.CensoredData(uncensored=ty[oy], right=ty[~oy])
        ).pvalue
        assert logrank_p(tx, ox, ty, oy) == pytest.approx(expected, rel=1e-9, abs=1e-300)


def test_logrank_p_stays_right_on_a_cohort_where_scipy_overflows():
    """scipy multiplies int64 counts (n_x n_y d (n - d)); with 300k waits that overflows. Checked against Python ints."""
    from fractions import Fraction

    from offerkit._stats.latency import logrank_p

    rng = np.random.default_rng(13)
    tx, ty = rng.integers(1, 12, 30_000), rng.integers(1, 12, 300_000)  # one distribution: p is not 0 or 1
    ox, oy = rng.random(len(tx)) < 0.5, rng.random(len(ty)) < 0.5
    observed_x = expected_x = variance = Fraction(0)
    for u in np.unique(np.r_[tx[ox], ty[oy]]):
        n_x, n_y = int((tx >= u).sum()), int((ty >= u).sum())
        d_x, d_y = int((ox & (tx == u)).sum()), int((oy & (ty == u)).sum())
        n, d = n_x + n_y, d_x + d_y
        observed_x += d_x
        expected_x += Fraction(n_x * d, n)
        if n > 1:
            variance += Fraction(n_x * n_y * d * (n - d), n * n * (n - 1))  # exact, no overflow
    z = float(observed_x - expected_x) / float(variance) ** 0.5
    from scipy import stats

    # (scipy 1.17 gives 0.563 here, the exact value is 0.703)
    assert logrank_p(tx, ox, ty, oy) == pytest.approx(2 * stats.norm.sf(abs(z)), rel=1e-9)
