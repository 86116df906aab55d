"""Waits (definitions §4.1) on hand-built sequences."""

import pandas as pd
import pytest

import offerkit

from ..factory import make_search

load = make_search


def table(search):
    w = offerkit.waits(search)
    return [(r.application_id, r.stage, r.days, r.observed, r.response, r.followups) for r in w.itertuples()]


def test_same_day_answer_is_zero_days():
    s = load([("a", "applied", "2024-11-04"), ("a", "screen", "2024-11-04")])
    assert table(s)[0] == ("a", "applied", 0, True, "advanced", 0)


def test_repeated_interview_rounds_end_and_open_waits():
    s = load(
        [
            ("a", "applied", "2024-11-01"),
            ("a", "screen", "2024-11-05"),
            ("a", "interview", "2024-11-10"),
            ("a", "interview", "2024-11-15"),
            ("a", "rejected", "2024-11-25"),
        ]
    )
    assert table(s) == [
        ("a", "applied", 4, True, "advanced", 0),
        ("a", "screen", 5, True, "advanced", 0),
        ("a", "interview", 5, True, "advanced", 0),
        ("a", "interview", 10, True, "rejected", 0),
    ]


def test_withdraw_censors_mid_wait():
    s = load([("a", "applied", "2024-11-01"), ("a", "withdrew", "2024-11-08"), ("b", "applied", "2024-11-20")])
    assert table(s) == [("a", "applied", 7, False, "", 0), ("b", "applied", 0, False, "", 0)]


def test_open_wait_censored_at_as_of_and_later_events_ignored():
    s = load([("a", "applied", "2024-11-01"), ("a", "screen", "2024-12-10")], as_of="2024-11-21")
    assert table(s) == [("a", "applied", 20, False, "", 0)]


def test_no_applied_date_means_no_applied_wait():
    s = load([("a", "screen", "2024-11-01"), ("a", "interview", "2024-11-06"), ("b", "applied", "2024-11-01")])
    assert [(r[0], r[1]) for r in table(s)] == [("a", "screen"), ("a", "interview"), ("b", "applied")]


def test_reply_ghosted_followup_thankyou_do_not_end_a_wait_and_nudges_count():
    s = load(
        [
            ("a", "applied", "2024-11-01"),
            ("a", "follow_up", "2024-11-01"),
            ("a", "reply", "2024-11-05"),
            ("a", "ghosted", "2024-11-06"),
            ("a", "follow_up", "2024-11-08"),
            ("a", "follow_up", "2024-11-12"),
            ("a", "screen", "2024-11-12"),
            ("a", "thank_you", "2024-11-12"),
            ("a", "offer", "2024-11-30"),
        ]
    )
    # nudge on the start day is not in (start, end]; the one on the answer day is
    assert table(s) == [("a", "applied", 11, True, "advanced", 2), ("a", "screen", 18, True, "advanced", 0)]


def test_no_wait_opens_after_rejection_offer_or_withdrawal():
    s = load(
        [
            ("a", "applied", "2024-11-01"),
            ("a", "rejected", "2024-11-03"),
            ("a", "interview", "2024-11-09"),
            ("b", "applied", "2024-11-01"),
            ("b", "offer", "2024-11-03"),
            ("b", "interview", "2024-11-09"),
            ("c", "applied", "2024-11-01"),
            ("c", "withdrew", "2024-11-02"),
            ("c", "screen", "2024-11-09"),
        ]
    )
    assert [(r[0], r[1], r[4]) for r in table(s)] == [
        ("a", "applied", "rejected"),
        ("b", "applied", "advanced"),
        ("c", "applied", ""),
    ]


def test_tie_order_on_the_same_day():
    # rejected sorts after screen on the same day: the applied wait advanced, the screen wait was rejected at 0 days
    s = load([("a", "rejected", "2024-11-05"), ("a", "screen", "2024-11-05"), ("a", "applied", "2024-11-01")])
    assert table(s) == [("a", "applied", 4, True, "advanced", 0), ("a", "screen", 0, True, "rejected", 0)]


@pytest.mark.parametrize(
    "start, end, expected",
    [
        ("2024-12-20", "2024-12-27", 4),  # Mon 23, Tue 24, Thu 26, Fri 27 (Christmas off)
        ("2024-12-27", "2025-01-06", 5),  # Mon 30, Tue 31, Thu 2, Fri 3, Mon 6 (New Year off)
        ("2024-11-27", "2024-12-02", 2),  # Thanksgiving Thu 28 off: Fri 29, Mon 2
        ("2024-12-21", "2024-12-22", 0),  # a weekend
    ],
)
def test_business_days_across_holidays(start, end, expected):
    s = load([("a", "applied", start), ("a", "rejected", end)])
    assert offerkit.waits(s)["business_days"].tolist() == [expected]


