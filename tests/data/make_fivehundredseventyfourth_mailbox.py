"""A five-hundred-and-seventy-fourth mailbox, written as a held-out check after the five-hundred-and-seventy-third
(issue #24).

Priya Sharma, a civil engineer in Manchester, saves her mail from Outlook as .eml files. UK construction hires through
Workday, Taleo and HireVue and through agencies that name the client late: Workday's "Thank you for applying to Balfour
Beatty", Taleo's "AECOM - Application Status: Unsuccessful", a Hays consultant's "I've put you forward to a tier-one
contractor for the Senior Engineer role on a rail scheme in Salford", then "I can confirm the client is Skanska and
they'd like to see you on Thursday", HireVue's "Arup has invited you to complete a video interview" (from hirevue.com),
Arup's own "Thank you for applying", Balfour Beatty's "we would like to invite you to an assessment centre at our
Warrington office" (the last round), "Skanska have come back and would like to offer you the role", her "I'm really
pleased to accept", Balfour Beatty's "on this occasion we will not be progressing your application" and Arup's "the
vacancy has now been filled". Negatives: a jobs alert, the ICE's newsletter, a second agency's cold mail, Balfour
Beatty's own press release (a company she applied to), her energy bill and her brother. Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.sharma.civils@outlook.example"
ME = f"Priya Sharma <{PRIYA}>"
BB = "Balfour Beatty <balfourbeatty@myworkday.example>"
AECOM = "AECOM <aecom@taleo.example>"
DAN = "Dan Whitaker <dan.whitaker@hays.example>"
ARUP = "Arup Recruitment <recruitment@arup.example>"
CLAIRE = "Claire Hughes <claire.hughes@balfourbeatty.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Balfour Beatty",
        "applied",
        "2025-05-06",
        BB,
        "Thank you for applying to Balfour Beatty",
        "Dear Priya,\n\nThank you for applying for the Senior Civil Engineer role (REQ-33190) at Balfour Beatty. We will "
        "review your application and be in touch.\n\nBalfour Beatty Talent Acquisition",
        None,
    ),
    (
        "AECOM",
        "applied",
        "2025-05-06",
        AECOM,
        "AECOM - Application Received",
        "Dear Priya Sharma,\n\nThank you for applying to AECOM for the position of Principal Civil Engineer (25000871). "
        "Your application has been received.\n\nAECOM Talent Acquisition",
        None,
    ),
    (
        "Skanska",
        "applied",
        "2025-05-07",
        DAN,
        "Senior Engineer - rail scheme - Salford",
        "Hi Priya,\n\nGood to speak earlier. I've put you forward to a tier-one contractor for the Senior Engineer role "
        "on a rail scheme in Salford. I'll chase for feedback later in the week.\n\nDan Whitaker\nSenior Consultant, "
        "Hays Construction",
        None,
    ),
    (
        "Arup",
        "applied",
        "2025-05-08",
        ARUP,
        "Thank you for applying",
        "Dear Priya,\n\nThank you for applying for the Senior Engineer - Bridges position at Arup in Manchester. We will "
        "be in touch about next steps.\n\nArup Recruitment",
        None,
    ),
    (
        "AECOM",
        "rejected",
        "2025-05-12",
        AECOM,
        "AECOM - Application Status: Unsuccessful",
        "Dear Priya Sharma,\n\nThank you for your interest in AECOM. The status of your application for Principal Civil "
        "Engineer has been updated to: Unsuccessful.\n\nAECOM Talent Acquisition",
        None,
    ),
    (
        "Skanska",
        "interview",
        "2025-05-13",
        DAN,
        "RE: Senior Engineer - rail scheme - Salford",
        "Hi Priya,\n\nI can confirm the client is Skanska and they'd like to see you on Thursday at 10 for an interview "
        "with the Project Manager.\n\nDan",
        None,
    ),
    (
        "Arup",
        "interview",
        "2025-05-14",
        "HireVue <noreply@hirevue.com>",
        "Arup has invited you to complete a video interview",
        "Hi Priya,\n\nArup has invited you to complete a video interview for Senior Engineer - Bridges. Please complete "
        "it within five days.\n\nStart interview",
        None,
    ),
    (
        "Balfour Beatty",
        "onsite",
        "2025-05-16",
        CLAIRE,
        "Assessment centre invitation - Senior Civil Engineer",
        "Dear Priya,\n\nFollowing your application, we would like to invite you to an assessment centre at our "
        "Warrington office on 28 May: a technical interview, a case exercise and a site visit.\n\nClaire Hughes\n"
        "Talent Acquisition Partner",
        None,
    ),
    (
        "Skanska",
        "offer",
        "2025-05-23",
        DAN,
        "RE: Senior Engineer - rail scheme - Salford",
        "Hi Priya,\n\nBrilliant news - Skanska have come back and would like to offer you the role at £58k plus car "
        "allowance!\n\nDan",
        None,
    ),
    (
        "Skanska",
        "accepted",
        "2025-05-23",
        ME,
        "RE: Senior Engineer - rail scheme - Salford",
        "Hi Dan,\n\nThat's fantastic - I'm really pleased to accept. Thank you!\n\nPriya",
        DAN,
    ),
    (
        "Balfour Beatty",
        "rejected",
        "2025-05-29",
        CLAIRE,
        "RE: Assessment centre invitation - Senior Civil Engineer",
        "Dear Priya,\n\nThank you for attending the assessment centre. On this occasion we will not be progressing your "
        "application.\n\nClaire Hughes",
        None,
    ),
    (
        "Arup",
        "rejected",
        "2025-06-02",
        ARUP,
        "Your application to Arup",
        "Dear Priya,\n\nThank you for completing the video interview. We would like to let you know that the vacancy has "
        "now been filled.\n\nArup Recruitment",
        None,
    ),
]

_NEGATIVES = [
    (
        "New Civil Engineer Jobs <jobs@newcivilengineer.example>",
        "New civil engineering jobs near Manchester",
        "alert",
        "Senior Engineer - Manchester. Site Engineer - Bolton. View jobs.",
    ),
    (
        "ICE <news@ice.example>",
        "ICE news this month",
        "newsletter",
        "News from the Institution. Unsubscribe.",
    ),
    (
        "Leanne Ford <leanne@randstadcpe.example>",
        "Highways roles - Cheshire",
        "outreach",
        "Hi Priya, I'm working on several highways roles in Cheshire. Would you be open to a chat?",
    ),
    (
        "Balfour Beatty Media <press@balfourbeatty.example>",
        "Balfour Beatty wins major rail contract",
        "newsletter",
        "Read the press release. Unsubscribe.",
    ),
    (
        "Octopus Energy <hello@octopus.example>",
        "Your new bill",
        "other",
        "Your May bill is ready.",
    ),
    (
        "Arjun Sharma <arjun.sharma@gmail.example>",
        "cricket",
        "personal",
        "Lancashire game Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="12:20:00",
        neg_start="2025-05-05",
        neg_step=5,
        neg_clock="20:05:00",
        tag="fivehundredseventyfour",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), PRIYA)
