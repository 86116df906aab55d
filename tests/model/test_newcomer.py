"""One person's forecast (issue #15): held offers, the past, coupled scenarios, a slowdown the data cannot see."""

import pandas as pd
import pytest

import offerkit
import offerkit.widgets as widgets

from ..factory import make_search


@pytest.fixture(scope="module")
def search():
    return offerkit.load(offerkit.sample(applications=80, seed=6, end="2024-12-06"))


def test_adding_an_application_never_lowers_p_offer(search):
    for seed in range(4):
        plain = offerkit.simulate(search, paths=400, seed=seed)
        more = offerkit.simulate(
            search,
            paths=400,
            seed=seed,
            extra=[{"company": "Acme", "stage": "onsite", "date": search.as_of + pd.Timedelta(days=6)}],
        )
        assert (more.curve["p_offer"].to_numpy() >= plain.curve["p_offer"].to_numpy() - 1e-12).all(), seed


def test_a_hypothetical_interview_in_the_past_raises(search):
    with pytest.raises(ValueError, match="before as_of"):
        offerkit.simulate(search, paths=50, extra=[{"stage": "onsite", "date": search.as_of - pd.Timedelta(days=3)}])
    with pytest.raises(ValueError, match="before as_of"):
        widgets.compute(search, paths=50, extra_date=search.as_of - pd.Timedelta(days=1))


def test_an_open_offer_is_an_offer_and_asks_for_an_answer():
    s = make_search(
        [
            ("a", "applied", "2024-11-01"),
            ("a", "screen", "2024-11-08"),
            ("a", "offer", "2024-11-20"),
            ("b", "applied", "2024-11-05"),
        ],
        as_of="2024-11-25",
    )
    f = offerkit.simulate(s, paths=100)
    assert (f.curve["p_offer"] == 1.0).all()
    assert f.per_application.set_index("application_id").loc["a", "p_offer"] == 1.0
    actions = offerkit.weekly_review(s).actions
    assert actions.loc[actions["application_id"] == "a", "action"].tolist() == ["answer_offer"]


def test_slowdown_without_window_data_is_labelled_prior_only():
    s = offerkit.load(
        offerkit.sample(applications=80, seed=3, start="2024-03-01", end="2024-06-30"), as_of="2024-08-01"
    )
    sd = offerkit.slowdown(s)
    assert sd.prior_only
    assert "prior only" in repr(sd) and "prior only" in sd.summary["parameter"].iloc[0]
    ax = offerkit.plot_window_km(sd)
    assert "nothing to compare" in " ".join(t.get_text() for t in ax.texts)


def test_weekly_view_is_one_row_per_calendar_week_in_date_order():
    s = offerkit.load(offerkit.sample(applications=150, seed=4, start="2023-09-01", end="2025-02-28"))
    wk = offerkit.slowdown(s).weekly
    assert wk["week"].is_monotonic_increasing and wk["week"].is_unique
    assert (wk["week"].dt.day_of_week == 0).all()  # Mondays
    shaded = wk.loc[wk["window"], "week"]
    assert set(shaded.dt.month) <= {12, 1} and shaded.dt.year.nunique() >= 2  # each year's window, not merged
    ax = offerkit.plot_weekly_rates(offerkit.slowdown(s))
    assert len(ax.patches) >= len(wk)


def test_wait_more_comes_from_the_model_and_knows_the_calendar():
    s = offerkit.load(offerkit.sample(applications=150, seed=5))
    m = offerkit.fit_model(s)
    oct20 = offerkit.wait_more(s, [7], within=14, model=m, as_of="2024-10-21", stages=["applied"])
    dec16 = offerkit.wait_more(s, [7], within=14, model=m, as_of="2024-12-16", stages=["applied"])
    # the same silence and horizon: the holiday window ahead makes an answer less likely
    assert dec16["p_answer"].item() < oct20["p_answer"].item()
    # longer silence: likelier a ghost, less likely an answer soon
    t = offerkit.wait_more(s, [0, 10, 40], model=m, stages=["applied"])
    assert t["p_ghost"].is_monotonic_increasing and t["p_answer"].is_monotonic_decreasing
    assert ((t["low"] <= t["p_answer"]) & (t["p_answer"] <= t["high"])).all()


def test_observed_wait_more_needs_enough_waits_over_the_whole_horizon():
    s = offerkit.load(offerkit.sample(applications=40, seed=2))
    t = offerkit.observed_wait_more(s, [0, 60], within=30, by=None)
    late = t[t["silent_days"] == 60].iloc[0]
    assert pd.isna(late["p_answer"]) and "followed" in late["reason"] and late["followed"] < 10


def test_nothing_open_is_an_empty_forecast_not_a_crash():
    """Found by the fuzz test: one rejected application, so no wait is open."""
    s = make_search([("a1", "rejected", "2024-11-05")], as_of="2024-11-05")
    f = offerkit.simulate(s, paths=20, horizon_days=20)
    assert (f.curve["p_offer"] == 0).all() and f.per_application.empty
