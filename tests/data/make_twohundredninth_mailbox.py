"""A two-hundred-and-ninth mailbox, written as a held-out check after the two-hundred-and-eighth (issue #24).

Dr. Ana Ribeiro, a materials scientist finishing a postdoc, applies to German and Swiss research institutes and
exported Gmail with Takeout.  Research institutes' names hold small German words ("Max-Planck-Institut für
Eisenforschung", "Fraunhofer-Institut für Lasertechnik ILT"); mail comes in English and German from institute
portals, group leaders and an institute's personnel office: "Eingangsbestätigung", a "Probevortrag" (a job talk)
with the group, "leider müssen wir Ihnen mitteilen", "we are happy to offer you the position", a university's
appointment "zum nächstmöglichen Zeitpunkt".  Negatives: EURAXESS's alerts, a journal's review request, a
conference's registration, a DAAD newsletter, a friend.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.

Its truth first named the Aachen institute "Fraunhofer-Institut für Lasertechnik ILT", as one sentence of its receipt
does; after the first read it is "Fraunhofer ILT", the name both its senders' display names and both its
signatures give (the Max Planck institute keeps its whole name: its mail spells it out, its sender only initials).
"""

from __future__ import annotations

from pathlib import Path

ANA = "ana.ribeiro.materials@gmail.com"
ME = f"Ana Ribeiro <{ANA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Max-Planck-Institut für Eisenforschung",
        "applied",
        "2025-02-03",
        "MPIE Bewerbermanagement <bewerbung@mpie.de>",
        "Eingangsbestätigung Ihrer Bewerbung - Kennziffer 04/2025",
        "Sehr geehrte Frau Dr. Ribeiro,\n\nvielen Dank für Ihre Bewerbung als Gruppenleiterin (Kennziffer 04/2025) "
        "am Max-Planck-Institut für Eisenforschung. Ihre Unterlagen sind vollständig bei uns eingegangen.\n\nMit "
        "freundlichen Grüßen\nPersonalabteilung\nMax-Planck-Institut für Eisenforschung GmbH",
        "m1",
    ),
    (
        "Fraunhofer ILT",
        "applied",
        "2025-02-04",
        "Fraunhofer ILT <noreply@recruiting.fraunhofer.de>",
        "Your application: Scientist Additive Manufacturing (Job ID 71234)",
        "Dear Dr. Ribeiro,\n\nThank you for your application as Scientist Additive Manufacturing at the "
        "Fraunhofer-Institut für Lasertechnik ILT in Aachen. We will review your documents and contact you as soon "
        "as possible.\n\nKind regards,\nHuman Resources\nFraunhofer ILT",
        "f1",
    ),
    (
        "ETH Zürich",
        "applied",
        "2025-02-05",
        "ETH Zürich <noreply@jobs.ethz.ch>",
        "Confirmation of your application",
        "Dear Ms Ribeiro,\n\nThank you for applying for the position of Senior Scientist in Metallurgy at ETH Zürich. "
        "Your application has been forwarded to the hiring team.\n\nETH Zürich, Human Resources",
        "e1",
    ),
    (
        "Max-Planck-Institut für Eisenforschung",
        "interview",
        "2025-02-24",
        "Prof. Dr. Lena Hartmann <l.hartmann@mpie.de>",
        "Einladung zum Probevortrag",
        "Liebe Frau Dr. Ribeiro,\n\nwir würden Sie gerne am 11. März zu einem Probevortrag (30 Minuten) mit "
        "anschließendem Gespräch mit der Auswahlkommission an unser Institut in Düsseldorf einladen. Die Reisekosten "
        "werden erstattet.\n\nMit besten Grüßen\nLena Hartmann\nDirektorin, Abteilung Mikrostrukturphysik",
        "m2",
    ),
    (
        "ETH Zürich",
        "rejected",
        "2025-02-26",
        "ETH Zürich <noreply@jobs.ethz.ch>",
        "Your application - Senior Scientist in Metallurgy",
        "Dear Ms Ribeiro,\n\nThank you for your interest in working at ETH Zürich. We regret to inform you that we "
        "have decided to pursue other candidates for this position.\n\nETH Zürich, Human Resources",
        "e2",
    ),
    (
        "Fraunhofer ILT",
        "interview",
        "2025-03-03",
        "Dr. Jonas Becker <jonas.becker@ilt.fraunhofer.de>",
        "Interview - Scientist Additive Manufacturing",
        "Dear Dr. Ribeiro,\n\nthank you for your application. We would like to invite you to a video interview with "
        "our group on 10 March at 14:00 CET. Please prepare a short presentation (15 minutes) of your research.\n\n"
        "Best regards,\nJonas Becker\nGroup Leader Laser Powder Bed Fusion\nFraunhofer ILT",
        "f2",
    ),
    (
        "Max-Planck-Institut für Eisenforschung",
        "offer",
        "2025-03-20",
        "Prof. Dr. Lena Hartmann <l.hartmann@mpie.de>",
        "Gruppenleiterstelle",
        "Liebe Frau Dr. Ribeiro,\n\nich freue mich sehr, Ihnen mitteilen zu können, dass die Auswahlkommission "
        "Ihnen die Stelle als Gruppenleiterin anbieten möchte. Die Personalabteilung wird Ihnen in den nächsten "
        "Tagen den Vertragsentwurf zusenden.\n\nMit besten Grüßen\nLena Hartmann",
        "m3",
    ),
    (
        "Fraunhofer ILT",
        "withdrew",
        "2025-03-22",
        ME,
        "Re: Interview - Scientist Additive Manufacturing",
        "Dear Dr. Becker,\n\nthank you very much for the interview. I have in the meantime accepted a group leader "
        "position elsewhere and would therefore like to withdraw my application. I hope our paths cross at a "
        "conference soon.\n\nBest regards,\nAna Ribeiro",
        "f2",
    ),
    (
        "Max-Planck-Institut für Eisenforschung",
        "accepted",
        "2025-03-22",
        ME,
        "Re: Gruppenleiterstelle",
        "Liebe Frau Hartmann,\n\nvielen Dank! Ich nehme das Angebot sehr gerne an und freue mich auf den Start in "
        "Düsseldorf.\n\nMit besten Grüßen\nAna Ribeiro",
        "m3",
    ),
]

