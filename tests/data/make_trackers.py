"""Writes tests/data/trackers/*: tracker files of the kinds real people keep, with what a careful person counts.

Each file is written by hand in the layout of a real tracker (spreadsheet
exports, tracker apps, JSON dumps, other languages).  ``expected.json``
holds, per file, what a person reading the file counts: applications,
applications that reached an interview (screen or later), offers,
rejections, and outcomes that carry no date of their own (those must never
become day-0 answers).  Run from the repository root:
python tests/data/make_trackers.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "trackers"
EXPECTED = {}
FILES = {}  # written only when run as a script: pytest's doctest collection imports this module, and
# rewriting the files then changed tracker.xlsx (a workbook's zip holds its write time)


def add(name, content, *, applications, interviews=0, offers=0, rejections=0, undated_outcomes=None, **extra):
    FILES[name] = content
    EXPECTED[name] = {
        "applications": applications,
        "interviews": interviews,
        "offers": offers,
        "rejections": rejections,
        "undated_outcomes": undated_outcomes,
        **extra,
    }


def write():
    HERE.mkdir(exist_ok=True)
    for name, content in FILES.items():
        path = HERE / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


# 1. A Notion database export: Status of one's own words, a blank status, multi-line notes.
add(
    "notion_export.csv",
    """Company,Name,Status,Date Applied,Notes
Acme Corp,Data Analyst,Applied,"November 4, 2024",
Globex,Data Scientist,Rejected,"November 5, 2024","auto email, no reason"
Initech,BI Developer,Interviewing,"November 7, 2024","Phone screen went well.
Next: take-home"
Umbrella,ML Engineer,Pending,"November 8, 2024",
Hooli,Analyst,,"November 11, 2024",forgot to update
Stark Industries,Data Engineer,Offer,"November 12, 2024",
Wayne Enterprises,Data Analyst,Awaiting Response,"November 13, 2024",
""",
    applications=7,
    interviews=2,
    offers=1,
    rejections=1,
    undated_outcomes=3,
)

# 2. Huntr export: every field quoted, 'Created at' with a time, 'List' as the status.
add(
    "huntr_export.csv",
    """"Company","Job Title","List","Created at","URL"
"Acme","Data Analyst","Applied","May 19 2023, 09:00 am","https://acme.example/jobs/1"
"Globex","Analyst","Interview","May 20 2023, 10:15 am","https://globex.example/jobs/2"
"Initech","Data Scientist","Rejected","May 22 2023, 04:30 pm",""
"Umbrella","BI Analyst","Offer","May 25 2023, 11:00 am",""
"Hooli","Data Analyst","Applied","May 26 2023, 09:45 am",""
"Pied Piper","ML Engineer","Wishlist","May 27 2023, 08:00 am",""
""",
    applications=5,
    interviews=2,
    offers=1,
    rejections=1,
    undated_outcomes=3,
    not_applied=1,
)

# 3. Teal export: its own statuses, Date Saved (never a stage), Follow Up Date.
add(
    "teal_export.csv",
    """Company,Job Position,Status,Date Saved,Date Applied,Follow Up Date,Excitement
Acme,Data Analyst,Applied,2024-10-01,2024-10-02,2024-10-09,3
Globex,Data Scientist,Interviewing,2024-10-01,2024-10-03,,5
Initech,Analyst,Not Selected,2024-10-02,2024-10-04,,2
Umbrella,BI Developer,No Response,2024-10-02,2024-10-05,2024-10-12,1
Hooli,ML Engineer,Bookmarked,2024-10-06,,,4
Stark,Data Engineer,I Withdrew,2024-10-03,2024-10-06,,2
Wayne,Analytics Engineer,Accepted,2024-10-01,2024-10-07,,5
""",
    applications=6,
    interviews=2,
    offers=1,
    rejections=1,
    undated_outcomes=4,
    not_applied=1,
)

# 4. A JustAJobApp-style export: snake_case, ISO timestamps, last_updated as the status date.
add(
    "justajobapp_export.csv",
    """company_name,job_title,application_status,date_applied,last_updated,source
Acme,Data Analyst,applied,2024-09-02T10:00:00Z,2024-09-02T10:00:00Z,LinkedIn
Globex,Analyst,rejected,2024-09-03T09:30:00Z,2024-09-20T14:00:00Z,Indeed
Initech,Data Scientist,interviewing,2024-09-04T11:00:00Z,2024-09-15T16:00:00Z,referral
Umbrella,BI Developer,offer,2024-09-05T12:00:00Z,2024-10-01T10:00:00Z,company site
Hooli,ML Engineer,no response,2024-09-06T08:00:00Z,2024-09-06T08:00:00Z,LinkedIn
""",
    applications=5,
    interviews=2,
    offers=1,
    rejections=1,
    undated_outcomes=0,
)

# 5. One row per application with 'Date' + 'Status': a snapshot, not an event log.
add(
    "date_status_sheet.csv",
    """Date,Company,Position,Status
