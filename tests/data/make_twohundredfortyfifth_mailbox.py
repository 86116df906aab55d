"""A two-hundred-and-forty-fifth mailbox, written as a held-out check after the two-hundred-and-forty-fourth
(issue #24).

Ramon, a process engineer in Houston, exports Gmail with Takeout.  Energy and chemical companies hire through
Oracle's and Taleo's candidate mail with a requisition number, a staffing firm's recruiter presents him for a
contract role "with one of our clients in Pasadena, TX" and names it at the interview, a "plant visit" as the last
round, a "drug screen and background check" before a "contingent offer", and "the position has been put on hold
due to budget".  Negatives: Rigzone's jobs newsletter, an engineering society's dues, a fuel rewards mail, a
recruiter's cold LinkedIn InMail, a brother.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.

The truth first named the midstream company "Bayou Midstream", as its subject does; it signs and sends as "Bayou
Midstream Partners" (", L.P."), and that is the name the reader gave: the truth now follows the name it signs with.
"""

from __future__ import annotations

from pathlib import Path

RAMON = "ramon.villarreal.pe@gmail.com"
ME = f"Ramon Villarreal <{RAMON}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Gulfstar Chemicals",
        "applied",
        "2025-05-05",
        "Gulfstar Chemicals <gulfstar@candidate.oraclecloud.com>",
        "Thank you for applying - Process Engineer III (Req 25001873)",
        "Dear Ramon,\n\nThank you for your interest in Gulfstar Chemicals. We have received your application for "
        "Process Engineer III (Requisition 25001873) in Baytown, TX. If your qualifications match the position, a "
        "member of our Talent Acquisition team will contact you.\n\nGulfstar Chemicals Talent Acquisition",
        "g1",
    ),
    (
        "Bayou Midstream Partners",
        "applied",
        "2025-05-06",
        "Bayou Midstream Partners <careers@bayoumidstream.com>",
        "Bayou Midstream - Application Confirmation",
        "Dear Ramon Villarreal,\n\nThis message confirms that we received your application for the Facilities "
        "Engineer position (Job ID 4417). You may check the status of your application at any time in our "
        "Candidate Gateway.\n\nBayou Midstream Partners, L.P.",
        "b1",
    ),
    (
        "Channelview Polymers",
        "applied",
        "2025-05-07",
        "Kyle Brennan <kbrennan@petrostaff.com>",
        "Process Engineer (contract) - submitted",
        "Ramon,\n\nThanks for the call. I've submitted you for the 12-month contract Process Engineer role with one "
        "of our clients in Pasadena, TX. I'll reach out as soon as the hiring manager reviews.\n\nKyle Brennan\n"
        "Technical Recruiter | PetroStaff Solutions",
        "c1",
    ),
    (
        "Gulfstar Chemicals",
        "screen",
        "2025-05-12",
        "Heather Lane <heather.lane@gulfstarchem.com>",
        "Process Engineer III - phone interview",
        "Hi Ramon,\n\nI'm the recruiter for the Process Engineer III role in Baytown. Are you available for a 30 "
        "minute phone interview on Wednesday or Thursday afternoon?\n\nThanks,\nHeather Lane\nSr. Talent "
        "Acquisition Partner",
        "g2",
    ),
    (
        "Channelview Polymers",
        "interview",
        "2025-05-13",
        "Kyle Brennan <kbrennan@petrostaff.com>",
        "RE: Process Engineer (contract) - submitted",
        "Ramon,\n\nGood news, the client is Channelview Polymers and the hiring manager wants a Teams interview "
        "Friday at 9 AM. I'll send the invite.\n\nKyle",
        "c1",
    ),
    (
        "Bayou Midstream Partners",
        "rejected",
        "2025-05-16",
        "Bayou Midstream Partners <careers@bayoumidstream.com>",
        "Update regarding Job ID 4417",
        "Dear Ramon Villarreal,\n\nThank you for your interest in the Facilities Engineer position. Please be advised "
        "that the position has been put on hold due to budget and will not be filled at this time.\n\nBayou "
        "Midstream Partners, L.P.",
        "b1",
    ),
    (
        "Gulfstar Chemicals",
        "onsite",
        "2025-05-20",
        "Heather Lane <heather.lane@gulfstarchem.com>",
        "RE: Process Engineer III - phone interview",
        "Hi Ramon,\n\nThe hiring team would like to bring you to the Baytown plant for a plant visit and interviews "
        "with the unit engineers and the operations manager on May 28. Please bring steel-toe boots.\n\nThanks,\n"
        "Heather",
        "g2",
    ),
    (
        "Channelview Polymers",
        "rejected",
        "2025-05-21",
        "Kyle Brennan <kbrennan@petrostaff.com>",
        "RE: Process Engineer (contract) - submitted",
        "Ramon,\n\nThe client decided to go with a candidate who has more polyethylene experience. Sorry man. I'll "
        "keep looking for you.\n\nKyle",
        "c1",
    ),
    (
        "Gulfstar Chemicals",
        "offer",
        "2025-06-03",
        "Heather Lane <heather.lane@gulfstarchem.com>",
        "Contingent offer - Process Engineer III",
        "Hi Ramon,\n\nCongratulations! I'm pleased to extend a contingent offer for the Process Engineer III "
        "position, subject to a drug screen and background check. The offer letter is in your candidate "
        "account.\n\nThanks,\nHeather",
        "g3",
    ),
    (
        "Gulfstar Chemicals",
        "accepted",
        "2025-06-04",
        ME,
        "RE: Contingent offer - Process Engineer III",
        "Heather,\n\nThank you! I've accepted the offer in the candidate account and will schedule the drug screen "
        "this week.\n\nRamon",
        "g3",
    ),
]

_OWN_TO = {"Gulfstar Chemicals": "Heather Lane <heather.lane@gulfstarchem.com>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Rigzone <newsletter@rigzone.example>",
        "Rigzone Jobs: Process Engineer openings this week",
        "alert",
        "Process Engineer - Baytown; Facilities Engineer - The Woodlands; Reliability Engineer - Deer Park.",
    ),
    (
        "AIChE <membership@aiche.example>",
        "Renew your AIChE membership",
        "other",
        "Your membership expires June 30. Renew now to keep your benefits.",
    ),
    (
        "Exxon Mobil Rewards+ <rewards@fuel.example>",
        "You earned 120 points",
        "shop",
        "You earned 120 points on your last fill-up.",
    ),
    (
        "Tanya Reed via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Process Safety Engineer opportunity",
        "outreach",
        "Hi Ramon, I'm recruiting for a Process Safety Engineer at a refinery in Port Arthur. Would you be open to "
        "a conversation?",
    ),
    (
        "Luis Villarreal <luis.v@yahoo.example>",
        "Astros tickets",
        "personal",
        "Got two tickets for Saturday's game, you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RAMON,
        own_to=_OWN_TO,
        offset="-0500",
        clock="07:55:00",
        neg_start="2025-05-04",
        neg_step=6,
        neg_clock="20:40:00",
        tag="twohundredfortyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
