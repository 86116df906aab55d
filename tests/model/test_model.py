"""The response model (definitions §4.4): exposure counting, gradient, parameter recovery."""

import numpy as np
import pandas as pd
import pytest
from scipy import optimize

import offerkit
from offerkit._model.response import _Likelihood, model_data

from ..factory import make_search

load = make_search


def combo(nb, win, fu):
    return int(nb * 4 + win * 2 + fu)


def test_exposure_counts_window_edges_weekends_christmas():
    # applied Fri 2024-12-13, answered Fri 2024-12-27: survived days Dec 14..26 (13 days)
    s = load([("a", "applied", "2024-12-13"), ("a", "rejected", "2024-12-27")])
    d = model_data(s)
    c = d.counts[0]
    # Dec 14-17 outside window: Sat14, Sun15 non-business; Mon16, Tue17 business
    assert c[combo(1, 0, 0)] == 2 and c[combo(0, 0, 0)] == 2
    # Dec 18-26 inside window: business Wed18 Thu19 Fri20 Mon23 Tue24 Thu26 = 6; non-business Sat21 Sun22 Wed25 = 3
    assert c[combo(0, 1, 0)] == 6 and c[combo(1, 1, 0)] == 3
    assert c.sum() == 13
    # the answer day, Fri Dec 27, is a business day in the window
    assert d.answer_combo[0] == combo(0, 1, 0) and d.observed[0]


def test_window_last_day_is_jan_1_inclusive_and_censored_wait_counts_all_days():
    s = load([("a", "applied", "2024-12-31"), ("b", "applied", "2024-12-20")], as_of="2025-01-03")
    d = model_data(s)
    by_id = dict(zip(d.waits["application_id"], d.counts))
    # a: Jan 1 (holiday, in window), Jan 2 (business, outside), Jan 3 (business, outside)
    assert by_id["a"][combo(1, 1, 0)] == 1 and by_id["a"][combo(0, 0, 0)] == 2
    assert by_id["a"].sum() == 3 and not d.observed.any()


def test_same_day_answers_left_out_and_counted():
    s = load([("a", "applied", "2024-11-04"), ("a", "screen", "2024-11-04"), ("a", "rejected", "2024-11-08")])
    d = model_data(s)
    assert d.same_day == 1
    assert d.waits["stage"].astype(str).tolist() == ["screen"]


def test_followup_days_boosted_for_five_days():
    # nudge on Mon Nov 11; boosted days Nov 12-16; answer Tue Nov 19
    s = load([("a", "applied", "2024-11-04"), ("a", "follow_up", "2024-11-11"), ("a", "rejected", "2024-11-19")])
    d = model_data(s)
    c = d.counts[0]
    assert c[combo(0, 0, 1)] == 4 and c[combo(1, 0, 1)] == 1  # Tue-Fri business, Sat 16
    assert c[[combo(nb, w, 1) for nb in (0, 1) for w in (0, 1)]].sum() == 5
    assert c.sum() == 14
    assert d.answer_combo[0] == combo(0, 0, 0)
    # a nudge 2 days before the answer boosts the answer day
    s = load([("a", "applied", "2024-11-04"), ("a", "follow_up", "2024-11-17"), ("a", "rejected", "2024-11-19")])
    assert model_data(s).answer_combo[0] == combo(0, 0, 1)


def test_overlapping_nudges_count_each_day_once():
    s = load(
        [
            ("a", "applied", "2024-11-04"),
            ("a", "follow_up", "2024-11-06"),
            ("a", "follow_up", "2024-11-08"),
            ("a", "rejected", "2024-11-30"),
        ]
    )
    c = model_data(s).counts[0]
    assert c[[combo(nb, w, 1) for nb in (0, 1) for w in (0, 1)]].sum() == 7  # Nov 7..13


def test_gradient_matches_finite_differences():
    s = offerkit.load(offerkit.sample(applications=120, seed=5))
    lik = _Likelihood(model_data(s, min_source_waits=10))
    rng = np.random.default_rng(0)
    theta = lik.prior_mean + rng.normal(0, 0.3, size=lik.k)
    err = optimize.check_grad(lambda t: lik(t)[0], lambda t: lik(t)[1], theta, epsilon=1e-6)
    scale = np.linalg.norm(lik(theta)[1])
    assert err / scale < 1e-5


