"""Readings of real-world tracker habits (issue #23): labels, identity, blank rows."""

import pandas as pd

import offerkit


def test_a_longer_word_is_not_a_known_label(write_csv):
    s = offerkit.load(
        write_csv(
            "Company,Date Applied,Status\nAcme,2025-01-10,offerr\n"
            "Globex,2025-01-11,Rejected - after interview\nInitech,2025-01-12,Offer accepted\n"
            "Hooli,2025-01-13,Interviewer no-show\n"
        )
    )
    p = s.report.problems
    unknown = set(p.loc[p["problem"].str.contains("not understood"), "value"])
    assert unknown == {"offerr", "Interviewer no-show"}
    a = s.applications.set_index("company")
    assert a.loc["Acme", "stage_reached"] == "applied"
    assert a.loc["Globex", "outcome"] == "rejected" and a.loc["Initech", "outcome"] == "accepted"


def test_emphatic_spelling_is_still_read(write_csv):
    s = offerkit.load(write_csv("Company,Date Applied,Status\nAcme,2025-01-10,reeejected\n"))
    assert s.applications["outcome"].iloc[0] == "rejected"


def test_lookalike_rows_of_an_event_log_are_still_duplicates(write_csv):
    """Where the rows are events with ids, an identical row is a copy (only nameless tables keep look-alikes)."""
    s = offerkit.load(write_csv("application_id,event,date\nA1,applied,2025-01-10\nA1,applied,2025-01-10\n"))
    assert s.report.rows_set_aside == 1 and "duplicate" in s.report.problems["problem"].iloc[0]


def test_lookalike_rows_with_a_company_are_duplicates(write_csv):
    s = offerkit.load(
        write_csv("Company,Role,Date Applied,Status\nAcme,Eng,2025-01-10,Rejected\nAcme,Eng,2025-01-10,Rejected\n")
    )
    assert len(s.applications) == 1 and s.report.rows_set_aside == 1


def test_lookalike_rows_without_id_or_company_are_counted_in_a_note(write_csv):
    s = offerkit.load(
        write_csv(
            "Role,Date Applied,Status\nEngineer,2025-01-10,Rejected\nEngineer,2025-01-10,Rejected\n"
            "Engineer,2025-01-10,Rejected\n"
        )
    )
    assert len(s.applications) == 3 and s.report.rows_set_aside == 0
    assert any("2 row(s) look like an earlier row" in n for n in s.report.notes)


def test_a_numbering_column_with_data_is_kept(write_csv):
    """Numbered rows that hold an application are applications; only the number alone is a blank row."""
    s = offerkit.load(write_csv("No,Company,Date Applied\n1,Acme,2025-01-10\n2,Globex,2025-01-11\n3,,\n"))
    assert len(s.applications) == 2 and s.report.rows_read == 2


def test_month_precision_dates_keep_their_rows(write_csv):
    s = offerkit.load(
        write_csv(
            "application_id,event,date\nA,applied,2025-08\nA,rejected,2025-09-03\n"
            "B,applied,Aug 2025\nC,applied,2025-08-14\n"
        )
    )
    r = s.report
    assert r.rows_set_aside == 0 and len(s.applications) == 3
    assert any("month only" in n for n in r.notes)
    undated = s.events[s.events["date"].isna()]
    assert sorted(undated["application_id"]) == ["A", "B"]


def test_a_table_without_dates_loads_for_the_funnel(write_csv):
    import pytest

    s = offerkit.load(write_csv("Company,Status\nAcme,Rejected\nGlobex,Interview\nInitech,Applied\n"))
    assert len(s.applications) == 3 and s.dateless
    assert any("need dates" in n for n in s.report.notes)
    assert offerkit.funnel(s).set_index("stage").loc["applied", "reached"] == 3
    with pytest.raises(offerkit.DataError, match="no dates"):
        offerkit.latency(s)


def test_a_table_with_neither_dates_nor_statuses_is_still_refused(write_csv):
    import pytest

    with pytest.raises(offerkit.DataError, match="no date column"):
        offerkit.load(write_csv("Name,Notes\nA,x\nB,y\n"))


