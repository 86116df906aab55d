"""JobSearch is immutable and owns its derived tables (issue #13: filtering used to return stale waits)."""

import pandas as pd
import pytest

import offerkit


@pytest.fixture
def search():
    return offerkit.load(offerkit.sample(candidates=2, applications=30, seed=3))


def test_where_then_waits_reflects_the_filter(search):
    full = offerkit.waits(search)
    referral = search.where("source == 'referral'")
    w = offerkit.waits(referral)
    # counted independently from the full waits table: same waits, only the referral ones
    assert len(w) == int((full["source"] == "referral").sum()) < len(full)
    assert set(w["source"]) == {"referral"}
    assert len(referral.applications) == int((search.applications["source"] == "referral").sum())
    f = offerkit.funnel(referral)
    assert f.loc[f["stage"] == "applied", "reached"].item() == len(referral.applications)


def test_where_accepts_mask_and_callable(search):
    ev = search.events
    mask = (ev["candidate"] == "candidate_02").to_numpy()
    a = search.where(mask)
    b = search.where(lambda e: e["candidate"] == "candidate_02")
    c = search.for_candidate("candidate_02")
    assert len(a.events) == len(b.events) == len(c.events) == int(mask.sum())
    assert a.candidates == ["candidate_02"]
    with pytest.raises(ValueError, match="one True/False per event"):
        search.where(mask[:-1])
    with pytest.raises(ValueError, match="not in the data"):
        search.for_candidate("nobody")


def test_assigning_raises_with_what_to_call(search):
    with pytest.raises(AttributeError, match=r"search\.where\(mask\)"):
        search.events = search.events.head()
    with pytest.raises(AttributeError, match="cannot be changed"):
        search.as_of = pd.Timestamp("2025-01-01")


def test_editing_the_returned_events_does_not_change_the_search(search):
    n = len(offerkit.waits(search))
    ev = search.events
    ev["company"] = "edited"
    assert "edited" not in set(search.events["company"])
    assert len(offerkit.waits(search)) == n


def test_replace_as_of_recomputes(search):
    early = search.replace(as_of=search.as_of - pd.Timedelta(days=60))
    assert early.as_of == search.as_of - pd.Timedelta(days=60)
    # the waits still open end at the new as_of, never after it
    w_early = offerkit.waits(early)
    assert (w_early.loc[~w_early["observed"], "end"] <= early.as_of).all()
    with pytest.raises(TypeError, match="replace"):
        search.replace(colour="red")


def test_editing_returned_tables_in_place_never_changes_the_search():
    """Issue #25: every table a search hands out can be edited (or refuses the edit) without changing the search."""
    import numpy as np

    import offerkit

    s = offerkit.load(offerkit.sample(applications=40, seed=5))
    before_events = s.events.copy(deep=True)
    before_apps = s.applications.copy(deep=True)
    rejected = int((s.applications["outcome"] == "rejected").sum())
    edits = [
        lambda t: t.loc[t["event"] == "rejected", "event"].__class__,  # a read
        lambda t: t.__setitem__("company", "X"),
        lambda t: t.loc.__setitem__((t["event"] == "rejected", "event"), "screen"),
        lambda t: t.iloc.__setitem__((0, 0), "someone else"),
        lambda t: t["date"].values.__setitem__(slice(None), np.datetime64("2001-01-01")),
        lambda t: t["application_id"].to_numpy().__setitem__(0, "changed"),
    ]
    for getter in (lambda: s.events, lambda: s.applications, lambda: s.waits if hasattr(s, "waits") else s.events):
        for edit in edits:
            table = getter()
            try:
                edit(table)
            except (ValueError, KeyError, TypeError):  # a read-only array refuses the edit: as good
                pass
    pd.testing.assert_frame_equal(s.events, before_events)
    pd.testing.assert_frame_equal(s.applications, before_apps)
    assert int((s.applications["outcome"] == "rejected").sum()) == rejected