def _naive_loglik(search, data, lik, theta):
    """The definitions §4.4 log-likelihood wait by wait and day by day, from the event log (no day-type counts)."""
    from scipy import special

    from offerkit._core.timeline import day_numbers, day_table_for

    a, c, loglam, beta = lik.split(theta)
    w = data.waits
    start, end = day_numbers(w["start"]), day_numbers(w["end"])
    table = day_table_for(np.r_[start, end], pad=7)
    ev = search.events
    fu = ev[ev["event"] == "follow_up"]
    nudges = {}
    for key, day in zip(zip(fu["candidate"], fu["application_id"]), day_numbers(fu["date"])):
        nudges.setdefault(key, []).append(int(day))
    total = 0.0
    for i, (cand, app, stage, s, e) in enumerate(zip(w["candidate"], w["application_id"], data.stage, start, end)):
        g = special.expit(a[stage] + np.r_[0.0, c][data.source[i]])
        fs = [f for f in nudges.get((cand, app), []) if s < f < e]

        def hazard(day):
            x = [not table.is_business([day])[0], table.in_window([day])[0], any(f < day <= f + 5 for f in fs)]
            return np.exp(loglam[stage] + np.dot(beta, x))

        if data.observed[i]:
            total += np.log(1 - g) - sum(hazard(d) for d in range(s + 1, e)) + np.log(1 - np.exp(-hazard(e)))
        else:
            total += np.log(g + (1 - g) * np.exp(-sum(hazard(d) for d in range(s + 1, e + 1))))
    return total


@pytest.mark.parametrize("given", [False, True])
def test_likelihood_equals_wait_by_wait_day_by_day_computation(given):
    s = offerkit.load(offerkit.sample(applications=80, seed=3, start="2024-11-01", end="2025-01-31"))
    # given: the waits passed in, shuffled (follow-ups paired with them through the texts, not the search's keys)
    waits = s.waits.sample(frac=1.0, random_state=2).reset_index(drop=True) if given else None
    data = model_data(s, min_source_waits=10, waits=waits)
    lik = _Likelihood(data)
    theta = lik.prior_mean + np.random.default_rng(1).normal(0, 0.4, size=lik.k)
    prior = lik.prior_penalty(theta)[0]
    assert data.observed.any() and (~data.observed).any() and data.counts[:, 1::2].sum() > 0
    assert -(lik(theta)[0] - prior) == pytest.approx(_naive_loglik(s, data, lik, theta), rel=1e-10)


def test_slipped_into_january_matches_day_by_day_sum():
    from offerkit._core.timeline import day_numbers, day_table_for

    df = offerkit.sample(applications=400, seed=4, start="2024-10-01", end="2025-02-15")
    # a third of the applications name no source: the model fits them as a source "(none)", and the
    # expectation must use that source's ghost share, not the reference's
    df["source"] = df["source"].where(df["application_id"].str[-1].isin(list("0123456")), "")
    s = offerkit.load(df)
    sd = offerkit.slowdown(s)
    m = sd.model
    assert "(none)" in m.data_.sources[1:]
    w = m.data_.waits
    start = pd.to_datetime(w["start"])
    final = (w["stage"].astype(str) == "onsite") & (start.dt.month == 12)
    assert final.sum() >= 3
    as_of = int(day_numbers([s.as_of])[0])
    j1 = int(day_numbers(["2025-01-01"])[0])
    table = day_table_for(np.r_[day_numbers(w["start"]), as_of], pad=7)
    for column, beta_w in (("expected_with_window", m.beta[1]), ("expected_without_window", 0.0)):
        expected = 0.0
        for (_, r), st in zip(w[final].iterrows(), day_numbers(w.loc[final, "start"])):
            surv = 1.0
            for d in range(st + 1, as_of + 1):
                eta = m.beta[0] * (not table.is_business([d])[0]) + beta_w * table.in_window([d])[0]
                p = 1 - np.exp(-m.hazard("onsite") * np.exp(eta))
                if d > j1:
                    expected += (1 - m.ghost("onsite", r["source"] or "(none)")) * surv * p
                surv *= 1 - p
        assert sd.slipped.set_index("year").loc[2024, column] == pytest.approx(expected, rel=1e-9)
    assert sd.slipped.loc[0, "waits"] == final.sum()


def test_tiny_search_is_finite_and_wide():
    s = offerkit.load(offerkit.sample(applications=20, seed=2, start="2024-11-01", end="2025-01-20"))
    m = offerkit.fit_model(s)
    assert np.isfinite(m.summary[["estimate", "low", "high"]].to_numpy()).all()
    f, lo, hi = m.slowdown
    assert hi / lo > 3
    assert "ResponseModel" in repr(m) and "slowdown" in repr(m)