def test_business_days_follow_the_country():
    s = load([("a", "applied", "2024-12-24"), ("a", "rejected", "2024-12-27")])
    assert offerkit.waits(s)["business_days"].tolist() == [2]  # US: 26, 27
    s = offerkit.load(
        pd.DataFrame(
            {"application_id": ["a", "a"], "event": ["applied", "rejected"], "date": ["2024-12-24", "2024-12-27"]}
        ),
        country="GB",
    )
    assert offerkit.waits(s)["business_days"].tolist() == [1]  # GB: Boxing Day off


def test_columns_and_company_source():
    df = pd.DataFrame(
        {
            "application_id": ["a", "a"],
            "company": ["Acme", ""],
            "source": ["", "referral"],
            "event": ["applied", "screen"],
            "date": ["2024-11-01", "2024-11-03"],
        }
    )
    w = offerkit.waits(offerkit.load(df))
    assert w.columns.tolist() == [
        "candidate",
        "application_id",
        "company",
        "source",
        "stage",
        "start",
        "end",
        "days",
        "business_days",
        "observed",
        "response",
        "followups",
    ]
    assert (w["company"] == "Acme").all() and (w["source"] == "referral").all()


def test_subdivision_holidays():
    # Cesar Chavez Day (Mar 31) is a California state holiday, not a federal one
    df = pd.DataFrame(
        {"application_id": ["a", "a"], "event": ["applied", "rejected"], "date": ["2025-03-28", "2025-04-01"]}
    )
    us = offerkit.waits(offerkit.load(df))["business_days"].tolist()
    ca = offerkit.waits(offerkit.load(df, country="US-CA"))["business_days"].tolist()
    assert us == [2] and ca == [1]


def test_empty_waits_are_typed_like_full_ones():
    import offerkit
    from offerkit._core.waits import empty_waits

    full = offerkit.waits(offerkit.load(offerkit.sample(applications=10, seed=1)))
    empty = empty_waits()
    assert list(empty.columns) == list(full.columns)
    for c in full.columns:
        assert empty[c].dtype.kind == full[c].dtype.kind or str(empty[c].dtype) == str(full[c].dtype), c
    assert isinstance(empty["stage"].dtype, pd.CategoricalDtype) and list(empty["stage"].cat.categories) == list(
        full["stage"].cat.categories
    )


def test_funnel_stage_is_categorical_with_and_without_by():
    import offerkit

    s = offerkit.load(offerkit.sample(applications=30, seed=2))
    for f in (offerkit.funnel(s), offerkit.funnel(s, by="source")):
        assert isinstance(f["stage"].dtype, pd.CategoricalDtype) and f["stage"].cat.ordered


def test_waits_equal_a_walk_through_each_application():
    """definitions §4.1 one application at a time, in plain Python, against the vectorised waits."""
    import numpy as np

    from offerkit._core.vocab import NO_WAIT_AFTER

    df = offerkit.sample(candidates=3, applications=60, seed=11)
    rng = np.random.default_rng(4)
    # withdrawals in the middle of some waits, so that every way a wait ends occurs
    picks = df[df["event"].isin(["screen", "interview"])].sample(frac=0.15, random_state=1)
    extra = picks.assign(
        event="withdrew", date=(pd.to_datetime(picks["date"]) + pd.Timedelta(days=2)).dt.strftime("%Y-%m-%d")
    )
    search = offerkit.load(pd.concat([df, extra]).sample(frac=1.0, random_state=int(rng.integers(100))))
    ev, group, starts = search.sorted_events
    as_of = pd.Timestamp(search.as_of)
    expected = []
    for i, first in enumerate(starts):
        rows = ev.iloc[first : starts[i + 1] if i + 1 < len(starts) else len(ev)]
        events, dates = rows["event"].astype(str).tolist(), rows["date"].tolist()
        for j, (e, d) in enumerate(zip(events, dates)):
            if e not in ("applied", "screen", "interview", "onsite") or any(x in NO_WAIT_AFTER for x in events[:j]):
                continue
            end, observed = as_of, False
            for e2, d2 in zip(events[j + 1 :], dates[j + 1 :]):
                if e2 == "withdrew":
                    end = d2
                    break
                if e2 in ("screen", "interview", "onsite", "offer", "rejected"):
                    end, observed = d2, True
                    break
            nudges = sum(e2 == "follow_up" and d < d2 <= end for e2, d2 in zip(events, dates))
            expected.append((rows["application_id"].iloc[0], e, d, (end - d).days, observed, nudges))
    w = offerkit.waits(search)
    got = list(zip(w["application_id"], w["stage"].astype(str), w["start"], w["days"], w["observed"], w["followups"]))
    assert sorted(got) == sorted(expected)
    censored = ~w["observed"]
    assert w["observed"].any() and (censored & (w["end"] < as_of)).any() and (censored & (w["end"] == as_of)).any()
    assert w["followups"].gt(0).any()