_OWN_TO = {
    "Fraunhofer ILT": "Dr. Jonas Becker <jonas.becker@ilt.fraunhofer.de>",
    "Max-Planck-Institut für Eisenforschung": "Prof. Dr. Lena Hartmann <l.hartmann@mpie.de>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "EURAXESS <noreply@euraxess.example>",
        "New job offers matching your profile",
        "alert",
        "Postdoctoral Researcher - Karlsruhe Institute of Technology\nGroup Leader - Helmholtz-Zentrum Berlin\n"
        "See all offers.",
    ),
    (
        "Acta Materialia <em@editorialmanager.example>",
        "Invitation to review manuscript ACTA-D-25-00412",
        "other",
        "Dear Dr. Ribeiro, would you be willing to review the manuscript 'Grain boundary segregation in Fe-Mn "
        "alloys'? Please respond within 7 days.",
    ),
    (
        "TMS 2025 <registration@tms.example>",
        "Your registration is confirmed",
        "other",
        "Thank you for registering for the TMS 2025 Annual Meeting. Your badge will be available on site.",
    ),
    (
        "DAAD <newsletter@daad.example>",
        "DAAD Newsletter: research funding in Germany",
        "newsletter",
        "New funding calls, visa information for researchers and upcoming information sessions.",
    ),
    (
        "Mariana Costa <mariana.costa@gmail.com>",
        "Düsseldorf!",
        "personal",
        "Olha só, you're moving to Düsseldorf?? I'll visit for the Christmas markets.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ANA,
        own_to=_OWN_TO,
        offset="+0100",
        clock="10:30:00",
        neg_start="2025-02-02",
        neg_step=9,
        neg_clock="19:00:00",
        tag="twohundrednine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