def _covers(value, interval):
    return interval[1] <= value <= interval[2]


@pytest.fixture(scope="module")
def big_fit():
    df = offerkit.sample(
        applications=15000,
        seed=21,
        slowdown=3.0,
        followup_boost=2.0,
        ghost={"applied": 0.55, "screen": 0.25, "interview": 0.12, "onsite": 0.05},
        ghost_source_factor={"referral": 1.0, "recruiter": 1.0, "company site": 1.0},
    )
    s = offerkit.load(df)
    return s, offerkit.fit_model(s)


def test_recovers_known_parameters(big_fit):
    s, m = big_fit
    assert _covers(3.0, m.slowdown)
    assert _covers(2.0, m.followup_boost)
    truth = {"applied": 0.55, "screen": 0.25, "interview": 0.12, "onsite": 0.05}
    table = m.summary.set_index("parameter")
    for stage, g in truth.items():
        row = table.loc[f"ghost_{stage}"]
        assert row["low"] <= g <= row["high"], (stage, row.to_dict())
    nb = table.loc["nonbusiness_multiplier"]
    assert nb["low"] <= 0.15 <= nb["high"]
    lam = {"applied": 0.13, "screen": 0.17, "interview": 0.17, "onsite": 0.13}
    for stage, value in lam.items():
        row = table.loc[f"hazard_{stage}"]
        assert row["low"] <= value <= row["high"], (stage, row.to_dict())


def test_no_slowdown_no_boost_covers_one():
    df = offerkit.sample(applications=15000, seed=22, slowdown=1.0, followup_boost=1.0)
    m = offerkit.fit_model(offerkit.load(df))
    assert _covers(1.0, m.slowdown) and _covers(1.0, m.followup_boost)


def test_interval_coverage_over_twenty_datasets():
    hits_sd = hits_fu = 0
    for seed in range(20):
        df = offerkit.sample(applications=2400, seed=100 + seed, slowdown=3.0, followup_boost=2.0)
        m = offerkit.fit_model(offerkit.load(df))
        hits_sd += _covers(3.0, m.slowdown)
        hits_fu += _covers(2.0, m.followup_boost)
    assert hits_sd >= 17 and hits_fu >= 17, (hits_sd, hits_fu)


def test_slowdown_result_tables(big_fit):
    s, m = big_fit
    sd = offerkit.slowdown(s, model=m)
    assert sd.factor == m.slowdown[0]
    crude = sd.crude.set_index(["clock", "window"])
    assert (crude["rate"] > 0).all()
    assert crude.loc[("calendar", "inside"), "rate"] < crude.loc[("calendar", "outside"), "rate"]
    assert sd.weekly["window"].any() and (sd.weekly["rate"] >= 0).all()
    assert 0 <= sd.logrank_p <= 1
    assert "Slowdown(" in repr(sd)


def test_effects_tables():
    s = offerkit.load(offerkit.sample(applications=300, seed=8))
    g = offerkit.ghost_rates(s)
    assert (g["low"] <= g["ghost"]).all() and (g["ghost"] <= g["high"]).all()
    f = offerkit.followup_effect(s).iloc[0]
    assert f["low"] <= f["boost"] <= f["high"]
    t = offerkit.thank_you_effect(s)
    assert t["thank_you"].tolist() == [True, False]
    assert ((t["low"] <= t["rate"]) | t["rate"].isna()).all()


def test_window_configurable_per_year():
    s = offerkit.load(offerkit.sample(applications=300, seed=8))
    m1 = offerkit.fit_model(s, window=[("2024-12-18", "2025-01-01")])
    m2 = offerkit.fit_model(s)
    assert m1.slowdown[0] == pytest.approx(m2.slowdown[0], rel=1e-6)
    m3 = offerkit.fit_model(s, window=[("2024-12-01", "2024-12-10")])
    assert m3.slowdown[0] != pytest.approx(m2.slowdown[0], rel=1e-3)


