"""A hundred-and-sixty-sixth mailbox, written as a held-out check after the hundred-and-sixty-fifth (issue #24).

Wei Ling, a product manager in Singapore, exported Apple Mail: an ``INBOX.mbox`` and a ``Sent Messages.mbox``
package.  The mail is Singapore's: MyCareersFuture and JobStreet, a bank's Workday, a ride-hailing firm's Greenhouse,
a statutory board's careers portal whose status notices carry the status on a line of its own ("Application
Status: Unsuccessful", "Shortlisted"), "kindly" and "we regret", a "final round with the regional head", an offer
by phone then letter.  Negatives: property agents, a bank's promotions, CPF, a co-working space, a recruiter's
"exciting opportunity", job alerts.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

WEILING = "tan.weiling.pm@icloud.com"
ME = f"Tan Wei Ling <{WEILING}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (  # 0
        "Lion City Bank",
        "applied",
        "2025-03-03",
        "Lion City Bank <lioncitybank@myworkday.com>",
        "Thank you for your application",
        "Dear Tan Wei Ling,\n\nThank you for applying for the position of Vice President, Digital Product "
        "(R-118230) at Lion City Bank. Our Talent Acquisition team will review your application and contact you "
        "if you are shortlisted.\n\nLion City Bank Talent Acquisition",
        None,
    ),
    (  # 1
        "Zoomride",
        "applied",
        "2025-03-04",
        "Zoomride <no-reply@greenhouse.io>",
        "Thanks for applying to Zoomride!",
        "Hi Wei Ling,\n\nThanks for applying for the Senior Product Manager, Payments role at Zoomride. Our team "
        "will review your application and be in touch.\n\nZoomride Talent Team",
        None,
    ),
    (  # 2
        "Urban Housing Authority",
        "applied",
        "2025-03-05",
        "UHA Careers <careers-noreply@uha.gov.sg>",
        "Acknowledgement of Application",
        "Dear Applicant,\n\nThank you for your application for the position of Assistant Director (Digital "
        "Services) at the Urban Housing Authority.\n\nApplication Status: Received\n\nDue to the large number of "
        "applications, only shortlisted candidates will be notified.\n\nHuman Resource Division\nUrban Housing "
        "Authority",
        None,
    ),
    (  # 3
        "Merlion Logistics",
        "applied",
        "2025-03-06",
        "MyCareersFuture <noreply@mycareersfuture.gov.sg>",
        "Your application has been submitted",
        "Hi Tan Wei Ling,\n\nYour application for Product Manager at MERLION LOGISTICS PTE. LTD. has been "
        "submitted successfully.\n\nView your applications on MyCareersFuture.",
        None,
    ),
    (  # 4
        "Kopi Labs",
        "applied",
        "2025-03-07",
        "JobStreet <noreply@jobstreet.com>",
        "Your application was successfully submitted",
        "Hi Wei Ling,\n\nYour application was successfully submitted.\n\nProduct Lead\nKopi Labs\nSingapore\n\n"
        "Good luck! We'll notify you when there are updates.",
        None,
    ),
    (  # 5
        "Zoomride",
        "screen",
        "2025-03-11",
        "Priya Raman <priya.raman@zoomride.com>",
        "Zoomride - Senior PM, Payments",
        "Hi Wei Ling,\n\nThank you for your interest in Zoomride. I'm the recruiter for the Senior PM role in "
        "Payments and would like to arrange a 30-minute call to walk through your experience. Kindly share a few "
        "time slots this week.\n\nBest regards,\nPriya Raman\nTalent Acquisition, Zoomride",
        None,
    ),
    (  # 6
        "Urban Housing Authority",
        "rejected",
        "2025-03-14",
        "UHA Careers <careers-noreply@uha.gov.sg>",
        "Update on your application",
        "Dear Applicant,\n\nThank you for your interest in the position of Assistant Director (Digital Services).\n\n"
        "Application Status: Unsuccessful\n\nWe wish you all the best in your career pursuits.\n\nHuman Resource "
        "Division\nUrban Housing Authority",
        None,
    ),
    (  # 7
        "Lion City Bank",
        "interview",
        "2025-03-17",
        "Lion City Bank <lioncitybank@myworkday.com>",
        "Application Status Update - Vice President, Digital Product",
        "Dear Tan Wei Ling,\n\nWe are pleased to inform you that you have been shortlisted for an interview for the "
        "position of Vice President, Digital Product. Our recruiter will contact you to arrange a suitable time."
        "\n\nLion City Bank Talent Acquisition",
        None,
    ),
    (  # 8
        "Zoomride",
        "interview",
        "2025-03-19",
        "Priya Raman <priya.raman@zoomride.com>",
        "RE: Zoomride - Senior PM, Payments",
        "Hi Wei Ling,\n\nThanks for the chat yesterday! Next up is a product case interview with the Head of "
        "Payments, 60 minutes over Google Meet. Kindly confirm if Monday 24 March 2pm SGT works.\n\nPriya",
        5,
    ),
    (  # 9
        "Kopi Labs",
        "rejected",
        "2025-03-20",
        "JobStreet <noreply@jobstreet.com>",
        "An update on your application to Kopi Labs",
        "Hi Wei Ling,\n\nKopi Labs has reviewed your application for Product Lead and has decided not to proceed "
        "at this stage.\n\nKeep going - there are more roles for you on JobStreet.",
        None,
    ),
    (  # 10
        "Zoomride",
        "thank_you",
        "2025-03-24",
        ME,
        "Thank you - product case interview",
        "Hi Priya,\n\nThank you for arranging today's case interview with Arjun. I enjoyed the discussion on "
        "payment success rates and look forward to hearing about next steps.\n\nRegards,\nWei Ling",
        None,
        "Priya Raman <priya.raman@zoomride.com>",
    ),
    (  # 11
        "Zoomride",
        "onsite",
        "2025-03-27",
        "Priya Raman <priya.raman@zoomride.com>",
        "Zoomride - final round",
        "Hi Wei Ling,\n\nGood news! The team would like to invite you to the final round with our Regional Head of "
        "Product. It will be held at our one-north office on 2 April, 10am.\n\nPriya",
        None,
    ),
    (  # 12
        "Lion City Bank",
        "rejected",
        "2025-04-01",
        "Gerald Lim <gerald.lim@lioncitybank.com.sg>",
        "VP, Digital Product - outcome",
        "Dear Wei Ling,\n\nThank you for meeting the panel last week. We regret to inform you that we will not be "
        "proceeding further with your application. We will keep your profile in our talent pool.\n\nRegards,\n"
        "Gerald Lim\nTalent Acquisition, Lion City Bank",
        None,
    ),
    (  # 13
        "Zoomride",
        "offer",
        "2025-04-04",
        "Priya Raman <priya.raman@zoomride.com>",
        "Zoomride - Letter of Offer",
        "Hi Wei Ling,\n\nFollowing our call this afternoon, please find attached your Letter of Offer for the Senior "
        "Product Manager, Payments position. Kindly sign and return it by 11 April.\n\nCongratulations!\nPriya",
        None,
    ),
    (  # 14
        "Zoomride",
        "accepted",
        "2025-04-07",
        ME,
        "RE: Zoomride - Letter of Offer",
        "Hi Priya,\n\nPlease find attached my signed Letter of Offer. I am very happy to accept and look forward to "
        "joining Zoomride on 5 May.\n\nRegards,\nWei Ling",
        13,
        "Priya Raman <priya.raman@zoomride.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Jason Ng (PropNex) <jason.ng.realty@gmail.com>",
        "Exclusive: 3-room resale flats in Tampines",
        "outreach",
        "Dear homeowner, interested to know your flat's value? I have buyers waiting. Call me for a free valuation.",
    ),
    (
        "Lion City Bank <promotions@lioncitybank.com.sg>",
        "Enjoy 8% cashback on dining",
        "shop",
        "Apply for the Lion City Cashback Card and enjoy 8% cashback. T&Cs apply.",
    ),
    (
        "CPF Board <noreply@cpf.gov.sg>",
        "Your CPF statement is ready",
        "other",
        "Your annual CPF statement is available on my cpf digital services.",
    ),
    (
        "The Hive Co-working <hello@thehive.sg>",
        "Hot desk offer for March",
        "shop",
        "Get 20% off a hot desk membership this month. Offer valid till 31 March.",
    ),
    (
        "Kelvin Tay <kelvin.tay@apexsearch.com.sg>",
        "Exciting Head of Product opportunity",
        "outreach",
        "Hi Wei Ling, I came across your profile and have an exciting Head of Product role with a regional fintech "
        "client. Would you be open to a confidential discussion?",
    ),
    (
        "MyCareersFuture <noreply@mycareersfuture.gov.sg>",
        "New jobs matching your profile",
        "alert",
        "Product Manager - Shopee. Senior Product Manager - DBS Bank. View jobs.",
    ),
    (
        "JobStreet <noreply@jobstreet.com>",
        "Wei Ling, 15 new jobs for you",
        "alert",
        "Product Owner - OCBC. Product Manager - Lazada. See all.",
    ),
    (
        "Singtel <noreply@singtel.com>",
        "Your bill is ready",
        "other",
        "Your March bill of S$68.50 is ready.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=WEILING,
        offset=lambda d: "+0800",
        clock="14:25:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="08:40:00",
        tag="hundredsixtysix",
        host="icloud.com",
    )


def build(folder, msgs=None) -> Path:
    """Export the mailbox as Apple Mail does: ``INBOX.mbox/mbox`` and ``Sent Messages.mbox/mbox``; return the
    folder."""
    from mail_score import write_mbox

    msgs = msgs if msgs is not None else messages()
    folder = Path(folder)
    write_mbox(folder / "INBOX.mbox" / "mbox", [m for m in msgs if WEILING not in str(m[0]["From"])])
    write_mbox(folder / "Sent Messages.mbox" / "mbox", [m for m in msgs if WEILING in str(m[0]["From"])])
    return folder
