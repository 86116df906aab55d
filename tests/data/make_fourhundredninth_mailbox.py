"""A four-hundred-and-ninth mailbox, written as a held-out check after the four-hundred-and-eighth (issue #24).

Aisha, a policy officer in Leeds, keeps her search in Gmail and exports it with Takeout.  The UK's public sector in its
own words: Civil Service Jobs' "Application submitted", "Your application has progressed to the next stage" after the
sift, "Invite to interview (Success Profiles: behaviours and strengths)", "you have been successful at interview" and
its "provisional offer" subject to pre-employment checks; a council through a public jobs portal ("you have not been
shortlisted on this occasion"), a university's "we will not be taking your application further", a housing
association's "You have been shortlisted" and "we have decided to appoint another candidate", a charity's
"we were impressed ... but", her acceptance of the provisional offer.  Negatives: Civil Service Jobs' alert, a
"Complete your diversity monitoring" request, a webinar, her union's bulletin, a train ticket and her brother.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AISHA = "aisha.rahman.policy@gmail.com"
ME = f"Aisha Rahman <{AISHA}>"
CSJ = "Civil Service Jobs <noreply@csjobs.cabinetoffice.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Department for Education",
        "applied",
        "2025-01-13",
        CSJ,
        "Application submitted: 389211 - Policy Adviser - Department for Education",
        "Dear Aisha Rahman,\n\nThank you for your application for 389211 - Policy Adviser at the Department for "
        "Education. Your application has been submitted. The sift is expected to take place week commencing 27 "
        "January.\n\nCivil Service Jobs",
        "t-dfe",
    ),
    (
        "Leeds City Council",
        "applied",
        "2025-01-14",
        "Leeds City Council <noreply@jobs.leeds.example>",
        "Application received - Policy and Performance Officer (LCC-4471)",
        "Dear Aisha,\n\nWe have received your application for Policy and Performance Officer (LCC-4471). If you have "
        "not heard from us within four weeks of the closing date, please assume that you have not been "
        "shortlisted.\n\nLeeds City Council Recruitment",
        "t-lcc",
    ),
    (
        "Yorkshire Homes Housing Association",
        "applied",
        "2025-01-15",
        "Yorkshire Homes <recruitment@yorkshirehomes.example>",
        "Your application - Strategy Officer",
        "Dear Aisha,\n\nThank you for applying for the Strategy Officer vacancy at Yorkshire Homes Housing "
        "Association. Shortlisting will take place on 3 February.\n\nPeople Team",
        "t-yh",
    ),
    (
        "University of West Riding",
        "applied",
        "2025-01-16",
        "University of West Riding <jobs@westriding.ac.uk.example>",
        "Thank you for your application - Policy Officer (Ref 0125-77)",
        "Dear Aisha Rahman,\n\nThank you for your application for the post of Policy Officer (Ref 0125-77) at the "
        "University of West Riding.\n\nHuman Resources",
        "t-uwr",
    ),
    (
        "Pennine Futures",
        "applied",
        "2025-01-17",
        "Pennine Futures <jobs@penninefutures.example>",
        "Thanks for your application",
        "Hi Aisha,\n\nThanks for applying to be our Policy and Campaigns Lead. We'll be in touch after the closing date "
        "on 31 January.\n\nPennine Futures",
        "t-pf",
    ),
    (
        "Department for Education",
        "screen",
        "2025-02-03",
        CSJ,
        "Your application has progressed to the next stage: 389211 - Policy Adviser",
        "Dear Aisha Rahman,\n\nWe are pleased to tell you that your application has progressed to the next stage of "
        "the recruitment process for 389211 - Policy Adviser at the Department for Education. You will be contacted "
        "separately with details of the next stage.\n\nCivil Service Jobs",
        "t-dfe",
    ),
    (
        "Yorkshire Homes Housing Association",
        "interview",
        "2025-02-05",
        "Yorkshire Homes <recruitment@yorkshirehomes.example>",
        "You have been shortlisted - Strategy Officer",
        "Dear Aisha,\n\nI'm pleased to let you know you have been shortlisted for the Strategy Officer post. "
        "Interviews will take place on 12 February at our Wakefield office and will include a 10-minute presentation."
        "\n\nPeople Team",
        "t-yh",
    ),
    (
        "University of West Riding",
        "rejected",
        "2025-02-06",
        "University of West Riding <jobs@westriding.ac.uk.example>",
        "Policy Officer (Ref 0125-77)",
        "Dear Aisha Rahman,\n\nThank you for your interest in the above post. I am sorry to let you know that on this "
        "occasion we will not be taking your application further.\n\nHuman Resources",
        "t-uwr",
    ),
    (
        "Department for Education",
        "interview",
        "2025-02-07",
        CSJ,
        "Invite to interview: 389211 - Policy Adviser",
        "Dear Aisha Rahman,\n\nWe are pleased to invite you to interview for 389211 - Policy Adviser. The interview "
        "will assess the behaviours and strengths in the Success Profiles framework and will take place by video on "
        "18 February. Please book a slot through your Civil Service Jobs account.\n\nCivil Service Jobs",
        "t-dfe-int",
    ),
    (
        "Pennine Futures",
        "rejected",
        "2025-02-10",
        "Pennine Futures <jobs@penninefutures.example>",
        "Policy and Campaigns Lead",
        "Hi Aisha,\n\nThank you for your application. We were really impressed by the quality of applications, but we "
        "haven't shortlisted you for interview this time.\n\nBest wishes,\nPennine Futures",
        "t-pf2",
    ),
    (
        "Leeds City Council",
        "rejected",
        "2025-02-13",
        "Leeds City Council <noreply@jobs.leeds.example>",
        "Policy and Performance Officer (LCC-4471) - outcome",
        "Dear Aisha,\n\nThank you for applying. Unfortunately you have not been shortlisted on this occasion. We wish "
        "you well with your job search.\n\nLeeds City Council Recruitment",
        "t-lcc2",
    ),
    (
        "Yorkshire Homes Housing Association",
        "rejected",
        "2025-02-14",
        "Yorkshire Homes <recruitment@yorkshirehomes.example>",
        "Strategy Officer - interview outcome",
        "Dear Aisha,\n\nThank you for attending interview on Wednesday. The panel found it a difficult decision, and "
        "we have decided to appoint another candidate. You are welcome to ask for feedback.\n\nPeople Team",
        "t-yh2",
    ),
    (
        "Department for Education",
        "offer",
        "2025-02-24",
        CSJ,
        "Outcome of your application: 389211 - Policy Adviser",
        "Dear Aisha Rahman,\n\nCongratulations, you have been successful at interview for 389211 - Policy Adviser. "
        "We are pleased to make you a provisional offer, subject to pre-employment checks. Please log in to accept or "
        "decline the provisional offer.\n\nCivil Service Jobs",
        "t-dfe-off",
    ),
    (
        "Department for Education",
        "accepted",
        "2025-02-25",
        ME,
        "RE: Outcome of your application: 389211 - Policy Adviser",
        "Dear recruitment team,\n\nThank you - I have accepted the provisional offer in my account and have started the "
        "pre-employment checks.\n\nAisha Rahman",
        "t-dfe-off",
    ),
]

_NEGATIVES = [
    (
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.example>",
        "Civil Service Jobs - job alert",
        "alert",
        "New jobs matching 'policy' in Yorkshire and the Humber: Policy Officer - DWP. Senior Policy Adviser - DLUHC.",
    ),
    (
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.example>",
        "Please complete your diversity monitoring",
        "other",
        "Dear Aisha Rahman,\n\nPlease take a few minutes to complete the diversity monitoring form in your account. It "
        "is not seen by the panel and will not affect your application.",
    ),
    (
        "Institute for Government <events@ifg.example>",
        "Webinar: the spending review explained",
        "newsletter",
        "Join us online on 20 February. Book your place.",
    ),
    (
        "UNISON <bulletin@unison.example>",
        "UNISON Yorkshire bulletin",
        "newsletter",
        "Pay, pensions and your rights at work.",
    ),
    (
        "LNER <tickets@lner.example>",
        "Your e-ticket: Leeds to London",
        "other",
        "Your journey on 18 February. Have a good trip.",
    ),
    (
        "Imran Rahman <imran.rahman@gmail.example>",
        "mum's visit",
        "personal",
        "Mum's coming up on Friday, can you pick her up from the station?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AISHA,
        own_to={"Department for Education": CSJ},
        offset="+0000",
        clock="12:05:00",
        neg_start="2025-01-12",
        neg_step=6,
        neg_clock="19:55:00",
        tag="fourhundrednine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
