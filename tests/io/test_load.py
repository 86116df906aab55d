"""Loader: shapes, synonyms, dates, validation (definitions §3)."""

import io

import pandas as pd
import pytest

import offerkit
from offerkit import DataError

LOG = """application_id,company,role,source,event,date
a1,Acme,Analyst,referral,applied,2024-11-04
a1,Acme,Analyst,referral,Phone Screen,2024-11-12
a1,Acme,Analyst,referral,Technical Interview,2024-11-20
a2,Globex,,job board,applied,2024-11-05
a2,Globex,,job board,Auto Rejected,2024-11-30
"""


def test_event_log_canonical_columns(write_csv):
    s = offerkit.load(write_csv(LOG))
    ev = s.events
    assert ev.columns.tolist()[:8] == [
        "candidate",
        "application_id",
        "company",
        "role",
        "source",
        "event",
        "date",
        "row",
    ]
    assert isinstance(ev["event"].dtype, pd.CategoricalDtype)
    assert ev["event"].astype(str).tolist() == ["applied", "screen", "interview", "applied", "rejected"]
    assert ev["row"].tolist() == [2, 3, 4, 5, 6]
    assert (ev["candidate"] == "me").all()
    assert str(ev["date"].dtype).startswith("datetime64")
    assert s.report.shape == "event log"
    assert s.as_of == pd.Timestamp("2024-11-30")


def test_applications_table(write_csv):
    s = offerkit.load(write_csv(LOG))
    assert s.applications.columns.tolist()[:10] == [
        "candidate",
        "application_id",
        "company",
        "role",
        "source",
        "applied",
        "stage_reached",
        "outcome",
        "last_event",
        "last_date",
    ]
    apps = s.applications.set_index("application_id")
    assert apps.loc["a1", "stage_reached"] == "interview"
    assert apps.loc["a1", "outcome"] == "open"  # 10 days silent, within 30
    assert apps.loc["a2", "outcome"] == "rejected"
    assert apps.loc["a1", "applied"] == pd.Timestamp("2024-11-04")


def test_extra_columns_kept_unchanged(write_csv):
    text = "application_id,event,date,Notes\nx,applied,2024-11-04,=cool <b>\nx,screen,2024-11-06,\n"
    s = offerkit.load(write_csv(text))
    assert s.events.loc[0, "Notes"] == "=cool <b>"


@pytest.mark.parametrize(
    "label, event",
    [
        ("phone screen", "screen"),
        ("Recruiter call", "screen"),
        ("HR call", "screen"),
        ("HR/ recruiter call", "screen"),
        ("technical interview", "interview"),
        ("Tech screen", "interview"),
        ("hiring manager", "interview"),
        ("assessment", "interview"),
        ("coding challenge", "interview"),
        ("Interview 1", "interview"),
        ("interview 2", "interview"),
        ("Interview 3", "interview"),
        ("final round", "onsite"),
        ("On-site", "onsite"),
        ("onsite", "onsite"),
        ("panel interview", "onsite"),
        ("superday", "onsite"),
        ("Offer received", "offer"),
        ("rejection", "rejected"),
        ("auto rejected", "rejected"),
        ("not selected", "rejected"),
        ("declined by employer", "rejected"),
        ("withdrawn", "withdrew"),
        ("no response", "ghosted"),
        ("no reply", "ghosted"),
        ("ghosted", "ghosted"),
        ("followup email", "follow_up"),
        ("follow-up", "follow_up"),
        ("nudge", "follow_up"),
        ("thank you note", "thank_you"),
        ("ACCEPTED", "accepted"),
        ("declined", "declined"),
    ],
)
def test_label_synonyms(label, event):
    df = pd.DataFrame({"application_id": ["x", "x"], "event": ["applied", label], "date": ["2024-11-01", "2024-11-20"]})
    s = offerkit.load(df)
    assert s.events["event"].astype(str).tolist()[-1] == event or event in s.events["event"].astype(str).tolist()


