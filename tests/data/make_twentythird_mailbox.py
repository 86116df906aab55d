"""A twenty-third mailbox, written as a held-out check after the twenty-second's fixes (issue #24).

Sam, a product marketer in New York, exports Gmail with Takeout: the scheduling side of a search (Calendly and
GoodTime confirmations, a Google Calendar invitation, a reschedule), reference and background checks, a DocuSign
offer, "still reviewing" replies, two roles at one company, recruiters' own short mail, and everyday mail.  Its
score before any rule was changed for it is in the issue note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SAM = "sam.okafor.nyc@gmail.com"
_ME = f"Sam Okafor <{SAM}>"

#: Applications by employer where it is more than one: Brightpath's two roles ("Product Marketing Manager, Growth" and
#: "Senior Product Marketing Manager, Platform"), read as one until the 513th's first read (a title's team after its
#: comma, which the reading now keeps in the role).
APPLICATIONS = {"Brightpath": 2}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Brightpath (Greenhouse; two roles)
    (
        "Brightpath",
        "applied",
        "2025-09-02",
        "Brightpath <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Brightpath",
        "Hi Sam,\n\nThanks for applying to the Product Marketing Manager, Growth role at Brightpath. We'll review your "
        "application and reach out if there's a fit.",
        "bp1",
    ),
    (
        "Brightpath",
        "applied",
        "2025-09-03",
        "Brightpath <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Brightpath",
        "Hi Sam,\n\nThanks for applying to the Senior Product Marketing Manager, Platform role at Brightpath. We'll "
        "review your application and reach out if there's a fit.",
        "bp2",
    ),
    (
        "Brightpath",
        "screen",
        "2025-09-10",
        "Tess Morgan <tess@brightpath.io>",
        "Brightpath PMM roles",
        "Hey Sam! Tess from Brightpath's recruiting team here. You applied to two of our PMM roles, so let's hop on a "
        "quick call and figure out which is the better fit. Grab any time here: calendly.com/tess-bp\n\nTess",
        "bp3",
    ),
    (
        "Brightpath",
        "interview",
        "2025-09-12",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Sam Okafor and Tess Morgan - Brightpath hiring manager interview",
        "Hi Sam Okafor,\n\nYour event has been scheduled.\nEvent: Brightpath hiring manager interview (45 min)\n"
        "Invitee: Sam Okafor\nWhen: Wednesday, September 17, 2025, 2:00pm - 2:45pm Eastern Time\nLocation: Zoom",
        "bp4",
    ),
    (
        "Brightpath",
        "rejected",
        "2025-09-26",
        "Tess Morgan <tess@brightpath.io>",
        "Re: Brightpath PMM roles",
        "Hi Sam, thanks again for meeting with Jen. She's decided to go with someone who has more platform launch "
        "experience, so we're going to close things out on our side. Really appreciate your time!\n\nTess",
        "bp3",
    ),
    # Ledgerly (GoodTime, reschedule, still reviewing, offer by DocuSign, checks)
    (
        "Ledgerly",
        "applied",
        "2025-09-04",
        "Ledgerly Careers <careers@ledgerly.com>",
        "Ledgerly | Application received",
        "Hi Sam, we've got your application for Product Marketing Manager. Our team is reviewing applications and "
        "will reach out about next steps.",
        "lg1",
    ),
    (
        "Ledgerly",
        "interview",
        "2025-09-11",
        "Ledgerly Recruiting <interviews@goodtime.io>",
        "Your interview with Ledgerly is scheduled",
        "Hi Sam, you're confirmed for a 60-minute panel with the Ledgerly marketing team on Tuesday, September 16 "
        "at 11:00 AM ET. Join on Google Meet.",
        "lg2",
    ),
    (
        "Ledgerly",
        "reply",
        "2025-09-22",
        "Omar Haddad <omar@ledgerly.com>",
        "Re: Ledgerly next steps",
        "Hi Sam, quick update: the team is still meeting candidates this week, so we'll have a decision early next "
        "week. Thanks for your patience!\n\nOmar",
        "lg3",
    ),
    (
        "Ledgerly",
        "offer",
        "2025-09-30",
        "Omar Haddad via DocuSign <dse_na3@docusign.net>",
        "Please DocuSign: Ledgerly - Sam Okafor Offer Letter.pdf",
        "Omar Haddad sent you a document to review and sign. REVIEW DOCUMENT",
        "lg4",
    ),
    (
        "Ledgerly",
        "accepted",
        "2025-10-01",
        _ME,
        "Signed!",
        "Hi Omar, I just signed the offer letter, so excited to join Ledgerly! Let me know what you need for the "
        "background check.\n\nSam",
        "lg5",
    ),
    # Fernway Health (Lever; rejection by template)
    (
        "Fernway Health",
        "applied",
        "2025-09-05",
        "Fernway Health <no-reply@hire.lever.co>",
        "Fernway Health - application received",
        "Hi Sam, thank you for your interest in Fernway Health! We've received your application for Product "
        "Marketing Lead.",
        "fw1",
    ),
    (
        "Fernway Health",
        "rejected",
        "2025-09-19",
        "Fernway Health <no-reply@hire.lever.co>",
        "Fernway Health - application update",
        "Hi Sam, thank you for your interest in Fernway Health. While your background is impressive, we've decided to "
        "move in another direction for this role. We'll keep your details on file.",
        "fw2",
    ),
    # Quarry & Co (Google Calendar invitation from the recruiter; text only in the invitation)
    (
        "Quarry & Co",
        "applied",
        "2025-09-08",
        "Quarry & Co <jobs@quarryco.com>",
        "Thanks for applying!",
        "Hi Sam, thanks for applying to Quarry & Co. Our people team reads every application.",
        "qc1",
    ),
    (
        "Quarry & Co",
        "screen",
        "2025-09-15",
        "Lina Park <lina@quarryco.com>",
        "Invitation: Intro call: Sam Okafor <> Quarry & Co @ Thu Sep 18, 2025 10am - 10:30am (EDT) (sam.okafor.nyc@gmail.com)",
        "You have been invited to the following event.\n\nIntro call: Sam Okafor <> Quarry & Co\nWhen: Thursday Sep "
        "18, 2025 10am - 10:30am Eastern Time\nJoining info: meet.google.com/abc-defg-hij\nOrganizer: Lina Park\n"
        "Going (sam.okafor.nyc@gmail.com)? Yes - Maybe - No",
        "qc2",
    ),
    (
        "Quarry & Co",
        "interview",
        "2025-09-24",
        "Lina Park <lina@quarryco.com>",
        "Updated invitation: Quarry & Co - Case study review @ Tue Sep 30, 2025 1pm - 2pm (EDT)",
        "This event has been changed.\n\nQuarry & Co - Case study review\nWhen: Tuesday Sep 30, 2025 1pm - 2pm Eastern "
        "Time (changed)\nGuests: Lina Park, Marco Ruiz (VP Marketing), Sam Okafor",
        "qc3",
    ),
    (
        "Quarry & Co",
        "withdrew",
        "2025-10-01",
        _ME,
        "Re: Quarry & Co - case study",
        "Hi Lina, I'm so sorry for the late notice, but I've accepted another offer and need to withdraw from the "
        "process. Thank you for everything.\n\nSam",
        "qc3",
    ),
    # Northwind Analytics (the person's own follow-up and a ghost)
    (
        "Northwind Analytics",
        "applied",
        "2025-09-09",
        "Northwind Analytics <northwindanalytics@myworkday.com>",
        "Thank you for your application",
        "Dear Sam, thank you for applying to Product Marketing Manager (R-2291) at Northwind Analytics.",
        "nw1",
    ),
    (
        "Northwind Analytics",
        "follow_up",
        "2025-09-23",
        _ME,
        "Product Marketing Manager (R-2291)",
        "Hello, I applied for the Product Marketing Manager role two weeks ago and wanted to reiterate my interest. "
        "Happy to share more work samples.\n\nBest,\nSam Okafor",
        "nw2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Checkr <no-reply@checkr.com>",
        "Your background check for Ledgerly is complete",
        "not about an application",
        "Your background check report is ready to view.",
    ),
    (
        "Calendly <notifications@calendly.com>",
        "New event: Coffee with Priya",
        "not about an application",
        "A new event has been scheduled. Event: Coffee with Priya (30 min). Invitee: Priya Shah.",
    ),
    (
        "Lenny's Newsletter <lenny@substack.com>",
        "How to nail a product marketing interview",
        "newsletter",
        "This week: the PMM interview loop, decoded. Unsubscribe",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Sam, 20 new Product Marketing jobs in New York",
        "job alert",
        "Jobs you may be interested in. See all jobs.",
    ),
    (
        "Alex Romero <alex.romero@gmail.com>",
        "reference request",
        "not about an application",
        "Hey Sam! A recruiter from Ledgerly just called me for a reference. Said great things. Good luck!",
    ),
    (
        "Kelsey Tran <kelsey@stellar-search.com>",
        "Head of Product Marketing - stealth fintech",
        "cold outreach",
        "Hi Sam, I'm leading a confidential search for a Head of PMM at a stealth fintech. Would you be open to a "
        "quick chat?",
    ),
    (
        "Con Edison <noreply@coned.com>",
        "Your service application",
        "not a job application",
        "Your application to start electric service at your new address has been received.",
    ),
    (
        "Zoom <no-reply@zoom.us>",
        "Cloud recording available",
        "not about an application",
        "Cloud recording of 'Weekly sync' is now available.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=SAM,
        own_to={
            "Ledgerly": "Omar Haddad <omar@ledgerly.com>",
            "Quarry & Co": "Lina Park <lina@quarryco.com>",
            "Northwind Analytics": "Northwind Analytics Talent <talent@northwindanalytics.com>",
        },
        offset="-0400",
        clock="15:10:00",
        neg_start="2025-09-02",
        neg_step=4,
        neg_clock="08:25:00",
        tag="twentythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
