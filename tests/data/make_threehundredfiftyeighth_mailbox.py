"""A three-hundred-and-fifty-eighth mailbox, written as a held-out check after the three-hundred-and-fifty-seventh
(issue #24).

Jordan, a data analyst in Denver, exports Gmail with Takeout; the mail is encoded as senders really send it: tracking
systems in HTML only with their layout tables and buttons ("View Application", "Manage your candidate profile"), a
recruiter's Outlook in quoted-printable with a plain part that only says to view it in a browser, a startup's base64,
an old careers mailbox in windows-1252 with curly quotes, an interview invitation with a calendar (.ics) attachment and
an offer letter as a PDF.  The steps: SmartRecruiters' receipt and "we have decided to move forward with other
candidates", iCIMS' receipt and a HireVue invitation, a recruiter's phone screen, an onsite loop with an .ics, an offer
with a PDF, his acceptance, a Workday receipt.  Negatives: a LinkedIn alert in HTML, a Glassdoor newsletter in HTML, a
Zillow digest, a Chase alert, an REI sale, his friend.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JORDAN = "jordan.reyes.data@gmail.com"
ME = f"Jordan Reyes <{JORDAN}>"

_TABLE = (
    '<html><body><table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial">'
    '<tr><td style="padding:20px"><img src="https://cdn.example/logo.png" alt="{alt}"></td></tr>'
    '<tr><td style="padding:20px;font-size:14px">{body}</td></tr>'
    '<tr><td style="padding:20px"><a href="https://jobs.example/apply" style="background:#0a66c2;color:#fff">{button}'
    "</a></td></tr>"
    '<tr><td style="font-size:11px;color:#888">This email was sent by {alt}. Please do not reply to this message.'
    "</td></tr></table></body></html>"
)


def _html(alt, body, button="View Application"):
    return "HTML:" + _TABLE.format(alt=alt, body=body, button=button)


# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Summit Analytics Group",
        "applied",
        "2025-04-07",
        "Summit Analytics Group <noreply@smartrecruiters.com>",
        "Thank you for your application",
        _html(
            "Summit Analytics Group",
            "<p>Dear Jordan,</p><p>Thank you for your interest in <b>Summit Analytics Group</b>. We have received your "
            "application for <b>Data Analyst II</b> and our team will review it.</p><p>Best regards,<br>Summit "
            "Analytics Group Recruiting</p>",
        ),
        "j1",
    ),
    (
        "Front Range Health",
        "applied",
        "2025-04-08",
        "Front Range Health <careers-frontrangehealth@icims.com>",
        "Front Range Health - Application Received",
        _html(
            "Front Range Health",
            "<p>Hi Jordan,</p><p>Thank you for applying to the <b>Healthcare Data Analyst</b> position at Front Range "
            "Health. Your application is being reviewed by our talent acquisition team.</p>",
            "Manage your candidate profile",
        ),
        "j2",
    ),
    (
        "Aspen Mobility",
        "applied",
        "2025-04-09",
        "Aspen Mobility <aspenmobility@myworkday.com>",
        "Application received: Analytics Engineer",
        _html(
            "Aspen Mobility",
            "<p>Hello Jordan,</p><p>Thanks for applying to Aspen Mobility! We've received your application for "
            "Analytics Engineer (JR104522).</p>",
            "Candidate Home",
        ),
        "j3",
    ),
    (
        "Front Range Health",
        "interview",
        "2025-04-11",
        "Front Range Health <careers-frontrangehealth@icims.com>",
        "Next Step: Complete your HireVue interview",
        _html(
            "Front Range Health",
            "<p>Hi Jordan,</p><p>Congratulations! You have been selected to move forward. The next step is a "
            "recorded video interview on HireVue. Please complete it within 5 days.</p>",
            "Start Interview",
        ),
        "j2",
    ),
    (
        "Aspen Mobility",
        "screen",
        "2025-04-14",
        "Nina Patel <nina.patel@aspenmobility.com>",
        "Aspen Mobility - Analytics Engineer",
        "MULTI:<html><body><div style='font-family:Calibri'><p>Hi Jordan,</p><p>I&#8217;m the recruiter for our "
        "Analytics Engineer role. Are you free for a 30&#8209;minute phone screen on Wednesday or Thursday?</p>"
        "<p>Thanks,<br>Nina Patel<br>Senior Recruiter | Aspen Mobility</p></div></body></html>",
        "j3",
    ),
    (
        "Summit Analytics Group",
        "rejected",
        "2025-04-16",
        "Summit Analytics Group <noreply@smartrecruiters.com>",
        "Your application for Data Analyst II",
        _html(
            "Summit Analytics Group",
            "<p>Dear Jordan,</p><p>Thank you for your interest in Summit Analytics Group. After careful consideration, "
            "we have decided to move forward with other candidates for this position.</p><p>We wish you the best in "
            "your search.</p>",
            "View more jobs",
        ),
        "j1",
    ),
    (
        "Aspen Mobility",
        "onsite",
        "2025-04-22",
        "Nina Patel <nina.patel@aspenmobility.com>",
        "Invitation: Aspen Mobility Onsite Interview - Jordan Reyes",
        "QP:Hi Jordan,\n\nGreat news \u2013 the team would like to invite you to our onsite interview loop on Tuesday, "
        "April 29, 9:00\u201312:30 at our Denver office (1600 Wynkoop St). You\u2019ll meet the analytics manager, two "
        "analytics engineers and our VP of Data. The calendar invitation is attached.\n\nNina",
        "j3",
    ),
    (
        "Front Range Health",
        "rejected",
        "2025-04-24",
        "Front Range Health <careers-frontrangehealth@icims.com>",
        "An update on your application",
        "CP1252:Dear Jordan,\n\nThank you for completing the video interview for the Healthcare Data Analyst position. "
        "We\u2019ve decided not to move forward with your candidacy at this time.\n\nFront Range Health Talent Acquisition",
        "j2",
    ),
    (
        "Aspen Mobility",
        "offer",
        "2025-05-01",
        "Nina Patel <nina.patel@aspenmobility.com>",
        "Your offer from Aspen Mobility",
        "B64:Hi Jordan,\n\nI'm thrilled to share that we'd like to offer you the Analytics Engineer position! Your offer "
        "letter is attached as a PDF. Please review and sign by Friday.\n\nNina",
        "j3",
    ),
    (
        "Aspen Mobility",
        "accepted",
        "2025-05-02",
        ME,
        "Re: Your offer from Aspen Mobility",
        "Hi Nina,\n\nI'm excited to accept! Signed letter attached.\n\nJordan",
        "j3",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cdata analyst\u201d: 25+ opportunities in Denver",
        "alert",
        "HTML:<html><body><table><tr><td><b>Data Analyst</b><br>Ibotta - Denver, CO</td></tr><tr><td><a href='#'>Apply "
        "now</a></td></tr></table></body></html>",
    ),
    (
        "Glassdoor Community <community@glassdoor.com>",
        "This week in Tech Careers",
        "newsletter",
        "HTML:<html><body><p>How much do data analysts make in Denver? Plus: interview questions at top companies.</p>"
        "</body></html>",
    ),
    (
        "Zillow <daily-updates@zillow.example>",
        "New listings in Highland",
        "shop",
        "3 new homes match your search in Highland, Denver.",
    ),
    (
        "Chase <no.reply.alerts@chase.example>",
        "Your payment is scheduled",
        "other",
        "Your credit card payment is scheduled for May 3.",
    ),
    (
        "REI Co-op <rei@email.rei.example>",
        "Member deals end tonight",
        "shop",
        "Save 20% on one full-price item.",
    ),
    (
        "Sam Ortiz <sam.ortiz@gmail.example>",
        "climbing sat",
        "personal",
        "Eldo on saturday? leaving at 7",
    ),
]


def _attach(msgs):
    """The onsite invitation with its calendar file, the offer with its PDF."""
    for msg, truth in msgs:
        if truth[1] == "onsite":
            msg.add_attachment(
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Aspen Mobility Onsite Interview\r\n"
                "DTSTART:20250429T150000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                subtype="calendar",
                filename="invite.ics",
            )
        if truth[1] == "offer":
            msg.add_attachment(b"%PDF-1.4 offer", maintype="application", subtype="pdf", filename="Offer_Letter.pdf")
    return msgs


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import sent_as, takeout_corpus

    return _attach(
        sent_as(
            takeout_corpus(
                sorted(_POSITIVES, key=lambda p: p[2]),
                _NEGATIVES,
                owner=JORDAN,
                own_to={"Aspen Mobility": "Nina Patel <nina.patel@aspenmobility.com>"},
                offset="-0600",
                clock="10:10:00",
                neg_start="2025-04-06",
                neg_step=4,
                neg_clock="18:30:00",
                tag="threehundredfiftyeight",
            )
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
