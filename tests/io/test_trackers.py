"""tests/data/trackers/: files of the kinds real people keep, against what a careful person counts (issue #14)."""

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import offerkit

from ..conftest import ROOT

TRACKERS = ROOT / "tests" / "data" / "trackers"
EXPECTED = json.loads((TRACKERS / "expected.json").read_text())


def _counts(s):
    a = s.applications
    rank = a["stage_reached"].cat.codes
    return {
        "applications": len(a),
        "interviews": int((rank >= 1).sum()),
        "offers": int((rank >= 4).sum()),
        "rejections": int((a["outcome"] == "rejected").sum()),
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_loads_what_a_person_counts(name):
    e = EXPECTED[name]
    s = offerkit.load(TRACKERS / name)
    r = s.report
    assert r.rows_read == r.rows_loaded + r.rows_set_aside
    assert _counts(s) == {k: e[k] for k in ("applications", "interviews", "offers", "rejections")}, r
    if not s.dateless:
        w = offerkit.waits(s)
        # an outcome without its own date is never a day-0 answer
        assert not ((w["days"] == 0) & w["observed"]).any(), w[w["days"] == 0]
        if e.get("dated_answers") is not None:
            assert int(w["observed"].sum()) == e["dated_answers"]
    if e.get("undated_outcomes") is not None and e["undated_outcomes"]:
        assert any("no date" in n and "not in latency" in n for n in r.notes), r.notes
    if e.get("not_applied"):
        saved = r.problems[r.problems["problem"].str.contains("never applied")]
        assert len(saved) == e["not_applied"]


def test_no_application_is_set_aside_for_its_status():
    for name in EXPECTED:
        s = offerkit.load(TRACKERS / name)
        p = s.report.problems
        status = p[p["problem"].str.contains("status")]
        assert (status["action"] != "set aside").all(), (name, status)


def test_unknown_status_is_reported_with_closest_labels(write_csv):
    s = offerkit.load(
        write_csv("Company,Date Applied,Status\nAcme,2024-11-01,Rejectd by them\nGlobex,2024-11-02,Blorp\n")
    )
    assert len(s.applications) == 2
    p = s.report.problems
    blorp = p[p["value"] == "Blorp"].iloc[0]
    assert blorp["action"] == "status ignored" and blorp["column"] == "Status"
    assert "--map" in blorp["problem"]
    assert s.report.rows_loaded == 2 and s.report.rows_set_aside == 0


def test_undated_outcomes_count_in_the_funnel_not_in_latency():
    s = offerkit.load(TRACKERS / "notion_export.csv")
    f = offerkit.funnel(s).set_index("stage")
    assert f.loc["applied", "reached"] == 7
    w = offerkit.waits(s)
    assert set(w["company"]) == {
        "Acme Corp",
        "Umbrella",
        "Hooli",
        "Wayne Enterprises",
    }  # the undated outcomes' waits left out
    assert not w["observed"].any()


def test_empty_header_column_named_and_chosen_by_content():
    s = offerkit.load(TRACKERS / "empty_header_company.csv")
    assert sorted(s.applications["company"]) == EXPECTED["empty_header_company.csv"]["companies"]
    assert any("'column 1'" in n and "company by content" in n for n in s.report.notes)


def test_problem_rows_name_the_record_and_the_line():
    e = EXPECTED["multiline_notes.csv"]
    s = offerkit.load(TRACKERS / "multiline_notes.csv")
    p = s.report.problems
    row = p[p["value"] == "not a date"].iloc[0]
    assert row["row"] == e["problem_line"] and row["record"] == e["problem_record"]
    assert f"record {e['problem_record']}, line {e['problem_line']}" in "\n".join(s.report.summary_lines())


COLUMNS = ["Company", "Role", "Date Applied", "Status", "Notes"]
ROWS = [
    ["Acme", "Analyst", "2024-11-01", "Rejected", "a"],
    ["Globex", "Analyst", "2024-11-04", "Interview", ""],
    ["Initech", "Scientist", "2024-11-05", "Applied", "x, y"],
    ["Umbrella", "Engineer", "", "Offer", ""],
    ["Hooli", "Analyst", "2024-11-07", "Pending", ""],
]
SYNONYMS = {
    "Company": ["Company", "Employer", "company_name", "Firma"],
    "Role": ["Role", "Job Title", "Position"],
    "Date Applied": ["Date Applied", "applied_on", "Application Date", "Day Sent"],
    "Status": ["Status", "Stage", "Current Status"],
    "Notes": ["Notes", "Comments"],
}


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(5)), st.tuples(*[st.sampled_from(SYNONYMS[c]) for c in COLUMNS]))
def test_relabelling_or_reordering_columns_does_not_change_what_loads(order, names):
    import io

    header = [names[i] for i in order]
    lines = [",".join(header)] + [",".join(f'"{r[i]}"' for i in order) for r in ROWS]
    s = offerkit.load(io.StringIO("\n".join(lines) + "\n"))
    a = s.applications.sort_values("company")
    assert a["company"].tolist() == sorted(r[0] for r in ROWS)
    assert a["stage_reached"].astype(str).tolist() == ["applied", "interview", "applied", "applied", "offer"]
    assert a["outcome"].tolist()[0] == "rejected"
    assert int(np.isnat(a["applied"].to_numpy()).sum()) == 1


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_inspect_names_the_columns_it_chose(name):
    r = offerkit.inspect(TRACKERS / name)
    assert len(r.columns) and set(r.columns["how"]) <= {"name", "content", "—"}
    chosen = r.columns[r.columns["role"] != "extra"]
    assert len(chosen) >= 1 and (chosen["how"] != "—").all()
    text = r.to_text()
    assert r.shape in text and all(repr(c) in text for c in r.columns["column"])
    assert "<table" in r._repr_html_()


