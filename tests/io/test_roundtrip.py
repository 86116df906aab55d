"""Property: events → wide sheet → load gives back the same events."""

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import offerkit

STAGES = ["screen", "interview", "onsite", "offer", "rejected", "follow_up", "thank_you"]


@st.composite
def searches(draw):
    n = draw(st.integers(1, 8))
    rows = []
    for i in range(n):
        applied = pd.Timestamp("2024-09-01") + pd.Timedelta(days=draw(st.integers(0, 150)))
        rows.append(("applied", applied, i))
        for stage in draw(st.lists(st.sampled_from(STAGES), max_size=4)):
            rows.append((stage, applied + pd.Timedelta(days=draw(st.integers(0, 60))), i))
    return rows


@settings(max_examples=60, deadline=None)
@given(searches(), st.sampled_from(["%Y-%m-%d", "%m/%d/%Y", "%d %b %Y", "%b %d, %Y"]))
def test_events_to_wide_to_load_roundtrip(rows, fmt):
    events = pd.DataFrame(rows, columns=["event", "date", "app"])
    events["company"] = "Co" + events["app"].astype(str)
    wide = {}
    for app, group in events.groupby("app"):
        record = {"Company": f"Co{app}"}
        for event, dates in group.groupby("event")["date"]:
            record["Date Applied" if event == "applied" else event] = "; ".join(d.strftime(fmt) for d in sorted(dates))
        wide[app] = record
    sheet = pd.DataFrame(list(wide.values())).fillna("")
    as_of = events["date"].max()
    s = offerkit.load(sheet, as_of=as_of, dayfirst=False if fmt == "%m/%d/%Y" else None)
    got = sorted(zip(s.events["company"], s.events["event"].astype(str), s.events["date"]))
    want = sorted(zip(events["company"], events["event"], events["date"]))
    assert got == want
    assert s.report.rows_read == len(sheet) == s.report.rows_loaded
