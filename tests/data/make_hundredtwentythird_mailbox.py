"""A hundred-and-twenty-third mailbox, written as a held-out check after the hundred-and-twenty-second (issue #24).

Priya, a UX researcher in Raleigh, exports Gmail with Takeout.  Her mail comes the long way round: a Workday tenant
whose address names the employer by a code ("nwh"), recruiters writing from their own Gmail, Calendly's and
DocuSign's notices for the employers, a LinkedIn InMail from the recruiter of a company she applied to, a refusal
signed only "Talent Acquisition" from a no-reply address at the employer's domain, a portfolio review and a
research presentation as rounds.  Her negatives: UX newsletters, a design tool's webinar, job alerts, a bootcamp's
pitch, a friend's portfolio feedback.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.raman.ux@gmail.com"
_ME = f"Priya Raman <{PRIYA}>"
_BETH = "Beth Harmon <bethharmon.recruits@gmail.com>"
_OMAR = "Omar Haddad <omar.haddad@tarheelbank.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Northwell Health (Workday tenant "nwh": applied, a no)
    (
        "Northwell Health",
        "applied",
        "2025-10-01",
        "Northwell Health Careers <nwh@myworkday.com>",
        "Thank you for applying - UX Researcher II",
        "Dear Priya,\n\nThank you for applying to the UX Researcher II position at Northwell Health. We have received "
        "your application and will review it carefully.\n\nNorthwell Health Talent Acquisition",
        "nw1",
    ),
    (
        "Northwell Health",
        "rejected",
        "2025-10-20",
        "Northwell Health Careers <nwh@myworkday.com>",
        "Update on your application - UX Researcher II",
        "Dear Priya,\n\nThank you for your interest in Northwell Health. We have reviewed your application for UX "
        "Researcher II and regret to inform you that we will not be moving forward with your candidacy.",
        "nw2",
    ),
    # Oakleaf Software (an agency recruiter on Gmail; Calendly; a portfolio review; an offer by DocuSign; yes)
    (
        "Oakleaf Software",
        "screen",
        "2025-10-02",
        _BETH,
        "UX Researcher role at Oakleaf Software - your application",
        "Hi Priya,\n\nI'm recruiting for Oakleaf Software and saw your application for their UX Researcher role come "
        "through. Could we do a 20-minute call tomorrow? I can walk you through the team and the process.\n\nBeth "
        "Harmon\nIndependent Recruiter for Oakleaf Software",
        "ok1",
    ),
    (
        "Oakleaf Software",
        "applied",
        "2025-09-30",
        "Oakleaf Software <no-reply@ashbyhq.com>",
        "Thanks for applying to Oakleaf Software",
        "Hi Priya,\n\nThanks for applying to Oakleaf Software! We've received your application for UX Researcher.",
        "ok0",
    ),
    (
        "Oakleaf Software",
        "interview",
        "2025-10-08",
        "Calendly <notifications@calendly.com>",
        "New Event: Priya Raman - Portfolio Review with Oakleaf Software",
        "Hi Priya Raman,\n\nA new event has been scheduled.\n\nEvent Type: Portfolio Review with Oakleaf Software "
        "(60 min)\nInvitee: Priya Raman\nDate/Time: 1:00pm - Tuesday, October 14, 2025 (Eastern Time)",
        "ok2",
    ),
    (
        "Oakleaf Software",
        "thank_you",
        "2025-10-14",
        _ME,
        "Thank you - portfolio review",
        "Hi Beth,\n\nCould you pass my thanks on to Dev and Sara for the portfolio review this afternoon? I really "
        "enjoyed the conversation about their research ops.\n\nPriya",
        "ok3",
    ),
    (
        "Oakleaf Software",
        "onsite",
        "2025-10-17",
        _BETH,
        "Oakleaf - final round",
        "Hi Priya,\n\nGreat news, they want you for the final round: a 45-minute research presentation to the product "
        "team, then back-to-back conversations with the VP of Design and two PMs. Thursday 10/23 works?\n\nBeth",
        "ok4",
    ),
    (
        "Oakleaf Software",
        "offer",
        "2025-10-29",
        "DocuSign <dse@docusign.net>",
        "Oakleaf Software sent you a document to review and sign",
        "Oakleaf Software People Team sent you a document to review and sign.\n\nOffer Letter - Priya Raman - UX "
        "Researcher.pdf\n\nREVIEW DOCUMENT",
        "ok5",
    ),
    (
        "Oakleaf Software",
        "accepted",
        "2025-10-30",
        "DocuSign <dse@docusign.net>",
        "Completed: Offer Letter - Priya Raman - UX Researcher",
        "All parties have completed Offer Letter - Priya Raman - UX Researcher.pdf. View the completed document.",
        "ok6",
    ),
    # Tar Heel Bank (an InMail from its recruiter about her application; a screen; she withdraws)
    (
        "Tar Heel Bank",
        "applied",
        "2025-10-03",
        "Tar Heel Bank <tarheelbank@myworkday.com>",
        "Tar Heel Bank: Application Received",
        "Dear Priya,\n\nThank you for your interest in Tar Heel Bank. Your application for Senior UX Researcher "
        "(R-5521) has been received.",
        "th1",
    ),
    (
        "Tar Heel Bank",
        "screen",
        "2025-10-09",
        "Omar Haddad via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Your application to Tar Heel Bank",
        "Hi Priya, I'm the recruiter for the Senior UX Researcher role you applied to at Tar Heel Bank. Would you be "
        "open to a 30-minute phone screen this week? Omar",
        "th2",
    ),
    (
        "Tar Heel Bank",
        "withdrew",
        "2025-10-31",
        _ME,
        "Senior UX Researcher - withdrawing",
        "Hi Omar,\n\nThank you for your time and for considering me. I've accepted an offer elsewhere and would like "
        "to withdraw my application for the Senior UX Researcher role.\n\nBest,\nPriya",
        "th3",
    ),
    # Piedmont Labs (Greenhouse; a research exercise; a no signed "Talent Acquisition")
    (
        "Piedmont Labs",
        "applied",
        "2025-10-06",
        "Piedmont Labs <no-reply@greenhouse.io>",
        "Thank you for applying to Piedmont Labs",
        "Hi Priya,\n\nThanks for your interest in Piedmont Labs! We've received your application for User Researcher.",
        "pl1",
    ),
    (
        "Piedmont Labs",
        "interview",
        "2025-10-13",
        "Piedmont Labs <no-reply@greenhouse.io>",
        "Piedmont Labs - research exercise",
        "Hi Priya,\n\nThe team enjoyed your application! The next step is a take-home research exercise: plan a "
        "study for one of our features. You'll have a week to complete it.",
        "pl2",
    ),
    (
        "Piedmont Labs",
        "rejected",
        "2025-10-27",
        "Talent Acquisition <no-reply@piedmontlabs.com>",
        "Your Piedmont Labs application",
        "Hi Priya,\n\nThank you for completing the research exercise. After reviewing it, the team has decided not "
        "to move forward with your application. We appreciate the effort you put in.\n\nTalent Acquisition",
        "pl3",
    ),
    # Crabtree Media (her own application by mail; no answer, then a follow-up)
    (
        "Crabtree Media",
        "applied",
        "2025-10-07",
        _ME,
        "UX Researcher - Priya Raman",
        "Hello,\n\nI'm writing to apply for the UX Researcher position posted on your careers page. My resume and "
        "portfolio link are attached.\n\nBest regards,\nPriya Raman",
        "cm1",
    ),
    (
        "Crabtree Media",
        "follow_up",
        "2025-10-24",
        _ME,
        "Re: UX Researcher - Priya Raman",
        "Hello,\n\nI wanted to follow up on my application for the UX Researcher position sent on October 7. I'm "
        "still very interested in the role.\n\nBest,\nPriya",
        "cm1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Nielsen Norman Group <newsletter@nngroup.com>",
        "UX Research: 5 interview mistakes",
        "newsletter",
        "New article: 5 user interview mistakes and how to avoid them. Read more. Unsubscribe",
    ),
    (
        "Figma <events@figma.com>",
        "Webinar: research repositories in FigJam",
        "newsletter",
        "Join us October 16 for a live session on research repositories. Register. Unsubscribe",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "UX Researcher: Oakleaf Software and 6 more",
        "alert",
        "UX Researcher - Oakleaf Software - Remote. Senior UX Researcher - Tar Heel Bank - Charlotte. See all jobs.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "New UX jobs in Raleigh",
        "alert",
        "UX Researcher - Crabtree Media - Raleigh, NC. Easily apply. View all jobs.",
    ),
    (
        "DesignLab <hello@designlab.com>",
        "Land your first UX job in 12 weeks",
        "newsletter",
        "Our mentors help career changers land UX roles. Book a call with an admissions advisor. Unsubscribe.",
    ),
    (
        "Maya Lin <mayalin.design@gmail.com>",
        "Re: portfolio feedback",
        "personal",
        "Looked at your case studies - the onboarding one is great! Maybe tighten the research ops section before "
        "your interviews. Good luck!",
    ),
    (
        "Calendly <notifications@calendly.com>",
        "New Event: Priya Raman - Coffee with Maya",
        "personal",
        "A new event has been scheduled. Event Type: Coffee with Maya (30 min). Invitee: Priya Raman. Date/Time: "
        "9:00am - Saturday, October 11, 2025.",
    ),
    (
        "DocuSign <dse@docusign.net>",
        "Please DocuSign: Lease Agreement - 412 Oberlin Rd",
        "other",
        "Oberlin Property Management sent you a document to review and sign: Lease Agreement - 412 Oberlin Rd.pdf",
    ),
    (
        "UXPA Triangle <info@uxpatriangle.org>",
        "October meetup: accessibility research",
        "newsletter",
        "Join UXPA Triangle on October 22 for a talk on accessibility research. RSVP. Unsubscribe",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Oakleaf Software reviews: see what employees say",
        "newsletter",
        "Oakleaf Software has 4.3 stars. Read reviews, salaries and interview questions. Unsubscribe",
    ),
    (
        "Target <target@em.target.com>",
        "Your order is ready for pickup",
        "shop",
        "Your order is ready for pickup at Target Raleigh North Hills.",
    ),
    (
        "Duke Energy <noreply@duke-energy.com>",
        "Your bill is ready to view",
        "other",
        "Your Duke Energy bill is ready. Amount due: $92.18.",
    ),
    (
        "Kevin Park <kevin@pixelforge.agency>",
        "Contract UX research - 3 months",
        "outreach",
        "Hi Priya, we have a 3-month contract UX research engagement with a healthcare client. Interested in a quick "
        "chat this week?\n\nKevin Park, Pixelforge",
    ),
    (
        "Dovetail <hello@dovetail.com>",
        "Your trial ends in 3 days",
        "other",
        "Your Dovetail trial ends in 3 days. Upgrade to keep your research repository.",
    ),
    (
        "LinkedIn <messaging-digest-noreply@linkedin.com>",
        "Priya, you have 1 new message",
        "other",
        "Kevin Park: Hi Priya, following up on the contract role... View message.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=PRIYA,
        own_to={
            "Oakleaf Software": _BETH,
            "Tar Heel Bank": _OMAR,
            "Crabtree Media": "Crabtree Media Careers <careers@crabtreemedia.com>",
        },
        offset="-0400",
        clock="13:30:00",
        neg_start="2025-10-01",
        neg_step=2,
        neg_clock="07:10:00",
        tag="hundredtwentythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