10/01/2024,Acme,Data Analyst,Applied
10/02/2024,Globex,Analyst,Rejected
10/03/2024,Initech,Data Scientist,Phone Screen
10/07/2024,Umbrella,BI Developer,Applied
10/08/2024,Hooli,ML Engineer,Ghosted
10/09/2024,Stark,Data Engineer,Final Round
""",
    applications=6,
    interviews=2,
    offers=0,
    rejections=1,
    undated_outcomes=4,
)

# 6. Outcome columns beside the status: Result and Reply Date.
add(
    "result_reply_date.csv",
    """Company,Role,Applied,Status,Result,Reply Date
Acme,Analyst,2024-11-01,Closed,Rejected,2024-11-08
Globex,Analyst,2024-11-02,Closed,Interview,2024-11-06
Initech,Scientist,2024-11-03,Open,,
Umbrella,Engineer,2024-11-04,Closed,Rejected,2024-11-20
Hooli,Analyst,2024-11-05,Open,Phone screen,2024-11-12
""",
    applications=5,
    interviews=2,
    offers=0,
    rejections=2,
    undated_outcomes=0,
    dated_answers=4,
)

# 7. first_reply_on / initial_response / final_status.
add(
    "first_reply.csv",
    """company,role,applied_on,first_reply_on,initial_response,final_status
Acme,analyst,2024-09-10,2024-09-18,rejection,rejected
Globex,analyst,2024-09-11,2024-09-13,interview request,interviewing
Initech,scientist,2024-09-12,,,no response
Umbrella,engineer,2024-09-13,2024-09-30,phone screen,offer
""",
    applications=4,
    interviews=2,
    offers=1,
    rejections=1,
    dated_answers=3,
)

# 8. Decision + outcome_date.
add(
    "decision_outcome_date.csv",
    """Company,Position,Date Applied,Decision,outcome_date
Acme,Analyst,03/02/2025,Rejected,03/14/2025
Globex,Analyst,03/03/2025,,
Initech,Scientist,03/04/2025,Offer,04/01/2025
Umbrella,Engineer,03/05/2025,Rejected,
""",
    applications=4,
    interviews=1,
    offers=1,
    rejections=2,
    undated_outcomes=1,
    dated_answers=2,
)

# 9. A stage-history column: 'date|what;date|what'.
add(
    "interview_steps.csv",
    """company,role,applied,interview_steps,status
Acme,Analyst,20 Jun 2026,29 Jun 2026|INTERVIEW WITH HIRING MANAGER;3 Jul 2026|ONSITE,rejected
Globex,Analyst,21 Jun 2026,,applied
Initech,Scientist,22 Jun 2026,1 Jul 2026|PHONE SCREEN,interviewing
""",
    applications=3,
    interviews=2,
    offers=0,
    rejections=1,
    dated_answers=3,
)

# 10. 'Day Sent' as the applied date, m/d/y, a 'Response' column.
add(
    "day_sent.csv",
    """Company,Position,Day Sent,Response
Acme,Analyst,1/6/25,No
Globex,Analyst,1/7/25,Rejected
Initech,Scientist,1/8/25,Interview
Umbrella,Engineer,1/13/25,
""",
    applications=4,
    interviews=1,
    offers=0,
    rejections=1,
    undated_outcomes=2,
)

# 11. Upper-case headers: APP SUBMITTED DATE, STATUS.
add(
    "app_submitted_upper.csv",
    """COMPANY,POSITION,APP SUBMITTED DATE,STATUS
ACME,ANALYST,2024-08-01,SUBMITTED
GLOBEX,ANALYST,2024-08-02,REJECTED
INITECH,SCIENTIST,2024-08-05,INTERVIEW SCHEDULED
UMBRELLA,ENGINEER,2024-08-06,OFFER
""",
    applications=4,
    interviews=2,
    offers=1,
    rejections=1,
    undated_outcomes=3,
)

# 12. An activity log (event log) with activity_date/date_sort and repeated company keys.
add(
    "activity_log.csv",
    """activity_date,date_sort,company,role,activity
"Oct 1, 2024",20241001,Acme,Analyst,Applied
"Oct 2, 2024",20241002,Globex,Analyst,Applied
"Oct 8, 2024",20241008,Acme,Analyst,Phone screen
"Oct 15, 2024",20241015,Acme,Analyst,Technical interview
"Oct 16, 2024",20241016,Globex,Analyst,Rejected
"Oct 25, 2024",20241025,Acme,Analyst,Offer
""",
    applications=2,
    interviews=1,
    offers=1,
    rejections=1,
    undated_outcomes=0,
)

# 13. The company column has an empty header.
add(
    "empty_header_company.csv",
    """,Position,Date Applied,Status
