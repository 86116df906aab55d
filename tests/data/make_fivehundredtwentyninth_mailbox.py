"""A five-hundred-and-twenty-ninth mailbox, written as a held-out check after the five-hundred-and-twenty-eighth
(issue #24).

Sam Okafor, a UX designer in Portland, keeps her mail in Gmail, exported with Takeout.  She applies to small studios
by writing to them, and her mailbox holds what such a search does around its steps: her own "Please find my portfolio
and resume attached for the Product Designer role", a studio's out-of-office auto-reply to it (no step), its
principal's "Thanks Sam, we'll take a look and be in touch" (a reply to an application made by mail), a Google
Calendar invitation "Interview: Sam Okafor <> Fieldwork Studio", "We loved meeting you and would like to offer you the
role", her forward of that offer to her mentor (no step), her "I'm so happy to accept!", a second studio's "we've
decided to go in a different direction", and a product company's Greenhouse receipt and its refusal.  Negatives: a
design job board's alert, a newsletter, a recruiter's cold mail, Figma's billing, a conference and her sister.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SAM = "sam.okafor.design@gmail.com"
ME = f"Sam Okafor <{SAM}>"
FIELDWORK = "Jess Lin <jess@fieldworkstudio.example>"
OAK = "Oak & Ember <hello@oakandember.example>"
MENTOR = "Priya Nair <priya.nair@gmail.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Fieldwork Studio",
        "applied",
        "2025-04-01",
        ME,
        "Product Designer - Sam Okafor",
        "Hi Jess,\n\nPlease find my portfolio and resume attached for the Product Designer role at Fieldwork Studio. I'd "
        "love to bring my research-led approach to your client work.\n\nBest,\nSam Okafor",
        "t-fw",
    ),
    (
        "Fieldwork Studio",
        "skip",
        "2025-04-01",
        FIELDWORK,
        "Automatic reply: Product Designer - Sam Okafor",
        "I'm out of the office until April 3 with limited access to email. I'll reply when I'm back.\n\nJess",
        "t-fw",
    ),
    (
        "Oak & Ember",
        "applied",
        "2025-04-02",
        ME,
        "Application: UX Designer",
        "Hello Oak & Ember team,\n\nI'm applying for the UX Designer opening posted on your site. My portfolio and resume "
        "are attached.\n\nThank you,\nSam Okafor",
        "t-oak",
    ),
    (
        "Northstar Health",
        "applied",
        "2025-04-03",
        "Northstar Health <no-reply@greenhouse.example>",
        "Thank you for applying to Northstar Health",
        "Hi Sam,\n\nThanks for applying to the Senior Product Designer role at Northstar Health. Our team will review "
        "your application.\n\nNorthstar Health Recruiting",
        "t-ns",
    ),
    (
        "Fieldwork Studio",
        "reply",
        "2025-04-04",
        FIELDWORK,
        "Re: Product Designer - Sam Okafor",
        "Thanks Sam, we'll take a look at your portfolio and be in touch next week.\n\nJess",
        "t-fw",
    ),
    (
        "Fieldwork Studio",
        "interview",
        "2025-04-09",
        "Google Calendar <calendar-notification@google.example>",
        "Invitation: Interview: Sam Okafor <> Fieldwork Studio @ Mon Apr 14, 2025 10am - 11am (PDT)",
        "Jess Lin has invited you to an event.\n\nInterview: Sam Okafor <> Fieldwork Studio\nWhen: Monday Apr 14, 2025 "
        "10am - 11am (PDT)\nWhere: Fieldwork Studio, 1120 NW Couch St\n\nOrganizer: jess@fieldworkstudio.example",
        "t-fw-cal",
    ),
    (
        "Oak & Ember",
        "rejected",
        "2025-04-10",
        OAK,
        "Re: Application: UX Designer",
        "Hi Sam,\n\nThanks so much for reaching out. We've decided to go in a different direction for this role, but we "
        "really enjoyed your portfolio.\n\nOak & Ember",
        "t-oak",
    ),
    (
        "Northstar Health",
        "rejected",
        "2025-04-15",
        "Northstar Health <no-reply@greenhouse.example>",
        "Your application to Northstar Health",
        "Hi Sam,\n\nThank you for your interest in Northstar Health. Unfortunately, we won't be moving forward with your "
        "application at this time.\n\nNorthstar Health Recruiting",
        "t-ns",
    ),
    (
        "Fieldwork Studio",
        "offer",
        "2025-04-18",
        FIELDWORK,
        "Fieldwork - offer",
        "Hi Sam,\n\nWe loved meeting you and would like to offer you the Product Designer role! $98k, starting May 12. "
        "Details attached.\n\nJess",
        "t-fw2",
    ),
    (
        "Fieldwork Studio",
        "skip",
        "2025-04-18",
        ME,
        "Fwd: Fieldwork - offer",
        "Priya!! Look!! Can we talk tonight about the number?\n\n---------- Forwarded message ---------\nFrom: Jess Lin "
        "<jess@fieldworkstudio.example>\nSubject: Fieldwork - offer\n\nHi Sam,\n\nWe loved meeting you and would like "
        "to offer you the Product Designer role! $98k, starting May 12.",
        "t-fwd",
    ),
    (
        "Fieldwork Studio",
        "accepted",
        "2025-04-21",
        ME,
        "Re: Fieldwork - offer",
        "Hi Jess,\n\nI'm so happy to accept! Thank you - see you on the 12th.\n\nSam",
        "t-fw2",
    ),
]

_NEGATIVES = [
    (
        "Dribbble Jobs <jobs@dribbble.example>",
        "New design jobs in Portland",
        "alert",
        "Product Designer - Portland. UX Designer - Remote. View all.",
    ),
    (
        "Sidebar <hello@sidebar.example>",
        "5 design links, every weekday",
        "newsletter",
        "Today's links. Unsubscribe.",
    ),
    (
        "Mia Torres <mia@designrecruit.example>",
        "Contract UX role - 6 months",
        "outreach",
        "Hi Sam, I have a 6-month contract UX role at a healthcare company. Open to a chat?",
    ),
    (
        "Figma <billing@figma.example>",
        "Your Figma receipt",
        "other",
        "Thanks for your payment.",
    ),
    (
        "Design Week Portland <info@dwp.example>",
        "Tickets on sale",
        "newsletter",
        "Get your pass. Unsubscribe.",
    ),
    (
        "Ada Okafor <ada.okafor@gmail.example>",
        "mom's bday",
        "personal",
        "Are we doing dinner for mom Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=SAM,
        own_to={"Fieldwork Studio": FIELDWORK, "Oak & Ember": OAK},
        offset="-0700",
        clock="10:10:00",
        neg_start="2025-03-31",
        neg_step=4,
        neg_clock="21:15:00",
        tag="fivehundredtwentynine",
    )
    # (her forward goes to her mentor, not the studio)
    for m, _ in msgs:
        if str(m["Subject"]).startswith("Fwd:"):
            del m["To"]
            m["To"] = MENTOR
    return no_step(msgs)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
