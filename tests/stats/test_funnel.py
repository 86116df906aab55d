"""Funnel (definitions §4.3): every closed/pending rule on hand-built searches."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import offerkit

from ..factory import make_search

search = make_search


def counts(s, stage, **kw):
    t = offerkit.funnel(s, **kw).set_index("stage")
    return tuple(int(t.loc[stage, c]) for c in ("reached", "advanced", "closed", "pending"))


AS_OF = "2024-12-31"


def test_explicit_rejection_closes():
    s = search([("a", "applied", "2024-12-01"), ("a", "rejected", "2024-12-05")], as_of=AS_OF)
    assert counts(s, "applied") == (1, 0, 1, 0)


def test_withdrawal_closes():
    s = search(
        [("a", "applied", "2024-12-01"), ("a", "screen", "2024-12-03"), ("a", "withdrew", "2024-12-05")], as_of=AS_OF
    )
    assert counts(s, "applied") == (1, 1, 0, 0)
    assert counts(s, "screen") == (1, 0, 1, 0)


def test_ghosted_marker_on_or_after_last_ladder_event_closes():
    s = search(
        [
            ("a", "applied", "2024-12-20"),
            ("a", "ghosted", "2024-12-28"),
            ("b", "applied", "2024-12-20"),
            ("b", "ghosted", "2024-12-10"),  # set aside: before applied
            ("c", "applied", "2024-12-20"),
            ("c", "ghosted", "2024-12-20"),
        ],
        as_of=AS_OF,
    )
    assert counts(s, "applied") == (3, 0, 2, 1)


def test_ghost_marker_before_a_later_round_does_not_close():
    s = search(
        [
            ("a", "applied", "2024-12-01"),
            ("a", "interview", "2024-12-05"),
            ("a", "ghosted", "2024-12-10"),
            ("a", "interview", "2024-12-20"),
        ],
        as_of=AS_OF,
    )
    assert counts(s, "interview") == (1, 0, 0, 1)


def test_stale_after_30_days_and_later_round_restarts_clock():
    s = search(
        [
            ("a", "applied", "2024-11-30"),  # 31 days: closed
            ("b", "applied", "2024-12-01"),  # 30 days: not more than 30, pending
            ("c", "applied", "2024-10-01"),
            ("c", "interview", "2024-10-05"),
            ("c", "interview", "2024-12-15"),
            ("d", "applied", "2024-10-01"),
            ("d", "reply", "2024-12-20"),
            ("d", "follow_up", "2024-12-21"),
        ],
        as_of=AS_OF,
    )
    assert counts(s, "applied") == (4, 1, 2, 1)  # a and d closed (reply/follow-up do not restart), b pending
    assert counts(s, "interview") == (1, 0, 0, 1)
    assert counts(s, "applied", stale_after=60) == (4, 1, 1, 2)


def test_skipped_stages_count_as_passed():
    s = search(
        [("a", "applied", "2024-12-01"), ("a", "onsite", "2024-12-10"), ("a", "rejected", "2024-12-12")], as_of=AS_OF
    )
    assert counts(s, "screen") == (1, 1, 0, 0)
    assert counts(s, "interview") == (1, 1, 0, 0)
    assert counts(s, "onsite") == (1, 0, 1, 0)


def test_accepted_implies_offer_and_counts_as_advanced_at_offer():
    s = search(
        [
            ("a", "applied", "2024-12-01"),
            ("a", "accepted", "2024-12-20"),
            ("b", "applied", "2024-12-01"),
            ("b", "offer", "2024-12-10"),
            ("b", "declined", "2024-12-12"),
            ("c", "applied", "2024-12-01"),
            ("c", "offer", "2024-12-28"),
        ],
        as_of=AS_OF,
    )
    assert counts(s, "offer") == (3, 1, 1, 1)
    row = offerkit.funnel(s).set_index("stage").loc["offer"]
    assert row["rate"] == pytest.approx(0.5)


def test_wilson_against_known_values():
    # Wilson 95% for 3/10: (0.1078, 0.6032); for 0/5: (0, 0.4345); for 10/10: (0.7225, 1)
    for (k, n), (lo, hi) in {(3, 10): (0.10779, 0.60323), (0, 5): (0.0, 0.43448), (10, 10): (0.72247, 1.0)}.items():
        rate, low, high = offerkit.wilson(k, n)
        assert rate == k / n and low == pytest.approx(lo, abs=1e-4) and high == pytest.approx(hi, abs=1e-4)
    assert all(np.isnan(offerkit.wilson(0, 0)))


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10_000), st.integers(5, 60))
def test_counts_conserve(seed, stale):
    s = offerkit.load(offerkit.sample(applications=40, seed=seed))
    t = offerkit.funnel(s, stale_after=stale)
    offer = t["stage"] == "offer"
    assert (t["reached"] == t["advanced"] + t["closed"] + t["pending"])[~offer].all()
    o = t[offer].iloc[0]
    assert o["reached"] == o["advanced"] + o["closed"] + o["pending"]
    assert (t["reached"].diff().dropna() <= 0).all()
    assert t["reached"].iloc[0] == len(s.applications)


def test_by_source_and_month_with_shrinkage():
    s = offerkit.load(offerkit.sample(applications=150, seed=4))
    t = offerkit.funnel(s, by="source")
    assert {"shrunk", "shrunk_low", "shrunk_high"} <= set(t.columns)
    whole = offerkit.funnel(s).set_index("stage")
    summed = t.groupby("stage", observed=True)[["reached", "advanced", "closed", "pending"]].sum()
    assert (summed == whole[["reached", "advanced", "closed", "pending"]]).all().all()
    m = offerkit.funnel(s, by="month")
    assert m["month"].str.match(r"\d{4}-\d{2}").all()
    with pytest.raises(KeyError):
        offerkit.funnel(s, by="colour")


def test_shrinkage_pulls_small_groups_more():
    s = offerkit.shrink([1, 2, 60, 20], [1, 10, 200, 100])
    shrunk, low, high = s.rate, s.low, s.high
    raw = np.array([1, 0.2, 0.3, 0.2])
    pooled = 83 / 311
    # the 1-of-1 group moves most, the 200-application group least
    assert abs(shrunk[0] - raw[0]) > abs(shrunk[2] - raw[2])
    assert abs(shrunk[0] - pooled) < abs(raw[0] - pooled)
    assert (low <= shrunk).all() and (shrunk <= high).all()


def test_shrinkage_prior_maximises_the_beta_binomial_marginal_likelihood():
    from scipy import optimize, stats

    rng = np.random.default_rng(3)
    n = rng.integers(1, 60, size=40)
    k = rng.binomial(n, rng.beta(4, 8, size=40))
    s = offerkit.shrink(k, n)
    a, b = s.alpha, s.beta

    def nll(log_ab):  # written independently, with scipy's beta-binomial distribution
        return -stats.betabinom.logpmf(k, n, *np.exp(log_ab)).sum()

    best = optimize.minimize(nll, [0.0, 1.0], method="Nelder-Mead", options={"xatol": 1e-8, "fatol": 1e-10})
    assert nll(np.log([a, b])) <= best.fun + 1e-6
    assert a / (a + b) == pytest.approx(np.exp(best.x[0]) / np.exp(best.x).sum(), abs=1e-3)


def test_flow_and_sankeymatic():
    s = search(
        [
            ("a", "applied", "2024-12-01"),
            ("a", "screen", "2024-12-03"),
            ("a", "rejected", "2024-12-09"),
            ("b", "applied", "2024-12-01"),
            ("b", "rejected", "2024-12-02"),
            ("c", "applied", "2024-12-20"),
        ],
        as_of=AS_OF,
    )
    flow = offerkit.flow(s)
    f = flow.table
    assert sorted(map(tuple, f[["source_node", "target_node", "count"]].values.tolist())) == sorted(
        [("applied", "screen", 1), ("applied", "rejected", 1), ("applied", "pending", 1), ("screen", "rejected", 1)]
    )
    text = flow.to_sankeymatic()
    assert "applied [1] screen" in text.splitlines()


def test_flow_totals_match_funnel_on_cohort():
    from tests.conftest import ROOT

    s = offerkit.load(ROOT / "data" / "sample_cohort.csv")
    flow = offerkit.flow(s)
    f = flow.table
    t = offerkit.funnel(s).set_index("stage")
    for stage in ["screen", "interview", "onsite", "offer"]:
        assert f.loc[f["target_node"] == stage, "count"].sum() == t.loc[stage, "reached"]
    assert f.loc[f["source_node"] == "applied", "count"].sum() == t.loc["applied", "reached"]
    assert len(flow.to_sankeymatic().splitlines()) == len(f) == len(flow)


def test_wilson_equals_scipy_binomtest_over_a_grid_with_exact_ends():
    from scipy import stats

    from offerkit._stats.intervals import wilson

    ks, ns = [], []
    for n in list(range(1, 41)) + [97, 505, 1000, 2000]:
        for k in sorted({0, 1, n // 3, n // 2, n - 1, n}):
            if 0 <= k <= n:
                ks.append(k)
                ns.append(n)
    rate, low, high = wilson(ks, ns)
    for k, n, lo, hi in zip(ks, ns, low, high):
        ci = stats.binomtest(k, n).proportion_ci(method="wilson")
        assert lo == pytest.approx(ci.low, abs=1e-12) and hi == pytest.approx(ci.high, abs=1e-12)
        assert 0.0 <= lo <= k / n <= hi <= 1.0
        if k == 0:
            assert lo == 0.0  # exactly: scipy gives ~5e-17 for some n, which breaks error bars
        if k == n:
            assert hi == 1.0
    # scalars give floats, and agree with the vectorized call
    r, lo, hi = wilson(3, 10)
    assert isinstance(lo, float) and (r, lo, hi) == pytest.approx(tuple(float(x[0]) for x in wilson([3], [10])))
    assert all(np.isnan(x) for x in wilson(0, 0))


def test_takeaway_is_chosen_by_evidence_not_by_the_lowest_point():
    """Issue #16: "0 of 2 advanced at onsite" must not headline a page where 108 of 133 closed at applied."""

    t = pd.DataFrame(
        {
            "stage": ["applied", "screen", "onsite"],
            "advanced": [25, 10, 0],
            "closed": [108, 6, 2],
            "pending": [17, 1, 0],
            "rate": [0.188, 0.625, 0.0],
            "low": [0.13, 0.386, 0.0],
            "high": [0.26, 0.815, 0.658],
        }
    )
    text = offerkit.funnel_takeaway(t)
    assert "'applied'" in text and "108 of 133" in text and "onsite" not in text
    thin = t.assign(advanced=[1, 1, 0], closed=[2, 1, 2])
    assert "Too few decided" in offerkit.funnel_takeaway(thin)


def test_funnel_confidence_level_narrows_every_interval():
    import offerkit

    s = offerkit.load(offerkit.sample(applications=80, seed=6))
    wide = offerkit.funnel(s, by="source")
    narrow = offerkit.funnel(s, by="source", confidence_level=0.8)
    ok = wide["reached"] > 0
    for lo, hi in (("low", "high"), ("shrunk_low", "shrunk_high")):
        assert (narrow.loc[ok, lo] >= wide.loc[ok, lo] - 1e-12).all()
        assert (narrow.loc[ok, hi] <= wide.loc[ok, hi] + 1e-12).all()
        assert (narrow.loc[ok, hi] - narrow.loc[ok, lo]).sum() < (wide.loc[ok, hi] - wide.loc[ok, lo]).sum()
