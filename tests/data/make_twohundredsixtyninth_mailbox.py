"""A two-hundred-and-sixty-ninth mailbox, written as a held-out check after the two-hundred-and-sixty-eighth
(issue #24).

Hannah, a second-year law student in Washington, D.C., exports Gmail with Takeout.  Law firm recruiting: a career
office's on-campus interview schedule through Symplicity, firms' recruiting coordinators confirming a screening
interview, a "callback" (the last round, at the firm's office), "we are unable to extend you a callback", a summer
associate offer that the NALP guidelines hold open for 28 days, her own thank-you notes, her acceptance of one offer
and her release of another.  Negatives: the career office's newsletter, a bar-prep company, a law review's call for
submissions, a moot court sign-up, her bank, a friend.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.k.oduya@gmail.com"
ME = f"Hannah Oduya <{HANNAH}>"

_OWN_TO = {
    "Whitcomb & Reyes LLP": "Laura Benning <lbenning@whitcombreyes.com>",
    "Ashford Pell LLP": "Legal Recruiting <recruiting@ashfordpell.com>",
    "Coyle Hartman": "Daniel Frey <dfrey@coylehartman.com>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Whitcomb & Reyes LLP",
        "applied",
        "2025-07-21",
        "Georgetown Law Career Office <lawcareers@symplicity.com>",
        "OCI bid confirmation: Whitcomb & Reyes LLP",
        "Dear Hannah,\n\nYour application to Whitcomb & Reyes LLP for the 2026 Summer Associate Program (Washington, "
        "DC) has been submitted through the Early Interview Program. You will be notified if the employer selects you "
        "for an interview.\n\nOffice of Career Strategy",
        "w1",
    ),
    (
        "Ashford Pell LLP",
        "applied",
        "2025-07-21",
        "Georgetown Law Career Office <lawcareers@symplicity.com>",
        "OCI bid confirmation: Ashford Pell LLP",
        "Dear Hannah,\n\nYour application to Ashford Pell LLP for the 2026 Summer Associate Program (New York, Washington"
        " DC) has been submitted through the Early Interview Program. You will be notified if the employer selects you "
        "for an interview.\n\nOffice of Career Strategy",
        "a1",
    ),
    (
        "Coyle Hartman",
        "applied",
        "2025-07-22",
        ME,
        "Summer Associate Application - Hannah Oduya (Georgetown Law '27)",
        "Dear Mr. Frey,\n\nI am a rising second-year student at Georgetown University Law Center and I am writing to "
        "apply for a position in Coyle Hartman's 2026 summer associate program in Washington. My resume, transcript "
        "and writing sample are attached.\n\nRespectfully,\nHannah Oduya",
        "c1",
    ),
    (
        "Whitcomb & Reyes LLP",
        "screen",
        "2025-07-30",
        "Georgetown Law Career Office <lawcareers@symplicity.com>",
        "You have been selected for an interview: Whitcomb & Reyes LLP",
        "Dear Hannah,\n\nWhitcomb & Reyes LLP has selected you for a 20-minute screening interview during the Early "
        "Interview Program. Please sign in to Symplicity to choose a time slot on August 5 or 6.\n\nOffice of Career "
        "Strategy",
        "w2",
    ),
    (
        "Ashford Pell LLP",
        "screen",
        "2025-07-30",
        "Georgetown Law Career Office <lawcareers@symplicity.com>",
        "You have been selected for an interview: Ashford Pell LLP",
        "Dear Hannah,\n\nAshford Pell LLP has selected you for a 20-minute screening interview during the Early "
        "Interview Program. Please sign in to Symplicity to choose a time slot on August 5 or 6.\n\nOffice of Career "
        "Strategy",
        "a2",
    ),
    (
        "Whitcomb & Reyes LLP",
        "onsite",
        "2025-08-08",
        "Laura Benning <lbenning@whitcombreyes.com>",
        "Callback Invitation - Whitcomb & Reyes",
        "Dear Hannah,\n\nThank you for meeting with our attorneys during Georgetown's Early Interview Program. We were "
        "very impressed and would like to invite you to our Washington office for a callback interview. Callbacks "
        "consist of four 30-minute interviews followed by lunch with two associates. Please let me know your "
        "availability in the weeks of August 18 and 25.\n\nBest regards,\nLaura Benning\nLegal Recruiting Manager",
        "w3",
    ),
    (
        "Ashford Pell LLP",
        "rejected",
        "2025-08-11",
        "Legal Recruiting <recruiting@ashfordpell.com>",
        "Ashford Pell LLP",
        "Dear Ms. Oduya,\n\nThank you for interviewing with Ashford Pell during Georgetown's Early Interview Program. "
        "We received interest from an extraordinary number of candidates, and we regret that we are unable to extend "
        "you a callback invitation.\n\nWe wish you the best of luck in your legal career.\n\nSincerely,\nLegal "
        "Recruiting Department\nAshford Pell LLP",
        "a3",
    ),
    (
        "Coyle Hartman",
        "onsite",
        "2025-08-13",
        "Daniel Frey <dfrey@coylehartman.com>",
        "RE: Summer Associate Application - Hannah Oduya (Georgetown Law '27)",
        "Dear Hannah,\n\nThank you for your interest in Coyle Hartman. Our Hiring Committee has reviewed your materials "
        "and would like to invite you to our office on Pennsylvania Avenue for a round of callback interviews with "
        "partners and associates. Could you come in on August 20 or 21?\n\nBest,\nDaniel Frey\nRecruiting "
        "Coordinator",
        "c1",
    ),
    (
        "Whitcomb & Reyes LLP",
        "thank_you",
        "2025-08-19",
        ME,
        "Thank you - callback interviews",
        "Dear Ms. Benning,\n\nThank you for organizing yesterday's callback interviews. I enjoyed speaking with everyone, "
        "especially about the firm's appellate pro bono work. Please pass along my thanks.\n\nRespectfully,\nHannah "
        "Oduya",
        "w3",
    ),
    (
        "Coyle Hartman",
        "thank_you",
        "2025-08-21",
        ME,
        "Thank you",
        "Dear Mr. Frey,\n\nThank you for coordinating my callback interviews today. I very much enjoyed meeting the "
        "litigation group.\n\nRespectfully,\nHannah Oduya",
        "c2",
    ),
    (
        "Whitcomb & Reyes LLP",
        "offer",
        "2025-08-25",
        "Laura Benning <lbenning@whitcombreyes.com>",
        "2026 Summer Associate Offer",
        "Dear Hannah,\n\nOn behalf of Whitcomb & Reyes LLP, I am delighted to extend to you an offer to join our 2026 "
        "Summer Associate Program in Washington, D.C. Consistent with NALP guidelines, this offer will remain open for "
        "28 days. A formal offer letter is attached.\n\nWarm regards,\nLaura Benning",
        "w4",
    ),
    (
        "Coyle Hartman",
        "offer",
        "2025-08-27",
        "Daniel Frey <dfrey@coylehartman.com>",
        "Coyle Hartman - 2026 Summer Program",
        "Dear Hannah,\n\nI am pleased to let you know that the Hiring Committee has voted to extend you an offer to join "
        "our 2026 summer program. We hope you will join us!\n\nBest,\nDaniel Frey",
        "c3",
    ),
    (
        "Whitcomb & Reyes LLP",
        "accepted",
        "2025-09-08",
        ME,
        "RE: 2026 Summer Associate Offer",
        "Dear Ms. Benning,\n\nI am writing to formally accept Whitcomb & Reyes's offer to join the 2026 Summer Associate "
        "Program. I am very grateful and look forward to the summer.\n\nRespectfully,\nHannah Oduya",
        "w4",
    ),
    (
        "Coyle Hartman",
        "declined",
        "2025-09-08",
        ME,
        "RE: Coyle Hartman - 2026 Summer Program",
        "Dear Mr. Frey,\n\nThank you again for the generous offer. After much consideration I have accepted another "
        "firm's offer, and I am writing to release my offer from Coyle Hartman so that it may be extended to another "
        "student. I truly enjoyed meeting your team.\n\nRespectfully,\nHannah Oduya",
        "c3",
    ),
]

_NEGATIVES = [
    (
        "Office of Career Strategy <ocs-news@law.georgetown.example>",
        "OCS Weekly: EIP prep sessions and mock interviews",
        "newsletter",
        "This week: EIP prep sessions, mock interviews with alumni, and the public interest fair.",
    ),
    (
        "BarPrep Pro <hello@barpreppro.example>",
        "Lock in early-bird pricing for the July bar",
        "shop",
        "Save $500 on our complete bar review course when you enroll by October 1.",
    ),
    (
        "Georgetown Law Journal <glj@law.georgetown.example>",
        "Call for student notes",
        "newsletter",
        "The Journal is accepting student note submissions through November 15.",
    ),
    (
        "Moot Court Board <mootcourt@law.georgetown.example>",
        "Sign up for the Beaudry competition",
        "other",
        "Sign-ups for the Beaudry Moot Court Competition close Friday. Teams of two.",
    ),
    (
        "Capital One <alerts@capitalone.example>",
        "Your statement is ready",
        "other",
        "Your Venture statement is ready. Minimum payment due September 18.",
    ),
    (
        "Grace Mensah <grace.mensah@gmail.example>",
        "celebrate!!",
        "personal",
        "heard about the offers!! drinks at the wharf friday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=HANNAH,
        own_to=_OWN_TO,
        offset="-0400",
        clock="09:30:00",
        neg_start="2025-07-20",
        neg_step=8,
        neg_clock="20:00:00",
        tag="twohundredsixtynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