OWN_WORDS = "Company,Day Sent,Response\nAcme,1/6/25,Rejected\nGlobex,1/7/25,Zilch\nInitech,1/8/25,Maybe later\n"


def test_mapping_target_must_be_known(write_csv):
    with pytest.raises(ValueError, match="neither an event nor a column role.*applied_date"):
        offerkit.load(write_csv(OWN_WORDS), mapping={"Zilch": "nothing"})


def test_labels_map_to_not_applied_and_waiting(write_csv):
    path = write_csv(OWN_WORDS)
    s = offerkit.load(path, mapping={"Zilch": "waiting", "Maybe later": "waiting"})
    assert s.report.ok and len(s.applications) == 3
    s = offerkit.load(path, mapping={"Zilch": "not_applied", "Maybe later": "waiting"})
    assert len(s.applications) == 2 and s.report.rows_set_aside == 1


def test_cli_map_and_mapping_file(write_csv, tmp_path, capsys):
    from offerkit._app.cli import main

    data = write_csv(OWN_WORDS)
    assert main(["check", str(data)]) == 1  # "Zilch" and "Maybe later" are not understood
    capsys.readouterr()
    assert main(["check", str(data), "--map", "Zilch=ghosted", "--map", "Maybe later=waiting"]) == 0
    path = tmp_path / "m.toml"
    path.write_text('"Zilch" = "ghosted"\n"Maybe later" = "waiting"\n')
    assert main(["check", str(data), "--mapping", str(path)]) == 0
    assert main(["check", str(data), "--map", "Zilch=nothing"]) == 2
    assert "neither an event nor a column role" in capsys.readouterr().err
    assert main(["inspect", str(data)]) == 0
    out = capsys.readouterr().out
    assert "'Day Sent'" in out and "applied_date" in out and "--map 'Zilch=?'" in out