Acme,Analyst,2024-11-04,Applied
Globex,Analyst,2024-11-05,Rejected
Initech,Scientist,2024-11-06,Interview
""",
    applications=3,
    interviews=1,
    offers=0,
    rejections=1,
    companies=["Acme", "Globex", "Initech"],
)

# 14. JSON records wrapped in an object with metadata.
add(
    "wrapped.json",
    json.dumps(
        {
            "metadata": {"exported": "2024-12-01", "owner": "me"},
            "applications": [
                {"company": "Acme", "role": "Analyst", "date_applied": "2024-11-01", "status": "applied"},
                {"company": "Globex", "role": "Analyst", "date_applied": "2024-11-02", "status": "rejected"},
                {"company": "Initech", "role": "Scientist", "date_applied": "2024-11-03", "status": "interview"},
            ],
        },
        indent=2,
    ),
    applications=3,
    interviews=1,
    offers=0,
    rejections=1,
)

# 15. JSON Lines.
add(
    "lines.jsonl",
    "\n".join(
        json.dumps(r)
        for r in [
            {"company": "Acme", "applied": "2024-11-01", "status": "Applied"},
            {"company": "Globex", "applied": "2024-11-02", "status": "Rejected"},
            {"company": "Initech", "applied": "2024-11-04", "status": "Offer"},
        ]
    )
    + "\n",
    applications=3,
    interviews=1,
    offers=1,
    rejections=1,
)

# 16. A weighted Sankey table, target first.
add(
    "sankey_target_first.csv",
    """target,source,value
Rejected,Applied,60
No Response,Applied,25
Phone Screen,Applied,15
Interview,Phone Screen,8
Rejected,Phone Screen,7
Offer,Interview,2
Rejected,Interview,6
""",
    applications=100,
    interviews=15,
    offers=2,
    rejections=73,
)

# 17. One company, two roles: two applications.
add(
    "same_company_two_roles.csv",
    """Company,Role,Date Applied,Status
Google,Data Analyst,2024-10-01,Rejected
Google,Data Scientist,2024-10-01,Interview
Meta,Data Analyst,2024-10-02,Applied
""",
    applications=3,
    interviews=1,
    offers=0,
    rejections=1,
)

# 18. Wish-list values of one's own.
add(
    "list_values.csv",
    """Company,Role,Date Applied,Status
Acme,Analyst,2024-10-01,applied
Globex,Analyst,,TRASH
Initech,Scientist,,apply to
Umbrella,Engineer,,SAVED
Hooli,Analyst,2024-10-03,rejected
""",
    applications=2,
    interviews=0,
    offers=0,
    rejections=1,
    not_applied=3,
)

# 19. Compound statuses and assessments.
add(
    "compound_status.csv",
    """Company,Role,Date Applied,Status
Acme,Analyst,2024-10-01,2 Interviews + Denied
Globex,Analyst,2024-10-02,Rejected after interview
Initech,Scientist,2024-10-03,OA
Umbrella,Engineer,2024-10-04,Take-home sent
Hooli,Analyst,2024-10-05,HackerRank
Stark,Engineer,2024-10-06,Denied
""",
    applications=6,
    interviews=5,
    offers=0,
    rejections=3,
)

# 20. German tracker: d.m.Y dates.
add(
    "german.csv",
    """Firma,Position,Beworben am,Status
Acme GmbH,Datenanalyst,04.11.2024,Beworben
Globex AG,Analyst,05.11.2024,Absage
Initech,Data Scientist,13.11.2024,Vorstellungsgespräch
Umbrella,Ingenieur,14.11.2024,Zusage
""",
    applications=4,
    interviews=2,
    offers=1,
    rejections=1,
)

# 21. Spanish tracker.
add(
    "spanish.csv",
    """Empresa,Puesto,Fecha de aplicación,Estado
Acme,Analista,2024-11-04,Aplicado
Globex,Analista,2024-11-05,Rechazado
Initech,Científico,2024-11-06,Entrevista
Umbrella,Ingeniero,2024-11-07,Oferta
""",
    applications=4,
    interviews=2,
    offers=1,
    rejections=1,
)

# 22. French and Portuguese statuses in one sheet.
add(
    "french_portuguese.csv",
    """Entreprise,Poste,Date de candidature,Statut
Acme,Analyste,2024-11-04,Candidature envoyée
Globex,Analyste,2024-11-05,Refus
Initech,Data Scientist,2024-11-06,Entretien
Umbrella,Engenheiro,2024-11-07,Entrevista
Hooli,Analista,2024-11-08,Rejeitado
""",
    applications=5,
    interviews=2,
    offers=0,
    rejections=2,
)

# 23. Blank applied dates: the application still counts.
add(
    "blank_dates.csv",
    """Company,Role,Date Applied,Status,Status Date
