"""A fifty-first mailbox, written as a held-out check after the fiftieth's fixes (issue #24).

Sam, a product manager in New York laid off in August, saves his Outlook.com mail as .eml files (no labels, no
Delivered-To).  Much of his search runs through LinkedIn: Easy Apply confirmations, "your application was viewed",
a recruiter's message relayed by LinkedIn's notification ("Priya just messaged you"), Indeed's "an update on your
application" relaying a refusal; a referral he writes to a founder himself; ModernLoop confirming a loop; a paused
requisition; a kind refusal that keeps him "in mind for future roles"; an offer he accepts.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SAM = "sam.whitaker.pm@outlook.com"
_ME = f"Sam Whitaker <{SAM}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Hudson Yards Media (LinkedIn Easy Apply; the recruiter's LinkedIn message; Lever's refusal)
    (
        "Hudson Yards Media",
        "applied",
        "2025-09-03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sam, your application was sent to Hudson Yards Media",
        "Your application was sent to Hudson Yards Media\n\nSenior Product Manager, Streaming\nHudson Yards Media · New "
        "York, NY (Hybrid)\nApplied on September 3, 2025\n\nView job",
        None,
    ),
    (
        "Hudson Yards Media",
        "screen",
        "2025-09-10",
        "Priya Raman <messages-noreply@linkedin.com>",
        "Priya just messaged you",
        'Priya Raman\nTalent Acquisition Partner at Hudson Yards Media\n\n"Hi Sam, thanks for applying to our Senior PM '
        'role on the streaming team! Are you free for a quick call on Thursday or Friday to chat about it?"\n\nReply'
        "\n\nYou are receiving Messaging notification emails.",
        None,
    ),
    (
        "Hudson Yards Media",
        "rejected",
        "2025-09-26",
        "Hudson Yards Media <no-reply@hire.lever.co>",
        "Your application to Hudson Yards Media",
        "Hi Sam,\n\nThank you for your interest in the Senior Product Manager, Streaming role and for taking the time "
        "to speak with Priya. After careful consideration, we have decided to move forward with other candidates "
        "whose experience more closely matches our needs at this time.\n\nBest,\nHudson Yards Media Recruiting",
        None,
    ),
    # Bodega Health (Greenhouse; a recruiter's call; a loop confirmed by ModernLoop; a final round; an offer he accepts)
    (
        "Bodega Health",
        "applied",
        "2025-09-04",
        "Bodega Health <no-reply@us.greenhouse-mail.io>",
        "Thanks for your application to Bodega Health",
        "Hi Sam,\n\nThanks for applying to the Group Product Manager role at Bodega Health! Our team will review your "
        "application and get back to you.\n\nBodega Health Talent",
        None,
    ),
    (
        "Bodega Health",
        "screen",
        "2025-09-09",
        "Chris Alvarez <chris.alvarez@bodegahealth.com>",
        "Group Product Manager - Bodega Health",
        "Hi Sam,\n\nI'm a recruiter at Bodega Health and I'd love to connect about the Group Product Manager role. "
        "Do you have 30 minutes on Friday for an intro conversation?\n\nChris Alvarez\nRecruiting Lead, Bodega Health",
        None,
    ),
    (
        "Bodega Health",
        "interview",
        "2025-09-17",
        "Bodega Health Interviews <interviews@bodegahealth.modernloop.io>",
        "Your interviews with Bodega Health are confirmed",
        "Hi Sam,\n\nYour interviews for Group Product Manager are confirmed for Tuesday, September 23:\n\n11:00 AM - "
        "Product Sense with Dana Ortiz\n12:00 PM - Execution with Marcus Lee\n\nZoom links are in your calendar "
        "invitations.\n\nPowered by ModernLoop",
        None,
    ),
    (
        "Bodega Health",
        "onsite",
        "2025-09-30",
        "Chris Alvarez <chris.alvarez@bodegahealth.com>",
        "Re: Group Product Manager - Bodega Health",
        "Hi Sam,\n\nGreat feedback from Dana and Marcus! We'd love to bring you in for the final round at our Flatiron "
        "office: a product strategy presentation to our CPO and conversations with engineering and design leads.\n\n"
        "Chris",
        None,
    ),
    (
        "Bodega Health",
        "offer",
        "2025-10-10",
        "Chris Alvarez <chris.alvarez@bodegahealth.com>",
        "Bodega Health - Offer",
        "Hi Sam,\n\nCongratulations! We're excited to extend you an offer for the Group Product Manager role. Details: "
        "$205,000 base, a 10% bonus target and equity. The formal letter is on its way through Greenhouse.\n\nChris",
        None,
    ),
    (
        "Bodega Health",
        "accepted",
        "2025-10-14",
        _ME,
        "RE: Bodega Health - Offer",
        "Hi Chris,\n\nThank you - I'm excited to accept! I've signed the letter in Greenhouse. See you on November 3."
        "\n\nSam",
        "Chris Alvarez <chris.alvarez@bodegahealth.com>",
    ),
    # Pinstripe Capital (Workday; the requisition paused)
    (
        "Pinstripe Capital",
        "applied",
        "2025-09-05",
        "Pinstripe Capital <pinstripe@myworkday.com>",
        "Thank you for applying",
        "Sam,\n\nThank you for your application for Vice President, Product Management (JR-4410) at Pinstripe Capital."
        "\n\nPinstripe Capital Talent Acquisition",
        None,
    ),
    (
        "Pinstripe Capital",
        "rejected",
        "2025-09-29",
        "Pinstripe Capital <pinstripe@myworkday.com>",
        "An update on Vice President, Product Management (JR-4410)",
        "Sam,\n\nWe wanted to let you know that we've paused hiring for the Vice President, Product Management role. "
        "As a result, we will not be moving forward with applications at this time. Thank you for your interest in "
        "Pinstripe Capital.\n\nPinstripe Capital Talent Acquisition",
        None,
    ),
    # Gotham Robotics (Ashby; a kind refusal)
    (
        "Gotham Robotics",
        "applied",
        "2025-09-08",
        "Gotham Robotics <no-reply@ashbyhq.com>",
        "Thanks for applying to Gotham Robotics",
        "Hi Sam,\n\nThank you for applying to the Senior Product Manager, Autonomy role. We'll be in touch soon.\n\n"
        "Gotham Robotics",
        None,
    ),
    (
        "Gotham Robotics",
        "rejected",
        "2025-09-19",
        "Gotham Robotics <no-reply@ashbyhq.com>",
        "Gotham Robotics - Senior Product Manager, Autonomy",
        "Hi Sam,\n\nThank you for your interest in Gotham Robotics. While we were impressed with your background, we've "
        "decided not to move forward at this stage. We'll keep you in mind for future roles that may be a better "
        "fit.\n\nGotham Robotics",
        None,
    ),
    # Lox & Co (his own note through a referral; the founder's call; a case presentation; then silence, his nudge)
    (
        "Lox & Co",
        "applied",
        "2025-09-11",
        _ME,
        "Intro via Daniel Kaplan - Head of Product",
        "Hi Rebecca,\n\nDaniel Kaplan suggested I reach out about the Head of Product role at Lox & Co. I led the "
        "ordering and loyalty products at a food-delivery start-up for five years; my resume is attached. I'd love to "
        "be considered.\n\nBest,\nSam Whitaker",
        "Rebecca Stein <rebecca@loxandco.com>",
    ),
    (
        "Lox & Co",
        "screen",
        "2025-09-12",
        "Rebecca Stein <rebecca@loxandco.com>",
        "Re: Intro via Daniel Kaplan - Head of Product",
        "Sam - thanks for reaching out, Daniel speaks very highly of you. Let's find 30 minutes next week; I'm around "
        "Tuesday afternoon or Wednesday morning.\n\nRebecca\nFounder & CEO, Lox & Co",
        None,
    ),
    (
        "Lox & Co",
        "interview",
        "2025-09-22",
        "Rebecca Stein <rebecca@loxandco.com>",
        "Re: Intro via Daniel Kaplan - Head of Product",
        "Sam - really enjoyed our chat. Next step would be a case presentation to me and our head of engineering: how "
        "you'd grow repeat orders in year one. 45 minutes, next Thursday?\n\nRebecca",
        None,
    ),
    (
        "Lox & Co",
        "follow_up",
        "2025-10-09",
        _ME,
        "Re: Intro via Daniel Kaplan - Head of Product",
        "Hi Rebecca,\n\nI hope the week is going well! I wanted to check in on where things stand after the case "
        "presentation. I'm still very excited about Lox & Co.\n\nBest,\nSam",
        "Rebecca Stein <rebecca@loxandco.com>",
    ),
    # Brooklyn Bytes (Indeed; Indeed relays the refusal)
    (
        "Brooklyn Bytes",
        "applied",
        "2025-09-15",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Senior Product Manager",
        "Application submitted\n\nSenior Product Manager\nBrooklyn Bytes - Brooklyn, NY\n\nThe employer will contact "
        "you if they are interested.",
        None,
    ),
    (
        "Brooklyn Bytes",
        "rejected",
        "2025-10-02",
        "Indeed <donotreply@match.indeed.com>",
        "An update on your application to Senior Product Manager at Brooklyn Bytes",
        "Hi Sam,\n\nBrooklyn Bytes has reviewed your application for Senior Product Manager and decided not to move "
        "forward. Don't be discouraged - there are more jobs waiting for you.\n\nRecommended jobs for you\nProduct "
        "Manager - Flatbush Foods - Brooklyn, NY",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Hudson Yards Media",
        "viewed",
        "Sam, your application was viewed by Hudson Yards Media.\nSenior Product Manager, Streaming",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Sam, 5 people viewed your profile",
        "alert",
        "See who viewed your profile. Try Premium for free.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Senior Product Manager: Gotham Robotics and 14 more new jobs in New York",
        "alert",
        "Senior Product Manager - Gotham Robotics - New York, NY\nGroup PM - Bodega Health - New York, NY\nSee all jobs",
    ),
    (
        "Lenny's Newsletter <lenny@substack.com>",
        "How the best PMs run interview loops",
        "newsletter",
        "This week: what hiring managers look for in a product sense interview, and how to prep. Unsubscribe",
    ),
    (
        "Alex Moreno <messages-noreply@linkedin.com>",
        "Alex just messaged you",
        "outreach",
        'Alex Moreno\nExecutive Recruiter at Beacon Search Partners\n\n"Hi Sam, I came across your profile and have a '
        'confidential VP of Product search with a fintech client. Open to a quick chat?"\n\nReply',
    ),
    (
        "Otta <hello@otta.com>",
        "Your weekly matches",
        "alert",
        "12 new roles matching your preferences, including Product Lead at Gotham Robotics.",
    ),
    (
        "Uber Receipts <noreply@uber.com>",
        "Your Tuesday evening trip with Uber",
        "shop",
        "Thanks for riding, Sam. Total $23.41. Flatiron to Park Slope.",
    ),
    (
        "Daniel Kaplan <dkaplan88@gmail.com>",
        "Re: intro",
        "personal",
        "Just sent Rebecca a note that you'd be reaching out. She's great - good luck, and let me know how the call "
        "goes!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (Outlook's .eml: no labels, no Delivered-To)."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="-0400",
        clock="11:05:00",
        neg_start="2025-09-02",
        neg_step=5,
        neg_clock="07:20:00",
        tag="fiftyone",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files (Inbox and Sent Items) into ``folder``; return ``folder``."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), SAM)
