"""A six-hundred-and-fifty-second mailbox, written as a held-out check after the six-hundred-and-fifty-first
(issue #24).

Jordan Kim, a backend engineer in Seattle, exports his Gmail with Takeout. Much of his interview mail is calendar
mail: Google Calendar's "Invitation: Technical Interview - Jordan Kim <> Figma @ Tue Sep 16, 2025 10am - 11am (PDT)"
sent by Figma's coordinator, "Updated invitation" when it moves, his own "Accepted: Technical Interview ..." RSVP
(which accepts a meeting, not an offer), Stripe's GoodTime "Your onsite interview with Stripe is confirmed", and
Zoom's "Jordan Kim, your meeting is scheduled" for Airtable. Tracking systems send HTML-only mail: Figma's
Greenhouse receipt, Airtable's Ashby receipt and rejection, Stripe's Lever receipt; Stripe's recruiter's "I'd love to
set up a 30-minute call" screen; Figma's "we won't be moving forward"; Stripe's offer through DocuSign and his
acceptance. Negatives: his own "Accepted: Coffee chat" RSVP to a friend, Google Calendar's daily agenda, Levels.fyi's
newsletter, LinkedIn's "Jobs you may be interested in", a Figma product newsletter and his climbing gym. ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JORDAN = "jordan.kim.sea@gmail.com"
ME = f"Jordan Kim <{JORDAN}>"
FIGMA = "Figma <no-reply@us.greenhouse-mail.example>"
FIGCO = "Priya Shah <priya.shah@figma.example>"
AIR = "Airtable <no-reply@ashbyhq.example>"
STRIPE = "Stripe <no-reply@hire.lever.example>"
STRR = "Marcus Lee <marcusl@stripe.example>"
GT = "Stripe Recruiting <scheduling@goodtime.example>"
ZOOM = "Zoom <no-reply@zoom.example>"
DOCU = "Stripe via DocuSign <dse@docusign.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Figma",
        "applied",
        "2025-09-01",
        FIGMA,
        "Thank you for applying to Figma",
        "HTML:<html><body><p>Hi Jordan,</p><p>Thank you for applying to <b>Figma</b>! We've received your application "
        "for <b>Software Engineer, Backend</b> and our team will review it.</p><p>Figma Recruiting</p></body></html>",
        "t-fig",
    ),
    (
        "Airtable",
        "applied",
        "2025-09-02",
        AIR,
        "Thanks for applying to Airtable",
        "HTML:<html><body><p>Hi Jordan,</p><p>Thanks for your interest in Airtable. We've received your application "
        "for Software Engineer, Data Platform.</p><p>The Airtable Recruiting Team</p></body></html>",
        "t-air",
    ),
    (
        "Stripe",
        "applied",
        "2025-09-02",
        STRIPE,
        "Thanks for applying to Stripe",
        "HTML:<html><body><p>Hi Jordan,</p><p>Thanks for applying to Stripe for the Backend Engineer, Payments role. "
        "We'll review your application and get back to you.</p><p>Stripe Recruiting</p></body></html>",
        "t-stripe",
    ),
    (
        "Stripe",
        "screen",
        "2025-09-05",
        STRR,
        "Stripe - Backend Engineer",
        "Hi Jordan,\n\nThanks for applying to Stripe! I'd love to set up a 30-minute call to learn more about you and "
        "share more about the team. What does your availability look like next week?\n\nMarcus Lee\nTechnical "
        "Recruiter, Stripe",
        "t-str2",
    ),
    (
        "Figma",
        "interview",
        "2025-09-09",
        FIGCO,
        "Invitation: Technical Interview - Jordan Kim <> Figma @ Tue Sep 16, 2025 10am - 11am (PDT) "
        "(jordan.kim.sea@gmail.com)",
        "You have been invited to the following event.\n\nTechnical Interview - Jordan Kim <> Figma\nWhen: Tuesday Sep "
        "16, 2025 10am - 11am Pacific Time\nJoining info: meet.google.com/abc-defg-hij\nCalendar: "
        "jordan.kim.sea@gmail.com\nWho: priya.shah@figma.com - organizer, jordan.kim.sea@gmail.com\n\nGoing (jordan.kim."
        "sea@gmail.com)? Yes - Maybe - No\n\nInvitation from Google Calendar",
        "t-figcal",
    ),
    (
        "Figma",
        "skip",
        "2025-09-10",
        ME,
        "Accepted: Technical Interview - Jordan Kim <> Figma @ Tue Sep 16, 2025 10am - 11am (PDT)",
        "Jordan Kim has accepted this invitation.\n\nTechnical Interview - Jordan Kim <> Figma\nWhen: Tuesday Sep 16, "
        "2025 10am - 11am Pacific Time\n\nInvitation from Google Calendar",
        "t-figcal",
    ),
    (
        "Airtable",
        "interview",
        "2025-09-11",
        ZOOM,
        "Jordan Kim, your meeting is scheduled",
        "Hi Jordan Kim,\n\nYour meeting has been scheduled.\n\nTopic: Airtable Interview - Hiring Manager Round\nTime: Sep "
        "18, 2025 01:00 PM Pacific Time\n\nJoin Zoom Meeting",
        "t-airzoom",
    ),
    (
        "Stripe",
        "onsite",
        "2025-09-15",
        GT,
        "Your onsite interview with Stripe is confirmed",
        "Hi Jordan,\n\nYour onsite interview with Stripe is confirmed for Thursday, September 25, 9:00 AM - 2:00 PM PDT "
        "(four interviews, virtual). Details for each session are below.\n\nStripe Recruiting",
        "t-str3",
    ),
    (
        "Figma",
        "interview",
        "2025-09-15",
        FIGCO,
        "Updated invitation: Technical Interview - Jordan Kim <> Figma @ Wed Sep 17, 2025 10am - 11am (PDT) "
        "(jordan.kim.sea@gmail.com)",
        "This event has been changed.\n\nTechnical Interview - Jordan Kim <> Figma\nWhen: Wednesday Sep 17, 2025 10am - "
        "11am Pacific Time (changed)\nJoining info: meet.google.com/abc-defg-hij\n\nInvitation from Google Calendar",
        "t-figcal",
    ),
    (
        "Figma",
        "rejected",
        "2025-09-23",
        FIGMA,
        "Your application to Figma",
        "HTML:<html><body><p>Hi Jordan,</p><p>Thank you for taking the time to interview with us. After careful "
        "consideration, we won't be moving forward with your candidacy for this role.</p><p>Figma Recruiting</p>"
        "</body></html>",
        "t-fig",
    ),
    (
        "Airtable",
        "rejected",
        "2025-09-26",
        AIR,
        "Update on your Airtable application",
        "HTML:<html><body><p>Hi Jordan,</p><p>Thank you for your time with our team. Unfortunately, we've decided to "
        "pursue other candidates for this position.</p><p>The Airtable Recruiting Team</p></body></html>",
        "t-air",
    ),
    (
        "Stripe",
        "offer",
        "2025-10-02",
        DOCU,
        "Please DocuSign: Stripe Offer Letter - Jordan Kim",
        "Stripe Recruiting sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nJordan, we're excited to offer "
        "you a position at Stripe as Backend Engineer, Payments. Please review and sign your offer letter.",
        "t-strdoc",
    ),
    (
        "Stripe",
        "accepted",
        "2025-10-03",
        ME,
        "Re: Stripe - Backend Engineer",
        "Hi Marcus,\n\nI've signed the offer - I'm thrilled to accept and join Stripe!\n\nJordan",
        "t-str2",
    ),
]

_NEGATIVES = [
    (
        ME,
        "Accepted: Coffee chat @ Sat Sep 20, 2025 10am - 11am (PDT)",
        "other",
        "Jordan Kim has accepted this invitation.\n\nCoffee chat\nWhen: Saturday Sep 20, 2025 10am\n\nInvitation from "
        "Google Calendar",
    ),
    (
        "Google Calendar <calendar-notification@google.example>",
        "Daily agenda for Jordan Kim for Mon Sep 15, 2025",
        "other",
        "Your agenda for today: 10am Team standup. 6pm Climbing.",
    ),
    (
        "Levels.fyi <newsletter@levels.example>",
        "This week in tech compensation",
        "newsletter",
        "Offer trends and salary data. Unsubscribe.",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.example>",
        "Jobs you may be interested in",
        "alert",
        "Backend Engineer at Zillow. Software Engineer at Expedia. See all jobs.",
    ),
    (
        "Figma <news@figma.example>",
        "What's new in Figma: Dev Mode updates",
        "newsletter",
        "New features for developers. Unsubscribe.",
    ),
    (
        "Vertical World <info@verticalworld.example>",
        "Your membership renews soon",
        "other",
        "Your membership renews on October 1.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, sent_as, takeout_corpus

    return no_step(
        sent_as(
            takeout_corpus(
                sorted(_POSITIVES, key=lambda p: p[2]),
                _NEGATIVES,
                owner=JORDAN,
                own_to={"Figma": FIGCO, "Stripe": STRR},
                offset="-0700",
                clock="09:40:00",
                neg_start="2025-09-03",
                neg_step=4,
                neg_clock="20:10:00",
                tag="sixhundredfiftytwo",
            )
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
