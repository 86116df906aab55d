"""A hundred-and-seventy-second mailbox, written as a held-out check after the hundred-and-seventy-first (issue #24).

Marisol, a reporter in Miami looking for newsroom work, exported Gmail with Takeout.  Newsrooms hire with an edit
test, a "tryout shift", clips and references, and editors who write from their own phones; a public broadcaster
uses its own careers portal, a national chain its Workday, a magazine a freelance contract first.  Negatives: press
releases, a journalism foundation's fellowship newsletter, a source's tip, a union's notice, a reader's complaint,
job-board alerts.  Its truth first named the parent company of the Workday tenant's display name, "Gulfstream Media
Group"; the mail names the newsroom ("the Metro Reporter position at the Gulfstream Herald", every later mail from
gulfstreamherald.com), and so does the truth now, a judgment between a brand and its parent.  Its own application to
the weekly first named no paper; it now says "Tidewater Weekly", as a person's would.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARISOL = "marisol.vega.news@gmail.com"
ME = f"Marisol Vega <{MARISOL}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Gulfstream Herald",
        "applied",
        "2025-03-03",
        "Gulfstream Media Group <gulfstreammedia@myworkday.com>",
        "Thank you for your application - Metro Reporter (R-30417)",
        "Dear Marisol Vega,\n\nThank you for applying to the Metro Reporter position at the Gulfstream Herald. We "
        "have received your application, resume and clips.\n\nGulfstream Media Group Talent Acquisition",
        "g1",
    ),
    (
        "South Florida Public Media",
        "applied",
        "2025-03-04",
        "SFPM Careers <careers@sfpublicmedia.org>",
        "We received your application: Digital Producer",
        "Hello Marisol,\n\nThank you for applying for the Digital Producer position with South Florida Public Media. "
        "Your application is now being reviewed by the hiring manager.\n\nSouth Florida Public Media | People & "
        "Culture",
        "s1",
    ),
    (
        "Tidewater Weekly",
        "applied",
        "2025-03-05",
        ME,
        "Staff writer application - Marisol Vega",
        "Hi Ray,\n\nI'd like to apply for the staff writer opening you posted at Tidewater Weekly. I've attached my resume and five clips "
        "from my work covering Miami-Dade County government.\n\nThank you,\nMarisol Vega",
        "t1",
    ),
    (
        "Gulfstream Herald",
        "interview",
        "2025-03-10",
        "Denise Carter <dcarter@gulfstreamherald.com>",
        "Metro Reporter - edit test",
        "Hi Marisol,\n\nThanks for applying to the Herald. As a next step, we'd like you to complete a two-hour edit "
        "and writing test. I'll send it Thursday at 10 a.m.; please return it by noon.\n\nDenise Carter\nMetro "
        "Editor",
        "g2",
    ),
    (
        "Tidewater Weekly",
        "interview",
        "2025-03-11",
        "Ray Dunn <raydunn.tidewater@gmail.com>",
        "Re: Staff writer application - Marisol Vega",
        "Marisol - liked your clips a lot. Can you come in for a tryout shift next Monday? You'd work a story with us "
        "for the day. Paid. Ray\n\nSent from my iPhone",
        "t1",
    ),
    (
        "South Florida Public Media",
        "rejected",
        "2025-03-14",
        "SFPM Careers <careers@sfpublicmedia.org>",
        "Your application for Digital Producer",
        "Hello Marisol,\n\nThank you for your interest in South Florida Public Media. The hiring team has reviewed "
        "your application and will not be moving forward at this time. We hope you'll apply again.\n\nPeople & "
        "Culture",
        "s2",
    ),
    (
        "Gulfstream Herald",
        "onsite",
        "2025-03-18",
        "Denise Carter <dcarter@gulfstreamherald.com>",
        "Re: Metro Reporter - edit test",
        "Hi Marisol,\n\nStrong test. We'd like you to come to the newsroom on March 25 for a final round of interviews "
        "with the managing editor, the executive editor and me.\n\nDenise",
        "g2",
    ),
    (
        "Tidewater Weekly",
        "rejected",
        "2025-03-19",
        "Ray Dunn <raydunn.tidewater@gmail.com>",
        "Re: Staff writer application - Marisol Vega",
        "Marisol, thanks for Monday - good story. We went with someone who already knows the county beat. Keep "
        "pitching us freelance. Ray",
        "t1",
    ),
    (
        "Gulfstream Herald",
        "thank_you",
        "2025-03-25",
        ME,
        "Thank you - Metro Reporter",
        "Hi Denise,\n\nThank you for today's interviews and for the tour of the newsroom. I'd love to join the metro "
        "team.\n\nBest,\nMarisol",
        "g3",
    ),
    (
        "Gulfstream Herald",
        "offer",
        "2025-03-28",
        "Denise Carter <dcarter@gulfstreamherald.com>",
        "Offer - Metro Reporter",
        "Hi Marisol,\n\nI'm happy to tell you we'd like to offer you the Metro Reporter job. HR will send the formal "
        "offer letter through Workday today; salary is $62,000. Call me with any questions.\n\nDenise",
        "g4",
    ),
    (
        "Gulfstream Herald",
        "accepted",
        "2025-03-31",
        ME,
        "Re: Offer - Metro Reporter",
        "Denise, I accept! I've signed the letter in Workday. Can't wait to start on April 14.\n\nMarisol",
        "g4",
    ),
]

_OWN_TO = {
    "Tidewater Weekly": "Ray Dunn <raydunn.tidewater@gmail.com>",
    "Gulfstream Herald": "Denise Carter <dcarter@gulfstreamherald.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Miami-Dade County Communications <press@miamidade.gov>",
        "MEDIA ADVISORY: County budget hearing Thursday",
        "other",
        "The Board of County Commissioners will hold its budget hearing Thursday at 5 p.m. Media are invited.",
    ),
    (
        "Knight Journalism Fellowships <news@knightfellows.org>",
        "Applications open for the 2026 fellowship",
        "newsletter",
        "Apply now for a year of study. Past fellows interviewed leaders across the industry. Unsubscribe",
    ),
    (
        "Anonymous Source <tips.for.marisol@proton.me>",
        "story tip - county contracts",
        "personal",
        "You should look at the paving contracts awarded last spring. Happy to talk off the record.",
    ),
    (
        "NewsGuild-CWA <info@newsguild.org>",
        "Bargaining update from the Herald unit",
        "newsletter",
        "Our unit reached a tentative agreement on wages. Read the details and vote by Friday.",
    ),
    (
        "Reader <bill.hollis1951@aol.com>",
        "Your story was WRONG",
        "personal",
        "Your article about the bus routes was full of mistakes. I demand a correction.",
    ),
    (
        "JournalismJobs.com <alerts@journalismjobs.com>",
        "New jobs: Reporter, Producer, Editor",
        "alert",
        "Reporter - Sun Sentinel - Fort Lauderdale. Producer - WLRN - Miami. View all jobs.",
    ),
    (
        "Mediabistro <jobs@mediabistro.com>",
        "Jobs you may like",
        "alert",
        "Digital Editor - Miami. Social Media Producer - Remote. See more.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARISOL,
        own_to=_OWN_TO,
        offset="-0400",
        clock="14:10:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="07:15:00",
        tag="hundredseventytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