def test_mapping_extends_labels_and_columns():
    df = pd.DataFrame({"Ref": ["x", "x"], "What": ["applied", "Got a call"], "When": ["2024-11-01", "2024-11-05"]})
    s = offerkit.load(df, mapping={"Got a call": "screen", "Ref": "application_id", "What": "event", "When": "date"})
    assert s.events["event"].astype(str).tolist() == ["applied", "screen"]


def test_unknown_label_reported_not_guessed():
    df = pd.DataFrame(
        {"application_id": ["x", "x"], "event": ["applied", "Intervew maybe"], "date": ["2024-11-01", "2024-11-05"]}
    )
    s = offerkit.load(df)
    assert s.report.problems["value"].tolist() == ["Intervew maybe"]
    assert s.report.problems["row"].tolist() == [3]
    assert len(s.events) == 1


@pytest.mark.parametrize(
    "header",
    [
        ("Date Applied", "Company Name", "Job Title", "Source"),
        ("applied_on", "company_name", "Position", "Channel"),
        ("Application Date", "Employer", "Role name", "Applied via"),
    ],
)
def test_column_synonyms_wide(header):
    applied, company, role, source = header
    df = pd.DataFrame({applied: ["2024-11-01"], company: ["Acme"], role: ["Analyst"], source: ["referral"]})
    s = offerkit.load(df)
    row = s.events.iloc[0]
    assert (row["company"], row["role"], row["source"], str(row["event"])) == ("Acme", "Analyst", "referral", "applied")


@pytest.mark.parametrize("col", ["Stage", "Status", "Event", "Step"])
@pytest.mark.parametrize("idcol", ["App ID", "Application ID", "ID", "Job ID"])
def test_event_log_column_synonyms(col, idcol):
    df = pd.DataFrame(
        {
            idcol: ["1", "1"],
            col: ["applied", "offer"],
            "Date": ["2024-11-01", "2024-11-09"],
            "Candidate": ["ann", "ann"],
        }
    )
    s = offerkit.load(df)
    assert s.events["candidate"].tolist() == ["ann", "ann"]
    assert s.applications["stage_reached"].tolist() == ["offer"]


@pytest.mark.parametrize("name", ["Name", "Client", "Student"])
def test_candidate_synonyms(name):
    df = pd.DataFrame({name: ["bo"], "Date Applied": ["2024-11-01"], "Company": ["Acme"]})
    assert offerkit.load(df).events["candidate"].tolist() == ["bo"]


def test_wide_table_melts_multi_date_cells(write_csv):
    text = (
        "Company,Role,Date Applied,Screen,Interview,Interview_2,Onsite,Offer,Rejected,Follow Up\n"
        "Acme,Analyst,2024-11-01,2024-11-06,2024-11-12; 2024-11-15,2024-11-20,,,,2024-11-04 and 2024-11-05\n"
        "Globex,,2024-11-02,,,,,,2024-11-09,\n"
    )
    s = offerkit.load(write_csv(text))
    assert s.report.shape == "application table"
    acme = s.events[s.events["company"] == "Acme"]
    assert acme["event"].astype(str).tolist() == [
        "applied",
        "follow_up",
        "follow_up",
        "screen",
        "interview",
        "interview",
        "interview",
    ]
    assert (acme["row"] == 2).all()
    assert s.events.loc[s.events["company"] == "Globex", "event"].astype(str).tolist() == ["applied", "rejected"]
    assert s.applications["application_id"].tolist() == sorted(["acme-analyst-2024-11-01", "globex-2024-11-02"])
    assert s.report.rows_read == 2 and s.report.rows_loaded == 2


def test_wide_ampersand_separator():
    df = pd.DataFrame({"Company": ["A"], "Date Applied": ["2024-11-01"], "Interview": ["2024-11-05 & 2024-11-07"]})
    assert (offerkit.load(df).events["event"] == "interview").sum() == 2


