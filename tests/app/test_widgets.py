"""Widget callbacks are plain functions: data + parameters in, numbers and Axes out."""

import matplotlib.axes
import pandas as pd
import pytest

import offerkit
import offerkit.widgets as widgets


@pytest.fixture(scope="module")
def search():
    return offerkit.load(offerkit.sample(applications=80, seed=6, end="2024-12-06"))


def test_whatif_numbers_read_off_the_curves(search):
    """The WhatIf numbers are the curves' values on the window's eve and on Dec 31 (read here from the curve table)."""
    r = widgets.compute(search, follow_up_after=3, repeat_after=5, max_follow_ups=1, paths=500, seed=2)
    assert r.window_start == pd.Timestamp("2024-12-18") and r.window_end == pd.Timestamp("2025-01-01")
    curve = r.forecast.curve.set_index("date")["p_offer"]
    assert r.p_by_dec31 == curve.loc[:"2024-12-31"].iloc[-1]
    assert r.p_before_window == curve.loc[:"2024-12-17"].iloc[-1]
    assert r.p_before_window <= r.p_by_dec31
    base = r.baseline.curve.set_index("date")["p_offer"]
    assert r.baseline_by_dec31 == base.loc[:"2024-12-31"].iloc[-1]
    assert r.summary["difference"].tolist() == pytest.approx(
        [r.p_before_window - r.baseline_before_window, r.p_by_dec31 - r.baseline_by_dec31]
    )
    assert r.policy.max_follow_ups == 1 and "WhatIf(follow up after 3" in repr(r) and "<table" in r._repr_html_()


def test_no_follow_up_policy_equals_its_baseline(search):
    r = widgets.compute(search, max_follow_ups=0, paths=400, seed=5)
    pd.testing.assert_frame_equal(r.forecast.curve, r.baseline.curve)
    assert r.summary["difference"].abs().max() == 0


def test_a_given_baseline_is_used_not_recomputed(search):
    first = widgets.compute(search, paths=300, seed=1)
    again = widgets.compute(search, follow_up_after=9, paths=300, seed=1, baseline=first.baseline)
    assert again.baseline is first.baseline


def test_hypothetical_interview_and_slowdown_override(search):
    plain = widgets.compute(search, paths=500)
    extra = widgets.compute(search, paths=500, extra_date="2024-12-12", extra_stage="onsite")
    assert extra.p_by_dec31 >= plain.p_by_dec31
    assert len(extra.forecast.per_application) == len(plain.forecast.per_application) + 1
    slow = widgets.compute(search, paths=500, extra_date="2024-12-12", slowdown=6.0)
    assert slow.p_by_dec31 <= extra.p_by_dec31


def test_plot_and_panel(search):
    r = widgets.compute(search, paths=300)
    assert isinstance(widgets.plot_whatif(r), matplotlib.axes.Axes)
    panel = widgets.whatif(search, paths=300)
    first = panel.compute_result.p_by_dec31
    slider = panel.children[0]
    slider.value = 15
    assert panel.compute_result.policy.follow_up_after == 15
    expected = widgets.compute(search, follow_up_after=15, paths=300).p_by_dec31
    assert panel.compute_result.p_by_dec31 == expected
    assert "offerkit-p-offer" in panel.children[-2].value
    assert isinstance(first, float)


def test_window_dates():
    assert widgets.window_dates("2024-12-20") == (pd.Timestamp("2025-12-18"), pd.Timestamp("2025-12-31"))
    assert widgets.window_dates("2024-12-18")[0] == pd.Timestamp("2024-12-18")


def test_hypothetical_interview_is_off_by_default_and_dated_next_week(search):
    panel = widgets.whatif(search, paths=200)
    add, date = panel.children[4], panel.children[5]
    assert add.value is False and panel.compute_result.forecast.per_application["company"].ne("hypothetical").all()
    assert pd.Timestamp(date.value) == widgets.next_business_week(search.as_of) > search.as_of
    add.value = True  # the default date is in the future, so it is accepted and simulated
    assert (panel.compute_result.forecast.per_application["company"] == "hypothetical").any()


def _accepted_search():
    """Three applications: a no, an offer accepted on 2025-10-24, one withdrawn; nothing is left open."""
    events = pd.DataFrame(
        {
            "company": ["Acme", "Acme", "Acme", "Acme", "Birch", "Birch", "Cobalt", "Cobalt"],
            "event": ["applied", "interview", "offer", "accepted", "applied", "rejected", "applied", "withdrew"],
            "date": [
                "2025-09-01",
                "2025-09-15",
                "2025-10-20",
                "2025-10-24",
                "2025-09-03",
                "2025-09-20",
                "2025-09-05",
                "2025-10-25",
            ],
        }
    )
    return offerkit.load(events, as_of="2025-11-02")


def test_an_accepted_offer_ends_the_search_and_is_said_so():
    """The remaining applications' chance (0%) is not the person's chance of an offer: they have one."""
    s = _accepted_search()
    r = widgets.compute(s, paths=200)
    assert r.accepted_offer == ("Acme", pd.Timestamp("2025-10-24"))
    assert "accepted an offer from Acme on 2025-10-24" in r.describe()
    assert "P(offer" not in r.describe()
    still_open = pd.concat(
        [
            s.events[["company", "event", "date"]],
            pd.DataFrame({"company": ["Dune"], "event": ["applied"], "date": [pd.Timestamp("2025-10-28")]}),
        ]
    )
    assert widgets.accepted_offer(offerkit.load(still_open, as_of="2025-11-02")) is None  # its chance is still shown
    assert "accepted an offer from Acme" in widgets._numbers_html(r)
    assert "offerkit-p-offer" not in widgets._numbers_html(r)
