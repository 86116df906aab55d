"""A three-hundred-and-sixty-ninth mailbox, written as a held-out check after the three-hundred-and-sixty-eighth
(issue #24).

Hannah, an HR generalist in Ottawa, saves her mail from Outlook as .eml files, calendar traffic included: an
interview sent as a calendar invitation alone (a text/calendar part and no text, "Interview: HR Generalist - Rideau
Credit Union" as its summary), her own "Accepted: Interview: HR Generalist - Rideau Credit Union" (no step), an
"Updated invitation" moving it (no step), a recruiter's mail in HTML with a signature table and a banner image, a
Workday receipt and refusal, a Jobvite receipt, a phone screen, an offer and her acceptance.  Negatives: a Job Bank
alert, a CPHR newsletter, an OC Transpo notice, a Hydro Ottawa bill, her partner.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.kim.hr@outlook.com"
ME = f"Hannah Kim <{HANNAH}>"
RIDEAU = "Priya Shah <priya.shah@rideaucu.ca>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Rideau Credit Union",
        "applied",
        "2025-05-05",
        "Rideau Credit Union <rideaucu@myworkday.com>",
        "Thank you for applying - HR Generalist",
        "Hello Hannah,\n\nThank you for applying to the HR Generalist position (R-2291) at Rideau Credit Union. Your "
        "application has been received.\n\nRideau Credit Union Talent Acquisition",
        None,
    ),
    (
        "Byward Software",
        "applied",
        "2025-05-06",
        "Byward Software <notifications@jobvite.com>",
        "Byward Software - Application Received",
        "Hi Hannah,\n\nThank you for applying for the People Operations Partner position at Byward Software. We will "
        "review your application shortly.\n\nByward Software Recruiting",
        None,
    ),
    (
        "Glebe Health Partners",
        "applied",
        "2025-05-07",
        "Glebe Health Partners <glebehealth@myworkday.com>",
        "Application received - HR Advisor",
        "Hello Hannah,\n\nThanks for applying to the HR Advisor role at Glebe Health Partners. We have received your "
        "application.\n\nGlebe Health Partners Careers",
        None,
    ),
    (
        "Rideau Credit Union",
        "screen",
        "2025-05-12",
        RIDEAU,
        "HR Generalist - phone screen",
        "HTML:<html><body><p>Hi Hannah,</p><p>Thanks for applying! I'd like to set up a 20-minute phone screen this "
        "week. Would Wednesday at 10 work?</p><table><tr><td><img src='cid:banner' alt='Rideau Credit Union'></td>"
        "<td><b>Priya Shah</b><br>Talent Acquisition Specialist<br>Rideau Credit Union<br>613-555-0144</td></tr>"
        "</table><p style='font-size:9px'>This message may contain confidential information.</p></body></html>",
        None,
    ),
    (
        "Rideau Credit Union",
        "interview",
        "2025-05-16",
        RIDEAU,
        "Interview: HR Generalist - Rideau Credit Union",
        "ICS:Interview: HR Generalist - Rideau Credit Union|20250522T140000Z|Rideau Credit Union, 100 Bank Street",
        None,
    ),
    (
        "Byward Software",
        "rejected",
        "2025-05-20",
        "Byward Software <notifications@jobvite.com>",
        "Byward Software - Application Update",
        "Hi Hannah,\n\nThank you for your interest in Byward Software. We've decided to move forward with other "
        "candidates for the People Operations Partner role.\n\nByward Software Recruiting",
        None,
    ),
    (
        "Glebe Health Partners",
        "rejected",
        "2025-05-23",
        "Glebe Health Partners <glebehealth@myworkday.com>",
        "Update on your application",
        "Hello Hannah,\n\nThank you for your interest in the HR Advisor role. We will not be moving forward with your "
        "application at this time.\n\nGlebe Health Partners Careers",
        None,
    ),
    (
        "Rideau Credit Union",
        "offer",
        "2025-05-29",
        RIDEAU,
        "Offer of Employment - HR Generalist",
        "Hi Hannah,\n\nI'm delighted to offer you the position of HR Generalist at Rideau Credit Union! Your offer letter "
        "is attached; please review and sign by June 4.\n\nPriya Shah\nTalent Acquisition Specialist",
        None,
    ),
    (
        "Rideau Credit Union",
        "accepted",
        "2025-05-30",
        ME,
        "RE: Offer of Employment - HR Generalist",
        "Hi Priya,\n\nThank you so much! I'm happy to accept the offer - signed letter attached.\n\nHannah",
        RIDEAU,
    ),
]

_NEGATIVES = [
    (
        ME,
        "Accepted: Interview: HR Generalist - Rideau Credit Union",
        "other",
        "ICSREPLY:Interview: HR Generalist - Rideau Credit Union",
    ),
    (
        RIDEAU,
        "Updated invitation: Interview: HR Generalist - Rideau Credit Union",
        "other",
        "ICS:Interview: HR Generalist - Rideau Credit Union|20250522T150000Z|Rideau Credit Union, 100 Bank Street",
    ),
    (
        "Job Bank <no-reply@jobbank.example>",
        "Job Alert: human resources generalist",
        "alert",
        "5 new jobs match your alert in Ottawa, ON.",
    ),
    (
        "CPHR Canada <news@cphr.example>",
        "HR news this month",
        "newsletter",
        "Pay transparency, hybrid work and your CPD hours.",
    ),
    (
        "OC Transpo <info@octranspo.example>",
        "Line 1 service update",
        "other",
        "O-Train Line 1 is replaced by buses between Tunney's Pasture and Blair this weekend.",
    ),
    (
        "Hydro Ottawa <billing@hydroottawa.example>",
        "Your bill is ready",
        "other",
        "Your May bill is ready to view.",
    ),
    (
        "Sam Kim <sam.kim@gmail.example>",
        "groceries",
        "personal",
        "Grab milk on the way home?",
    ),
]


def _calendar(msgs):
    """The bodies marked "ICS:" as a calendar invitation alone (a text/calendar part), "ICSREPLY:" as her own reply to
    one; the rest as senders send them."""
    from mail_score import sent_as

    for msg, _ in msgs:
        body = msg.get_content()
        if body.startswith("ICS:"):
            summary, start, where = body[4:].strip().split("|")
            ics = (
                "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:"
                + summary
                + "\r\nDTSTART:"
                + start
                + "\r\nLOCATION:"
                + where
                + "\r\nORGANIZER:mailto:priya.shah@rideaucu.ca\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            )
            msg.set_content(ics, subtype="calendar", params={"method": "REQUEST"})
        elif body.startswith("ICSREPLY:"):
            ics = (
                "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nSUMMARY:"
                + body[9:].strip()
                + "\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:hannah.kim.hr@outlook.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            )
            msg.set_content(ics, subtype="calendar", params={"method": "REPLY"})
    return sent_as(msgs)


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return _calendar(
        outlook_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=ME,
            offset="-0400",
            clock="10:50:00",
            neg_start="2025-05-17",
            neg_step=2,
            neg_clock="18:05:00",
            tag="threehundredsixtynine",
        )
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), HANNAH)