def test_snapshot_is_limited(write_csv):
    text = (
        "Job Title,Company Name,Job URL,Applied Date,Status,Status Date\n"
        "Analyst,Acme,http://x,2024-11-01,Rejected,2024-11-20\n"
        "Engineer,Globex,http://y,2024-11-03,Applied,2024-11-03\n"
        "Scientist,Initech,http://z,2024-11-04,Interviewing,2024-11-18\n"
    )
    s = offerkit.load(write_csv(text))
    assert s.report.shape == "snapshot" and s.report.limited and s.limited
    assert "limited" in repr(s.report)
    assert s.events["event"].astype(str).tolist() == ["applied", "rejected", "applied", "applied", "interview"]
    assert "Job URL" in s.events.columns


DATE_FORMS = [
    ("2024-11-13", "2024-11-13"),
    ("11/13/2024", "2024-11-13"),
    ("13/11/2024", "2024-11-13"),
    ("13 Nov 2024", "2024-11-13"),
    ("Nov 13, 2024", "2024-11-13"),
    ("November 13, 2024", "2024-11-13"),
    ("11/13/24", "2024-11-13"),
    ("11/13/23, 9:42 AM", "2023-11-13"),
    ("45609", "2024-11-13"),
]


@pytest.mark.parametrize("text, iso", DATE_FORMS)
def test_date_forms(text, iso):
    df = pd.DataFrame({"Company": ["Acme"], "Date Applied": [text]})
    s = offerkit.load(df)
    assert s.events["date"].iloc[0] == pd.Timestamp(iso)


def test_dayfirst_decided_per_column():
    df = pd.DataFrame({"Company": list("ABC"), "Date Applied": ["03/04/2024", "25/04/2024", "01/05/2024"]})
    s = offerkit.load(df)
    assert sorted(s.events["date"].dt.strftime("%Y-%m-%d")) == ["2024-04-03", "2024-04-25", "2024-05-01"]


def test_ambiguous_dates_stop_and_ask_for_dayfirst():
    df = pd.DataFrame({"Company": list("AB"), "Date Applied": ["03/04/2024", "05/06/2024"]})
    with pytest.raises(DataError, match="dayfirst"):
        offerkit.load(df)
    s = offerkit.load(df, dayfirst=True)
    assert s.events["date"].min() == pd.Timestamp("2024-04-03")
    s = offerkit.load(df, dayfirst=False)
    assert s.events["date"].min() == pd.Timestamp("2024-03-04")


def test_date_without_year_and_garbage_reported_with_row():
    df = pd.DataFrame({"Company": list("ABC"), "Date Applied": ["2024-11-01", "Nov 5", "soon"]})
    s = offerkit.load(df)
    p = s.report.problems
    p = p[p["column"] == "Date Applied"]
    assert p["row"].tolist() == [3, 4]
    assert p["value"].tolist() == ["Nov 5", "soon"]
    # 'Nov 5' under '2024-11-01': the year of the row above, a guess that is kept and still listed (spec 3.4:
    # never silently guessed)
    assert "without a year" in p["problem"].iloc[0] and "read as 2024-11-05" in p["problem"].iloc[0]
    # issue #14: an application is never dropped for its date: kept undated (funnel yes, latency no), reported
    assert set(p["action"]) == {"kept"} and "kept without a date" in p["problem"].iloc[1]
    assert s.report.rows_read == 3 and s.report.rows_loaded == 3 and s.report.rows_set_aside == 0
    assert len(s.applications) == 3 and s.applications["applied"].isna().sum() == 1
    assert len(offerkit.waits(s)) == 2  # the two dated applications wait; the undated one does not


