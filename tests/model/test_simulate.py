"""What-if simulator (definitions §4.6) against closed forms."""

import numpy as np
import pandas as pd
import pytest

import offerkit
import offerkit.widgets
from offerkit import Policy, SimulationParameters


def one_onsite(as_of="2024-10-01"):
    df = pd.DataFrame(
        {
            "application_id": ["x", "x"],
            "company": ["Acme", "Acme"],
            "event": ["applied", "onsite"],
            "date": ["2024-09-01", as_of],
        }
    )
    return offerkit.load(df, as_of=as_of)


def params(g=0.0, lam=0.1, boost=1.0, window=1.0):
    return SimulationParameters(
        ghost={"applied": 0.5, "screen": 0.2, "interview": 0.1, "onsite": g},
        hazard={"applied": 0.1, "screen": 0.1, "interview": 0.1, "onsite": lam},
        beta_nonbusiness=0.0,
        beta_window=-np.log(window),
        beta_followup=np.log(boost),
        advance={"applied": 0.2, "screen": 0.5, "interview": 0.5, "onsite": 1.0},
        transitions={
            "applied": {"screen": 1.0},
            "screen": {"interview": 1.0},
            "interview": {"onsite": 1.0},
            "onsite": {"offer": 1.0},
        },
    )


@pytest.mark.parametrize("g", [0.0, 0.3])
def test_one_stage_matches_closed_form(g):
    s = one_onsite()
    lam = 0.08
    q = 1 - np.exp(-lam)
    f = offerkit.simulate(
        s, params=params(g=g, lam=lam), paths=20000, horizon_days=60, seed=3, policy=Policy(max_follow_ups=0)
    )
    for t in (1, 5, 10, 30, 60):
        expected = (1 - g) * (1 - (1 - q) ** t)
        got = f.p_offer_by(pd.Timestamp("2024-10-01") + pd.Timedelta(days=t))
        assert got == pytest.approx(expected, abs=0.015), (t, got, expected)


def test_boost_one_makes_follow_ups_irrelevant():
    s = one_onsite()
    p = params(lam=0.05, boost=1.0)
    a = offerkit.simulate(s, params=p, paths=20000, horizon_days=60, seed=1, policy=Policy())
    b = offerkit.simulate(s, params=p, paths=20000, horizon_days=60, seed=2, policy=Policy(max_follow_ups=0))
    assert np.abs(a.curve["p_offer"] - b.curve["p_offer"]).max() < 0.02
    # and a real boost helps
    c = offerkit.simulate(s, params=params(lam=0.05, boost=3.0), paths=20000, horizon_days=60, seed=1, policy=Policy())
    assert c.curve["p_offer"].iloc[-1] > a.curve["p_offer"].iloc[-1] + 0.02


def test_strong_slowdown_lowers_offer_by_dec_31_for_a_dec_12_onsite():
    s = one_onsite(as_of="2024-12-01")
    extra = [{"company": "Acme", "stage": "onsite", "date": "2024-12-12"}]
    slow = offerkit.simulate(s, params=params(lam=0.1, window=5.0), extra=extra, paths=5000, seed=4)
    none = offerkit.simulate(s, params=params(lam=0.1, window=1.0), extra=extra, paths=5000, seed=4)
    acme_slow = slow.per_application.set_index("application_id").loc["extra-1", "p_offer"]
    assert slow.p_offer_by("2024-12-31") < none.p_offer_by("2024-12-31") - 0.05
    assert acme_slow > 0.5  # it still comes, later
    over = offerkit.simulate(s, params=params(lam=0.1, window=1.0), extra=extra, paths=5000, seed=4, slowdown=5.0)
    assert over.p_offer_by("2024-12-31") == pytest.approx(slow.p_offer_by("2024-12-31"))


