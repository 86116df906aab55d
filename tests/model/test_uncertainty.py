"""The forecast's uncertainty and the event-driven engine (issue #15): intervals, paired differences, nudges."""

import numpy as np
import pandas as pd
import pytest

import offerkit
import offerkit.widgets as widgets
from offerkit import Policy, SimulationParameters
from offerkit._model.response import Estimate
from offerkit._model.simulate import format_percent

from ..factory import make_search


def onsite_params(lam, boost=1.0, g=0.0):
    return SimulationParameters(
        ghost={"applied": 0.5, "screen": 0.2, "interview": 0.1, "onsite": g},
        hazard={"applied": 0.1, "screen": 0.1, "interview": 0.1, "onsite": lam},
        beta_nonbusiness=0.0,
        beta_window=0.0,
        beta_followup=np.log(boost),
        advance={"applied": 0.2, "screen": 0.5, "interview": 0.5, "onsite": 1.0},
        transitions={
            "applied": {"screen": 1.0},
            "screen": {"interview": 1.0},
            "interview": {"onsite": 1.0},
            "onsite": {"offer": 1.0},
        },
    )


def test_nudged_hazard_matches_a_day_by_day_computation():
    """Nudges after 3 business days, then 4 more, each boosting the 5 days after it; checked against a plain loop."""
    as_of = "2024-10-01"  # a Tuesday; nudges fall on Fri Oct 4 and Thu Oct 10 (no holiday before Oct 14)
    s = make_search([("x", "applied", "2024-09-20"), ("x", "onsite", as_of)], as_of=as_of)
    lam, boost = 0.04, 3.0
    policy = Policy(follow_up_after=3, repeat_after=4, max_follow_ups=2)
    f = offerkit.simulate(s, params=onsite_params(lam, boost), paths=40000, horizon_days=30, seed=2, policy=policy)
    nudges = [pd.Timestamp("2024-10-04"), pd.Timestamp("2024-10-10")]
    H = 0.0
    for day in pd.date_range("2024-10-02", periods=30):
        boosted = any(n < day <= n + pd.Timedelta(days=5) for n in nudges)
        H += lam * (boost if boosted else 1.0)
        assert f.p_offer_by(day) == pytest.approx(1 - np.exp(-H), abs=0.012), day


def test_forecast_carries_an_interval_and_prints_it():
    s = offerkit.load(offerkit.sample(applications=60, seed=4, end="2024-12-06"))
    f = offerkit.simulate(s, paths=1000, seed=1)
    c = f.curve
    assert ((c["low"] <= c["p_offer"]) & (c["p_offer"] <= c["high"])).all()
    assert (c["high"] - c["low"]).iloc[-1] > 0.01  # thin data: parameter uncertainty is visible
    assert f.draws == 100  # one parameter draw per 10 paths
    est = f.interval(c["date"].iloc[-1])
    assert est.low <= float(est) <= est.high
    assert "%" in repr(f) and "–" in repr(f)
    assert 0 < f.mc_error(c["date"].iloc[-1]) < 0.05
    assert list(f.summary.columns) == ["horizon", "date", "p_offer", "low", "high"]
    # fixed parameters: no parameter uncertainty, only Monte Carlo error (narrow with many paths)
    fixed = offerkit.simulate(
        s, params=offerkit.SimulationParameters.from_model(offerkit.fit_model(s), s), paths=4000, seed=1
    )
    assert fixed.draws == 1
    assert (fixed.curve["high"] - fixed.curve["low"]).iloc[-1] < (c["high"] - c["low"]).iloc[-1]


def test_more_data_narrows_the_interval():
    thin = offerkit.load(offerkit.sample(applications=30, seed=11, end="2024-12-06"))
    rich = offerkit.load(offerkit.sample(applications=600, seed=11, end="2024-12-06"))
    width = []
    for s in (thin, rich):
        f = offerkit.simulate(s, paths=2000, seed=0, horizon_days=60)
        p, lo, hi = f.interval(f.curve["date"].iloc[-1])
        width.append((hi - lo) / max(p * (1 - p), 1e-3) ** 0.5)  # relative to a binomial spread, so the levels compare
    assert width[1] < width[0]