def test_bad_date_and_unknown_label_report_and_raise(write_csv):
    text = LOG + "a3,Initech,,job board,applied,2024-13-45\na2,Globex,,job board,Blorp,2024-11-20\n"
    path = write_csv(text)
    s = offerkit.load(path, errors="report")
    p = s.report.problems
    assert p["row"].tolist() == [7, 8]
    assert p["value"].tolist() == ["2024-13-45", "Blorp"]
    assert s.report.rows_read == 7 == s.report.rows_loaded + s.report.rows_set_aside
    with pytest.raises(DataError) as info:
        offerkit.load(path, errors="raise")
    message = str(info.value)
    assert "2024-13-45" in message and "Blorp" in message and "row 7" in message and "row 8" in message
    assert str(path) in message


def test_duplicate_rows_later_copy_set_aside(write_csv):
    s = offerkit.load(write_csv(LOG + "a2,Globex,,job board,Auto Rejected,2024-11-30\n"))
    assert s.report.problems["row"].tolist() == [7]
    assert "duplicate of row 6" in s.report.problems["problem"].iloc[0]
    assert len(s.events) == 5


def test_duplicate_rows_without_ids_set_aside(tmp_path):
    # no id column: the loader generates ids, and tells same-day applications apart ("...-2"); an identical
    # copy of a row is still a duplicate, not a second application
    path = tmp_path / "mine.csv"
    path.write_text(
        "Company,Role,Applied,Status,Notes\n"
        "Acme,Analyst,2024-11-04,Applied,\n"
        'Globex,"Analyst, BI",2024-11-05,Rejected,\n'
        "Globex,Analyst,2024-11-05,Applied,a second role the same day\n"
        'Globex,"Analyst, BI",2024-11-05,Rejected,\n'
    )
    s = offerkit.load(path)
    assert s.report.problems["problem"].tolist() == ["duplicate of row 3: the later copy is set aside"]
    assert s.report.problems["row"].tolist() == [5]
    assert len(s.applications) == 3


def test_offer_before_application_set_aside():
    df = pd.DataFrame(
        {"application_id": ["x", "x"], "event": ["applied", "offer"], "date": ["2024-11-10", "2024-11-01"]}
    )
    s = offerkit.load(df)
    assert s.report.problems["problem"].str.contains("before the application").tolist() == [True]
    assert s.events["event"].astype(str).tolist() == ["applied"]


def test_implausible_dates():
    df = pd.DataFrame(
        {"Company": list("ABCD"), "Date Applied": ["2024-11-01", "2024-11-02", "1985-01-01", "2034-11-01"]}
    )
    s = offerkit.load(df)
    assert s.report.problems["value"].tolist() == ["1985-01-01", "2034-11-01"]
    assert s.as_of == pd.Timestamp("2024-11-02")


def test_conflicting_companies():
    df = pd.DataFrame(
        {
            "application_id": ["x", "x", "x"],
            "company": ["Acme", "acme", "Globex"],
            "event": ["applied", "screen", "interview"],
            "date": ["2024-11-01", "2024-11-05", "2024-11-09"],
        }
    )
    s = offerkit.load(df)
    assert s.report.problems["row"].tolist() == [4]
    assert "'Acme'" in s.report.problems["problem"].iloc[0]


def test_events_after_as_of_are_scheduled_not_problems():
    """definitions §3.5: an event after as_of is a plan: listed as scheduled, no part in the analyses, no problem."""
    df = pd.DataFrame(
        {"application_id": ["x", "x"], "event": ["applied", "offer"], "date": ["2024-11-01", "2024-12-20"]}
    )
    s = offerkit.load(df, as_of="2024-12-01")
    assert s.as_of == pd.Timestamp("2024-12-01")
    assert s.events["event"].astype(str).tolist() == ["applied"]
    assert s.report.problems.empty and s.report.rows_loaded == 2
    assert s.report.scheduled[["application_id", "event"]].values.tolist() == [["x", "offer"]]
    assert s.report.scheduled["date"].iloc[0] == pd.Timestamp("2024-12-20")
    assert s.applications["stage_reached"].tolist() == ["applied"]
    wide = pd.DataFrame({"Company": ["A"], "Date Applied": ["2024-11-01"], "Offer": ["2024-12-20"]})
    s = offerkit.load(wide, as_of="2024-12-01")
    assert s.report.rows_loaded == 1 and s.report.problems.empty and len(s.report.scheduled) == 1


