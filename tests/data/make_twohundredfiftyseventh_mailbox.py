"""A two-hundred-and-fifty-seventh mailbox, written as a held-out check after the two-hundred-and-fifty-sixth
(issue #24).

Ola, a QA engineer in Warsaw, exports Gmail with Takeout from an account in English.  Polish employers write in
English with their own forms: "sp. z o.o." and "S.A." after names, justjoin.it's and Pracuj.pl's receipts, a
"technical interview" and a "meeting with the team leader", "we have decided to continue the recruitment process
with other candidates", a "B2B contract" offer ("umowa B2B") and a "contract of employment" (umowa o pracę), and a
software house writing from a domain with "-software" after its name.  Negatives: Pracuj.pl's alerts, an
InPost parcel, ZUS, a conference, a friend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLA = "ola.kowalczyk.qa@gmail.com"
ME = f"Aleksandra Kowalczyk <{OLA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Wisła Software",
        "applied",
        "2025-03-03",
        "justjoin.it <noreply@justjoin.it>",
        "Your application has been sent to Wisła Software",
        "Hi Aleksandra,\n\nYour application for QA Automation Engineer at Wisła Software sp. z o.o. has been sent. "
        "Good luck!\n\njustjoin.it",
        "w1",
    ),
    (
        "Bałtyk Bank",
        "applied",
        "2025-03-04",
        "Pracuj.pl <noreply@pracuj.pl>",
        "Potwierdzenie aplikacji: Test Engineer",
        "Hi Aleksandra,\n\nThank you for applying for Test Engineer at Bałtyk Bank S.A. Your application was "
        "delivered to the employer.\n\nPracuj.pl",
        "b1",
    ),
    (
        "Kraków Labs",
        "applied",
        "2025-03-05",
        "Kraków Labs <jobs@krakowlabs.io>",
        "Thanks for applying to Kraków Labs!",
        "Hey Aleksandra,\n\nThanks for applying for the QA Engineer role. We'll get back to you within 7 days.\n\n"
        "Kraków Labs Team",
        "k1",
    ),
    (
        "Wisła Software",
        "interview",
        "2025-03-10",
        "Marta Nowak <marta.nowak@wisla-software.pl>",
        "Technical interview - QA Automation Engineer",
        "Hi Aleksandra,\n\nThank you for your application. We would like to invite you to a technical interview with "
        "our QA Lead on Thursday at 14:00 via Google Meet.\n\nBest regards,\nMarta Nowak\nIT Recruiter",
        "w2",
    ),
    (
        "Bałtyk Bank",
        "rejected",
        "2025-03-12",
        "Bałtyk Bank - Rekrutacja <rekrutacja@baltykbank.pl>",
        "Test Engineer recruitment",
        "Dear Aleksandra,\n\nThank you for your interest in working at Bałtyk Bank. We have decided to continue the "
        "recruitment process with other candidates whose experience better matches our needs.\n\nKind regards,\n"
        "Recruitment Team",
        "b1",
    ),
    (
        "Wisła Software",
        "onsite",
        "2025-03-17",
        "Marta Nowak <marta.nowak@wisla-software.pl>",
        "RE: Technical interview - QA Automation Engineer",
        "Hi Aleksandra,\n\nGreat job at the technical interview! The last stage is a meeting with the team leader and "
        "our CTO at our office on Prosta Street on Monday.\n\nBest regards,\nMarta",
        "w2",
    ),
    (
        "Kraków Labs",
        "rejected",
        "2025-03-19",
        "Kraków Labs <jobs@krakowlabs.io>",
        "Re: Thanks for applying to Kraków Labs!",
        "Hey Aleksandra,\n\nThanks for your patience. We've decided not to move forward at this stage, as we're "
        "looking for someone with more mobile testing experience. Good luck!\n\nKraków Labs Team",
        "k1",
    ),
    (
        "Wisła Software",
        "offer",
        "2025-03-24",
        "Marta Nowak <marta.nowak@wisla-software.pl>",
        "Offer - QA Automation Engineer",
        "Hi Aleksandra,\n\nWe're happy to offer you the QA Automation Engineer position! You can choose a B2B contract "
        "(umowa B2B) at 19,000 PLN net + VAT or a contract of employment at 15,500 PLN gross. Let me know your "
        "choice.\n\nBest regards,\nMarta",
        "w3",
    ),
    (
        "Wisła Software",
        "accepted",
        "2025-03-25",
        ME,
        "RE: Offer - QA Automation Engineer",
        "Hi Marta,\n\nThank you! I'm happy to accept the offer - I'd prefer the B2B contract. Could you send the draft?"
        "\n\nBest regards,\nOla",
        "w3",
    ),
]

_OWN_TO = {"Wisła Software": "Marta Nowak <marta.nowak@wisla-software.pl>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Pracuj.pl <powiadomienia@pracuj.pl>",
        "Nowe oferty pracy: Tester",
        "alert",
        "QA Engineer - Warszawa; Test Automation Engineer - Kraków; Tester manualny - Gdańsk.",
    ),
    (
        "InPost <noreply@inpost.example>",
        "Twoja paczka czeka w Paczkomacie",
        "other",
        "Odbierz paczkę w Paczkomacie WAW123 do jutra.",
    ),
    (
        "ZUS <noreply@zus.example>",
        "Nowa wiadomość na PUE",
        "other",
        "Masz nową wiadomość na Platformie Usług Elektronicznych.",
    ),
    (
        "TestWarez <info@testwarez.example>",
        "TestWarez 2025: call for speakers",
        "newsletter",
        "Share your testing story at TestWarez 2025 in Warsaw. Call for speakers closes soon.",
    ),
    (
        "Kasia Wiśniewska <kasia.w@wp.example>",
        "Kawa w sobotę?",
        "personal",
        "Hej! Kawa w sobotę na Mokotowie?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=OLA,
        own_to=_OWN_TO,
        offset="+0100",
        clock="09:20:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="20:00:00",
        tag="twohundredfiftyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