def test_format_percent():
    assert format_percent(Estimate(0.184, 0.151, 0.213)) == "18% (15–21%)"
    assert format_percent(Estimate(0.046, 0.031, 0.062)) == "4.6% (3.1–6.2%)"


def test_policy_difference_is_paired_and_cannot_be_negative_when_nudges_only_help():
    s = offerkit.load(offerkit.sample(applications=80, seed=6, end="2024-12-06"))
    r = widgets.compute(s, paths=1000, seed=3)
    d = r.difference("dec31")
    assert float(d) == pytest.approx(r.p_by_dec31 - r.baseline_by_dec31)
    assert d.low <= float(d) <= d.high
    # paired: far narrower than two independent intervals combined
    p, b = r.interval("dec31"), r.interval("dec31", baseline=True)
    assert d.high - d.low < np.hypot(p.high - p.low, b.high - b.low)
    # a nudge speeds answers; only a shifted later wait, or a parameter draw where the follow-up boost is
    # under 1 (its prior is centred on no effect), can lose an offer past Dec 31: rare, and rarer than a gain
    x = r.forecast._hits(r.dec31) - r.baseline._hits(r.dec31)
    assert (x < 0).mean() <= 0.015 and (x > 0).mean() > (x < 0).mean()
    text = r.describe()
    assert "following up changes it by" in text and "%" in text
    assert {"difference_low", "difference_high", "policy_low"} <= set(r.summary.columns)


def test_panel_numbers_show_the_interval_and_the_difference():
    s = offerkit.load(offerkit.sample(applications=40, seed=2, end="2024-12-06"))
    r = widgets.compute(s, paths=400)
    page = widgets._numbers_html(r)
    assert "offerkit-interval" in page and "following up changes it by" in page and "95% intervals" in page


def test_nudges_already_sent_make_a_silent_wait_likelier_a_ghost():
    """Two identical silent interviews; one was nudged twice. The model's boost says the nudged silence means more."""
    base = [("a", "applied", "2024-10-01"), ("a", "interview", "2024-10-10")]
    quiet = make_search(base, as_of="2024-11-01")
    nudged = make_search(
        base + [("a", "follow_up", "2024-10-17"), ("a", "follow_up", "2024-10-25")], as_of="2024-11-01"
    )
    p = onsite_params(0.08, boost=3.0)
    p.ghost["interview"] = 0.3
    p.transitions["interview"] = {"offer": 1.0}
    p.advance["interview"] = 1.0
    f_quiet = offerkit.simulate(quiet, params=p, paths=20000, seed=1, policy=Policy(max_follow_ups=0))
    f_nudged = offerkit.simulate(nudged, params=p, paths=20000, seed=1, policy=Policy(max_follow_ups=0))
    assert f_nudged.p_offer_by("2025-03-01") < f_quiet.p_offer_by("2025-03-01") - 0.02


def test_still_alive_falls_with_silence_and_shows_in_the_review():
    rows = [("a", "applied", "2024-11-20"), ("b", "applied", "2024-10-01"), ("c", "applied", "2024-11-28")]
    s = offerkit.load(offerkit.sample(applications=80, seed=3, end="2024-12-06"))
    t = offerkit.still_alive(s)
    assert ((t["low"] <= t["p_alive"]) & (t["p_alive"] <= t["high"])).all()
    # same stage and source, no nudges: a longer silence is less hopeful
    small = make_search(rows, as_of="2024-12-06")
    ours = offerkit.still_alive(small, model=offerkit.fit_model(s)).sort_values("silent_days")
    assert ours["silent_days"].tolist() == [8, 16, 66]
    assert ours["p_alive"].is_monotonic_decreasing and ours["p_alive"].iloc[-1] < 0.1 < ours["p_alive"].iloc[0]
    review = offerkit.weekly_review(s)
    assert set(review.open_applications["application_id"]) == set(t["application_id"])
    assert "still alive?" in review._repr_html_()
    assert len(offerkit.weekly_review(small).open_applications) == 3


