"""Fuzzing: any bytes give a JobSearch or a DataError naming the file, never another exception; rows always add up;
every analysis of a loaded search returns or raises DataError.

``make test`` runs 2,000 examples (split over the two strategies). The long run is documented in the README:
``OFFERKIT_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest -q -p no:cacheprovider tests/io/test_fuzz.py``.
"""

import os
import tempfile
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import offerkit
from offerkit import DataError
from offerkit._core.vocab import EVENTS

HEADERS = [
    "application_id,event,date",
    "Company,Date Applied,Interview,Rejected",
    "Job Title,Company Name,Applied Date,Status,Status Date",
    "app id;stage;date",
    "Company\tDate Applied\tScreen",
    "Company,Role,History",
    "company,date,status,stage_history",
]
CELLS = st.sampled_from(
    [
        "a1",
        "Acme",
        "applied",
        "rejected",
        "Phone Screen",
        "2024-11-05",
        "11/13/23, 9:42 AM",
        "13/11/2024",
        "Nov 5",
        "45000",
        "",
        "N/A",
        "-",
        "=cmd()",
        "<b>x</b>",
        '"quoted, cell"',
        "2024-02-30",
        "1985-01-01",
        "2099-01-01",
        "Total",
        "é",
        "\x00",
        "  ",
        "offer",
        "ghosted",
        "reeejected",
        # stage-history cells and quote mutations (issue #28): empty, broken, unclosed
        "[]",
        "\"[{'stage': 'Applied', 'date': '2024-11-05'}]\"",
        "\"[{'stage': 'Rejected'}]\"",
        "[{broken",
        '"[{}]"',
        "2024-11-05|Applied;2024-11-20|Rejected",
        '"unclosed',
        '""',
        '"a""b"',
    ]
)


EXAMPLES = int(os.environ.get("OFFERKIT_FUZZ_EXAMPLES", "2000"))
ANALYSES = {
    "waits": lambda s: s.waits,
    "funnel": offerkit.funnel,
    "flow": offerkit.flow,
    "latency": offerkit.latency,
    "cohort_table": offerkit.cohort_table,
    "slowdown": offerkit.slowdown,
    "simulate": lambda s: offerkit.simulate(s, paths=20, horizon_days=20),
    "wait_more": lambda s: offerkit.wait_more(s, [3], draws=5),
    "still_alive": lambda s: offerkit.still_alive(s, draws=5),
    "weekly_review": offerkit.weekly_review,
    "anonymize": lambda s: offerkit.funnel(offerkit.anonymize(s, salt="fuzz")),
}


def _check(data: bytes, suffix=".csv"):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"tracker{suffix}"
        path.write_bytes(data)
        try:
            s = offerkit.load(path)
        except DataError as exc:
            assert path.name in str(exc), str(exc)  # the message names the file
            return
        _check_loaded(s)


def _check_loaded(s):
    r = s.report
    assert r.rows_read == r.rows_loaded + r.rows_set_aside
    assert repr(s.report)
    ev = s.events
    assert {"candidate", "application_id", "company", "role", "source", "event", "date", "row"} <= set(ev.columns)
    assert set(ev["event"].dropna().astype(str)) <= set(EVENTS)
    # every loaded event comes from a loaded row
    assert ev["row"].nunique() <= r.rows_loaded
    # and every loaded row gave an event or is named in a problem: no row counted as loaded with nothing in it
    if "file" not in ev.columns:
        named = set(r.problems.loc[r.problems["action"] != "set aside", "row"].tolist()) if len(r.problems) else set()
        if r.scheduled is not None and len(r.scheduled):  # plans after as_of: loaded, shown as scheduled
            named |= set(r.scheduled["row"].tolist())
        assert len(set(ev["row"].tolist()) | named) >= r.rows_loaded, (r, ev)
    s.applications  # must compute
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # e.g. an optimizer on a two-wait search
        for name, analysis in ANALYSES.items():
            try:
                analysis(s)
            except DataError as exc:
                assert str(exc), name


@pytest.mark.slow
@settings(max_examples=EXAMPLES // 2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes(data):
    _check(data)


@pytest.mark.slow
@settings(max_examples=EXAMPLES - EXAMPLES // 2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(HEADERS),
    st.lists(st.lists(CELLS, min_size=0, max_size=7), max_size=12),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_csv_like_inputs(header, rows, sep, encoding):
    header = header.replace(",", sep) if sep != "," else header
    text = header + "\n" + "\n".join(sep.join(r) for r in rows) + "\n"
    _check(text.encode(encoding, errors="replace"))
