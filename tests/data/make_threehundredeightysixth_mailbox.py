"""A three-hundred-and-eighty-sixth mailbox, written as a held-out check after the three-hundred-and-eighty-fifth
(issue #24).

Aoife, a graduate in Dublin, keeps her search in Gmail and exports it with Takeout.  Irish graduate hiring as it
arrives: Workday's receipt from a bank's graduate programme, an online assessment from SHL "on behalf of" the bank,
"Congratulations! You have been invited to our Assessment Centre" (the final round), "we are delighted to offer you a
place on our 2026 Graduate Programme", her "I'm delighted to accept"; a consultancy's Greenhouse receipt, a video
interview through HireVue, and "we will not be progressing your application"; a semi-state company's publicjobs.ie
receipt and "you have not been shortlisted"; an Irish start-up's Teamtailor receipt and a founder's "Would you be
free for a coffee chat next week?" (the screen).  Negatives: a gradireland newsletter, a LinkedIn job alert, her
university's careers fair, Revolut, Leap card, her brother.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AOIFE = "aoife.byrne.grad@gmail.com"
ME = f"Aoife Byrne <{AOIFE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Liffey Bank",
        "applied",
        "2025-10-01",
        "Liffey Bank Graduate Recruitment <liffeybank@myworkday.com>",
        "Thank you for your application - 2026 Graduate Programme",
        "Dear Aoife,\n\nThank you for applying to the Liffey Bank 2026 Graduate Programme (Technology stream). We have "
        "received your application and will be in touch about the next stage.\n\nLiffey Bank Graduate Recruitment",
        "t-liffey",
    ),
    (
        "Corrib Consulting",
        "applied",
        "2025-10-02",
        "Corrib Consulting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Corrib Consulting",
        "Hi Aoife,\n\nThanks for your interest in Corrib Consulting! We've received your application for the Graduate "
        "Analyst role and our team is reviewing it.\n\nCorrib Consulting Talent Team",
        "t-corrib",
    ),
    (
        "EirGrid Networks",
        "applied",
        "2025-10-03",
        "publicjobs <donotreply@publicjobs.ie>",
        "Application received - Graduate Engineer, EirGrid Networks",
        "Dear Aoife Byrne,\n\nYour application for Graduate Engineer, EirGrid Networks (Campaign 25-0871) has been "
        "received. You will be notified of the outcome of the shortlisting process.\n\npublicjobs",
        "t-eirgrid",
    ),
    (
        "Tidewell",
        "applied",
        "2025-10-03",
        "Tidewell <no-reply@teamtailor.com>",
        "Thanks for your application!",
        "Hi Aoife,\n\nThanks for applying to be a Junior Product Analyst at Tidewell. We'll be in touch soon!\n\n"
        "The Tidewell team",
        "t-tidewell",
    ),
    (
        "Liffey Bank",
        "interview",
        "2025-10-08",
        "SHL on behalf of Liffey Bank <no-reply@shl.com>",
        "Liffey Bank - Online Assessment Invitation",
        "Dear Aoife,\n\nLiffey Bank has invited you to complete an online assessment as part of your application to the "
        "2026 Graduate Programme. The assessment includes numerical and verbal reasoning and takes about 40 minutes. "
        "Please complete it by 15 October.\n\nSHL",
        "t-liffey-shl",
    ),
    (
        "Tidewell",
        "screen",
        "2025-10-09",
        "Ciarán Walsh <ciaran@tidewell.ie>",
        "Tidewell - coffee?",
        "Hi Aoife,\n\nCiarán here, one of the founders at Tidewell. Loved your final year project on bus data! Would you "
        "be free for a coffee chat next week? I'm around Grand Canal Dock most days.\n\nCiarán",
        "t-tidewell-2",
    ),
    (
        "Corrib Consulting",
        "interview",
        "2025-10-10",
        "Corrib Consulting <noreply@hirevue.com>",
        "Corrib Consulting - Video Interview",
        "Hi Aoife,\n\nCorrib Consulting has invited you to complete a video interview for the Graduate Analyst role. "
        "Please complete it within 5 days.\n\nStart your interview\n\nHireVue",
        "t-corrib-hv",
    ),
    (
        "EirGrid Networks",
        "rejected",
        "2025-10-17",
        "publicjobs <donotreply@publicjobs.ie>",
        "Graduate Engineer, EirGrid Networks - Shortlisting outcome",
        "Dear Aoife Byrne,\n\nWe regret to inform you that following the shortlisting process you have not been "
        "shortlisted for the next stage of this campaign.\n\npublicjobs",
        "t-eirgrid",
    ),
    (
        "Liffey Bank",
        "onsite",
        "2025-10-22",
        "Liffey Bank Graduate Recruitment <graduates@liffeybank.ie>",
        "Invitation to Assessment Centre",
        "Dear Aoife,\n\nCongratulations! You have been invited to our Assessment Centre on Thursday 6 November at our "
        "offices on Sir John Rogerson's Quay. The day includes a group exercise, a case study presentation and a "
        "competency interview.\n\nLiffey Bank Graduate Recruitment",
        "t-liffey-ac",
    ),
    (
        "Corrib Consulting",
        "rejected",
        "2025-10-24",
        "Corrib Consulting <no-reply@us.greenhouse-mail.io>",
        "Your application to Corrib Consulting",
        "Hi Aoife,\n\nThank you for taking the time to complete the video interview. We have reviewed it carefully and "
        "unfortunately we will not be progressing your application further at this time.\n\nCorrib Consulting Talent "
        "Team",
        "t-corrib",
    ),
    (
        "Liffey Bank",
        "offer",
        "2025-11-12",
        "Liffey Bank Graduate Recruitment <graduates@liffeybank.ie>",
        "Your offer - 2026 Graduate Programme",
        "Dear Aoife,\n\nFollowing your performance at our Assessment Centre, we are delighted to offer you a place on "
        "our 2026 Graduate Programme (Technology stream), starting on 7 September 2026 with a starting salary of "
        "€38,000. Your contract is attached.\n\nLiffey Bank Graduate Recruitment",
        "t-liffey-offer",
    ),
    (
        "Liffey Bank",
        "accepted",
        "2025-11-14",
        ME,
        "Re: Your offer - 2026 Graduate Programme",
        "Dear Graduate Recruitment team,\n\nThank you so much! I'm delighted to accept the offer and have signed and "
        "returned the contract.\n\nKind regards,\nAoife Byrne",
        "t-liffey-offer",
    ),
]

_NEGATIVES = [
    (
        "gradireland <newsletter@gradireland.example>",
        "Graduate programmes closing this week",
        "newsletter",
        "Don't miss these graduate programmes closing soon. Plus: how to ace an assessment centre.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Graduate Analyst: 14 new jobs in Dublin",
        "alert",
        "Graduate Analyst - Accenture - Dublin. Graduate Programme - AIB - Dublin. See all jobs.",
    ),
    (
        "UCD Careers <careers@ucd.example>",
        "Autumn Careers Fair - 15 October",
        "newsletter",
        "Meet over 80 employers at the Autumn Careers Fair in the O'Reilly Hall. Bring your CV!",
    ),
    (
        "Revolut <no-reply@revolut.example>",
        "Your monthly statement",
        "other",
        "Your October statement is ready in the app.",
    ),
    (
        "Leap Card <noreply@leapcard.example>",
        "Your Leap card top-up",
        "other",
        "Your Leap card was topped up with €20.00.",
    ),
    (
        "Cian Byrne <cian.byrne@gmail.example>",
        "mam's birthday",
        "personal",
        "Are you coming home for mam's birthday on Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AOIFE,
        own_to={"Liffey Bank": "Liffey Bank Graduate Recruitment <graduates@liffeybank.ie>"},
        offset="+0100",
        clock="11:35:00",
        neg_start="2025-09-30",
        neg_step=5,
        neg_clock="19:15:00",
        tag="threehundredeightysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