def test_still_alive_in_chunks_equals_all_at_once(monkeypatch):
    """Issue #28 item 10: still_alive streams its draws in chunks of waits; the numbers are the same."""
    import pandas as pd

    import offerkit
    import offerkit._model.wait_more as wm

    s = offerkit.load(offerkit.sample(applications=120, seed=4))
    whole = wm.still_alive(s)
    monkeypatch.setattr(wm, "STILL_ALIVE_CHUNK", 7)
    chunked = wm.still_alive(s)
    assert len(whole) > 14
    pd.testing.assert_frame_equal(whole, chunked)


def test_offer_reach_equals_the_simulators_eventual_offers():
    """The interval's control variate (each draw's expected offers, solved) against the paths run long."""
    from offerkit._model.engine import offer_reach, point_draws
    from offerkit._model.simulate import _open_waits, _pipeline

    s = offerkit.load(offerkit.sample(applications=40, seed=5, end="2024-11-01"))
    p = SimulationParameters(
        ghost={"applied": 0.4, "screen": 0.2, "interview": 0.1, "onsite": 0.05},
        hazard={"applied": 0.5, "screen": 0.5, "interview": 0.5, "onsite": 0.5},  # all answered within the run
        beta_nonbusiness=0.0,
        beta_window=0.0,
        beta_followup=0.0,
        advance={"applied": 0.5, "screen": 0.6, "interview": 0.7, "onsite": 0.5},
        transitions={
            "applied": {"screen": 0.6, "interview": 0.4},
            "screen": {"interview": 1.0},
            "interview": {"interview": 0.3, "onsite": 0.7},
            "onsite": {"offer": 1.0},
        },
    )
    f = offerkit.simulate(s, params=p, paths=20000, horizon_days=300, seed=1, policy=Policy(max_follow_ups=0))
    from offerkit._core.timeline import DEFAULT_WINDOW, day_numbers, day_table_for, holiday_window

    as_day = int(day_numbers([pd.Timestamp(s.as_of)])[0])
    window = holiday_window(DEFAULT_WINDOW)
    table = day_table_for([as_day - 400, as_day + 302], country=s.country, window=window, pad=2)
    pipe, _, _ = _pipeline(s, _open_waits(s), None, table, as_day, 300, window)
    z = offer_reach(pipe, point_draws(p))
    assert len(z) == 1
    # each open wait's ghost share (its silence so far read too), conversions and interview rounds, solved
    assert z[0] == pytest.approx(f.per_application["p_offer"].sum(), rel=0.03)
    assert z[0] > 0.1  # not a trivial pipeline


def test_the_interval_sees_a_small_forecasts_spread_with_ten_paths_a_draw():
    """P(offer) = 1 − e^{−z}, z log-normal over the posterior (median 0.004, log sd 1.2), 200 draws of 10 paths.

    The interval should hold a P drawn from the same posterior 95% of the time.  Ten paths a draw see a
    draw's P as 0 or 0.1, and the plain between-draw variance held it about 78% of the time (measured,
    300 cases); with the control variate (each draw's z, and z over 4,000 more draws) about 96%.
    """
    from offerkit._model.simulate import _interval_arrays

    rng = np.random.default_rng(0)
    spread = lambda n: np.exp(rng.normal(np.log(0.004), 1.2, size=n))
    held = {"control variate": 0, "plain": 0}
    cases = 200
    for _ in range(cases):
        z = spread(200)
        draw_of_path = np.arange(2000) % 200
        first = np.where(rng.random(2000) < (1 - np.exp(-z))[draw_of_path], 1, 2)  # an offer on day 1, or none
        truth = 1 - np.exp(-spread(1)[0])
        for name, kws in (("control variate", {"reach": (z, spread(4000))}), ("plain", {})):
            lo, hi = _interval_arrays(first, draw_of_path, 200, 1, **kws)
            held[name] += bool(lo[0] <= truth <= hi[0])
    assert held["control variate"] / cases >= 0.92, held
    assert held["plain"] < held["control variate"], held
