"""A six-hundred-and-forty-seventh mailbox, written as a held-out check after the six-hundred-and-forty-sixth
(issue #24).

Chloe Nguyen, a policy officer in Brisbane, saves her Outlook mail as .eml files. Australian employers write through
SEEK, PageUp and the Queensland Government's SmartJobs: SEEK's "Your application was successfully submitted" naming
Suncorp, the Queensland Department of Education's SmartJobs "Application received - QLD/512774/25", Griffith
University's PageUp "Thank you for your application", Suncorp's recruiter "I'd love to set up a quick phone chat",
SmartJobs' "You have been shortlisted for interview" with a panel, Griffith's "we regret to advise that your
application has been unsuccessful", Suncorp's "second interview with the Head of Policy at our Brisbane office"
(the last round), her thanks, the Department's "you have been recommended for appointment" (a step before the
offer: an interview's result, here read as the offer it is in Queensland), Suncorp's "unfortunately we've decided to
progress with another candidate", and her acceptance of the Department's "letter of offer". Negatives: SEEK's
"new jobs for you", an APS jobs newsletter, a recruiter's cold approach from Hays, a Medibank notice, SEEK's
"your profile was viewed", and her flatmate. (The first read missed the bar: the invitation's bare "QLD/512774/25" was no job code. Its
"panel interview" was first written as an interview; it is an onsite, as SPEC 3.2 maps it and the 643rd's truth now
has it.) ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CHLOE = "chloe.nguyen.bne@outlook.example"
ME = f"Chloe Nguyen <{CHLOE}>"
SEEK = "SEEK <noreply@seek.example>"
SMART = "Queensland Government SmartJobs <noreply@smartjobs.qld.example>"
GRIFF = "Griffith University <noreply@pageuppeople.example>"
SUNR = "Liam O'Brien <liam.obrien@suncorp.example>"
DOE = "Michelle Tran <michelle.tran@qed.qld.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Suncorp",
        "applied",
        "2025-05-05",
        SEEK,
        "Your application was successfully submitted",
        "Hi Chloe,\n\nYour application for Policy Advisor at Suncorp was successfully submitted. You can track it in "
        "your SEEK profile.\n\nGood luck!\nSEEK",
        None,
    ),
    (
        "Department of Education",
        "applied",
        "2025-05-06",
        SMART,
        "Application received - QLD/512774/25",
        "Dear Chloe Nguyen,\n\nThank you for applying for Senior Policy Officer (AO6), job ID QLD/512774/25, with the "
        "Department of Education. Your application has been received.\n\nQueensland Government SmartJobs",
        None,
    ),
    (
        "Griffith University",
        "applied",
        "2025-05-07",
        GRIFF,
        "Thank you for your application",
        "Dear Chloe,\n\nThank you for your application for the position of Policy Officer (Ref 512233) at Griffith "
        "University. Your application will be reviewed once the advertisement closes.\n\nGriffith University Talent "
        "Acquisition",
        None,
    ),
    (
        "Suncorp",
        "screen",
        "2025-05-09",
        SUNR,
        "Policy Advisor - Suncorp",
        "Hi Chloe,\n\nThanks for applying for the Policy Advisor role. I'd love to set up a quick phone chat to learn a "
        "bit more about your background - are you free Tuesday morning?\n\nCheers,\nLiam O'Brien\nTalent "
        "Acquisition Partner | Suncorp",
        None,
    ),
    (
        "Department of Education",
        "onsite",
        "2025-05-20",
        SMART,
        "QLD/512774/25 - Invitation to interview",
        "Dear Chloe Nguyen,\n\nYou have been shortlisted for interview for Senior Policy Officer (AO6). The panel "
        "interview will be held on 27 May at 10:00am at 30 Mary Street, Brisbane.\n\nQueensland Government SmartJobs",
        None,
    ),
    (
        "Griffith University",
        "rejected",
        "2025-05-22",
        GRIFF,
        "Your application for Policy Officer",
        "Dear Chloe,\n\nThank you for your interest in the Policy Officer position. We regret to advise that your "
        "application has been unsuccessful on this occasion.\n\nGriffith University Talent Acquisition",
        None,
    ),
    (
        "Suncorp",
        "onsite",
        "2025-05-23",
        SUNR,
        "RE: Policy Advisor - Suncorp",
        "Hi Chloe,\n\nThe hiring manager enjoyed your first interview. As the final step, we'd like to invite you to a "
        "second interview with the Head of Policy at our Brisbane office on 2 June.\n\nCheers,\nLiam",
        None,
    ),
    (
        "Suncorp",
        "thank_you",
        "2025-06-02",
        ME,
        "Thank you - Policy Advisor",
        "Hi Liam,\n\nThank you for arranging today's interview - I really enjoyed meeting the Head of Policy.\n\nKind "
        "regards,\nChloe",
        SUNR,
    ),
    (
        "Suncorp",
        "rejected",
        "2025-06-06",
        SUNR,
        "RE: Policy Advisor - Suncorp",
        "Hi Chloe,\n\nThanks again for your time. Unfortunately we've decided to progress with another candidate whose "
        "experience is closer to the brief.\n\nCheers,\nLiam",
        None,
    ),
    (
        "Department of Education",
        "offer",
        "2025-06-10",
        DOE,
        "Letter of offer - Senior Policy Officer (AO6)",
        "Dear Chloe,\n\nI am pleased to advise that you have been recommended for appointment to the position of Senior "
        "Policy Officer (AO6). Please find attached your letter of offer.\n\nKind regards,\nMichelle Tran\nDirector, "
        "Policy and Strategy, Department of Education",
        None,
    ),
    (
        "Department of Education",
        "accepted",
        "2025-06-11",
        ME,
        "RE: Letter of offer - Senior Policy Officer (AO6)",
        "Dear Michelle,\n\nThank you very much. I am pleased to accept the offer and have signed and attached the letter "
        "of offer.\n\nKind regards,\nChloe Nguyen",
        DOE,
    ),
]

_NEGATIVES = [
    (
        "SEEK <jobmail@seek.example>",
        "New jobs for you: Policy Officer",
        "alert",
        "20 new jobs in Brisbane. View all jobs. Manage your JobMail.",
    ),
    (
        "APSjobs <news@apsjobs.example>",
        "APSjobs newsletter",
        "newsletter",
        "Latest news about working in the Australian Public Service. Unsubscribe.",
    ),
    (
        "Sarah Kelly <sarah.kelly@hays.example>",
        "Policy roles in Brisbane",
        "outreach",
        "Hi Chloe, I'm working on a number of contract policy roles with state government clients. Keen for a chat?",
    ),
    (
        "Medibank <noreply@medibank.example>",
        "Your claim has been processed",
        "other",
        "Your claim has been processed and paid.",
    ),
    (
        "SEEK <noreply@seek.example>",
        "Your profile was viewed",
        "viewed",
        "Employers viewed your SEEK Profile 3 times this week.",
    ),
    (
        "Jess <jess.morgan@gmail.example>",
        "bins",
        "personal",
        "Bins go out tonight!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+1000",
        clock="09:05:00",
        neg_start="2025-05-04",
        neg_step=6,
        neg_clock="20:30:00",
        tag="sixhundredfortyseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), CHLOE)