def test_extra_application_before_its_date_is_not_answered():
    s = one_onsite(as_of="2024-12-01")
    f = offerkit.simulate(
        s,
        params=params(g=0.0, lam=0.5),
        extra=[{"company": "B", "stage": "onsite", "date": "2024-12-20"}],
        paths=2000,
        seed=0,
        policy=Policy(max_follow_ups=0),
    )
    extra = f.per_application.set_index("company").loc["B"]
    assert extra["p_offer"] > 0.99
    assert extra["median_offer_date"] > pd.Timestamp("2024-12-20")


def test_determinism_and_outputs():
    s = offerkit.load(offerkit.sample(applications=60, seed=5))
    a = offerkit.simulate(s, paths=500, seed=7)
    b = offerkit.simulate(s, paths=500, seed=7)
    pd.testing.assert_frame_equal(a.curve, b.curve)
    pd.testing.assert_frame_equal(a.per_application, b.per_application)
    assert a.per_application.columns.tolist() == ["application_id", "company", "stage", "p_offer", "median_offer_date"]
    assert a.curve["p_offer"].is_monotonic_increasing
    assert "Forecast(" in repr(a)
    with pytest.raises(ValueError):
        Policy(follow_up_after=0)


def test_cohort_candidate_uses_cohort_model():
    s = offerkit.load(offerkit.sample(candidates=4, applications=30, seed=9, end="2024-12-06"))
    who = offerkit.widgets.default_candidate(s)
    f = offerkit.simulate(s, candidate=who, paths=300)
    open_apps = s.applications[(s.applications["candidate"] == who)]
    assert set(f.per_application["application_id"]) <= set(open_apps["application_id"])
    with pytest.raises(ValueError, match="not in the data"):
        offerkit.simulate(s, candidate="nobody", paths=10)


def test_with_an_offer_in_hand_the_question_is_another_offer_before_the_deadline():
    """definitions §4.6 / issue #27 item 8: P(at least one offer) is 1 once an offer is held; the forecast answers
    P(another offer before the offer's deadline) from the other applications, and says so."""
    import numpy as np
    import pandas as pd

    import offerkit
    import offerkit.widgets

    df = offerkit.sample(applications=60, seed=3)
    s = offerkit.load(df)
    a = s.applications.loc[s.applications["outcome"] == "open", "application_id"].iloc[0]
    held = offerkit.load(
        pd.concat(
            [df, pd.DataFrame({"application_id": [a], "event": ["offer"], "date": [str(s.as_of.date())]})],
            ignore_index=True,
        )
    )
    week = offerkit.simulate(held, paths=400, seed=1)
    month = offerkit.simulate(held, paths=400, seed=1, deadline=30)
    assert week.held_offer and week.p_offer_by(week.deadline) == 1.0
    assert week.deadline == held.as_of + pd.Timedelta(days=7)
    p7, p30 = week.another_offer(), month.another_offer()
    assert 0 < float(p7) < 1 and p7.low <= float(p7) <= p7.high
    assert float(p30) >= float(p7)  # more time, more chance
    assert np.isnan(float(offerkit.simulate(s, paths=200, seed=1).another_offer()))  # no offer held
    r = offerkit.widgets.compute(held, paths=300, seed=1)
    assert "another offer before its deadline" in r.describe()


def test_simulating_in_chunks_of_applications_gives_the_same_forecast(monkeypatch):
    """Issue #28 item 10: a big pipeline runs in chunks (bounded memory); each application has its own random
    streams, so the forecast is the one of a single run."""
    import pandas as pd

    import offerkit
    import offerkit._model.engine as engine

    s = offerkit.load(offerkit.sample(applications=120, seed=4))
    whole = offerkit.simulate(s, paths=300, seed=2)
    monkeypatch.setattr(engine, "CHUNK_PAIRS", 300 * 3)  # three applications at a time
    chunked = offerkit.simulate(s, paths=300, seed=2)
    assert len(whole.per_application) > 6
    pd.testing.assert_frame_equal(whole.curve, chunked.curve)
    pd.testing.assert_frame_equal(whole.per_application, chunked.per_application)
