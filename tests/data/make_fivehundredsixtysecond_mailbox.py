"""A five-hundred-and-sixty-second mailbox, written as a held-out check after the five-hundred-and-sixty-first (issue
#24).

Sinéad Byrne, a process engineer in Cork, saves her mail from Outlook as .eml files. Irish employers hire through
Workday and SuccessFactors and through a specialist agency: Workday's "Thank you for applying to Intel Ireland", a
Sigmar consultant's "I've put your CV forward to Eli Lilly Kinsale for the Process Engineer role", Stryker's
SuccessFactors "Application received", Stryker's talent acquisition's "a 20-minute Teams call", "Lilly would like to
meet you for a first-round interview on site in Kinsale", Intel's "we will not be moving forward with your application
at this time", Stryker's "second and final interview with the Engineering Manager and the team in Carrigtwohill",
"Lilly have decided to go with another candidate", Stryker's "We are delighted to offer you the position", her "Thank
you for the interview today" to Stryker and her acceptance. Negatives: IrishJobs' alert, Engineers Ireland's
newsletter, a second agency's cold mail, Intel's own product newsletter (a company she applied to), Revenue's tax
notice and her sister. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SINEAD = "sinead.byrne.eng@outlook.example"
ME = f"Sinéad Byrne <{SINEAD}>"
INTEL = "Intel <intel@myworkday.example>"
CIARA = "Ciara Walsh <ciara.walsh@sigmar.example>"
STRYKER = "Stryker Careers <noreply@stryker.successfactors.example>"
NIAMH = "Niamh Murphy <niamh.murphy@stryker.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Intel",
        "applied",
        "2025-10-06",
        INTEL,
        "Thank you for applying to Intel Ireland",
        "Dear Sinéad,\n\nThank you for applying for the Process Engineer position (JR0271839) at Intel Ireland, "
        "Leixlip. We are reviewing your application.\n\nIntel Talent Acquisition",
        None,
    ),
    (
        "Eli Lilly",
        "applied",
        "2025-10-07",
        CIARA,
        "Process Engineer - Kinsale",
        "Hi Sinéad,\n\nThanks for the chat earlier. I've put your CV forward to Eli Lilly Kinsale for the Process "
        "Engineer role, and I'll be in touch when I hear back.\n\nCiara Walsh\nSenior Consultant, Sigmar Recruitment",
        None,
    ),
    (
        "Stryker",
        "applied",
        "2025-10-08",
        STRYKER,
        "Application received",
        "Dear Sinéad,\n\nThank you for your application for the Process Engineer role at Stryker in Carrigtwohill. Our "
        "team will review it.\n\nStryker Talent Acquisition",
        None,
    ),
    (
        "Stryker",
        "screen",
        "2025-10-10",
        NIAMH,
        "Process Engineer - Carrigtwohill",
        "Hi Sinéad,\n\nI'm part of Stryker's talent acquisition team. Would you be free for a 20-minute Teams call on "
        "Monday to talk through the role?\n\nNiamh Murphy",
        None,
    ),
    (
        "Eli Lilly",
        "interview",
        "2025-10-13",
        CIARA,
        "RE: Process Engineer - Kinsale",
        "Hi Sinéad,\n\nGreat news - Lilly would like to meet you for a first-round interview on site in Kinsale on "
        "Thursday at 11am, with the Process Engineering Lead.\n\nCiara",
        None,
    ),
    (
        "Intel",
        "rejected",
        "2025-10-15",
        INTEL,
        "Your application with Intel",
        "Dear Sinéad,\n\nThank you for your interest in Intel. We will not be moving forward with your application at "
        "this time.\n\nIntel Talent Acquisition",
        None,
    ),
    (
        "Stryker",
        "onsite",
        "2025-10-17",
        NIAMH,
        "RE: Process Engineer - Carrigtwohill",
        "Hi Sinéad,\n\nThanks for your time on Monday. We'd like to invite you to a second and final interview with the "
        "Engineering Manager and the team in Carrigtwohill next Thursday.\n\nNiamh",
        None,
    ),
    (
        "Eli Lilly",
        "rejected",
        "2025-10-21",
        CIARA,
        "RE: Process Engineer - Kinsale",
        "Hi Sinéad,\n\nI'm sorry to say Lilly have decided to go with another candidate who has more sterile "
        "experience. I'll keep an eye out for you.\n\nCiara",
        None,
    ),
    (
        "Stryker",
        "thank_you",
        "2025-10-23",
        ME,
        "RE: Process Engineer - Carrigtwohill",
        "Hi Niamh,\n\nThank you for the interview today - it was great to meet the team and see the line.\n\nSinéad",
        NIAMH,
    ),
    (
        "Stryker",
        "offer",
        "2025-10-29",
        NIAMH,
        "RE: Process Engineer - Carrigtwohill",
        "Hi Sinéad,\n\nWe are delighted to offer you the position of Process Engineer! Your contract will follow by "
        "email.\n\nNiamh",
        None,
    ),
    (
        "Stryker",
        "accepted",
        "2025-10-30",
        ME,
        "RE: Process Engineer - Carrigtwohill",
        "Hi Niamh,\n\nThank you so much! I'm delighted to accept the offer.\n\nSinéad",
        NIAMH,
    ),
]

_NEGATIVES = [
    (
        "IrishJobs.ie <alerts@irishjobs.example>",
        "New jobs: Process Engineer in Cork",
        "alert",
        "Process Engineer - Cork. Validation Engineer - Ringaskiddy. View all.",
    ),
    (
        "Engineers Ireland <news@engineersireland.example>",
        "Engineers Journal this week",
        "newsletter",
        "This week's stories. Unsubscribe.",
    ),
    (
        "Donal Kelly <donal.kelly@collinsmcnicholas.example>",
        "Validation roles in Cork",
        "outreach",
        "Hi Sinéad, I'm recruiting for validation engineers in Cork. Would you be open to a quick chat?",
    ),
    (
        "Intel <newsletter@intel.example>",
        "Intel Insights: this month",
        "newsletter",
        "News from Intel. Unsubscribe.",
    ),
    (
        "Revenue <noreply@revenue.example>",
        "Your tax credit certificate",
        "other",
        "Your tax credit certificate is available in myAccount.",
    ),
    (
        "Aoife Byrne <aoife.byrne@gmail.example>",
        "christening",
        "personal",
        "Are you coming to the christening?",
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
        clock="10:50:00",
        neg_start="2025-10-05",
        neg_step=5,
        neg_clock="20:30:00",
        tag="fivehundredsixtytwo",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), SINEAD)
