"""A three-hundred-and-ninety-seventh mailbox, written as a held-out check after the three-hundred-and-ninety-sixth
(issue #24).

Elena, a marketing coordinator in Milan who applies across Europe in English, reads her mail in Thunderbird (an mbox
with Delivered-To and reply headers).  Employers who write in English from Italy, Spain and Germany, in their own
words: a fashion house's "We have received your application and we thank you for your interest in our Maison", "We
would be glad to meet you for a first cognitive interview via Teams", "Following the positive feedback we would like
to invite you to the final step of the selection process at our headquarters", "we are glad to propose you the
position of Marketing Coordinator", her "I am very happy to accept your proposal"; a Barcelona start-up's Personio
receipt and "unfortunately we decided to continue the process with other candidates"; a Munich company's own
"Confirmation of receipt of your application" and "Unfortunately, we have to inform you that we have decided in favor of
another candidate".  Negatives: a LinkedIn alert, an InfoJobs Italia newsletter, Trenitalia, an Esselunga promotion, her
landlord, her cousin.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ELENA = "elena.conti.mkt@libero.it"
ME = f"Elena Conti <{ELENA}>"
MAISON = "Giulia Ferri <giulia.ferri@casaviscontimilano.example>"

# (company, event, day, sender, subject, body, parent index or None, to)
_POSITIVES = [
    (
        "Casa Visconti",
        "applied",
        "2025-10-01",
        "Casa Visconti Careers <careers@casaviscontimilano.example>",
        "Your application - Marketing Coordinator",
        "Dear Elena,\n\nWe have received your application and we thank you for your interest in our Maison. Our Talent "
        "Acquisition team will evaluate your profile and contact you in case of a positive outcome.\n\nCasa Visconti "
        "Talent Acquisition",
        None,
    ),
    (
        "Olivo Studio",
        "applied",
        "2025-10-02",
        "Olivo Studio <noreply@personio.de>",
        "Thank you for your application",
        "Hi Elena,\n\nThank you for your application as Growth Marketing Coordinator at Olivo Studio! We will get back "
        "to you as soon as possible.\n\nBest,\nOlivo Studio",
        None,
    ),
    (
        "Bergmann Sportswear",
        "applied",
        "2025-10-03",
        "Bergmann Sportswear Recruiting <jobs@bergmann-sportswear.example>",
        "Confirmation of receipt of your application",
        "Dear Ms Conti,\n\nThank you for your application as Marketing Coordinator (m/f/d). We hereby confirm receipt of "
        "your documents and will contact you after reviewing them.\n\nBergmann Sportswear Recruiting",
        None,
    ),
    (
        "Casa Visconti",
        "interview",
        "2025-10-08",
        MAISON,
        "Marketing Coordinator - first interview",
        "Dear Elena,\n\nWe would be glad to meet you for a first cognitive interview via Teams on Monday 13th October at "
        "10:30. Kindly confirm your availability.\n\nBest regards,\nGiulia Ferri\nTalent Acquisition Specialist",
        0,
    ),
    (
        "Olivo Studio",
        "rejected",
        "2025-10-10",
        "Olivo Studio <noreply@personio.de>",
        "Your application at Olivo Studio",
        "Hi Elena,\n\nThank you for your time and interest. Unfortunately we decided to continue the process with other "
        "candidates whose profile better fits our current needs.\n\nBest,\nOlivo Studio",
        1,
    ),
    (
        "Casa Visconti",
        "onsite",
        "2025-10-16",
        MAISON,
        "RE: Marketing Coordinator - first interview",
        "Dear Elena,\n\nFollowing the positive feedback we would like to invite you to the final step of the selection "
        "process at our headquarters in Via Montenapoleone on Wednesday 22nd October at 15:00.\n\nBest regards,\n"
        "Giulia",
        3,
    ),
    (
        "Bergmann Sportswear",
        "rejected",
        "2025-10-20",
        "Bergmann Sportswear Recruiting <jobs@bergmann-sportswear.example>",
        "Your application as Marketing Coordinator (m/f/d)",
        "Dear Ms Conti,\n\nThank you again for your interest. Unfortunately, we have to inform you that we have decided "
        "in favor of another candidate.\n\nKind regards,\nBergmann Sportswear Recruiting",
        2,
    ),
    (
        "Casa Visconti",
        "offer",
        "2025-10-27",
        MAISON,
        "Marketing Coordinator - our proposal",
        "Dear Elena,\n\nWe are glad to propose you the position of Marketing Coordinator with a permanent contract, gross "
        "annual salary of EUR 38,000. Please find attached our letter.\n\nBest regards,\nGiulia Ferri",
        None,
    ),
    (
        "Casa Visconti",
        "accepted",
        "2025-10-28",
        ME,
        "RE: Marketing Coordinator - our proposal",
        "Dear Giulia,\n\nThank you so much. I am very happy to accept your proposal.\n\nKind regards,\nElena",
        7,
        MAISON,
    ),
]

_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Marketing Coordinator: 9 new jobs in Milan",
        "alert",
        "Marketing Coordinator - Prada - Milan. Brand Coordinator - Moncler - Milan. See all jobs.",
    ),
    (
        "InfoJobs Italia <newsletter@infojobs.example>",
        "Consigli per il tuo CV",
        "newsletter",
        "Scopri come scrivere un CV efficace e le offerte della settimana.",
    ),
    (
        "Trenitalia <noreply@trenitalia.example>",
        "Your ticket Milano - Roma",
        "other",
        "Frecciarossa 9521, 22/10, Milano Centrale 07:00 - Roma Termini 10:10.",
    ),
    (
        "Esselunga <promo@esselunga.example>",
        "Offerte della settimana",
        "shop",
        "Le offerte di questa settimana.",
    ),
    (
        "Marco Bianchi <marco.bianchi.casa@gmail.example>",
        "affitto ottobre",
        "personal",
        "Ciao Elena, ricordati l'affitto di ottobre. Grazie!",
    ),
    (
        "Chiara Conti <chiara.conti@gmail.example>",
        "cena",
        "personal",
        "Cena da nonna domenica?",
    ),
]


def _offset(day):
    return "+0200" if day.month < 10 or (day.month == 10 and day.day < 26) else "+0100"


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ELENA,
        offset=_offset,
        clock="10:50:00",
        neg_start="2025-09-30",
        neg_step=5,
        neg_clock="21:00:00",
        tag="threehundredninetyseven",
        host="libero.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