def test_named_accessors_carry_intervals_and_agree_with_summary():
    s = offerkit.load(offerkit.sample(applications=120, seed=11))
    m = offerkit.fit_model(s)
    summary = m.summary.set_index("parameter")
    for stage in ("applied", "screen", "interview", "onsite"):
        g = m.ghost(stage)
        assert g.low <= float(g) <= g.high
        assert float(g) == pytest.approx(summary.loc[f"ghost_{stage}", "estimate"])
        assert (g.low, g.high) == pytest.approx(
            (summary.loc[f"ghost_{stage}", "low"], summary.loc[f"ghost_{stage}", "high"])
        )
        h = m.hazard(stage)
        assert float(h) == pytest.approx(summary.loc[f"hazard_{stage}", "estimate"])
    f, lo, hi = m.slowdown_factor
    assert (f, lo, hi) == pytest.approx(tuple(summary.loc["slowdown", ["estimate", "low", "high"]]))
    assert float(m.followup_boost) == pytest.approx(np.exp(m.coefficients["followup"]))
    assert float(m.slowdown_factor) == pytest.approx(np.exp(-m.coefficients["window"]))
    # a source's ghost probability combines the stage's and the source's log-odds (delta-method interval around it)
    for src in m.sources_[1:]:
        odds = float(m.ghost_odds(src))
        g0, g1 = float(m.ghost("applied")), float(m.ghost("applied", src))
        assert g1 / (1 - g1) == pytest.approx(odds * g0 / (1 - g0))
        assert m.ghost("applied", src).low <= g1 <= m.ghost("applied", src).high
    assert float(m.ghost_odds("no such source")) == 1.0


@pytest.mark.parametrize(
    "window", [("12-20", "01-02"), ["12-20", "01-02"], [("2024-12-20", "2025-01-02")], (("2024-12-20", "2025-01-02"),)]
)
def test_every_function_takes_both_window_forms(window):
    """Issue #25: a list of explicit windows raised TypeError in simulate and IndexError in weekly_review."""
    import offerkit
    import offerkit.widgets

    s = offerkit.load(offerkit.sample(applications=40, seed=3))
    f = offerkit.simulate(s, paths=100, window=window)
    assert 0 <= f.p_offer_by(f.curve["date"].iloc[-1]) <= 1
    r = offerkit.weekly_review(s, window=window)
    assert r.warning is None or "2024-12-20" in r.warning
    assert offerkit.slowdown(s, window=window).factor > 0
    assert offerkit.fit_model(s, window=window) is not None
    start = offerkit.widgets.compute(s, paths=100, window=window).window_start
    explicit = not isinstance(window[0], str)  # as of 2025-02-28: the next Dec 20, or the only explicit window
    assert start == pd.Timestamp("2024-12-20" if explicit else "2025-12-20")


def test_confidence_level_sets_every_interval_of_the_model_and_the_forecast():
    """One parameter, not a hard-coded 1.96: a 50% interval sits inside the 95% one, around the same estimate."""
    import offerkit

    s = offerkit.load(offerkit.sample(applications=60, seed=4))
    wide = offerkit.fit_model(s).summary.set_index("parameter")
    narrow = offerkit.fit_model(s, confidence_level=0.5).summary.set_index("parameter")
    assert np.allclose(wide["estimate"], narrow["estimate"])
    assert ((narrow["low"] >= wide["low"] - 1e-12) & (narrow["high"] <= wide["high"] + 1e-12)).all()
    assert (narrow["high"] - narrow["low"]).sum() < 0.6 * (wide["high"] - wide["low"]).sum()
    f95 = offerkit.simulate(s, paths=400, seed=2)
    f50 = offerkit.simulate(s, paths=400, seed=2, confidence_level=0.5)
    assert np.allclose(f95.curve["p_offer"], f50.curve["p_offer"])
    w95 = (f95.curve["high"] - f95.curve["low"]).mean()
    w50 = (f50.curve["high"] - f50.curve["low"]).mean()
    assert 0 < w50 < 0.75 * w95
    with pytest.raises(ValueError, match="confidence_level"):
        offerkit.fit_model(s, confidence_level=95)


def test_response_model_is_an_estimator_and_its_fits_are_kept_per_window():
    """``ResponseModel(window=...).fit(search)`` returns itself with ``_`` state; both window forms share one fit."""
    from offerkit._model.response import fitted_model

    s = offerkit.load(offerkit.sample(applications=60, seed=5))
    m = offerkit.ResponseModel(window=["12-18", "01-01"])
    assert not hasattr(m, "theta_")
    assert m.fit(s) is m
    assert m.converged_ and len(m.theta_) == len(m.names_) == m.cov_.shape[0]
    pd.testing.assert_frame_equal(m.summary, offerkit.fit_model(s).summary)
    explicit = [("2024-12-18", "2025-01-01"), ("2025-12-18", "2026-01-01")]
    a = fitted_model(s, window=explicit)
    b = fitted_model(s, window=tuple(tuple(w) for w in explicit))
    assert a is b and a is not fitted_model(s)
    assert not hasattr(s, "cached")


