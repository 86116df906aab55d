"""A hundred-and-seventy-ninth mailbox, written as a held-out check after the hundred-and-seventy-eighth (issue #24).

Piotr, a Python developer in Warsaw, exported Gmail with Takeout.  Poland's job boards confirm applications
(justjoin.it and No Fluff Jobs in English, Pracuj.pl in Polish), recruiters write in English and sign "Pozdrawiam",
an offer is a B2B contract, and one German company answers through Personio.  Negatives: a parcel locker, a ride
receipt, a bank, a conference, an agency's pitch, a friend writing in Polish, job alerts.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PIOTR = "piotr.zielinski.dev@gmail.com"
ME = f"Piotr Zieliński <{PIOTR}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Vistula Soft",
        "applied",
        "2025-10-06",
        "justjoin.it <noreply@justjoin.it>",
        "Your application has been sent",
        "Hi Piotr,\n\nYour application for Senior Python Developer at Vistula Soft has been sent. Good luck!\n\n"
        "justjoin.it",
        "v1",
    ),
    (
        "Baltic Data",
        "applied",
        "2025-10-07",
        "No Fluff Jobs <noreply@nofluffjobs.com>",
        "You applied for Data Engineer at Baltic Data",
        "Hi Piotr,\n\nYour application for the Data Engineer position at Baltic Data has been submitted. The company "
        "will contact you if your profile matches.\n\nNo Fluff Jobs",
        "b1",
    ),
    (
        "Wisła Tech",
        "applied",
        "2025-10-08",
        "Pracuj.pl <powiadomienia@pracuj.pl>",
        "Twoja aplikacja została wysłana",
        "Dzień dobry,\n\nDziękujemy! Twoja aplikacja na stanowisko Programista Python w firmie Wisła Tech Sp. z o.o. "
        "została wysłana do pracodawcy.\n\nZespół Pracuj.pl",
        "w1",
    ),
    (
        "Rhein Cloud",
        "applied",
        "2025-10-08",
        "Rhein Cloud GmbH <noreply@personio.de>",
        "Ihre Bewerbung als Backend Developer (m/w/d)",
        "Hallo Piotr,\n\nvielen Dank für Ihre Bewerbung als Backend Developer (m/w/d) bei der Rhein Cloud GmbH. Wir "
        "prüfen Ihre Unterlagen und melden uns in den nächsten zwei Wochen.\n\nIhr Rhein Cloud Recruiting Team",
        "r1",
    ),
    (
        "Vistula Soft",
        "screen",
        "2025-10-09",
        "Agnieszka Nowak <agnieszka.nowak@vistulasoft.pl>",
        "Senior Python Developer - Vistula Soft",
        "Hi Piotr,\n\nThank you for applying. I'd like to invite you to a short call (20-30 min) to tell you more "
        "about the project and hear about your experience. Are you available on Thursday at 11:00?\n\nPozdrawiam,\n"
        "Agnieszka Nowak\nIT Recruiter",
        "v2",
    ),
    (
        "Baltic Data",
        "interview",
        "2025-10-10",
        "Baltic Data Recruitment <balticdata@recruitee.com>",
        "Home assignment - Data Engineer",
        "Hi Piotr,\n\nThanks for your interest in Baltic Data. As the next step, we'd like you to complete a home "
        "assignment: a small Airflow pipeline. Please send it back within 5 days.\n\nBaltic Data Recruitment",
        "b2",
    ),
    (
        "Vistula Soft",
        "interview",
        "2025-10-14",
        "Agnieszka Nowak <agnieszka.nowak@vistulasoft.pl>",
        "Re: Senior Python Developer - Vistula Soft",
        "Hi Piotr,\n\nThanks for the call! The next step is a technical interview (90 min) with our Tech Lead and a "
        "Senior Developer on Google Meet. Would Monday at 14:00 work?\n\nPozdrawiam,\nAgnieszka",
        "v2",
    ),
    (
        "Wisła Tech",
        "rejected",
        "2025-10-15",
        "Wisła Tech <no-reply@teamtailor.com>",
        "Your application at Wisła Tech",
        "Hi Piotr,\n\nThank you for your application for Python Developer. Unfortunately, we have decided to continue "
        "with other candidates whose profiles better match our current needs.\n\nBest regards,\nWisła Tech",
        "w2",
    ),
    (
        "Baltic Data",
        "onsite",
        "2025-10-20",
        "Marek Wójcik <marek.wojcik@balticdata.io>",
        "Final interview - Data Engineer",
        "Hi Piotr,\n\nGreat work on the assignment. We'd like to invite you to a final interview with our CTO at our "
        "office on Prosta 51 on Thursday at 10:00.\n\nMarek Wójcik\nEngineering Manager",
        "b3",
    ),
    (
        "Vistula Soft",
        "offer",
        "2025-10-22",
        "Agnieszka Nowak <agnieszka.nowak@vistulasoft.pl>",
        "Offer - Senior Python Developer",
        "Hi Piotr,\n\nI'm happy to let you know that we'd like to make you an offer: a B2B contract at 28,000 PLN net "
        "+ VAT per month, starting in December. Details are in the attached document.\n\nPozdrawiam,\nAgnieszka",
        "v3",
    ),
    (
        "Baltic Data",
        "offer",
        "2025-10-24",
        "Marek Wójcik <marek.wojcik@balticdata.io>",
        "Offer from Baltic Data",
        "Hi Piotr,\n\nWe were impressed and would like to offer you the Data Engineer position. Please find the "
        "offer letter attached.\n\nMarek",
        "b4",
    ),
    (
        "Baltic Data",
        "accepted",
        "2025-10-27",
        ME,
        "Re: Offer from Baltic Data",
        "Hi Marek,\n\nThank you - I'm happy to accept the offer and start on December 1.\n\nBest,\nPiotr",
        "b4",
    ),
    (
        "Vistula Soft",
        "declined",
        "2025-10-27",
        ME,
        "Re: Offer - Senior Python Developer",
        "Hi Agnieszka,\n\nThank you for the offer. After a lot of thought I've decided to decline, as I've accepted "
        "another offer. It was a pleasure talking to the team.\n\nBest,\nPiotr",
        "v3",
    ),
]

_OWN_TO = {
    "Baltic Data": "Marek Wójcik <marek.wojcik@balticdata.io>",
    "Vistula Soft": "Agnieszka Nowak <agnieszka.nowak@vistulasoft.pl>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "InPost <powiadomienia@inpost.pl>",
        "Twoja paczka czeka w Paczkomacie",
        "not about an application",
        "Twoja paczka czeka w Paczkomacie WAW123M. Kod odbioru: 448211.",
    ),
    (
        "Bolt <receipts@bolt.eu>",
        "Your Bolt ride receipt",
        "not about an application",
        "Thanks for riding with Bolt. Total: 32.50 PLN. Mokotów to Śródmieście.",
    ),
    (
        "mBank <powiadomienia@mbank.pl>",
        "Nowy wyciąg z rachunku",
        "not about an application",
        "Wyciąg z rachunku za wrzesień jest dostępny w serwisie transakcyjnym.",
    ),
    (
        "PyCon PL <info@pl.pycon.org>",
        "Early bird tickets end Friday",
        "newsletter",
        "Talks on async, typing and data engineering. Get your ticket. Unsubscribe",
    ),
    (
        "Karolina Lis <karolina.lis@techhunters.pl>",
        "Python role at a fintech - open to a chat?",
        "outreach",
        "Hi Piotr, I'm recruiting for a fintech client in Warsaw looking for a Senior Python Developer. 30-35k PLN "
        "B2B, fully remote. Would you be open to a quick call?",
    ),
    (
        "Tomek Zieliński <tomek.zielinski88@gmail.com>",
        "mecz w sobotę",
        "personal",
        "Idziesz na mecz w sobotę? Mam dwa bilety.",
    ),
    (
        "justjoin.it <alerts@justjoin.it>",
        "12 new Python offers in Warsaw",
        "alert",
        "Senior Python Developer - 25-32k PLN. Backend Engineer - remote. See all offers.",
    ),
    (
        "No Fluff Jobs <alerts@nofluffjobs.com>",
        "New jobs matching your criteria",
        "alert",
        "Data Engineer - Kraków. Python Developer - remote. Apply now.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=PIOTR,
        own_to=_OWN_TO,
        offset="+0200",
        clock="10:50:00",
        neg_start="2025-10-05",
        neg_step=3,
        neg_clock="19:20:00",
        tag="hundredseventynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
