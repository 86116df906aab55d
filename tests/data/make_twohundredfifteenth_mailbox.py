"""A two-hundred-and-fifteenth mailbox, written as a held-out check after the two-hundred-and-fourteenth (issue #24).

Marisa, an office manager in Kansas City, exports Gmail with Takeout.  Nearly all of her search runs through job
boards, and the boards now send the employers' answers as status updates: Indeed's "Your application status has been
updated" with "Not selected by employer", ZipRecruiter's "is interested in your application", LinkedIn's
"Your application to ... at ...", Glassdoor's receipt.  Two employers are in housing (a property management company,
an apartment community hiring a leasing consultant), whose words are those of a flat's application.  One employer
puts its search on hold.  Negatives: Indeed's "jobs for you", ZipRecruiter's "a new job match", a rental portal's
application for a flat, a credit union's loan offer, a recruiter's cold mail, a church newsletter.  Its score before
any rule was changed for it is in the commit message; one truth was changed after it (a search put on hold is the
employer's no, as the 83rd decided); ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARISA = "marisa.delgado.kc@gmail.com"
ME = f"Marisa Delgado <{MARISA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Prairie Fire Property Management",
        "applied",
        "2025-06-02",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Office Manager",
        "Application submitted\n\nOffice Manager\nPrairie Fire Property Management - Overland Park, KS\n\nThe "
        "following items were sent to Prairie Fire Property Management. Good luck on your application!\n\n- Resume\n"
        "- Answers to 6 employer questions",
        "p1",
    ),
    (
        "Briarcliff Family Dental",
        "applied",
        "2025-06-02",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Front Office Coordinator",
        "Application submitted\n\nFront Office Coordinator\nBriarcliff Family Dental - Kansas City, MO\n\nThe "
        "following items were sent to Briarcliff Family Dental. Good luck on your application!\n\n- Resume",
        "p2",
    ),
    (
        "Heartland Freight Solutions",
        "applied",
        "2025-06-03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marisa, your application was sent to Heartland Freight Solutions",
        "Your application was sent to Heartland Freight Solutions\n\nOffice Administrator\nHeartland Freight "
        "Solutions - Lenexa, KS (On-site)\n\nApplied on June 3, 2025",
        "p3",
    ),
    (
        "The Reserve at Brookside",
        "applied",
        "2025-06-04",
        "ZipRecruiter <noreply@ziprecruiter.com>",
        "You applied to Leasing Consultant at The Reserve at Brookside",
        "Hi Marisa,\n\nYour application for Leasing Consultant at The Reserve at Brookside has been submitted. "
        "We'll let you know when the employer views it.\n\nZipRecruiter",
        "p4",
    ),
    (
        "Wornall & Pike LLP",
        "applied",
        "2025-06-05",
        "Glassdoor <noreply@glassdoor.com>",
        "Your application to Wornall & Pike LLP",
        "Your application has been submitted!\n\nLegal Office Manager\nWornall & Pike LLP - Kansas City, MO\n\n"
        "What's next? The employer may reach out to you directly.",
        "p5",
    ),
    (
        "The Reserve at Brookside",
        "screen",
        "2025-06-09",
        "ZipRecruiter <noreply@ziprecruiter.com>",
        "Good news! The Reserve at Brookside is interested in your application",
        "Hi Marisa,\n\nThe Reserve at Brookside is interested in your application for Leasing Consultant and would "
        "like to set up a phone call. Reply to this message to share your availability.\n\nZipRecruiter",
        "p4",
    ),
    (
        "Briarcliff Family Dental",
        "rejected",
        "2025-06-10",
        "Indeed <donotreply@match.indeed.com>",
        "Your application status has been updated",
        "Front Office Coordinator\nBriarcliff Family Dental - Kansas City, MO\n\nApplication status: Not selected "
        "by employer\n\nThis means the employer has decided not to move forward with your application at this "
        "time. Keep applying - there are more jobs for you on Indeed.",
        "p2",
    ),
    (
        "Prairie Fire Property Management",
        "interview",
        "2025-06-11",
        "Debbie Kowalski <dkowalski@prairiefirepm.com>",
        "Office Manager interview",
        "Hi Marisa,\n\nThanks for applying for our Office Manager position. I'd like to meet with you at our "
        "Overland Park office on Monday, June 16 at 10:00. Please bring a copy of your resume.\n\nDebbie Kowalski\n"
        "Regional Manager\nPrairie Fire Property Management",
        "p6",
    ),
    (
        "Heartland Freight Solutions",
        "rejected",
        "2025-06-12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Office Administrator at Heartland Freight Solutions",
        "Your update from Heartland Freight Solutions\n\nThank you for your interest in the Office Administrator "
        "position at Heartland Freight Solutions in Lenexa, KS. Unfortunately, we will not be moving forward with "
        "your application, but we appreciate your time and interest in Heartland Freight Solutions.\n\nRegards,\n"
        "Heartland Freight Solutions",
        "p3",
    ),
    (
        "The Reserve at Brookside",
        "interview",
        "2025-06-13",
        "Kendra Wells <kendra.wells@reservebrookside.com>",
        "Leasing Consultant - come see the community",
        "Hi Marisa,\n\nGreat talking with you on the phone! Could you come by the leasing office on Wednesday at 2 "
        "to meet our community manager and tour the property? We're at 5100 Brookside Blvd.\n\nKendra Wells\n"
        "Assistant Community Manager\nThe Reserve at Brookside",
        "p7",
    ),
    (
        # (written "reply"; the 83rd decided a search on hold that will "reach out if it reopens" is the no)
        "Wornall & Pike LLP",
        "rejected",
        "2025-06-17",
        "Janet Ross <jross@wornallpike.com>",
        "Legal Office Manager position",
        "Dear Ms. Delgado,\n\nThank you for your application for our Legal Office Manager position. I wanted to let "
        "you know that the firm has decided to put this search on hold until after our September partners' "
        "meeting. We will reach out if the position reopens.\n\nSincerely,\nJanet Ross\nFirm Administrator\n"
        "Wornall & Pike LLP",
        "p8",
    ),
    (
        "Prairie Fire Property Management",
        "thank_you",
        "2025-06-16",
        ME,
        "Thank you - Office Manager",
        "Hi Debbie,\n\nThank you for meeting with me this morning. I enjoyed hearing about the new properties in "
        "Olathe and I'm very interested in the role.\n\nBest,\nMarisa Delgado",
        "p6",
    ),
    (
        "The Reserve at Brookside",
        "offer",
        "2025-06-20",
        "Kendra Wells <kendra.wells@reservebrookside.com>",
        "Offer - Leasing Consultant",
        "Hi Marisa,\n\nWe'd love to have you join the team! We're offering $19/hour plus leasing commissions and a "
        "20% rent discount. I've attached the offer letter - please sign and send it back by Tuesday.\n\nKendra",
        "p7",
    ),
    (
        "Prairie Fire Property Management",
        "offer",
        "2025-06-23",
        "Debbie Kowalski <dkowalski@prairiefirepm.com>",
        "Office Manager - offer",
        "Hi Marisa,\n\nI'm pleased to offer you the Office Manager position at $52,000 per year, starting July 7. "
        "Please let me know by Friday.\n\nDebbie",
        "p6",
    ),
    (
        "The Reserve at Brookside",
        "declined",
        "2025-06-24",
        ME,
        "RE: Offer - Leasing Consultant",
        "Hi Kendra,\n\nThank you so much for the offer. After a lot of thought I've accepted an office manager role "
        "closer to home, so I have to decline. I really enjoyed meeting everyone.\n\nMarisa",
        "p7",
    ),
    (
        "Prairie Fire Property Management",
        "accepted",
        "2025-06-24",
        ME,
        "RE: Office Manager - offer",
        "Hi Debbie,\n\nI'm happy to accept! See you on July 7.\n\nMarisa",
        "p6",
    ),
]

_OWN_TO = {
    "Prairie Fire Property Management": "Debbie Kowalski <dkowalski@prairiefirepm.com>",
    "The Reserve at Brookside": "Kendra Wells <kendra.wells@reservebrookside.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "Office Manager jobs in Kansas City, MO",
        "alert",
        "25 new jobs for Office Manager in Kansas City, MO: Office Manager - Plaza Dermatology; Administrative "
        "Assistant - Midtown Realty.",
    ),
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "A new job match: Office Coordinator at Crown Point Insurance",
        "alert",
        "We found a new job match for you. Apply with one click.",
    ),
    (
        "RentPath Applications <applications@rentportal.example>",
        "Your application for 4410 Oak St, Unit 2B has been received",
        "newsletter",
        "Thanks for applying to live at 4410 Oak St. The property manager will review your application and run "
        "your screening.",
    ),
    (
        "Mainstreet Credit Union <offers@mainstreetcu.example>",
        "Marisa, you're pre-approved for an auto loan offer",
        "newsletter",
        "Rates as low as 5.49% APR. This offer expires June 30.",
    ),
    (
        "Tara Lynch <tara.lynch@adminstaffingkc.example>",
        "Executive Assistant opening - downtown KC",
        "recruiter",
        "Hi Marisa, I came across your resume on Indeed and have an Executive Assistant opening with a client "
        "downtown. Are you open to a quick chat?",
    ),
    (
        "Grace Fellowship <news@gracefellowshipkc.example>",
        "This week at Grace: VBS volunteers needed",
        "newsletter",
        "Vacation Bible School is July 14-18. Sign up to volunteer!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARISA,
        own_to=_OWN_TO,
        offset="-0500",
        clock="11:05:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="19:45:00",
        tag="twohundredfifteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
