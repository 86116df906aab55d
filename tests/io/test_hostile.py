"""Every file in tests/data/hostile/ behaves as expectations.json says."""

import json

import pytest

import offerkit
from offerkit import DataError

from ..conftest import ROOT

HOSTILE = ROOT / "tests" / "data" / "hostile"
EXPECT = json.loads((HOSTILE / "expectations.json").read_text())


def test_at_least_thirty_files():
    assert len(EXPECT) >= 30
    assert all((HOSTILE / name).exists() for name in EXPECT)


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_hostile_file(name):
    e = EXPECT[name]
    path = HOSTILE / name
    if e["outcome"] == "error":
        with pytest.raises(DataError) as info:
            offerkit.load(path)
        message = str(info.value)
        assert e["error_contains"].lower() in message.lower()
        assert str(path) in message or path.name in message
        return
    s = offerkit.load(path)
    r = s.report
    assert r.rows_read == r.rows_loaded + r.rows_set_aside
    assert (r.rows_read, r.rows_loaded) == (e["rows_read"], e["rows_loaded"]), repr(r)
    if "problem_rows" in e:
        assert sorted(set(r.problems["row"])) == e["problem_rows"], repr(r)
    for text in e.get("problems_contain", []):
        assert r.problems["problem"].str.contains(text, regex=False).any(), (text, repr(r))
    for text in e.get("notes_contain", []):
        assert any(text in n for n in r.notes), (text, r.notes)
    if "shape" in e:
        assert r.shape == e["shape"]
    if e.get("limited"):
        assert r.limited and "limited" in repr(r)
    if e.get("dateless"):
        assert s.dateless
        with pytest.raises(DataError, match="no dates"):
            offerkit.waits(s)
        assert offerkit.funnel(s)["reached"].iloc[0] == len(s.applications)
    if "dates" in e:
        assert sorted(s.events["date"].dt.strftime("%Y-%m-%d")) == e["dates"]
    if "company_contains" in e:
        assert e["company_contains"] in s.events["company"].tolist()
    for event in e.get("events_contain", []):
        assert event in set(s.events["event"].astype(str)), event
    if "max_value_length" in e:
        assert r.problems["value"].str.len().max() <= e["max_value_length"]
    s.applications  # always computes
    repr(s.report)
