"""A four-hundred-and-twenty-first mailbox, written as a held-out check after the four-hundred-and-twentieth (issue
#24).

Tomás, a product designer from Chile living in Berlin, keeps his mail in Apple Mail and exports his inbox (a zipped
``INBOX.mbox``, replies tied by In-Reply-To).  Berlin's start-ups and scale-ups write English, some of it as Germans
write it: Personio's English receipt ("we have received your application documents"), JOIN's "Your application has
been sent", a founder's "we would be happy to get to know you in a first interview", "unfortunately we have to inform
you that we decided for another candidate", "we would like to invite you to a design challenge", "the last step will
be a meeting with our founders in our office in Kreuzberg", "we are very happy to make you an offer", a recruiting
agency's "I have presented your profile to my client, a fintech in Mitte" and "the client is Solaria Pay", his "I
happily accept" and a decline.  Negatives: a Berlin Startup Jobs digest, a JOIN alert, a design conference, a
coworking invoice, the Bürgeramt and his sister in Santiago.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TOMAS = "tomas.fuentes.design@icloud.example"
ME = f"Tomás Fuentes <{TOMAS}>"
HANNA = "Hanna Schulz <hanna@kiezkitchen.example>"
MAREIKE = "Mareike Wolf <m.wolf@spreetalent.example>"
JAN = "Jan Becker <jan.becker@lumitrack.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (  # 0
        "Lumitrack",
        "applied",
        "2025-05-05",
        "Lumitrack GmbH <noreply@lumitrack.jobs.personio.de>",
        "Your application as Senior Product Designer",
        "Dear Tomás,\n\nThank you for your interest in Lumitrack. We have received your application documents for the "
        "position Senior Product Designer (m/f/d) and will get back to you as soon as possible.\n\nKind regards\n"
        "Your Lumitrack People Team",
        None,
    ),
    (  # 1
        "Kiez Kitchen",
        "applied",
        "2025-05-06",
        "JOIN <noreply@join.example>",
        "Your application has been sent",
        "Hi Tomás,\n\nYour application for Product Designer (Mobile) at Kiez Kitchen has been sent successfully. "
        "Kiez Kitchen will contact you directly.\n\nYour JOIN Team",
        None,
    ),
    (  # 2
        "Solaria Pay",
        "applied",
        "2025-05-07",
        MAREIKE,
        "Product Designer - fintech in Mitte",
        "Hi Tomás,\n\nthanks for our call! As discussed I have presented your profile to my client, a fintech in Mitte, "
        "for the Product Designer role today. I will keep you posted.\n\nBest\nMareike Wolf\nSpree Talent "
        "Recruiting",
        None,
    ),
    (  # 3
        "Kiez Kitchen",
        "interview",
        "2025-05-08",
        HANNA,
        "Kiez Kitchen - Product Designer",
        "Hi Tomás,\n\nthank you for your application, we liked your portfolio a lot! We would be happy to get to know "
        "you in a first interview with me and our CTO. Would Tuesday at 11:00 work for you (Google Meet)?\n\nBest, "
        "Hanna\nCo-Founder, Kiez Kitchen",
        None,
    ),
    (  # 4
        "Solaria Pay",
        "interview",
        "2025-05-12",
        MAREIKE,
        "Re: Product Designer - fintech in Mitte",
        "Hi Tomás,\n\ngood news: the client is Solaria Pay and they would like to meet you on Thursday at 14:00 in "
        "their office on Torstraße, with the Head of Design.\n\nBest\nMareike",
        2,
    ),
    (  # 5
        "Lumitrack",
        "interview",
        "2025-05-13",
        JAN,
        "Next step: design challenge",
        "Dear Tomás,\n\nthank you for your patience. We would like to invite you to a design challenge: a small task "
        "around our driver app that you can work on at home within one week.\n\nBest regards\nJan Becker\nHead of "
        "Design, Lumitrack",
        None,
    ),
    (  # 6
        "Kiez Kitchen",
        "onsite",
        "2025-05-15",
        HANNA,
        "Re: Kiez Kitchen - Product Designer",
        "Hi Tomás,\n\nthanks for the great talk! The last step will be a meeting with our founders in our office in "
        "Kreuzberg, next Wednesday at 10:00. You would also present one case from your portfolio.\n\nHanna",
        3,
    ),
    (  # 7
        "Solaria Pay",
        "rejected",
        "2025-05-19",
        MAREIKE,
        "Re: Re: Product Designer - fintech in Mitte",
        "Hi Tomás,\n\nunfortunately I have to inform you that Solaria Pay decided for another candidate with more "
        "experience in banking products. I am sorry - let's talk about other roles soon.\n\nMareike",
        4,
    ),
    (  # 8
        "Kiez Kitchen",
        "offer",
        "2025-05-22",
        HANNA,
        "Offer Kiez Kitchen",
        "Hi Tomás,\n\nwe are very happy to make you an offer for the Product Designer position: 68.000 EUR per year, "
        "start on 1 July. The contract follows by DocuSign.\n\nHanna",
        None,
    ),
    (  # 9
        "Kiez Kitchen",
        "accepted",
        "2025-05-23",
        ME,
        "Re: Offer Kiez Kitchen",
        "Hi Hanna,\n\nthank you so much! I happily accept and look forward to 1 July.\n\nTomás",
        8,
        HANNA,
    ),
    (  # 10
        "Lumitrack",
        "withdrew",
        "2025-05-23",
        ME,
        "Re: Next step: design challenge",
        "Dear Jan,\n\nthank you for the opportunity. I have decided to accept another offer, so I withdraw my "
        "application and will not submit the design challenge.\n\nBest regards\nTomás",
        5,
        JAN,
    ),
]

_NEGATIVES = [
    (
        "Berlin Startup Jobs <digest@berlinstartupjobs.example>",
        "This week's design jobs",
        "alert",
        "Product Designer - N26. UX Designer - GetYourGuide. See all jobs.",
    ),
    (
        "JOIN <alerts@join.example>",
        "New jobs matching 'product designer'",
        "alert",
        "Senior Product Designer - Berlin. UI Designer - Potsdam.",
    ),
    (
        "UX Berlin Conf <hello@uxberlin.example>",
        "Early bird tickets end Friday",
        "newsletter",
        "Two days of talks and workshops in Friedrichshain.",
    ),
    (
        "Betahaus <billing@betahaus.example>",
        "Your invoice for May",
        "other",
        "Flex desk membership, 199 EUR.",
    ),
    (
        "Bürgeramt Berlin <termin@berlin.example>",
        "Terminbestätigung",
        "other",
        "Ihr Termin zur Anmeldung am 20.05.2025 um 09:15.",
    ),
    (
        "Catalina Fuentes <cata.fuentes@gmail.example>",
        "mamá",
        "personal",
        "Llama a la mamá este domingo!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=TOMAS,
        offset=lambda d: "+0200",
        clock="10:25:00",
        neg_start="2025-05-04",
        neg_step=4,
        neg_clock="19:10:00",
        tag="fourhundredtwentyone",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports an inbox, zipped, into ``folder``; return its path."""
    from mail_score import write_apple_zip

    return write_apple_zip(Path(folder) / "Inbox.zip", msgs if msgs is not None else messages())
