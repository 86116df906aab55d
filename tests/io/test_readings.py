"""Readings of real-world tracker habits (issue #23): labels, identity, blank rows."""

import offerkit


def test_a_longer_word_is_not_a_known_label(write_csv):
    s = offerkit.load(write_csv("Company,Date Applied,Status\nAcme,2025-01-10,offerr\n"
                                "Globex,2025-01-11,Rejected - after interview\nInitech,2025-01-12,Offer accepted\n"
                                "Hooli,2025-01-13,Interviewer no-show\n"))
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
    s = offerkit.load(write_csv("Company,Role,Date Applied,Status\nAcme,Eng,2025-01-10,Rejected\n"
                                "Acme,Eng,2025-01-10,Rejected\n"))
    assert len(s.applications) == 1 and s.report.rows_set_aside == 1


def test_lookalike_rows_without_id_or_company_are_counted_in_a_note(write_csv):
    s = offerkit.load(write_csv("Role,Date Applied,Status\nEngineer,2025-01-10,Rejected\nEngineer,2025-01-10,Rejected\n"
                                "Engineer,2025-01-10,Rejected\n"))
    assert len(s.applications) == 3 and s.report.rows_set_aside == 0
    assert any("2 row(s) look like an earlier row" in n for n in s.report.notes)


def test_a_numbering_column_with_data_is_kept(write_csv):
    """Numbered rows that hold an application are applications; only the number alone is a blank row."""
    s = offerkit.load(write_csv("No,Company,Date Applied\n1,Acme,2025-01-10\n2,Globex,2025-01-11\n3,,\n"))
    assert len(s.applications) == 2 and s.report.rows_read == 2
