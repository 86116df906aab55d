"""A five-hundred-and-forty-fifth mailbox, written as a held-out check after the five-hundred-and-forty-fourth (issue
#24).

Oliver Bennett, a final-year economics student in Leeds, applies to graduate schemes from Gmail and exports it with
Takeout.  The schemes run on Oleeo, Cappfinity and HireVue, and write in stages: Deloitte's "Thank you for applying
to our 2026 Graduate Programme", "Your next step: Immersive Online Assessment", "You're invited to an Assessment
Centre", "Congratulations! We're delighted to offer you a place"; PwC's "Thanks for your application", HireVue's
"PwC has invited you to complete a video interview", and PwC's "we won't be progressing your application further";
KPMG's "Application received" and its "the position has been filled"; his thanks after the assessment centre and his
acceptance.  Negatives: Bright Network's newsletter, Gradcracker's alert, the university careers service's events
mail, PwC's own "PwC Insights" (a firm he applied to), his bank and his flatmate.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLIVER = "oliver.bennett2026@gmail.com"
ME = f"Oliver Bennett <{OLIVER}>"
DELOITTE = "Deloitte UK Early Careers <deloitte@oleeo-mail.example>"
PWC = "PwC UK Student Recruitment <noreply@pwc.myworkday.example>"
KPMG = "KPMG Graduate Recruitment <graduates@kpmg.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Deloitte",
        "applied",
        "2025-10-06",
        DELOITTE,
        "Thank you for applying to Deloitte",
        "Dear Oliver,\n\nThank you for applying to our 2026 Graduate Programme - Audit & Assurance, Leeds. We'll be in "
        "touch shortly with your next steps.\n\nDeloitte UK Early Careers",
        "t-del",
    ),
    (
        "PwC",
        "applied",
        "2025-10-07",
        PWC,
        "Thanks for your application",
        "Hi Oliver,\n\nThanks for your application for the Tax Graduate Programme 2026 - Leeds at PwC. We're reviewing "
        "it now.\n\nPwC UK Student Recruitment",
        "t-pwc",
    ),
    (
        "KPMG",
        "applied",
        "2025-10-08",
        KPMG,
        "Application received - Audit Graduate Programme 2026",
        "Dear Oliver,\n\nWe have received your application for the Audit Graduate Programme 2026 (Leeds). Thank you for "
        "your interest in KPMG.\n\nKPMG Graduate Recruitment",
        "t-kpmg",
    ),
    (
        "Deloitte",
        "interview",
        "2025-10-09",
        "Deloitte UK Early Careers <deloitte@cappfinity-mail.example>",
        "Your next step: Immersive Online Assessment",
        "Hi Oliver,\n\nCongratulations, you've been invited to the next stage of your application to Deloitte: the "
        "Immersive Online Assessment. Please complete it within 5 days.\n\nStart your assessment",
        "t-del2",
    ),
    (
        "PwC",
        "interview",
        "2025-10-14",
        "HireVue <noreply@hirevue.example>",
        "PwC has invited you to complete a video interview",
        "Hi Oliver,\n\nPwC has invited you to complete a video interview for the Tax Graduate Programme 2026. You have "
        "until 21 October to complete it.\n\nStart interview",
        "t-pwc2",
    ),
    (
        "Deloitte",
        "onsite",
        "2025-10-20",
        DELOITTE,
        "You're invited to an Assessment Centre",
        "Dear Oliver,\n\nWell done on your online assessment. We'd like to invite you to our virtual Assessment Centre "
        "on 30 October, the final stage of our process: a group exercise, a case study and a partner interview.\n\n"
        "Deloitte UK Early Careers",
        "t-del3",
    ),
    (
        "PwC",
        "rejected",
        "2025-10-27",
        PWC,
        "Your application to PwC",
        "Hi Oliver,\n\nThank you for completing your video interview. After careful consideration we won't be "
        "progressing your application further on this occasion.\n\nPwC UK Student Recruitment",
        "t-pwc3",
    ),
    (
        "Deloitte",
        "thank_you",
        "2025-10-30",
        ME,
        "RE: You're invited to an Assessment Centre",
        "Dear Early Careers team,\n\nThank you for organising today's assessment centre - I really enjoyed the case "
        "study and meeting the team.\n\nKind regards,\nOliver Bennett",
        "t-del3",
    ),
    (
        "KPMG",
        "rejected",
        "2025-11-03",
        KPMG,
        "Audit Graduate Programme 2026 (Leeds)",
        "Dear Oliver,\n\nThank you for your application. We're sorry to tell you that the Leeds programme is now full "
        "and the position has been filled. Your application will not progress.\n\nKPMG Graduate Recruitment",
        "t-kpmg",
    ),
    (
        "Deloitte",
        "offer",
        "2025-11-06",
        DELOITTE,
        "Congratulations from Deloitte",
        "Dear Oliver,\n\nCongratulations! We're delighted to offer you a place on our 2026 Graduate Programme - Audit & "
        "Assurance in Leeds. Your offer letter is in your candidate portal.\n\nDeloitte UK Early Careers",
        "t-del4",
    ),
    (
        "Deloitte",
        "accepted",
        "2025-11-08",
        ME,
        "RE: Congratulations from Deloitte",
        "Dear Early Careers team,\n\nThank you so much - I'm delighted to accept the offer and have signed it in the "
        "portal.\n\nKind regards,\nOliver Bennett",
        "t-del4",
    ),
]

_NEGATIVES = [
    (
        "Bright Network <hello@brightnetwork.example>",
        "This week: graduate deadlines you can't miss",
        "newsletter",
        "Upcoming deadlines and events. Unsubscribe.",
    ),
    (
        "Gradcracker <alerts@gradcracker.example>",
        "New graduate jobs matching your search",
        "alert",
        "Graduate Analyst - Leeds. Trainee Accountant - York. View all jobs.",
    ),
    (
        "Leeds Careers Centre <careers@leeds.example>",
        "Careers events this week",
        "newsletter",
        "CV clinics, employer talks and the autumn careers fair. Unsubscribe.",
    ),
    (
        "PwC UK <insights@pwc.example>",
        "PwC Insights: the UK economic outlook",
        "newsletter",
        "Our economists' latest outlook. Manage preferences. Unsubscribe.",
    ),
    (
        "Monzo <help@monzo.example>",
        "Your monthly summary",
        "other",
        "You spent £412 in October.",
    ),
    (
        "Ben Walsh <ben.walsh@gmail.example>",
        "bins",
        "personal",
        "Mate it's your turn for the bins",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=OLIVER,
        own_to={"Deloitte": "Deloitte UK Early Careers <earlycareers@deloitte.example>"},
        offset="+0100",
        clock="09:50:00",
        neg_start="2025-10-05",
        neg_step=6,
        neg_clock="21:15:00",
        tag="fivehundredfortyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