def test_generated_tables_with_a_reply_date_column_load_every_event():
    """Regression (issue #23 class 9): each reply date of a generated application table is one reply event."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(7)
    n = 60
    applied = pd.Timestamp("2025-03-03") + pd.to_timedelta(rng.integers(0, 40, n), unit="D")
    answered = rng.random(n) < 0.5
    reply = applied + pd.to_timedelta(rng.integers(1, 30, n), unit="D")
    df = pd.DataFrame(
        {
            "Company": [f"Co{i}" for i in range(n)],
            "Date Applied": applied.strftime("%m/%d/%Y"),
            "Reply": np.where(answered, reply.strftime("%m/%d/%Y"), ""),
        }
    )
    s = offerkit.load(df)
    assert s.report.ok, s.report
    got = s.events[s.events["event"] == "reply"].set_index("company")["date"].sort_index()
    want = pd.Series(reply[answered], index=df["Company"][answered]).sort_index()
    assert got.index.tolist() == want.index.tolist()
    assert (got.to_numpy() == want.to_numpy()).all()


def test_the_reading_that_loads_rows_wins_and_the_report_names_both(write_csv):
    s = offerkit.load(
        write_csv(
            "id,activity_date,company,activity_type,current_status\n"
            "1,14 Jan 2026,TUI,Open Role Application,Application Closed\n"
            "2,14 Jan 2026,Zag,Open Role Application,Active\n"
            "3,15 Jan 2026,Wireless,Speculative Outreach,Interview\n"
        )
    )
    r = s.report
    assert (r.rows_loaded, r.rows_set_aside) == (3, 0)
    line = next(n for n in r.notes if "runner-up" in n)
    assert "status in 'current_status'): 3 of 3 rows, 100% of statuses understood" in line
    assert "status in 'activity_type')" in line


def test_an_event_log_with_a_typo_stays_an_event_log(write_csv):
    """Ids repeat: the rows are events, so no one-row-per-application reading competes."""
    s = offerkit.load(
        write_csv(
            "application_id,event,date,status\nA,applied,2025-01-02,Open\nA,intervew,2025-01-09,Open\n"
            "A,blorp,2025-01-10,Open\nB,applied,2025-01-03,Closed\n"
        )
    )
    assert s.report.shape == "event log" and s.report.rows_set_aside == 1


_HEADER = "id,date,company,activity,status\n"


def _table(n_bad, n=20):
    lines = [f"{i},2025-01-{i % 28 + 1:02d},Co{i},{'Blorp' if i < n_bad else 'applied'},Rejected" for i in range(n)]
    return _HEADER + "\n".join(lines) + "\n"


def test_a_readings_score_never_rises_when_rows_are_made_unreadable():
    """Property: making more rows unreadable never raises the score of a reading (issue #23)."""
    import io

    import pandas as pd
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from offerkit._core.vocab import column_table, label_table
    from offerkit._io.read import raw_from_frame
    from offerkit._io.readings import score_reading
    from offerkit._io.shapes._columns import _roles

    labels, cols = label_table(), column_table()

    def score(text, shape, date_garbage=0):
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
        if date_garbage:
            frame.loc[: date_garbage - 1, "date"] = "not a date"
        raw = raw_from_frame(frame)
        roles = _roles(raw.frame.columns, cols)
        roles["event"] = "activity"
        return score_reading(raw, roles, shape, labels).key

    @settings(max_examples=60, deadline=None)
    @given(st.integers(0, 19), st.integers(0, 19), st.integers(0, 19), st.sampled_from(["event log", "snapshot"]))
    def check(a, b, d, shape):
        lo, hi = sorted((a, b))
        assert score(_table(hi), shape) <= score(_table(lo), shape)
        assert score(_table(lo), shape, date_garbage=d) <= score(_table(lo), shape)

    check()


def test_a_workbook_sheet_with_a_stray_row_of_numbers_above_the_header(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([1, 2, 3, 4])
    ws.append(["Company", "Role", "Date Applied", "Status"])
    ws.append(["Acme", "Engineer", "2025-01-10", "Rejected"])
    ws.append(["Globex", "Analyst", "2025-01-11", "Interview"])
    path = tmp_path / "sheet.xlsx"
    wb.save(path)
    s = offerkit.load(path)
    assert len(s.applications) == 2 and s.report.rows_set_aside == 0
    assert set(s.applications["stage_reached"]) == {"applied", "interview"}
    assert any("header is on line 2" in n for n in s.report.notes)


def test_a_sideways_workbook_sheet(tmp_path):
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([dt.datetime(2025, 1, 6), dt.datetime(2025, 1, 7)])
    ws.append(["Acme", "Hooli"])
    ws.append(["Globex", None])
    path = tmp_path / "sideways.xlsx"
    wb.save(path)
    s = offerkit.load(path)
    got = s.events.set_index("company")["date"].dt.strftime("%Y-%m-%d").to_dict()
    assert got == {"Acme": "2025-01-06", "Globex": "2025-01-06", "Hooli": "2025-01-07"}


def test_two_columns_of_one_name_that_disagree_are_reported(write_csv):
    s = offerkit.load(
        write_csv(
            "Company,date,Status,date\nAcme,2025-01-10,Rejected,2025-01-10\nGlobex,2025-01-11,Interview,2025-01-15\n"
        )
    )
    note = next(n for n in s.report.notes if "two columns are named 'date'" in n)
    assert "disagree on 1 row(s)" in note and "'2025-01-11' against '2025-01-15'" in note


def test_every_load_names_its_reading(write_csv):
    s = offerkit.load(write_csv("application_id,event,date\nA,applied,2025-01-02\nA,rejected,2025-01-09\n"))
    assert any(
        "read as an event log (status in 'event'): 2 of 2 rows, 100% of statuses understood" in n
        for n in s.report.notes
    )


def test_suggested_commands_are_safe_to_paste():
    """Issue #28 item 12: a status such as $(...) or a quote cannot run when its --map line is pasted."""
    import shlex

    import pandas as pd

    evil = 'x" ; touch pwned; "$(id)`id`'
    s = offerkit.load(pd.DataFrame({"Company": ["Acme"], "Date Applied": ["2025-01-10"], "Status": [evil]}))
    problem = s.report.problems["problem"].iloc[0]
    line = f"--map {shlex.quote(evil + '=event')}"
    assert line in problem
    assert shlex.split(line) == ["--map", evil + "=event"]  # one argument, nothing runs


def test_a_snapshot_status_beyond_the_next_stage_is_not_a_first_answer(write_csv):
    """Issue #27 item 7: "Offer" dated at the latest status is not the first answer 64 days after applying."""
    s = offerkit.load(
        write_csv(
            "Company,Date Applied,Status,Status Date\nAcme,2025-01-02,Offer,2025-03-07\n"
            "Globex,2025-01-03,Rejected,2025-01-10\nInitech,2025-01-04,Phone Screen,2025-01-09\n"
            "Hooli,2025-01-05,Interview,2025-02-20\n"
        )
    )
    a = s.applications.set_index("company")
    assert a.loc["Acme", "stage_reached"] == "offer" and a.loc["Hooli", "stage_reached"] == "interview"
    w = offerkit.waits(s)
    applied = w[w["stage"] == "applied"].set_index("company")
    assert set(applied.index) == {"Globex", "Initech"}  # Acme's and Hooli's first answers cannot be timed
    assert applied.loc["Globex", "days"] == 7 and applied.loc["Initech", "days"] == 5
    assert any("2 status(es) beyond the stage after applying" in n for n in s.report.notes)


def test_a_table_whose_status_column_holds_no_statuses_is_read_through_the_one_that_does(write_csv):
    """A one-row-per-application table with a free-text 'activity_type' and a real status column beside it."""
    path = write_csv(
        "company,role,activity_type,activity_date,current_status\n"
        "Acme,DA,Open Role Application,2024-11-01,Rejected\nGlobex,DS,Speculative Outreach,2024-11-02,Interview\n"
        "Hooli,DE,Open Role Application,2024-11-03,Applied\nInitech,DA,Referral Chat,2024-11-04,Offer\n"
    )
    s = offerkit.load(path)
    assert s.report.rows_loaded == 4 and s.report.problems.empty
    assert sorted(s.events["event"].astype(str)) == sorted(["applied"] * 4 + ["rejected", "interview", "offer"])
    assert any("runner-up" in n and "activity_type" in n for n in s.report.notes)
    # the user's mapping is never overruled by a score
    pinned = offerkit.load(path, mapping={"activity_type": "event"}, errors="report")
    assert set(pinned.events["event"].astype(str)) == {"applied"}
    assert (pinned.report.problems["column"] == "activity_type").sum() == 4


def test_inspect_shows_the_readings_and_each_decision_with_its_flip(write_csv):
    from offerkit._io.inspect import inspect

    path = write_csv(
        "Company,Applied,Status\nAcme,03/11/2024,Rejected - after interview\n"
        "Globex,04/11/2024,Interview\nHooli,05/11/2024,Offerr\nInitech,06/11/2024,Rejected\n"
    )
    r = inspect(path)
    assert r.readings["chosen"].sum() == 1
    assert r.readings.loc[r.readings["chosen"], "shape"].item() == r.shape == "snapshot"
    d = r.decisions.set_index("decision")
    assert d.loc["shape", "certainty"] == "certain"
    # day and month: every value reads both ways, the span decided day-first: close, and the flip is the other order
    order = d.loc["day and month in 'Applied'"]
    assert (order["chosen"], order["certainty"], order["flip"]) == ("day-first", "close", "--dayfirst no")
    flipped = offerkit.load(path, dayfirst=False, errors="report")
    assert flipped.events["date"].min() == pd.Timestamp("2024-03-11")
    # a status read in parts is close; its flip, pasted, changes how it is read
    parts = d.loc["status 'Rejected - after interview'"]
    assert parts["certainty"] == "close" and parts["flip"] == "--map 'Rejected - after interview=rejected'"
    again = inspect(path, mapping={"Rejected - after interview": "rejected"})
    assert "status 'Rejected - after interview'" not in set(again.decisions["decision"])
    assert d.loc["status 'Offerr'", "chosen"] == "unknown"  # no guess from a longer word
    assert "readings (rows explained" in r.to_text() and "to flip it: --dayfirst no" in r.to_text()