def test_default_as_of_is_today_for_a_tracker_in_use(monkeypatch):
    """definitions §3.5: today when the latest date is within the last 60 days, else the latest date."""
    df = pd.DataFrame(
        {
            "application_id": ["x", "x", "y"],
            "event": ["applied", "screen", "applied"],
            "date": ["2026-11-20", "2026-12-08", "2026-11-25"],
        }
    )
    monkeypatch.setenv("OFFERKIT_TODAY", "2026-12-04")
    s = offerkit.load(df)
    assert s.as_of == pd.Timestamp("2026-12-04")
    assert s.report.scheduled["event"].tolist() == ["screen"]  # next Tuesday's screen is a plan
    assert any("today" in n for n in s.report.notes)
    monkeypatch.setenv("OFFERKIT_TODAY", "2027-03-01")  # the same file, read long after: as of its end
    s = offerkit.load(df)
    assert s.as_of == pd.Timestamp("2026-12-08") and s.report.scheduled.empty


def test_application_without_applied_date_kept():
    df = pd.DataFrame(
        {"application_id": ["x", "y"], "event": ["applied", "interview"], "date": ["2024-11-01", "2024-11-05"]}
    )
    s = offerkit.load(df)
    assert set(s.applications["application_id"]) == {"x", "y"}
    assert s.report.problems["action"].tolist() == ["kept"]
    assert s.report.rows_set_aside == 0
    with pytest.raises(DataError):
        offerkit.load(df, errors="raise")


def test_fatal_errors_name_file_and_action(write_csv, tmp_path):
    path = write_csv("foo,bar\n1,2\n")
    with pytest.raises(DataError) as info:
        offerkit.load(path)
    assert str(path) in str(info.value) and "mapping=" in str(info.value)
    with pytest.raises(DataError, match="empty"):
        offerkit.load(write_csv("", name="empty.csv"))
    with pytest.raises(DataError, match="no such file"):
        offerkit.load(tmp_path / "missing.csv")
    with pytest.raises(DataError, match="no row has a readable date"):
        offerkit.load(write_csv("Company,Date Applied\nA,soon\n", name="x.csv"))


def test_folder_is_a_cohort(tmp_path):
    (tmp_path / "ann.csv").write_text(LOG)
    (tmp_path / "bob.csv").write_text("Company,Date Applied,Screen\nAcme,2024-11-01,2024-11-04\n")
    s = offerkit.load(tmp_path)
    assert s.candidates == ["ann", "bob"]
    assert s.report.shape == "mixed"
    assert "file" in s.events.columns
    assert s.report.rows_read == 6


def test_file_object_and_encodings(write_csv):
    s = offerkit.load(io.StringIO(LOG))
    assert len(s.events) == 5
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        text = LOG.replace("Acme", "Acmé")
        s = offerkit.load(write_csv(text, name=f"{encoding}.csv", encoding=encoding))
        assert "Acmé" in s.events["company"].tolist(), encoding


def test_semicolon_and_tab_delimiters(write_csv):
    for sep in (";", "\t"):
        s = offerkit.load(write_csv(LOG.replace(",", sep), name="x.csv"))
        assert len(s.events) == 5


def test_ragged_rows_and_blank_lines(write_csv):
    text = LOG.replace(
        "a2,Globex,,job board,applied,2024-11-05\n", "a2,Globex,,job board,applied,2024-11-05,extra,cells\n\n"
    )
    s = offerkit.load(write_csv(text))
    # row 5 has too many fields; a2 then has no applied date (kept, reported)
    assert s.report.problems["row"].tolist() == [5, 7]
    assert s.report.problems["action"].tolist() == ["set aside", "kept"]
    assert s.report.rows_read == 5 and s.report.rows_set_aside == 1
    assert s.events["row"].tolist() == [2, 3, 4, 7]