@pytest.mark.parametrize("window", [("12-20", "01-02"), [("2024-12-20", "2025-01-02")]])
def test_every_window_form_works_everywhere(window):
    s = offerkit.load(offerkit.sample(applications=50, seed=8))
    assert offerkit.fit_model(s, window=window).converged_
    assert offerkit.slowdown(s, window=window).factor > 0
    assert len(offerkit.simulate(s, window=window, paths=100, seed=1).curve)
    assert offerkit.weekly_review(s, window=window) is not None


def test_prior_penalty_is_a_student_t_with_its_gradient():
    """The prior: scipy's multivariate t log densities for the four ghost shares and the four hazards (each block
    correlated across stages), univariate t's for source odds, normal ones for the three day-type factors, up to
    a constant, and an analytic gradient that matches."""
    from scipy import stats

    from offerkit._model.priors import PRIORS

    s = offerkit.load(offerkit.sample(applications=30, seed=2))
    lik = _Likelihood(model_data(s))
    assert lik.n_src >= 1
    rng = np.random.default_rng(3)
    a, b = (lik.prior_mean + rng.normal(0, 2, size=lik.k) for _ in range(2))
    nu, mu, sd = PRIORS["prior_df"], lik.prior_mean, lik.prior_sd

    def block(t, start, rho):
        i = slice(start, start + 4)
        shape = np.outer(sd[i], sd[i]) * (np.full((4, 4), rho) + (1 - rho) * np.eye(4))
        return stats.multivariate_t.logpdf(t[i], loc=mu[i], shape=shape, df=nu)

    src = slice(4, 4 + lik.n_src)
    t_part = lambda t: stats.t.logpdf(t[src], nu, loc=mu[src], scale=sd[src]).sum()
    normal_part = lambda t: stats.norm.logpdf(t[-3:], loc=mu[-3:], scale=sd[-3:]).sum()
    logpdf = lambda t: (
        block(t, 0, PRIORS["ghost_stage_corr"])
        + block(t, 4 + lik.n_src, PRIORS["hazard_stage_corr"])
        + t_part(t)
        + normal_part(t)
    )
    assert lik.prior_penalty(a)[0] - lik.prior_penalty(b)[0] == pytest.approx(logpdf(b) - logpdf(a), rel=1e-9)
    grad = lik.prior_penalty(a)[1]
    step = 1e-6
    for j in range(lik.k):
        e = np.zeros(lik.k)
        e[j] = step
        numeric = (lik.prior_penalty(a + e)[0] - lik.prior_penalty(a - e)[0]) / (2 * step)
        assert grad[j] == pytest.approx(numeric, rel=1e-5, abs=1e-8)


def test_joint_conversion_without_a_shared_shift_is_the_plain_beta_posterior():
    from offerkit._model.conversion import joint_conversion

    j = joint_conversion([7, 3, 0], [20, 4, 0], [0.35, 0.55, 0.45], strength=6.0, shift_sd=1e-6)
    plain = (np.array([7, 3, 0]) + 6 * np.array([0.35, 0.55, 0.45])) / (np.array([20, 4, 0]) + 6)
    assert j.mean() == pytest.approx(plain, abs=1e-6)
    assert j.concentration() == pytest.approx([26, 10, 6], rel=1e-4)


def test_joint_conversion_matches_integration_over_the_shared_shift():
    """The grid posterior against scipy's quadrature of the same model (an independent computation)."""
    from scipy import integrate, special, stats

    from offerkit._model.conversion import joint_conversion

    k, n, c, s, sd = np.array([12, 1]), np.array([18, 2]), np.array([0.35, 0.55]), 6.0, 1.0

    def joint_density(u):
        mu = special.expit(special.logit(c) + u)
        a, b = mu * s, (1 - mu) * s
        lik = np.exp((special.betaln(a + k, b + n - k) - special.betaln(a, b)).sum())
        return lik * stats.norm.pdf(u, scale=sd), (a + k) / (a + b + n)

    z = integrate.quad(lambda u: joint_density(u)[0], -8, 8)[0]
    expected = [integrate.quad(lambda u: joint_density(u)[0] * joint_density(u)[1][i], -8, 8)[0] / z for i in (0, 1)]
    got = joint_conversion(k, n, c, strength=s, shift_sd=sd).mean()
    assert got == pytest.approx(expected, abs=2e-3)


