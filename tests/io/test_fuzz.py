"""Fuzzing: any bytes give a JobSearch or a DataError, never another exception; rows always add up."""

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import offerkit
from offerkit import DataError
from offerkit._core.vocab import EVENTS

HEADERS = ["application_id,event,date", "Company,Date Applied,Interview,Rejected", "Job Title,Company Name,Applied Date,Status,Status Date",
           "app id;stage;date", "Company\tDate Applied\tScreen"]
CELLS = st.sampled_from(["a1", "Acme", "applied", "rejected", "Phone Screen", "2024-11-05", "11/13/23, 9:42 AM", "13/11/2024",
                         "Nov 5", "45000", "", "N/A", "-", "=cmd()", "<b>x</b>", "\"quoted, cell\"", "2024-02-30", "1985-01-01",
                         "2099-01-01", "Total", "é", "\x00", "  ", "offer", "ghosted", "reeejected"])


def _check(data: bytes):
    try:
        s = offerkit.load(io.BytesIO(data))
    except DataError as exc:
        assert str(exc)
        return
    r = s.report
    assert r.rows_read == r.rows_loaded + r.rows_set_aside
    assert repr(s.report)
    ev = s.events
    assert {"candidate", "application_id", "company", "role", "source", "event", "date", "row"} <= set(ev.columns)
    assert set(ev["event"].dropna().astype(str)) <= set(EVENTS)
    # every loaded event comes from a loaded row
    assert ev["row"].nunique() <= r.rows_loaded
    s.applications  # must compute
    offerkit.funnel(s)
    if len(s.events) and not s.dateless:
        offerkit.latency(s)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes(data):
    _check(data)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(HEADERS), st.lists(st.lists(CELLS, min_size=0, max_size=7), max_size=12), st.sampled_from([",", ";", "\t"]),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_csv_like_inputs(header, rows, sep, encoding):
    header = header.replace(",", sep) if sep != "," else header
    text = header + "\n" + "\n".join(sep.join(r) for r in rows) + "\n"
    _check(text.encode(encoding, errors="replace"))