def test_no_event_is_lost_counts_hold():
    df = offerkit.sample(applications=60, seed=3)
    df.loc[5, "date"] = "not a date"
    df.loc[9, "event"] = "???"
    s = offerkit.load(df)
    r = s.report
    assert r.rows_read == len(df) == r.rows_loaded + r.rows_set_aside
    assert len(s.events) == r.rows_loaded


@pytest.mark.parametrize(
    "label, event",
    [
        ("OA", "reply"),  # an assessment step: see offerkit._core.vocab.ASSESSMENTS
        ("Online Assessment", "reply"),
        ("Under Review", None),
        ("Job Offer", "offer"),
        ("Unsuccessful", "rejected"),
        ("Position filled", "rejected"),
    ],
)
def test_tracker_status_synonyms(label, event):
    df = pd.DataFrame(
        {"Company": ["Acme"], "Date Applied": ["2024-11-01"], "Status": [label], "Last Modified": ["2024-11-09"]}
    )
    s = offerkit.load(df)
    assert s.report.shape == "snapshot" and not len(s.report.problems)
    if event is None:  # a waiting state: the application is kept, no event added
        assert s.events["event"].astype(str).tolist() == ["applied"]
    else:
        assert event in s.events["event"].astype(str).tolist()


def test_everything_set_aside_gives_clear_errors_downstream():
    s = offerkit.load(
        io.StringIO("application_id,event,date\na,blorp,2024-11-01\na,applied,2024-11-01\n"), as_of="2024-10-01"
    )
    assert len(s.events) == 0 and s.report.rows_read == 2 and s.report.rows_set_aside == 1  # the other: scheduled
    assert len(s.report.scheduled) == 1
    assert offerkit.funnel(s)["reached"].sum() == 0
    assert offerkit.latency(s)["n"].sum() == 0
    for fn in (offerkit.fit_model, offerkit.slowdown, offerkit.cohort_table, offerkit.weekly_activity):
        with pytest.raises(DataError, match="no events were loaded"):
            fn(s)


def test_huntr_style_export_list_name_and_last_moved(write_csv):
    text = (
        "Job Title,Company Name,Job Post URL,List Name,Date Created,Date Applied,Last Moved,Notes\n"
        "Data Analyst,Acme,https://a,Applied,2024-10-01T14:22:10.000Z,2024-10-02T09:00:00.000Z,2024-10-02T09:00:00.000Z,\n"
        'Data Scientist,Globex,,Interview,2024-10-03T10:00:00.000Z,2024-10-04T10:00:00.000Z,2024-10-20T16:00:00.000Z,"screen, then onsite"\n'
        "BI Dev,Umbrella,,Wishlist,2024-10-07T10:00:00.000Z,,2024-10-07T10:00:00.000Z,\n"
    )
    s = offerkit.load(write_csv(text))
    assert s.report.shape == "snapshot"
    ev = s.events.set_index("event")
    # "Interview" on "Last Moved" is the latest status, not the first answer (issue #27 item 7): kept for the
    # funnel, undated for latency, and said
    assert pd.isna(ev.loc["interview", "date"])
    assert ev.loc["interview", "role"] == "Data Scientist"
    assert any("beyond the stage after applying" in n for n in s.report.notes)
    problems = s.report.problems
    assert len(problems) == 1 and "wish list" in problems.iloc[0]["problem"]  # no extra "missing date" line
    assert s.report.rows_read == 3 == s.report.rows_loaded + s.report.rows_set_aside