def test_a_name_column_of_job_titles_is_the_role_not_the_candidate():
    """Notion's title column is called "Name" and holds the position: one job seeker, not six candidates."""
    s = offerkit.load(TRACKERS / "notion_export.csv")
    assert s.candidates == ["me"]
    assert "Data Analyst" in set(s.events["role"])
    assert any("holds job titles" in n for n in s.report.notes)
    coach = offerkit.load(
        pd.DataFrame(
            {
                "Name": ["Ana Lima", "Ana Lima", "Bo Chen"],
                "Company": ["Acme", "Acme", "Globex"],
                "Status": ["Applied", "Rejected", "Applied"],
                "Date": ["2024-11-01", "2024-11-05", "2024-11-02"],
            }
        )
    )
    assert sorted(coach.candidates) == ["Ana Lima", "Bo Chen"]  # people's names stay candidates


#: How people write a status in their own sheets, and what a careful reader takes it to mean.
PHRASES = {
    "Rejected after interview": ("interview", "rejected"),
    "Phone Interview": ("screen", "open"),
    "2nd round": ("interview", "open"),
    "Final round": ("onsite", "open"),
    "Take-home assignment": ("interview", "open"),
    "Declined offer": ("offer", "declined"),
    "Hired": ("offer", "accepted"),
    "Job posting removed": ("applied", "rejected"),
    "Rescinded": ("applied", "rejected"),
    "Under consideration": ("applied", "open"),
    "Not moving forward": ("applied", "rejected"),
    "No response": ("applied", "ghosted"),
    "rejected_after_onsite": ("onsite", "rejected"),
    "Rejected post-interview": ("interview", "rejected"),
    "Rejected at screening": ("screen", "rejected"),
}


def test_statuses_as_people_write_them(write_csv):
    rows = "\n".join(f"C{i},2024-10-01,{p}" for i, p in enumerate(PHRASES))
    s = offerkit.load(write_csv("Company,Date Applied,Status\n" + rows + "\n"), as_of="2024-10-10")
    a = s.applications.set_index("company")
    got = {p: (str(a.loc[f"C{i}", "stage_reached"]), a.loc[f"C{i}", "outcome"]) for i, p in enumerate(PHRASES)}
    assert got == PHRASES
    assert not len(s.report.problems), s.report.problems


def test_an_activity_logs_verbs_before_the_status(write_csv):
    """'Got rejected', 'Received offer', 'Sent thank you note', 'Had phone screen': the status after the verb."""
    s = offerkit.load(
        write_csv(
            "Company,Date,Action\nAcme,2024-10-01,Applied\nAcme,2024-10-05,Had phone screen\n"
            "Acme,2024-10-09,Sent thank you note\nAcme,2024-10-20,Received offer\n"
            "Globex,2024-10-02,Applied\nGlobex,2024-10-12,Got rejected\nGlobex,2024-10-13,Got it\n"
        )
    )
    ev = s.events
    assert ev["event"].astype(str).tolist()[:4] == ["applied", "screen", "thank_you", "offer"]
    assert (ev.loc[ev["company"] == "Globex", "event"].astype(str) == "rejected").any()
    # "Got it" is no status: reported, never guessed
    assert s.report.problems["value"].astype(str).str.contains("Got it").any()


def test_dates_as_people_write_them(write_csv):
    """Every way below is a date people write (or a spreadsheet exports); all read as 5 October 2024."""
    written = [
        "2024/10/05",
        "Oct 5th, 2024",
        "Saturday, October 5, 2024",
        "5-Oct-2024",
        "2024-10-05T14:33:00Z",
        "10/5/2024 14:33",
        "Oct. 5, 2024",
        "2024.10.05",
        "20241005",  # compact, among written dates
        "45570",  # a cell formatted as a number among cells formatted as dates: its spreadsheet serial
    ]
    rows = "\n".join(f'C{i},"{d}",Applied' for i, d in enumerate(written))
    s = offerkit.load(write_csv("Company,Date Applied,Status\n" + rows + "\n"))
    assert (s.applications["applied"] == pd.Timestamp("2024-10-05")).all(), s.applications[["company", "applied"]]


