"""offerkit.compare: your rates beside published figures, only where the data defines them (definitions §4.8)."""

import pandas as pd
import pytest

import offerkit


def _search(rows, as_of="2025-03-31"):
    return offerkit.load(pd.DataFrame(rows, columns=["application_id", "event", "date"]), as_of=as_of)


def test_rates_counted_by_hand():
    rows = [(f"A{i}", "applied", "2025-01-06") for i in range(10)]
    rows += [
        ("A0", "screen", "2025-01-10"),
        ("A1", "interview", "2025-01-15"),  # 2 of 10 reached a screen or beyond
        ("A2", "rejected", "2025-01-20"),
        ("A3", "rejected", "2025-03-01"),
    ]  # A3 answered after 30 days
    c = offerkit.compare(_search(rows)).summary.drop_duplicates("measure").set_index("measure")
    assert c.loc["interview_rate", "yours"] == pytest.approx(0.2) and c.loc["interview_rate", "n"] == 10
    # answered within 30 days among those sent 30+ days before as_of: A0, A1, A2 (A3 took 54 days)
    assert c.loc["answer_rate", "yours"] == pytest.approx(0.3)
    lo, hi = c.loc["answer_rate", ["low", "high"]]
    assert lo < 0.3 < hi  # with its interval
    assert pd.isna(c.loc["median_days_to_answer", "yours"])  # 4 of 10 answered: the median is not reached


def test_only_measures_the_data_defines():
    undated = offerkit.load(pd.DataFrame({"Company": ["A", "B"], "Status": ["Interview", "Rejected"]}))
    c = offerkit.compare(undated)
    assert set(c.summary["measure"]) == {"interview_rate"}
    assert any("needs dates" in m for m in c.missing)
    fresh = _search([("A", "applied", "2025-03-20")], as_of="2025-03-31")
    c = offerkit.compare(fresh)
    assert "answer_rate" not in set(c.summary["measure"]) and any("30 days old" in m for m in c.missing)


def test_every_figure_is_cited():
    f = offerkit.published_figures()
    assert len(f) >= 4
    assert f[["value", "year", "source", "sample", "definition"]].notna().all().all()
    assert (f["source"].str.len() > 10).all() and f["year"].between(2010, 2030).all()


def test_the_comparison_says_definitions_differ():
    c = offerkit.compare(offerkit.load(offerkit.sample(applications=40, seed=2)))
    assert "Definitions differ" in repr(c) and "Definitions differ" in c._repr_html_()
    assert "<script" not in c._repr_html_()
