"""A four-hundred-and-seventieth mailbox, written as a held-out check after the four-hundred-and-sixty-ninth (issue
#24).

Hannah Nguyen, a policy officer in Canberra, keeps her search in Gmail and exports it with Takeout.  The Australian
Public Service hires by merit: PageUp's "Thank you for your application for the position of APS6 Policy Officer",
"You have been shortlisted for the next stage of the selection process: a written work sample" (an assessment round),
"We would like to invite you to attend an interview with the selection panel" (an interview round: four older
mailboxes read "an interview with the panel" so; first labelled the final round, changed after the first read), "You have
been assessed as suitable and placed in a merit pool" (no offer: a wait), "I am pleased to advise that you have been
selected for the position", her "I am pleased to accept the offer of engagement", a department's "you have not been
successful on this occasion", a state agency's "Your application is progressing" and her withdrawal from it.
Negatives: APSjobs' alert, The Mandarin's newsletter, an IPAA event, a recruiter's "APS contract roles", Transport
Canberra and her partner.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.nguyen.cbr@gmail.com"
ME = f"Hannah Nguyen <{HANNAH}>"
DCCEEW = "DCCEEW Recruitment <recruitment@pageuppeople.example>"
TREASURY = "Treasury Recruitment <recruitment@treasury.example>"
NSW = "NSW Government <noreply@iworkfor.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "DCCEEW",
        "applied",
        "2025-02-03",
        DCCEEW,
        "Application received - APS6 Policy Officer",
        "Dear Hannah,\n\nThank you for your application for the position of APS6 Policy Officer (Job ID 31125) with the "
        "Department of Climate Change, Energy, the Environment and Water (DCCEEW).\n\nDCCEEW Recruitment",
        "t-dc",
    ),
    (
        "Treasury",
        "applied",
        "2025-02-04",
        TREASURY,
        "Your application - EL1 Policy Adviser",
        "Dear Hannah,\n\nThank you for applying for the EL1 Policy Adviser role at the Treasury. Your application has "
        "been received.\n\nTreasury Recruitment",
        "t-tr",
    ),
    (
        "Transport for NSW",
        "applied",
        "2025-02-05",
        NSW,
        "Application submitted",
        "Hi Hannah,\n\nYour application for Senior Policy Officer with Transport for NSW has been submitted.\n\n"
        "I work for NSW",
        "t-nsw",
    ),
    (
        "DCCEEW",
        "interview",
        "2025-02-14",
        DCCEEW,
        "APS6 Policy Officer - work sample",
        "Dear Hannah,\n\nYou have been shortlisted for the next stage of the selection process: a written work sample. "
        "The task will be emailed to you on 18 February and is due within 48 hours.\n\nDCCEEW Recruitment",
        "t-dc",
    ),
    (
        "Treasury",
        "rejected",
        "2025-02-17",
        TREASURY,
        "Your application - EL1 Policy Adviser",
        "Dear Hannah,\n\nThank you for your interest. Unfortunately you have not been successful on this occasion. We "
        "encourage you to apply for future roles.\n\nTreasury Recruitment",
        "t-tr",
    ),
    (
        "Transport for NSW",
        "reply",
        "2025-02-19",
        NSW,
        "Your application is progressing",
        "Hi Hannah,\n\nYour application for Senior Policy Officer with Transport for NSW is progressing. The hiring "
        "manager is reviewing applications.\n\nI work for NSW",
        "t-nsw",
    ),
    (
        "DCCEEW",
        "interview",
        "2025-02-26",
        "Karen Mitchell <karen.mitchell@dcceew.example>",
        "Interview - APS6 Policy Officer",
        "Dear Hannah,\n\nWe would like to invite you to attend an interview with the selection panel on 5 March at 10:30am "
        "at the John Gorton Building.\n\nKaren Mitchell\nDirector, Energy Policy",
        "t-dc2",
    ),
    (
        "DCCEEW",
        "reply",
        "2025-03-14",
        DCCEEW,
        "Outcome - APS6 Policy Officer",
        "Dear Hannah,\n\nYou have been assessed as suitable for the role and placed in a merit pool, which is valid for "
        "18 months. Offers will be made from the pool as positions become available.\n\nDCCEEW Recruitment",
        "t-dc",
    ),
    (
        "Transport for NSW",
        "withdrew",
        "2025-03-20",
        ME,
        "Withdrawal - Senior Policy Officer",
        "Dear Hiring Manager,\n\nI would like to withdraw my application for the Senior Policy Officer role, as I have "
        "decided to remain in Canberra.\n\nKind regards,\nHannah Nguyen",
        "t-nsw2",
    ),
    (
        "DCCEEW",
        "offer",
        "2025-04-01",
        "Karen Mitchell <karen.mitchell@dcceew.example>",
        "APS6 Policy Officer - offer",
        "Dear Hannah,\n\nI am pleased to advise that you have been selected for the position of APS6 Policy Officer from "
        "the merit pool. A formal offer of engagement will follow from our HR team.\n\nKaren Mitchell",
        "t-dc3",
    ),
    (
        "DCCEEW",
        "accepted",
        "2025-04-03",
        ME,
        "RE: APS6 Policy Officer - offer",
        "Dear Karen,\n\nThank you. I am pleased to accept the offer of engagement and look forward to joining the "
        "team.\n\nKind regards,\nHannah",
        "t-dc3",
    ),
]

_NEGATIVES = [
    (
        "APSjobs <noreply@apsjobs.example>",
        "APSjobs: new vacancies matching your search",
        "alert",
        "APS6 Policy Officer - Department of Finance. EL1 Adviser - Home Affairs. View vacancies.",
    ),
    (
        "The Mandarin <newsletter@themandarin.example>",
        "The Mandarin Daily",
        "newsletter",
        "Today in the public service. Unsubscribe.",
    ),
    (
        "IPAA ACT <events@ipaa.example>",
        "Register: Secretaries' Talks 2025",
        "newsletter",
        "Register now for the Secretaries' Talks.",
    ),
    (
        "Ben Carter <ben.carter@aps-contractors.example>",
        "APS contract roles",
        "outreach",
        "Hi Hannah, I'm working on several APS6 and EL1 contract roles across Canberra. Keen for a quick chat?",
    ),
    (
        "Transport Canberra <noreply@transport.act.example>",
        "MyWay+ top up receipt",
        "other",
        "You topped up $20.00.",
    ),
    (
        "Tom Walker <tom.walker@gmail.example>",
        "dinner",
        "personal",
        "Pho for dinner tonight?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=HANNAH,
        own_to={
            "DCCEEW": "Karen Mitchell <karen.mitchell@dcceew.example>",
            "Transport for NSW": "Transport for NSW Recruitment <recruitment@transport.nsw.example>",
        },
        offset="+1100",
        clock="11:45:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="20:05:00",
        tag="fourhundredseventy",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