def test_joint_conversion_lets_a_persons_stages_inform_each_other():
    from offerkit._model.conversion import joint_conversion

    hot = joint_conversion([16, 0], [20, 0], [0.35, 0.55], strength=6.0, shift_sd=1.0)
    cold = joint_conversion([1, 0], [20, 0], [0.35, 0.55], strength=6.0, shift_sd=1.0)
    typical = joint_conversion([7, 0], [20, 0], [0.35, 0.55], strength=6.0, shift_sd=1.0)
    # a stage with no answers follows the stage with many: up in a hot market, down in a cold one
    assert hot.mean()[1] > 0.65 and cold.mean()[1] < 0.45 and abs(typical.mean()[1] - 0.55) < 0.03
    # the draws move together (one shared shift per draw) and average to the posterior mean
    few = joint_conversion([3, 0], [6, 0], [0.35, 0.55], strength=6.0, shift_sd=1.0)
    d = few.draw(np.random.default_rng(0), 20_000)
    assert np.corrcoef(d.T)[0, 1] > 0.2
    assert d.mean(axis=0) == pytest.approx(few.mean(), abs=0.01)


def test_prior_variance_is_the_inverse_curvature_of_the_prior_at_its_centre():
    """Checked against a finite-difference Hessian of the prior penalty (an independent computation)."""
    s = offerkit.load(offerkit.sample(applications=30, seed=2))
    lik = _Likelihood(model_data(s))
    h = np.zeros((lik.k, lik.k))
    step = 1e-5
    for j in range(lik.k):
        e = np.zeros(lik.k)
        e[j] = step
        h[:, j] = (lik.prior_penalty(lik.prior_mean + e)[1] - lik.prior_penalty(lik.prior_mean - e)[1]) / (2 * step)
    assert lik.prior_variance() == pytest.approx(np.diag(np.linalg.inv(h)), rel=1e-4)


def test_prior_weights_say_what_rests_on_the_data():
    from offerkit._model.conversion import joint_conversion

    s = offerkit.load(offerkit.sample(applications=120, seed=4))
    f = offerkit.simulate(s, paths=200, seed=1)
    w = f.prior_weights.set_index("parameter")
    assert w["data_weight"].between(0, 1).all() and np.allclose(w["data_weight"] + w["prior_weight"], 1)
    # 120 applications pin the applied stage; the onsite stage (a handful of waits) rests more on the prior
    assert w.loc["ghost share (applied)", "data_weight"] > 0.7
    assert w.loc["ghost share (applied)", "data_weight"] > w.loc["ghost share (onsite)", "data_weight"]
    # conversions: no answers anywhere, no weight; answers at one stage lend weight to a stage without any
    none = joint_conversion([0, 0], [0, 0], [0.35, 0.55], strength=6.0, shift_sd=1.0).data_weight()
    assert none == pytest.approx([0, 0], abs=1e-9)
    some = joint_conversion([12, 0], [30, 0], [0.35, 0.55], strength=6.0, shift_sd=1.0).data_weight()
    assert some[0] > 0.5 and 0.02 < some[1] < some[0]


def test_a_cohort_candidate_borrows_from_the_cohort_without_being_its_average():
    from offerkit._core.waits import waits

    s = offerkit.load(offerkit.sample(candidates=12, applications=40, seed=6))
    model = offerkit.fit_model(s)
    pooled = offerkit.SimulationParameters.from_model(model, s)
    assert pooled.prior.startswith("this cohort's own")
    w = waits(s)
    a = w[w["observed"] & (w["days"] >= 1) & (w["stage"] == "applied")]
    rate = a.assign(adv=a["response"].eq("advanced")).groupby("candidate")["adv"].agg(["sum", "size"])
    own = rate["sum"] / rate["size"]
    low, high = own.idxmin(), own.idxmax()
    p_low = offerkit.SimulationParameters.from_model(model, s, candidate=low).advance["applied"]
    p_high = offerkit.SimulationParameters.from_model(model, s, candidate=high).advance["applied"]
    # each between its own rate and the cohort's, so the two differ in the direction of their own answers
    assert own[low] <= p_low < pooled.advance["applied"] + 0.02
    assert pooled.advance["applied"] - 0.02 < p_high <= own[high]
    assert p_low < p_high
