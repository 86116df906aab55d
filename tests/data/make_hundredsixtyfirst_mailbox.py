"""A hundred-and-sixty-first mailbox, written as a held-out check after the hundred-and-sixtieth (issue #24).

Sam, a backend engineer in Chicago, exported Gmail with Takeout.  The mail is what a search really leaves: HTML
receipts, replies quoting the thread beneath them, a recruiter's Microsoft Teams invitation, a calendar's own
reminder, an offer sent for signature by a recruiter "via DocuSign", a job site relaying an employer's answer, the
person's forward of a refusal to a partner, an out-of-office reply to a follow-up, a bounce of an application sent to
a wrong address, and a fee-based "placement program" that promises interviews.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SAM = "sam.okafor.dev@gmail.com"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lakeshore Payments",
        "applied",
        "2025-09-02",
        "Lakeshore Payments <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Lakeshore Payments",
        "HTML:<html><body><table><tr><td><img alt='Lakeshore Payments' src='https://x/logo.png'></td></tr>"
        "<tr><td><p>Hi Sam,</p><p>Thanks for applying to Lakeshore Payments! Your application for the "
        "<b>Senior Backend Engineer</b> role has been received and our recruiting team will review it "
        "shortly.</p><p>If your experience is a match, someone will be in touch about next steps.</p>"
        "<p>Best,<br>Lakeshore Payments Recruiting</p></td></tr>"
        "<tr><td style='font-size:10px'>This email was sent by Greenhouse on behalf of Lakeshore Payments. "
        "Please do not reply.</td></tr></table></body></html>",
        "lp1",
    ),
    (
        "Prairie Logic",
        "applied",
        "2025-09-03",
        "Prairie Logic <no-reply@hire.lever.co>",
        "Prairie Logic: application received",
        "Hi Sam,\n\nThank you for your interest in Prairie Logic! We've received your application for Software "
        "Engineer, Platform and our team is reviewing it now.\n\nWe'll be in touch soon.\n\n-- The Prairie Logic "
        "Team",
        "pl1",
    ),
    (
        "Monarch Insurance",
        "applied",
        "2025-09-04",
        "Monarch Insurance <monarch@myworkday.com>",
        "Thank you for your application - Backend Developer II (JR-20931)",
        "Dear Sam Okafor,\n\nThank you for applying for the Backend Developer II position (Job Requisition "
        "JR-20931) at Monarch Insurance. We have received your application and will review your qualifications. "
        "You can track the status of your application by signing in to your candidate account.\n\nMonarch "
        "Insurance Talent Acquisition",
        "mi1",
    ),
    (
        "Tidewater Analytics",
        "applied",
        "2025-09-05",
        "Tidewater Analytics <no-reply@ashbyhq.com>",
        "Thanks for applying to Tidewater Analytics",
        "Hi Sam,\n\nThanks for applying for the Data Platform Engineer position at Tidewater Analytics. We'll "
        "review your application and get back to you.\n\nThe Tidewater Team",
        "ta1",
    ),
    (
        "Rivet Freight",
        "applied",
        "2025-09-08",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Backend Engineer",
        "Application submitted\n\nBackend Engineer\nRivet Freight - Chicago, IL\n\nThe following items were sent "
        "to Rivet Freight. Good luck!\n\n- Resume\n- Cover letter",
        "rf1",
    ),
    (
        "Quarry Labs",
        "applied",
        "2025-09-09",
        f"Sam Okafor <{SAM}>",
        "Application - Backend Engineer",
        "Hi Quarry Labs team,\n\nI'd like to apply for the Backend Engineer role posted on your site. My resume is "
        "attached; I've spent five years building Go and Postgres services.\n\nBest regards,\nSam Okafor",
        "ql1",
    ),
    (
        "Lakeshore Payments",
        "screen",
        "2025-09-10",
        "Rachel Green <rachel.green@lakeshorepay.com>",
        "Lakeshore Payments - intro call",
        "Hi Sam,\n\nThanks for your interest in our Senior Backend Engineer role! I'd love to set up a 30 minute "
        "intro call to tell you more about the team and hear about your background. Here's my calendar link: "
        "https://calendly.com/rachel-lakeshore/30min\n\nRachel Green\nTechnical Recruiter | Lakeshore Payments",
        "lp2",
    ),
    (
        "Prairie Logic",
        "rejected",
        "2025-09-11",
        "Prairie Logic <no-reply@hire.lever.co>",
        "Your application to Prairie Logic",
        "Hi Sam,\n\nThank you for taking the time to apply for the Software Engineer, Platform role. We really "
        "appreciate your interest in joining us.\n\nAfter reviewing your background, we've decided not to move "
        "forward with your candidacy at this time. We'll keep your information on file should another role open "
        "up that fits.\n\nBest of luck in your search,\nPrairie Logic",
        "pl2",
    ),
    (
        "Monarch Insurance",
        "interview",
        "2025-09-15",
        "Derek Olsen <derek.olsen@monarchins.com>",
        "Interview - Backend Developer II",
        "Hi Sam,\n\nPlease find below the Microsoft Teams invite for your interview with our hiring manager, "
        "Priya, on Thursday at 2pm CT.\n\n_______________________________________________\nMicrosoft Teams "
        "meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: "
        "263 118 402 77\nPasscode: x7Kp2\n_______________________________________________\n\nDerek Olsen\n"
        "Talent Acquisition Partner\nMonarch Insurance",
        "mi2",
    ),
    (
        "Tidewater Analytics",
        "interview",
        "2025-09-16",
        "Tidewater Analytics <no-reply@ashbyhq.com>",
        "Tidewater Analytics: technical assessment",
        "Hi Sam,\n\nThanks for your interest in Tidewater Analytics! As a next step, we'd like you to complete a "
        "take-home exercise. You'll have 72 hours once you open the link below.\n\nStart the exercise\n\nThe "
        "Tidewater Team",
        "ta2",
    ),
    (
        "Lakeshore Payments",
        "interview",
        "2025-09-18",
        "Lakeshore Payments <no-reply@goodtime.io>",
        "Your interview with Lakeshore Payments is confirmed",
        "Hi Sam,\n\nYour virtual interview for Senior Backend Engineer is confirmed.\n\nTuesday, September 23, "
        "2025\n10:00 AM - 12:00 PM CDT\n\n10:00 - 11:00 System design with Omar Haddad\n11:00 - 12:00 Coding "
        "with Lin Zhou\n\nJoin with Zoom: https://zoom.us/j/123456789",
        "lp3",
    ),
    (
        "Quarry Labs",
        "follow_up",
        "2025-09-19",
        f"Sam Okafor <{SAM}>",
        "Re: Application - Backend Engineer",
        "Hi again,\n\nI wanted to follow up on my application for the Backend Engineer role. I'm still very "
        "interested and happy to share more about my work.\n\nBest,\nSam\n\nOn Tue, Sep 9, 2025 at 8:41 AM Sam "
        f"Okafor <{SAM}> wrote:\n> Hi Quarry Labs team,\n> I'd like to apply for the Backend Engineer role posted "
        "on your site.",
        "ql1",
    ),
    (
        "Rivet Freight",
        "rejected",
        "2025-09-22",
        "Indeed <donotreply@indeed.com>",
        "An update on your application from Rivet Freight",
        "Rivet Freight\nBackend Engineer - Chicago, IL\n\nMessage from Rivet Freight:\n\nHi Sam, thank you for "
        "your interest in the Backend Engineer position. We have reviewed your application and decided to pursue "
        "other candidates whose experience is a closer match.\n\nView job\n\nIndeed",
        "rf2",
    ),
    (
        "Monarch Insurance",
        "rejected",
        "2025-09-26",
        "Derek Olsen <derek.olsen@monarchins.com>",
        "RE: Interview - Backend Developer II",
        "Hi Sam,\n\nThank you again for meeting with Priya last week. The team has decided to move forward with "
        "another candidate whose experience more closely fits the role. I appreciate your time and wish you the "
        "best.\n\nDerek\n\nFrom: Sam Okafor <sam.okafor.dev@gmail.com>\nSent: Friday, September 19, 2025 4:12 PM"
        "\nTo: Derek Olsen <derek.olsen@monarchins.com>\nSubject: RE: Interview - Backend Developer II\n\nHi "
        "Derek, thank you for arranging the interview - I really enjoyed talking with Priya and I'm excited about "
        "next steps.",
        "mi2",
    ),
    (
        "Lakeshore Payments",
        "offer",
        "2025-10-01",
        "Rachel Green via DocuSign <dse_na3@docusign.net>",
        "Please DocuSign: Sam Okafor - Offer Letter.pdf",
        "Rachel Green sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nRachel Green\n"
        "rachel.green@lakeshorepay.com\n\nHi Sam, we're delighted to extend you this offer! Please review and sign "
        "by Friday.\n\nDo Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share "
        "this email, link, or access code with others.",
        "lp4",
    ),
    (
        "Lakeshore Payments",
        "accepted",
        "2025-10-02",
        f"Sam Okafor <{SAM}>",
        "Re: Lakeshore Payments - intro call",
        "Hi Rachel,\n\nI've signed the offer letter - I'm thrilled to accept and can't wait to join the team on "
        "October 20!\n\nThanks for everything,\nSam",
        "lp2",
    ),
    (
        "Tidewater Analytics",
        "withdrew",
        "2025-10-02",
        f"Sam Okafor <{SAM}>",
        "Withdrawing my application",
        "Hi Tidewater team,\n\nI've accepted another offer, so I'd like to withdraw my application for the Data "
        "Platform Engineer position. Thank you for your time and the interesting exercise.\n\nBest,\nSam",
        "ta3",
    ),
]

_OWN_TO = {
    "Quarry Labs": "jobs@quarrylabs.io",
    "Lakeshore Payments": "Rachel Green <rachel.green@lakeshorepay.com>",
    "Tidewater Analytics": "recruiting@tidewateranalytics.com",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "bounce",
        "** Address not found **\n\nYour message wasn't delivered to careers@quarry-labs.io because the address "
        "couldn't be found, or is unable to receive mail.\n\n----- Original message -----\n\nSubject: Application "
        "- Backend Engineer\n\nHi Quarry Labs team, I'd like to apply for the Backend Engineer role.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Backend Engineer: 31 new jobs in Chicago",
        "alert",
        "Backend Engineer - Braintree - Chicago, IL. Software Engineer II - Grubhub - Chicago, IL. See all jobs.",
    ),
    (
        "Manav Rao <manav@synergytechplacement.com>",
        "Entry Level Full-Time Job Placement Program - Salary $85,000 - $150,000 P.A.",
        "outreach",
        "DISCLAIMER: THIS IS NOT A JOB OFFER. This is a proposal for a fee-based placement program that helps you "
        "land interviews and job offers from tech clients.\n\nGreetings,\nI'm a talent development recruiter and "
        "came across your profile in our resume database. Our graduates have received offers from Google and "
        "Apple.",
    ),
    (
        "Zoom <no-reply@zoom.us>",
        "Meeting reminder: Lakeshore Payments Interview",
        "reminder",
        "Hi Sam,\n\nThis is a reminder that the meeting Lakeshore Payments Interview starts in 1 hour.\n\nJoin meeting",
    ),
    (
        "Derek Olsen <derek.olsen@monarchins.com>",
        "Automatic reply: Interview - Backend Developer II",
        "auto reply",
        "Thank you for your message. I am out of the office until Monday, September 22 with limited access to "
        "email. For urgent matters please contact talent@monarchins.com.",
    ),
    (
        "Pragmatic Engineer <pragmaticengineer@substack.com>",
        "The state of the backend job market",
        "newsletter",
        "Hiring is picking up again. Here's what interviews look like in 2025. Unsubscribe",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Sam, Lakeshore Payments reviews are in",
        "other",
        "See what employees say about interviewing at Lakeshore Payments. Read reviews.",
    ),
    (
        "Chase <no.reply.alerts@chase.com>",
        "Your statement is ready",
        "other",
        "Your September statement for account ending 4412 is available.",
    ),
    (
        "Indeed <donotreply@indeed.com>",
        "Your application was viewed by Rivet Freight",
        "viewed",
        "Good news! Rivet Freight viewed your application for Backend Engineer.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, then the person's forward of a refusal."""
    from email.message import EmailMessage

    from mail_score import sent_as, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=SAM,
        own_to=_OWN_TO,
        offset="-0500",
        clock="09:20:00",
        neg_start="2025-09-09",
        neg_step=3,
        neg_clock="07:45:00",
        tag="hundredsixtyone",
    )
    forward = EmailMessage()  # the refusal forwarded to a partner: no new step
    forward["From"], forward["To"] = f"Sam Okafor <{SAM}>", "Ada Okafor <ada.okafor@gmail.com>"
    forward["Subject"], forward["Date"] = "Fwd: Your application to Prairie Logic", "Thu, 11 Sep 2025 19:02:00 -0500"
    forward["Message-ID"], forward["X-GM-THRID"] = "<fwd.hundredsixtyone@mail.gmail.example>", "fw1"
    forward["X-Gmail-Labels"] = "Sent"
    forward.set_content(
        "One more no :(\n\n---------- Forwarded message ---------\nFrom: Prairie Logic <no-reply@hire.lever.co>\n"
        "Date: Thu, Sep 11, 2025 at 9:20 AM\nSubject: Your application to Prairie Logic\nTo: <sam.okafor.dev@gmail.com>"
        "\n\nHi Sam,\n\nAfter reviewing your background, we've decided not to move forward with your candidacy at "
        "this time."
    )
    return sent_as([*msgs, (forward, ("skip", "forward", None))])


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