Acme,Analyst,2024-11-01,Rejected,2024-11-10
Globex,Analyst,,Applied,
Initech,Scientist,2024-11-03,Interview,2024-11-12
Umbrella,Engineer,,Rejected,2024-11-20
""",
    applications=4,
    interviews=1,
    offers=0,
    rejections=2,
    undated_outcomes=0,
)

# 24. Waiting and negative states of people's own.
add(
    "waiting_states.csv",
    """Company,Role,Date Applied,Status
A1,Analyst,2024-09-02,Pending
A2,Analyst,2024-09-03,Awaiting Response
A3,Analyst,2024-09-04,Not Responded
A4,Analyst,2024-09-05,Under review
A5,Analyst,2024-09-06,In process
A6,Analyst,2024-09-09,Suspected Ghost Job
A7,Analyst,2024-09-10,No Current Opportunity
A8,Analyst,2024-09-11,Application Closed
A9,Analyst,2024-09-12,Position filled
A10,Analyst,2024-09-13,Not moving forward
A11,Analyst,2024-09-16,Cold
A12,Analyst,2024-09-17,Applied - no answer
""",
    applications=12,
    interviews=0,
    offers=0,
    rejections=4,
)

# 25. Multi-line notes: problems name the record and the line.
add(
    "multiline_notes.csv",
    "Company,Role,Date Applied,Status,Notes\n"
    + "".join(f'C{i},Analyst,2024-10-{i:02d},Applied,"line one\nline two\nline three"\n' for i in range(1, 10))
    + 'C10,Analyst,2024-10-31,Applied,"bad date below"\nC11,Analyst,not a date,Applied,"x"\n',
    applications=11,
    interviews=0,
    offers=0,
    rejections=0,
    problem_record=12,
    problem_line=30,
)

# 27. Yes/no columns beside the applied date.
add(
    "yes_no_columns.csv",
    """Company,Role,Date Applied,Heard back?,Interviewed?,Rejected?,Offer?
Acme,Analyst,2024-10-01,Y,Y,Y,N
Globex,Analyst,2024-10-02,N,N,N,N
Initech,Scientist,2024-10-03,Y,Y,N,Y
Umbrella,Engineer,2024-10-04,Y,N,Y,N
""",
    applications=4,
    interviews=2,
    offers=1,
    rejections=2,
)

# 28. A Date + Status sheet where one company appears twice (two roles, no role column): still one row per application.
add(
    "date_status_repeats.csv",
    """Date,Company,Status
2024-10-01,Google,Rejected
2024-10-02,Meta,Applied
2024-10-03,Google,Interview
2024-10-04,Amazon,Applied
2024-10-07,Netflix,Offer
2024-10-08,Apple,Rejected
2024-10-09,Stripe,Applied
2024-10-10,Airbnb,Ghosted
2024-10-11,Uber,Applied
2024-10-14,Lyft,Applied
""",
    applications=10,
    interviews=2,
    offers=1,
    rejections=2,
)

# 29. A flag column named like a date ("Applied?") beside the real date; a Yes/No response column.
add(
    "applied_flag_and_date.csv",
    """Job Title,Company,Location,Salary,Link,Applied?,Date,Stage,Response?
Data Analyst,Acme,Remote,"$80,000",https://x.example/1,Yes,2024-11-04,Rejected,Yes
Data Scientist,Globex,NYC,"$120,000",https://x.example/2,Yes,2024-11-05,Phone Interview,Yes
ML Engineer,Initech,SF,,https://x.example/3,No,,Saved,
BI Dev,Umbrella,Remote,,https://x.example/4,Yes,2024-11-07,Waiting,No
""",
    applications=3,
    interviews=1,
    offers=0,
    rejections=1,
    undated_outcomes=2,
    not_applied=1,
)


# 26. An Excel workbook: a tracker sheet and a notes sheet.
def _xlsx():
    import io

    import pandas as pd

    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xl:
        pd.DataFrame(
            {
                "Company": ["Acme", "Globex", "Initech"],
                "Position": ["Analyst", "Analyst", "Scientist"],
                "Date Applied": pd.to_datetime(["2024-11-04", "2024-11-05", "2024-11-06"]),
                "Status": ["Applied", "Rejected", "Interview"],
            }
        ).to_excel(xl, sheet_name="Applications", index=False)
        pd.DataFrame({"Tip": ["follow up after a week"]}).to_excel(xl, sheet_name="Notes", index=False)
    return buf.getvalue()


add("tracker.xlsx", _xlsx(), applications=3, interviews=1, offers=0, rejections=1)

if __name__ == "__main__":
    write()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(EXPECTED)} tracker files to {HERE}")
