"""A four-hundred-and-ninety-seventh mailbox, written as a held-out check after the four-hundred-and-ninety-sixth
(issue #24).

Fiona Campbell, a policy officer in Edinburgh, applies to the UK and Scottish civil services and keeps her mail in
Gmail, exported with Takeout.  Civil Service Jobs writes for every department from one address and names the
department only in its first mail: "Thank you for your application for the post of Policy Advisor (HEO), reference
398211, at HM Revenue & Customs", then by the reference alone: "Unfortunately your application has not been
successful at the sift stage", "Congratulations, you have been successful at the sift stage. We would like to invite
you to interview", "we would like to offer you the post, subject to pre-employment checks"; the Scottish
Government's own "you have been shortlisted for interview" and "on this occasion you have not been successful ...
placed on a reserve list".  Negatives: Civil Service Jobs' alert, HMRC's Self Assessment reminder (from a department
she applied to), LinkedIn's "viewed your profile", the Institute for Government, a Fast Stream blog and her sister.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

FIONA = "fiona.campbell.policy@gmail.com"
ME = f"Fiona Campbell <{FIONA}>"
CSJ = "Civil Service Jobs <noreply@csjobs.example>"
SG = "Scottish Government Recruitment <recruitment@gov-scot.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "HM Revenue & Customs",
        "applied",
        "2025-03-03",
        CSJ,
        "Application received: Policy Advisor (HEO) - 398211",
        "Dear Fiona Campbell,\n\nThank you for your application for the post of Policy Advisor (HEO), reference "
        "398211, at HM Revenue & Customs.\n\nWe will be in touch once the sift has been completed.\n\nCivil Service "
        "Jobs",
        "t-hmrc",
    ),
    (
        "Department for Education",
        "applied",
        "2025-03-05",
        CSJ,
        "Application received: Senior Policy Advisor (SEO) - 401877",
        "Dear Fiona Campbell,\n\nThank you for your application for the post of Senior Policy Advisor (SEO), reference "
        "401877, at Department for Education.\n\nWe will be in touch once the sift has been completed.\n\nCivil "
        "Service Jobs",
        "t-dfe",
    ),
    (
        "Scottish Government",
        "applied",
        "2025-03-06",
        SG,
        "Application acknowledgement - Policy Officer (C1) - SCO12345",
        "Dear Fiona,\n\nThank you for applying for the post of Policy Officer, reference SCO12345. Your application has "
        "been received and will be assessed by the panel.\n\nScottish Government Recruitment",
        "t-sg",
    ),
    (
        "HM Revenue & Customs",
        "rejected",
        "2025-03-20",
        CSJ,
        "Update on your application: Policy Advisor (HEO) - 398211",
        "Dear Fiona Campbell,\n\nThank you for applying for the above post. Unfortunately your application has not been "
        "successful at the sift stage on this occasion. The pass mark was 4 and your behaviour score was 3.\n\n"
        "Civil Service Jobs",
        "t-hmrc2",
    ),
    (
        "Department for Education",
        "interview",
        "2025-03-24",
        CSJ,
        "Invitation to interview: Senior Policy Advisor (SEO) - 401877",
        "Dear Fiona Campbell,\n\nCongratulations, you have been successful at the sift stage. We would like to invite "
        "you to interview. Please log in to your account to book an interview slot.\n\nThe interview will assess the "
        "behaviours Communicating and Influencing, and Seeing the Big Picture, and will include a 5-minute "
        "presentation.\n\nCivil Service Jobs",
        "t-dfe2",
    ),
    (
        "Scottish Government",
        "interview",
        "2025-03-27",
        SG,
        "Invitation to Interview - Policy Officer (C1) - SCO12345",
        "Dear Fiona,\n\nI am pleased to let you know you have been shortlisted for interview. Interviews will take place "
        "by MS Teams on 8 April. Please confirm your attendance by replying to this email.\n\nScottish Government "
        "Recruitment",
        "t-sg2",
    ),
    (
        "Department for Education",
        "offer",
        "2025-04-14",
        CSJ,
        "Provisional offer: Senior Policy Advisor (SEO) - 401877",
        "Dear Fiona Campbell,\n\nI am delighted to tell you that you have been successful at interview and we would like "
        "to offer you the post, subject to pre-employment checks. Your overall score placed you on the merit list at "
        "position 2.\n\nPlease log in to accept or decline this provisional offer.\n\nCivil Service Jobs",
        "t-dfe3",
    ),
    (
        "Scottish Government",
        "rejected",
        "2025-04-16",
        SG,
        "Outcome of interview - Policy Officer (C1) - SCO12345",
        "Dear Fiona,\n\nThank you for attending interview. I am sorry to tell you that on this occasion you have not been "
        "successful. You met the required standard and have been placed on a reserve list for 12 months.\n\n"
        "Scottish Government Recruitment",
        "t-sg3",
    ),
]

_NEGATIVES = [
    (
        "Civil Service Jobs <alerts@csjobs.example>",
        "Civil Service Jobs: 23 new jobs matching your search",
        "alert",
        "Policy Advisor - Edinburgh. Senior Policy Advisor - Glasgow. View all jobs.",
    ),
    (
        "HMRC <noreply@tax-service.example>",
        "Your Self Assessment tax return is due",
        "other",
        "Dear Fiona Campbell,\n\nYour Self Assessment tax return for 2024 to 2025 is due by 31 January. Sign in to your "
        "HMRC online account to file it.\n\nHM Revenue & Customs",
    ),
    (
        "LinkedIn <notifications@linkedin.example>",
        "Fiona, your profile was viewed by 4 people",
        "notification",
        "See who viewed your profile this week.",
    ),
    (
        "Institute for Government <newsletter@instituteforgovernment.example>",
        "This week at the IfG",
        "newsletter",
        "Our latest analysis. Unsubscribe.",
    ),
    (
        "Civil Service Fast Stream <blog@faststream.example>",
        "New on the blog: life as a policy fast streamer",
        "newsletter",
        "Read the post. Unsubscribe.",
    ),
    (
        "Morag Campbell <morag.campbell@gmail.example>",
        "easter",
        "personal",
        "Are you up for Easter at Mum's?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=FIONA,
        own_to={},
        offset="+0000",
        clock="11:30:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="19:40:00",
        tag="fourhundredninetyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