def test_an_applied_status_in_a_table_without_dates_is_one_event(write_csv):
    s = offerkit.load(write_csv("Company,Status\nAcme,Applied\nGlobex,Rejected\n"))
    assert s.events["event"].astype(str).tolist().count("applied") == 2  # one per application, not one more


def test_a_date_without_its_year_takes_the_year_of_the_rows_around_it():
    s = offerkit.load(TRACKERS / "some_dates_without_year.csv")
    applied = s.events[s.events["event"] == "applied"].set_index("company")["date"].dt.strftime("%Y-%m-%d")
    assert applied["Litware"] == "2024-10-05"  # month-first, as the column's '9/19/24' proves
    assert applied["Proseware"] == "2025-01-03"  # after 12/30 (2024) and before 1/6/25: the new year
    woodgrove = s.events[(s.events["company"] == "Woodgrove") & (s.events["event"] == "applied")]["date"]
    assert woodgrove.dt.year.tolist() == [2024]
    assert any("the dated rows around it" in n for n in s.report.notes)


def test_the_specs_assessment_labels_stay_interviews_as_statuses_and_are_steps_as_columns():
    """Definitions §3.2 lists "assessment" and "coding challenge" among interview labels: as a status they are one.
    A tracker's "Coding Challenge" column or "Rejected after assessment" is a step before any interview (a reply),
    as the people who keep trackers count it."""
    status = pd.DataFrame(
        {"Company": ["A", "B"], "Applied": ["2024-09-02", "2024-09-03"], "Status": ["Assessment", "Coding challenge"]}
    )
    s = offerkit.load(status)
    assert sorted(s.events.loc[s.events["event"] != "applied", "event"].astype(str)) == ["interview", "interview"]
    s = offerkit.load(TRACKERS / "assessment_steps.csv")
    acme = s.events[s.events["company"] == "Acme"]["event"].astype(str).tolist()
    assert "interview" not in acme and "reply" in acme and "rejected" in acme
    assert set(s.applications.loc[s.applications["company"] == "Hooli", "stage_reached"].astype(str)) == {"offer"}


def test_interviews_written_only_in_the_notes_are_read_and_said():
    s = offerkit.load(TRACKERS / "notes_interviews.csv")
    interviews = s.events[s.events["event"] == "interview"]
    assert interviews.groupby("company").size().to_dict() == {"Acme": 3, "Globex": 1, "Stark": 5}
    assert interviews["date"].isna().all()  # a note has no date: the funnel counts them, latency does not
    assert any("interviews read from the notes in 'Notes'" in n for n in s.report.notes)


def test_a_markdown_file_without_a_table_says_what_a_table_is(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Job search\n\nApplied to Acme on Monday, heard nothing.\n")
    with pytest.raises(offerkit.DataError, match="no Markdown table"):
        offerkit.load(path)


def test_the_reports_page_shows_a_set_aside_line_without_a_record_number():
    r = offerkit.load(TRACKERS / "section_headings.csv").report
    page = r._repr_html_()
    assert (r.problems["record"] < 1).all() and "<td>-1</td>" not in page and "REJECTED" in page


def test_a_markdown_row_with_more_cells_than_columns_is_set_aside_and_said(tmp_path):
    path = tmp_path / "jobs.md"
    path.write_text(
        "| Company | Applied | Status |\n|---|---|---|\n| Acme | 2024-10-01 | Rejected |\n"
        "| Globex | 2024-10-02 | Interview | with the CTO |\n"
    )
    s = offerkit.load(path)
    r = s.report
    assert r.rows_read == 2 and r.rows_loaded == 1 and r.rows_set_aside == 1
    assert r.problems["problem"].str.contains("4 cells where the table has 3 columns").any()