@pytest.mark.parametrize("role_col, status_date_col", [("Job Position", "Last Contact"), ("Position", "Last Updated")])
def test_tracker_role_and_status_date_synonyms(role_col, status_date_col):
    df = pd.DataFrame(
        {
            "Company": ["Acme"],
            role_col: ["Analyst"],
            "Date Applied": ["2024-10-02"],
            "Status": ["Rejected"],
            status_date_col: ["2024-10-25"],
        }
    )
    s = offerkit.load(df)
    assert s.events["role"].tolist() == ["Analyst", "Analyst"]
    assert s.events.set_index("event").loc["rejected", "date"] == pd.Timestamp("2024-10-25")


def test_status_sheet_with_stage_date_columns_uses_them():
    df = pd.DataFrame(
        {
            "Company": ["Acme", "Globex", "Hooli"],
            "Date Applied": ["9/3/2024", "9/4/2024", "9/6/2024"],
            "Status": ["Rejected", "Interviewing", "Offer"],
            "Phone Screen": ["", "9/10/2024", "9/9/2024"],
            "Interview Date": ["", "9/18/2024", "9/16/2024; 9/23/2024"],
        }
    )
    s = offerkit.load(df)
    assert s.report.shape == "snapshot" and s.report.limited
    assert any("stage-date columns" in n for n in s.report.notes)
    by_app = {c: g for c, g in s.events.groupby("company")}
    # the interviewing status repeats the interview date column: not added again
    assert by_app["Globex"]["event"].astype(str).tolist() == ["applied", "screen", "interview"]
    hooli = by_app["Hooli"].set_index("event")["date"]
    # issue #14: a status without a status date is an outcome at an unknown date, never dated at another stage
    assert pd.isna(hooli["offer"]) and pd.isna(by_app["Acme"].set_index("event")["date"]["rejected"])
    assert s.applications.set_index("company").loc["Hooli", "stage_reached"] == "offer"
    w = offerkit.waits(s)
    assert w.set_index("company").loc["Globex"].query("stage == 'screen'")["days"].item() == 8


def test_date_saved_column_is_not_a_stage():
    df = pd.DataFrame(
        {
            "Company": ["Acme", "Globex"],
            "Date Saved": ["2024-10-01", "2024-10-02"],
            "Date Applied": ["2024-10-03", "2024-10-04"],
            "Phone Screen": ["2024-10-10", ""],
        }
    )
    s = offerkit.load(df)
    assert s.report.shape == "application table" and s.report.problems.empty
    assert s.events["event"].astype(str).tolist() == ["applied", "screen", "applied"]
    assert s.events["Date Saved"].tolist() == ["2024-10-01", "2024-10-01", "2024-10-02"]  # kept as an extra column


def test_title_lines_above_the_header_are_skipped(write_csv):
    text = (
        "My Job Search 2024,,,\n,,,\nCompany,Role,Date Applied,Status\n"
        "Acme,Analyst,2024-10-02,Rejected\nGlobex,Scientist,2024-10-04,Applied\n"
    )
    s = offerkit.load(write_csv(text))
    assert s.report.shape == "snapshot" and s.report.rows_read == 2 == s.report.rows_loaded
    assert s.events["row"].tolist() == [4, 4, 5]  # line numbers of the file
    assert any("header is on line 3" in n for n in s.report.notes)
    with pytest.raises(DataError, match="no date column"):  # no known header anywhere: still a clear error
        offerkit.load(write_csv("Foo,Bar\nAcme,hello\n"))


def test_a_date_without_a_year_far_from_the_rows_around_it_is_not_guessed():
    """'Jun 5' between rows of November and December 2024 fits no year within 120 days: reported, undated."""
    df = pd.DataFrame({"Company": list("ABC"), "Date Applied": ["2024-11-01", "Jun 5", "2024-12-01"]})
    s = offerkit.load(df)
    p = s.report.problems
    assert p.loc[p["column"] == "Date Applied", "row"].tolist() == [3]
    assert "read as" not in p["problem"].iloc[0] and s.applications["applied"].isna().sum() == 1
