"""A two-hundred-and-sixty-fifth mailbox, written as a held-out check after the two-hundred-and-sixty-fourth
(issue #24).

Renee, a clinical project manager in Raleigh, exports Gmail with Takeout.  Research Triangle hiring: Workday tenants
that sign as "Talent Acquisition", Taleo's "Thank you for your interest in", a contract-research organisation's
Greenhouse board, a staffing firm's recruiter who texts in mail ("Are you free for a quick call today?"), a "virtual
panel" (the last round), a verbal offer and its written letter, and her own thank-you, follow-up and acceptance.
Negatives: LinkedIn's and Glassdoor's alerts, a recruiter's cold InMail, a PMI chapter newsletter, her HOA, a friend.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RENEE = "renee.whitfield.pm@gmail.com"
ME = f"Renee Whitfield <{RENEE}>"

_OWN_TO = {
    "Larkspur Clinical Research": "Morgan Tate <mtate@larkspurcro.com>",
    "Piedmont Biologics": "Careers <careers@piedmontbio.com>",
    "Oakridge Health Analytics": "Dana Liu <dana.liu@oakridgeanalytics.com>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Larkspur Clinical Research",
        "applied",
        "2025-03-03",
        "Larkspur Clinical Research <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Larkspur Clinical Research",
        "Hi Renee,\n\nThanks for your interest in Larkspur Clinical Research! We received your application for the "
        "Clinical Project Manager II position and our team is reviewing it now. If your background is a fit, someone "
        "will be in touch.\n\nBest,\nLarkspur Talent Team",
        "a1",
    ),
    (
        "Piedmont Biologics",
        "applied",
        "2025-03-04",
        "Piedmont Biologics Talent Acquisition <piedmontbio@myworkday.com>",
        "Application Received - Senior Project Manager, Clinical Operations (R-10442)",
        "Dear Renee,\n\nThank you for applying for the Senior Project Manager, Clinical Operations position (R-10442). "
        "We have received your application and will review your qualifications against the requirements of the role."
        "\n\nYou can track the status of your application at any time by signing in to your candidate home.\n\n"
        "Regards,\nTalent Acquisition",
        "b1",
    ),
    (
        "Tarheel Health System",
        "applied",
        "2025-03-05",
        "Tarheel Health System <tarheelhealth@taleo.net>",
        "Thank you for your interest in Tarheel Health System",
        "Dear Renee Whitfield,\n\nThank you for your interest in the Research Program Manager position (Job Number "
        "2503117) at Tarheel Health System. Your application has been successfully submitted. A member of our "
        "recruitment team will contact you if your qualifications match our needs.\n\nSincerely,\nTarheel Health "
        "System Human Resources",
        "c1",
    ),
    (
        "Oakridge Health Analytics",
        "applied",
        "2025-03-06",
        "Jason Pruitt <jpruitt@keystonestaffing.com>",
        "Submitted - Clinical PM contract",
        "Hi Renee,\n\nGreat talking earlier. Just confirming I've submitted you to Oakridge Health Analytics for the "
        "12-month Clinical PM contract at $78/hr W2. I'll let you know as soon as I hear from the hiring manager.\n\n"
        "Jason Pruitt\nSenior Recruiter | Keystone Staffing\n(919) 555-0142",
        "d1",
    ),
    (
        "Larkspur Clinical Research",
        "screen",
        "2025-03-10",
        "Morgan Tate <mtate@larkspurcro.com>",
        "Clinical Project Manager II - next steps",
        "Hi Renee,\n\nThanks again for applying. I'd love to set up a 30-minute phone conversation to tell you more "
        "about the role and learn about your experience with oncology trials. Could you grab a time here that works "
        "for you this week? https://calendly.com/mtate-larkspur/30min\n\nThanks,\nMorgan Tate\nTalent Acquisition "
        "Partner\nLarkspur Clinical Research",
        "a2",
    ),
    (
        "Oakridge Health Analytics",
        "screen",
        "2025-03-11",
        "Jason Pruitt <jpruitt@keystonestaffing.com>",
        "RE: Submitted - Clinical PM contract",
        "Renee - Oakridge wants to talk! Are you free for a quick call with their PMO lead Dana tomorrow between 1 and "
        "3? Let me know what works and I'll lock it in.\n\nJason",
        "d1",
    ),
    (
        "Tarheel Health System",
        "rejected",
        "2025-03-14",
        "Tarheel Health System <tarheelhealth@taleo.net>",
        "Your application for Research Program Manager",
        "Dear Renee Whitfield,\n\nThank you for your interest in the Research Program Manager position at Tarheel "
        "Health System. After careful review, we have decided to move forward with other candidates whose "
        "qualifications more closely match the needs of the position.\n\nWe encourage you to apply for future "
        "openings.\n\nSincerely,\nTarheel Health System Human Resources",
        "c1",
    ),
    (
        "Larkspur Clinical Research",
        "interview",
        "2025-03-17",
        "Morgan Tate <mtate@larkspurcro.com>",
        "Interview with Larkspur - Thursday 3/20",
        "Hi Renee,\n\nGreat news: the hiring manager, Priya Raman (Director, Clinical Operations), would like to meet "
        "you. I've sent a Teams invite for Thursday 3/20 at 11:00 AM ET for 45 minutes. Please let me know if that "
        "time doesn't work.\n\nMorgan",
        "a2",
    ),
    (
        "Oakridge Health Analytics",
        "interview",
        "2025-03-18",
        "Dana Liu <dana.liu@oakridgeanalytics.com>",
        "Oakridge - technical interview",
        "Hi Renee,\n\nEnjoyed our chat last week. As a next step we'd like you to walk our team through a study "
        "timeline you've managed (20 minutes) followed by Q&A. Does Monday 3/24 at 2pm work?\n\nDana Liu\nPMO Lead, "
        "Oakridge Health Analytics",
        "d2",
    ),
    (
        "Larkspur Clinical Research",
        "thank_you",
        "2025-03-20",
        ME,
        "Thank you - Clinical Project Manager II",
        "Hi Morgan,\n\nThank you for arranging today's conversation with Priya. I enjoyed hearing about the oncology "
        "portfolio and I'm even more excited about the role.\n\nBest,\nRenee",
        "a2",
    ),
    (
        "Piedmont Biologics",
        "follow_up",
        "2025-03-21",
        ME,
        "Following up - Senior Project Manager, Clinical Operations (R-10442)",
        "Hello,\n\nI applied for the Senior Project Manager, Clinical Operations role (R-10442) on March 4 and wanted "
        "to follow up on the status of my application. I remain very interested.\n\nThank you,\nRenee Whitfield",
        "b2",
    ),
    (
        "Oakridge Health Analytics",
        "rejected",
        "2025-03-27",
        "Jason Pruitt <jpruitt@keystonestaffing.com>",
        "Oakridge update",
        "Hi Renee,\n\nHeard back from Oakridge. They really liked you but decided to go with a candidate who has more "
        "Medidata Rave build experience. Bummer! I've got a couple of other CRO roles I think you'd be great for - "
        "let's talk this week.\n\nJason",
        "d1",
    ),
    (
        "Larkspur Clinical Research",
        "onsite",
        "2025-03-28",
        "Morgan Tate <mtate@larkspurcro.com>",
        "Final round - virtual panel",
        "Hi Renee,\n\nPriya and the team enjoyed meeting you! We'd like to invite you to the final step: a virtual "
        "panel with three members of the Clinical Operations leadership team on Wednesday, April 2 from 1:00-3:00 PM "
        "ET. You'll present a 15-minute case on rescuing a delayed study.\n\nMorgan",
        "a2",
    ),
    (
        "Piedmont Biologics",
        "rejected",
        "2025-04-01",
        "Piedmont Biologics Talent Acquisition <piedmontbio@myworkday.com>",
        "Update on your application - Senior Project Manager, Clinical Operations",
        "Dear Renee,\n\nThank you for your interest in Piedmont Biologics. We have carefully reviewed your "
        "application for the Senior Project Manager, Clinical Operations position and regret to inform you that we "
        "will not be moving forward with your candidacy at this time.\n\nWe appreciate the time you invested and wish "
        "you success in your search.\n\nTalent Acquisition",
        "b1",
    ),
    (
        "Larkspur Clinical Research",
        "offer",
        "2025-04-07",
        "Morgan Tate <mtate@larkspurcro.com>",
        "Verbal offer follow-up",
        "Hi Renee,\n\nIt was a pleasure speaking with you this afternoon! As discussed, we're excited to extend you an "
        "offer for the Clinical Project Manager II role at a base salary of $118,000. Your written offer letter will "
        "come through DocuSign shortly.\n\nCongratulations!\nMorgan",
        "a2",
    ),
    (
        "Larkspur Clinical Research",
        "accepted",
        "2025-04-09",
        ME,
        "RE: Verbal offer follow-up",
        "Hi Morgan,\n\nI've signed the offer letter in DocuSign - I'm thrilled to accept and join Larkspur! Looking "
        "forward to starting on May 5.\n\nThank you for everything,\nRenee",
        "a2",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30+ new Clinical Project Manager jobs in Raleigh-Durham",
        "alert",
        "Clinical Project Manager - Larkspur Clinical Research - Morrisville, NC. Senior CPM - IQ Trials - Durham, "
        "NC. See all jobs.",
    ),
    (
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Renee, Piedmont Biologics is hiring",
        "alert",
        "Piedmont Biologics is hiring for Senior Project Manager. Apply now with your Glassdoor profile.",
    ),
    (
        "Kelsey Moran via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Exciting Clinical PM opportunity",
        "outreach",
        "Hi Renee, I came across your profile and think you'd be a great fit for a Clinical PM role with my client, a "
        "growing CRO in RTP. Would you be open to a brief chat?",
    ),
    (
        "PMI Research Triangle Park Chapter <news@pmirtp.example>",
        "March newsletter: agile in clinical trials",
        "newsletter",
        "This month: agile in clinical trials, our spring PDU day, and member spotlights.",
    ),
    (
        "Wakefield Commons HOA <board@wakefieldhoa.example>",
        "Pool opening and dues reminder",
        "other",
        "The pool opens Memorial Day weekend. Second-quarter dues are due April 1.",
    ),
    (
        "Tasha Green <tasha.green@gmail.example>",
        "brunch sunday",
        "personal",
        "brunch at Poole's on sunday? 11?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RENEE,
        own_to=_OWN_TO,
        offset="-0500",
        clock="10:05:00",
        neg_start="2025-03-02",
        neg_step=6,
        neg_clock="20:15:00",
        tag="twohundredsixtyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
