"""A two-hundred-and-ninety-first mailbox, written as a held-out check after the two-hundred-and-ninetieth
(issue #24).

Kelvin, a compliance officer in Hong Kong, exports his Apple Mail inbox and sends it as a zip ("INBOX.mbox/mbox"
inside).  Hong Kong hiring in English: JobsDB's "Your application has been sent", a bank's Workday receipt, a
headhunter's "I've put your profile forward to our client, a Swiss private bank" named at the interview, "Applicants
not contacted within 6 weeks may consider their application unsuccessful" under a receipt, a "2nd round interview",
a "final round with the MD", an offer "subject to satisfactory reference checks" in HK$, and his own acceptance.
Negatives: JobsDB's recommended jobs, CTgoodjobs' newsletter, an Octopus card top-up, a property agent, a
compliance course, a friend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KELVIN = "kelvin.cheung.hk@icloud.com"
ME = f"Kelvin Cheung <{KELVIN}>"

ALICE = "Alice Ng <alice.ng@pinnaclesearch.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Harbour Crest Bank",
        "applied",
        "2025-03-03",
        "Harbour Crest Bank <harbourcrest@myworkday.com>",
        "Thank you for your application",
        "Dear Kelvin,\n\nThank you for applying for the role of AVP, Compliance Advisory (Job ID R-51877) at Harbour "
        "Crest Bank. Applicants not contacted within 6 weeks may consider their application unsuccessful.\n\nHarbour "
        "Crest Bank Talent Acquisition",
        None,
    ),
    (
        "Kowloon Securities",
        "applied",
        "2025-03-04",
        "JobsDB <noreply@jobsdb.com>",
        "Your application has been sent",
        "Hi Kelvin,\n\nYour application for Compliance Officer (SFC Licensed) has been sent to Kowloon Securities "
        "Limited.\n\nJobsDB",
        None,
    ),
    (
        "Lucerne Private Bank",
        "applied",
        "2025-03-05",
        ALICE,
        "Senior Compliance Officer - Private Banking",
        "Hi Kelvin,\n\nThanks for the call today. As discussed, I've put your profile forward to our client, a Swiss "
        "private bank expanding its Hong Kong booking centre, for the Senior Compliance Officer role.\n\nBest "
        "regards,\nAlice Ng\nPrincipal Consultant | Pinnacle Search",
        None,
    ),
    (
        "Kowloon Securities",
        "interview",
        "2025-03-10",
        "Grace Lam <grace.lam@kowloonsec.example>",
        "Interview - Compliance Officer",
        "Dear Kelvin,\n\nThank you for your application. We would like to invite you to an interview with our Head of "
        "Compliance on 13 March at 3:00 p.m. at our office in Central.\n\nBest regards,\nGrace Lam\nHR Manager, "
        "Kowloon Securities Limited",
        None,
    ),
    (
        "Lucerne Private Bank",
        "interview",
        "2025-03-12",
        ALICE,
        "RE: Senior Compliance Officer - Private Banking",
        "Hi Kelvin,\n\nGood news - I can now share that the client is Lucerne Private Bank, and they would like to "
        "meet you on Monday at 11am with their Head of Compliance APAC.\n\nAlice",
        2,
    ),
    (
        "Kowloon Securities",
        "interview",
        "2025-03-17",
        "Grace Lam <grace.lam@kowloonsec.example>",
        "2nd round interview - Compliance Officer",
        "Dear Kelvin,\n\nWe are pleased to invite you to a 2nd round interview with our COO on 19 March at 10:00 a.m."
        "\n\nBest regards,\nGrace Lam",
        3,
    ),
    (
        "Lucerne Private Bank",
        "onsite",
        "2025-03-20",
        ALICE,
        "RE: Senior Compliance Officer - Private Banking",
        "Hi Kelvin,\n\nLucerne loved meeting you! They'd like you to come back for a final round with the MD and the "
        "regional COO next Wednesday at 2pm.\n\nAlice",
        4,
    ),
    (
        "Kowloon Securities",
        "rejected",
        "2025-03-25",
        "Grace Lam <grace.lam@kowloonsec.example>",
        "Compliance Officer - outcome",
        "Dear Kelvin,\n\nThank you for attending the interviews. We regret to inform you that we have decided to "
        "proceed with another candidate whose experience more closely matches our needs.\n\nBest regards,\nGrace Lam",
        5,
    ),
    (
        "Lucerne Private Bank",
        "offer",
        "2025-04-01",
        ALICE,
        "RE: Senior Compliance Officer - Private Banking",
        "Kelvin - congratulations! Lucerne Private Bank would like to offer you the role at HK$1.15m base plus a "
        "discretionary bonus, subject to satisfactory reference checks. I'll send the offer letter through shortly."
        "\n\nAlice",
        6,
    ),
    (
        "Lucerne Private Bank",
        "accepted",
        "2025-04-03",
        ME,
        "RE: Senior Compliance Officer - Private Banking",
        "Hi Alice,\n\nThank you for all your help. I'm pleased to accept Lucerne's offer - signed letter attached, and "
        "my referees' details are below.\n\nBest,\nKelvin",
        8,
        ALICE,
    ),
]

_NEGATIVES = [
    (
        "JobsDB <jobmail@jobsdb.com>",
        "Recommended jobs for you",
        "alert",
        "Compliance Officer - Central. AML Analyst - Quarry Bay. Compliance Manager - Tsim Sha Tsui.",
    ),
    (
        "CTgoodjobs <newsletter@ctgoodjobs.example>",
        "Salary Guide 2025 is here",
        "newsletter",
        "Download the 2025 Salary Guide: compliance and risk salaries across Hong Kong.",
    ),
    (
        "Octopus <noreply@octopus.example>",
        "Automatic Add Value Service",
        "other",
        "HK$250 has been added to your Octopus card via the Automatic Add Value Service.",
    ),
    (
        "Centaline Property <agent.wong@centaline.example>",
        "New listings in Sai Ying Pun",
        "other",
        "New 2-bedroom listings in Sai Ying Pun from HK$24,000 per month. Viewings this weekend.",
    ),
    (
        "HKSI Institute <cpt@hksi.example>",
        "CPT course: AML/CFT update",
        "newsletter",
        "Register for our CPT course on the latest AML/CFT requirements. 3 CPT hours.",
    ),
    (
        "Jason Ho <jason.ho@icloud.example>",
        "yum cha",
        "personal",
        "yum cha sunday at maxim's? 11am",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=KELVIN,
        own_to={},
        offset=lambda d: "+0800",
        clock="10:30:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="21:40:00",
        tag="twohundredninetyone",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the inbox as Apple Mail exports it (``INBOX.mbox/mbox``), zipped, into ``folder``; return the zip."""
    from mail_score import write_apple_zip

    return write_apple_zip(Path(folder) / "Kelvin mail.zip", msgs if msgs is not None else messages())
