"""Writes tests/data/hostile/*: messy and hostile inputs with their expected outcomes.

Run from the repository root: python tests/data/make_hostile.py
The files are committed; this script documents how each was made.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "hostile"
LOG = "application_id,company,event,date\nA1,Acme,applied,2024-11-04\nA1,Acme,Phone Screen,2024-11-12\nA2,Globex,applied,2024-11-05\n"
files, expect = {}, {}


def add(name, content, **expectation):
    files[name] = content if isinstance(content, bytes) else content.encode("utf-8")
    expect[name] = expectation


add("utf8_bom.csv", b"\xef\xbb\xbf" + LOG.encode(), outcome="load", rows_read=3, rows_loaded=3)
add("utf16_bom.csv", LOG.encode("utf-16"), outcome="load", rows_read=3, rows_loaded=3)
add("utf16le_no_bom.csv", LOG.encode("utf-16-le"), outcome="load", rows_read=3, rows_loaded=3)
add(
    "windows1252.csv",
    LOG.replace("Acme", "Café Crème").encode("cp1252"),
    outcome="load",
    rows_read=3,
    rows_loaded=3,
    company_contains="Café Crème",
)
add("semicolon.csv", LOG.replace(",", ";"), outcome="load", rows_read=3, rows_loaded=3)
add("tab.tsv", LOG.replace(",", "\t"), outcome="load", rows_read=3, rows_loaded=3)
add("crlf.csv", LOG.replace("\n", "\r\n"), outcome="load", rows_read=3, rows_loaded=3)
add(
    "ragged_long_row.csv",
    LOG + "A3,Initech,applied,2024-11-06,oops,extra\n",
    outcome="load",
    rows_read=4,
    rows_loaded=3,
    problem_rows=[5],
    problems_contain=["fields where the header has"],
)
add(
    "ragged_short_row.csv",
    LOG + "A3,Initech,applied\n",
    outcome="load",
    rows_read=4,
    rows_loaded=4,
    problem_rows=[5],
    problems_contain=["no date: kept"],
)
add(
    "blank_lines.csv",
    LOG.replace("\nA2", "\n\n\nA2"),
    outcome="load",
    rows_read=3,
    rows_loaded=3,
    notes_contain=["blank line"],
)
add(
    "repeated_header.csv",
    LOG + "application_id,company,event,date\nA3,Initech,applied,2024-11-06\n",
    outcome="load",
    rows_read=5,
    rows_loaded=4,
    problem_rows=[5],
    problems_contain=["repeated header row"],
)
add(
    "total_row.csv",
    "Company,Date Applied,Interview\nAcme,2024-11-04,2024-11-10\nGlobex,2024-11-05,\nTotal,2,1\n",
    outcome="load",
    rows_read=3,
    rows_loaded=2,
    problem_rows=[4],
    problems_contain=["summary row"],
)
add("nul_bytes.csv", LOG.replace("Acme", "Ac\x00me"), outcome="load", rows_read=3, rows_loaded=3, notes_contain=["NUL"])
add(
    "huge_cell.csv",
    "application_id,event,date,notes\nA1,applied,2024-11-04," + "x" * 100_000 + "\nA1,interview,2024-11-10,ok\n",
    outcome="load",
    rows_read=2,
    rows_loaded=2,
)
add(
    "huge_bad_cell.csv",
    "application_id,event,date\nA1,applied,2024-11-04\nA1," + "y" * 100_000 + ",2024-11-10\n",
    outcome="load",
    rows_read=2,
    rows_loaded=1,
    problem_rows=[3],
    problems_contain=["unknown event label"],
    max_value_length=201,
)
add(
    "quoted_multiline.csv",
    'application_id,event,date,notes\nA1,applied,2024-11-04,"line one\nline two"\nA1,blorp,2024-11-10,x\n',
    outcome="load",
    rows_read=2,
    rows_loaded=1,
    problem_rows=[4],
)
add("empty.csv", "", outcome="error", error_contains="empty")
add("whitespace_only.csv", "   \n\n  \n", outcome="error", error_contains="empty")
add("header_only.csv", "application_id,event,date\n", outcome="error", error_contains="no data rows")
add("no_date_column.csv", "name,colour\nann,blue\n", outcome="error", error_contains="no date column")
add("binary_garbage.bin", bytes(range(256)) * 4, outcome="error", error_contains="not a text table")
add(
    "workbook_renamed.csv", b"PK\x03\x04\x14\x00\x06\x00" + bytes(200), outcome="error", error_contains="Excel workbook"
)
add("old_workbook.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), outcome="error", error_contains="old Excel")
add("document.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", outcome="error", error_contains="PDF")
add(
    "title_line.csv",
    "My job search,,,\n,,,\nCompany,Role,Date Applied,Status\nAcme,Analyst,2024-10-02,Rejected\n"
    "Globex,Scientist,2024-10-04,Applied\n",
    outcome="load",
    rows_read=2,
    rows_loaded=2,
    notes_contain=["header is on line 3"],
)
add(
    "all_dates_bad.csv",
    "Company,Date Applied\nAcme,soon\nGlobex,later\n",
    outcome="error",
    error_contains="no row has a readable date",
)
add(
    "ambiguous_dates.csv",
    "Company,Date Applied\nAcme,03/04/2024\nGlobex,05/06/2024\n",
    outcome="error",
    error_contains="dayfirst",
)
add(
    "dayfirst_column.csv",
    "Company,Date Applied\nAcme,03/04/2024\nGlobex,25/04/2024\n",
    outcome="load",
    rows_read=2,
    rows_loaded=2,
    dates=["2024-04-03", "2024-04-25"],
)
add(
    "excel_serial.csv",
    "Company,Date Applied\nAcme,45600\nGlobex,45601\n",
    outcome="load",
    rows_read=2,
    rows_loaded=2,
    dates=["2024-11-04", "2024-11-05"],
)
add(
    "mixed_bad_rows.csv",
    LOG + "A3,Initech,applied,2024-13-45\nA2,Globex,Blorp,2024-11-20\nA2,Globex,applied,2024-11-05\n"
    "A4,Hooli,offer,1985-01-01\n",
    outcome="load",
    rows_read=7,
    rows_loaded=3,
    problem_rows=[5, 6, 7, 8],
    problems_contain=["not a valid", "unknown event label", "duplicate of row 4", "implausible"],
)
add(
    "messy_labels.csv",
    "application_id,event,date\nA1,applied,2024-11-04\nA1,Rejection :(,2024-11-10\nA2,applied,2024-11-04\n"
    "A2,reeejected,2024-11-12\nA3,applied,2024-11-04\nA3,Offer received,2024-11-20\nA3,Accepted!,2024-11-22\nA4,applied,2024-11-05\n"
    "A4,N/A,2024-11-06\n",
    outcome="load",
    rows_read=9,
    rows_loaded=8,
    problem_rows=[10],
    problems_contain=["empty event label"],
    events_contain=["rejected", "accepted"],
    notes_contain=["fuzzy"],
)
add(
    "year_missing.csv",
    "Company,Date Applied,Interview\nAcme,2024-12-20,Jan 6\nGlobex,Nov 5,\n",
    outcome="load",
    rows_read=2,
    rows_loaded=2,
    problem_rows=[3],
    problems_contain=["without a year"],
    notes_contain=["read as 2025-01-06"],
)
add(
    "formula_cells.csv",
    'Company,Date Applied,Notes\n"=HYPERLINK(""http://x"",""click"")",2024-11-04,+1\n@SUM(A1),2024-11-05,-2\n',
    outcome="load",
    rows_read=2,
    rows_loaded=2,
    company_contains='=HYPERLINK("http://x","click")',
)
add(
    "script_company.csv",
    "Company,Date Applied\n<script>alert(1)</script>,2024-11-04\n",
    outcome="load",
    rows_read=1,
    rows_loaded=1,
    company_contains="<script>alert(1)</script>",
)
add(
    "future_date.csv",
    "Company,Date Applied\nAcme,2024-11-04\nGlobex,2024-11-05\nInitech,2099-11-05\n",
    outcome="load",
    rows_read=3,
    rows_loaded=2,
    problem_rows=[4],
    problems_contain=["implausible"],
)
# tracker exports
add(
    "simplify_export.csv",
    "Job Title,Company Name,Job URL,Applied Date,Status,Status Date\n"
    "Data Analyst,Acme,https://acme.example/jobs/1,2024-11-04,Rejected,2024-11-20\n"
    "ML Engineer,Globex,https://globex.example/jobs/2,2024-11-06,Applied,2024-11-06\n"
    "Data Scientist,Initech,https://initech.example/jobs/3,2024-11-07,Interviewing,2024-11-19\n",
    outcome="load",
    rows_read=3,
    rows_loaded=3,
    shape="snapshot",
    limited=True,
)
add(
    "linkedin_job_applications.csv",
    "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\n"
    '"11/13/23, 9:42 AM",,,Acme,Data Analyst,https://www.linkedin.com/jobs/view/1,cv.pdf,\n'
    '"11/14/23, 10:01 PM",,,Globex,Data Scientist,https://www.linkedin.com/jobs/view/2,cv.pdf,"Q: Years? A: 3"\n',
    outcome="load",
    rows_read=2,
    rows_loaded=2,
    shape="application table",
    dates=["2023-11-13", "2023-11-14"],
)
add(
    "huntr_export.csv",
    "Company,Job Title,List,Date Saved,Date Applied,Location\n"
    "Acme,Data Analyst,Applied,2024-11-01,2024-11-04,Remote\n"
    "Globex,Data Scientist,Interview,2024-11-02,2024-11-05,NYC\n"
    "Initech,Analyst,Wishlist,2024-11-03,,Austin\n"
    "Hooli,ML Engineer,Rejected,2024-11-02,2024-11-06,SF\n",
    outcome="load",
    rows_read=4,
    rows_loaded=3,
    problem_rows=[4],
    problems_contain=["never applied"],
    shape="snapshot",
)
add(
    "teal_export.csv",
    "Company,Job Title,Status,Date Saved,Date Applied,Excitement\n"
    "Acme,Analyst,Bookmarked,2024-11-01,,3\nGlobex,Scientist,Applied,2024-11-01,2024-11-04,4\n"
    "Initech,Engineer,Interviewing,2024-11-02,2024-11-05,5\nHooli,Analyst,Negotiating,2024-11-02,2024-11-06,5\n"
    "Umbrella,Analyst,I Withdrew,2024-11-02,2024-11-07,1\nWayne,Analyst,Not Selected,2024-11-02,2024-11-08,2\n"
    "Stark,Analyst,No Response,2024-11-02,2024-11-09,2\n",
    outcome="load",
    rows_read=7,
    rows_loaded=6,
    problem_rows=[2],
    problems_contain=["never applied"],
    shape="snapshot",
    events_contain=["offer", "withdrew", "rejected", "ghosted", "interview"],
)
add(
    "sankey_transitions.csv",
    "Company,Source,Target\nAcme,Applied,Phone Screen\n,Phone Screen,Interview\n,Interview,Rejected\n"
    "Globex,Applied,No Response\nInitech,Applied,Interview\n,Interview,Offer\n",
    outcome="load",
    rows_read=6,
    rows_loaded=6,
    shape="transitions",
    dateless=True,
)
add(
    "sankey_repeated_step.csv",
    "Company,Source,Target\nAcme,Applied,Phone Screen\n,Phone Screen,Interview\n"
    "Acme,Phone Screen,Interview\nGlobex,Applied,Interview\n",
    outcome="load",
    rows_read=4,
    rows_loaded=3,
    problem_rows=[2, 4, 5],
    problems_contain=["repeats row 3"],
    shape="transitions",
    dateless=True,
)
add(
    "stage_flags.csv",
    "Company,Applied,Phone Screen,Interview,Offer,Rejected\nAcme,Y,Y,N,N,Y\nGlobex,Y,,,,\nInitech,yes,yes,yes,x,\n",
    outcome="load",
    rows_read=3,
    rows_loaded=3,
    shape="stage flags",
    dateless=True,
)
add(
    "history_column.csv",
    "Company,Role,Stage History\n"
    "\"Acme\",\"Analyst\",\"[{'stage': 'Applied', 'date': '2024-11-05'}, {'stage': 'Phone Screen', 'date': '2024-11-12'}]\"\n"
    "\"Globex\",\"Dev\",\"[{'stage': 'Applied', 'date': '2024-11-06'}, {'stage': 'Rejected', 'date': '2024-11-20'}]\"\n"
    "\"Evil\",\"Dev\",\"[{'stage': 'Applied', 'date': __import__('os').system('echo pwned')}]\"\n",
    outcome="load",
    rows_read=3,
    rows_loaded=2,
    problem_rows=[4],
    problems_contain=["stage history cannot be read"],
)
add(
    "records.json",
    json.dumps(
        [
            {"application_id": "A1", "company": "Acme", "event": "applied", "date": "2024-11-04"},
            {"application_id": "A1", "company": "Acme", "event": "interview", "date": "2024-11-12"},
        ]
    ),
    outcome="load",
    rows_read=2,
    rows_loaded=2,
    shape="event log",
)
add(
    "table.json",
    json.dumps(
        {
            "schema": {
                "fields": [
                    {"name": "index", "type": "integer"},
                    {"name": "Company", "type": "string"},
                    {"name": "Date Applied", "type": "datetime"},
                ],
                "primaryKey": ["index"],
            },
            "data": [
                {"index": 0, "Company": "Acme", "Date Applied": "2024-11-04T00:00:00.000"},
                {"index": 1, "Company": "Globex", "Date Applied": "2024-11-05T00:00:00.000"},
            ],
        }
    ),
    outcome="load",
    rows_read=2,
    rows_loaded=2,
    shape="application table",
)
add("bad_json.json", '{"not": "records"', outcome="error", error_contains="not valid JSON")
add(
    "deep_nesting.csv",
    "application_id,event,date,History\nA1,applied,2024-11-04," + "[" * 500 + "]" * 500 + "\n",
    outcome="load",
    rows_read=1,
    rows_loaded=1,
)

if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    for name, content in files.items():
        (HERE / name).write_bytes(content)
    (HERE / "expectations.json").write_text(json.dumps(expect, indent=1, sort_keys=True) + "\n")
    print(f"wrote {len(files)} files to {HERE}")
