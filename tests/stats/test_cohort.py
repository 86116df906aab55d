"""Coaches: cohort table, anonymised sharing, cohort loading."""

import pandas as pd
import pytest

import offerkit

from ..factory import make_search


def test_cohort_table_raw_and_shrunk():
    s = offerkit.load(offerkit.sample(candidates=6, applications=40, seed=3))
    t = offerkit.cohort_table(s)
    assert len(t) == 6 and t["applications"].sum() == len(s.applications)
    for name in ("response_rate", "interview_rate", "offer_rate"):
        assert (t[f"{name}_shrunk_low"] <= t[f"{name}_shrunk"] + 1e-12).all()
        assert (t[f"{name}_shrunk"] <= t[f"{name}_shrunk_high"] + 1e-12).all()
    # posterior means are convex combinations of each raw rate and one prior mean: the spread can only shrink
    raw, shrunk = t["interview_rate"], t["interview_rate_shrunk"]
    assert shrunk.max() - shrunk.min() <= raw.max() - raw.min() + 1e-12


def test_cohort_table_counts_by_hand():
    rows = []
    for app, events in {
        "a1": ["applied", "interview"],
        "a2": ["applied", "rejected"],
        "a3": ["applied", "offer", "accepted"],
    }.items():
        rows += [("ann", app, e, f"2024-11-0{i + 1}") for i, e in enumerate(events)]
    rows += [("bob", "b1", "applied", "2024-11-01"), ("bob", "b1", "rejected", "2024-11-03")]
    s = make_search(rows, columns=("candidate", "application_id", "event", "date"), as_of="2024-11-05")
    t = offerkit.cohort_table(s).set_index("candidate")
    # ann: interview reached by a1, a3; a2 closed before -> 2/3; offers: a3 of (a3 + a2 closed) -> 1/2 (a1 pending)
    assert t.loc["ann", "interview_rate"] == pytest.approx(2 / 3)
    assert t.loc["ann", "offer_rate"] == pytest.approx(1 / 2)
    assert t.loc["bob", "interview_rate"] == 0


def test_anonymize_is_stable_and_salted():
    s = offerkit.load(offerkit.sample(candidates=3, applications=20, seed=1))
    a1, a2, b = (
        offerkit.anonymize(s, salt="one"),
        offerkit.anonymize(s, salt="one"),
        offerkit.anonymize(s, salt="two"),
    )
    assert a1.events["company"].tolist() == a2.events["company"].tolist()
    assert a1.events["candidate"].tolist() != b.events["candidate"].tolist()
    assert not set(a1.events["company"]) & set(s.events["company"])
    assert not set(a1.events["candidate"]) & set(s.events["candidate"])
    pd.testing.assert_frame_equal(offerkit.funnel(a1), offerkit.funnel(s))
    with pytest.raises(ValueError, match="salt"):
        offerkit.anonymize(s, salt="")


def test_folder_cohort_with_mixed_shapes(tmp_path):
    offerkit.sample(applications=15, seed=1).to_csv(tmp_path / "ann.csv", index=False)
    (tmp_path / "bob.csv").write_text(
        "Company,Date Applied,Interview,Rejected\nAcme,2024-11-01,2024-11-08,\nGlobex,2024-11-02,,2024-11-09\n"
    )
    (tmp_path / "cy.csv").write_text(
        "Job Title,Company Name,Applied Date,Status,Status Date\nDev,Initech,2024-11-03,Rejected,2024-11-10\n"
    )
    s = offerkit.load(tmp_path)
    assert s.candidates == ["ann", "bob", "cy"]
    assert s.report.shape == "mixed" and s.report.limited
    t = offerkit.cohort_table(s)
    assert t.set_index("candidate").loc["bob", "applications"] == 2


def test_report_anonymize_hides_names(tmp_path):
    """--anonymize: the notebooks are given the pseudonymised copy, and the index names nobody.

    (The notebooks themselves run once per session, in the shared report fixture.)"""
    pytest.importorskip("papermill")
    from offerkit._app.html_report import run_report

    df = offerkit.sample(candidates=3, applications=15, seed=2)
    data = tmp_path / "cohort.csv"
    df.to_csv(data, index=False)
    out = tmp_path / "rep"
    run_report(data, out=out, notebooks=[], echo=lambda *a, **k: None, anonymize_salt="secret")
    shared = (out / "anonymized.csv").read_text()
    index = (out / "index.html").read_text()
    assert "Candidate-" in shared and "candidate_01" not in shared and "candidate_01" not in index
    for company in df["company"].unique()[:5]:
        assert company not in shared and company not in index


def test_below_cohort_flags_the_clearly_behind():
    rows = []
    for cand, n_interview in (("ann", 0), ("bob", 40), ("cy", 40)):
        for i in range(80):
            app = f"{cand}{i}"
            rows.append((cand, app, "applied", "2024-11-01"))
            rows.append((cand, app, "interview" if i < n_interview else "rejected", "2024-11-08"))
    s = make_search(rows, columns=("candidate", "application_id", "event", "date"), as_of="2024-11-10")
    t = offerkit.cohort_table(s).set_index("candidate")
    assert t.loc["ann", "interview_rate_below_cohort"]
    assert not t.loc["bob", "interview_rate_below_cohort"] and not t.loc["cy", "interview_rate_below_cohort"]
