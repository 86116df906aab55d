"""A five-hundred-and-thirty-fourth mailbox, written as a held-out check after the five-hundred-and-thirty-third
(issue #24).

Lucía Navarro, a nurse in Valencia, looks for a post in an English hospital through an international agency and keeps
her search in a Gmail account set to Spanish, exported with Takeout ("Enviados", "Recibidos").  The agency writes
Spanish and the trusts write English: "Te hemos presentado al Royal Cornwall Hospitals NHS Trust para el puesto de
Staff Nurse (Band 5)", "El hospital quiere hacerte una entrevista por Teams el jueves", "¡Enhorabuena! El hospital te
ofrece el puesto", "Lamentablemente el University Hospitals Plymouth ha decidido no continuar"; a trust's own TRAC
"Thank you for your application" and its "you have been shortlisted for interview"; her "¡Acepto la oferta!".
Negatives: the agency's newsletter, an English course, a Spanish job board's alert, the NMC's registration reminder,
Renfe and her mother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUCIA = "lucia.navarro.enf@gmail.com"
ME = f"Lucía Navarro <{LUCIA}>"
ELENA = "Elena Ruiz <elena.ruiz@nursinguk-recruit.example>"
TRAC = "Torbay and South Devon NHS Foundation Trust <noreply@trac.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Royal Cornwall Hospitals NHS Trust",
        "applied",
        "2025-02-03",
        ELENA,
        "Royal Cornwall - Staff Nurse Band 5",
        "Hola Lucía,\n\nTe hemos presentado al Royal Cornwall Hospitals NHS Trust para el puesto de Staff Nurse (Band 5) "
        "en cirugía. Te aviso en cuanto respondan.\n\nUn saludo,\nElena Ruiz\nNursing UK Recruit",
        "t-rc",
    ),
    (
        "University Hospitals Plymouth NHS Trust",
        "applied",
        "2025-02-04",
        ELENA,
        "Plymouth - Staff Nurse",
        "Hola Lucía,\n\nTambién te hemos presentado al University Hospitals Plymouth NHS Trust para Staff Nurse en "
        "medicina interna.\n\nElena",
        "t-ply",
    ),
    (
        "Torbay and South Devon NHS Foundation Trust",
        "applied",
        "2025-02-05",
        TRAC,
        "Thank you for your application",
        "Dear Lucía Navarro,\n\nThank you for your application for the post of Staff Nurse - Emergency Department "
        "(Band 5) with Torbay and South Devon NHS Foundation Trust.\n\nRecruitment Team",
        "t-tor",
    ),
    (
        "Royal Cornwall Hospitals NHS Trust",
        "interview",
        "2025-02-10",
        ELENA,
        "RE: Royal Cornwall - Staff Nurse Band 5",
        "Hola Lucía,\n\n¡Buenas noticias! El hospital quiere hacerte una entrevista por Teams el jueves a las 11 (hora "
        "inglesa) con la Ward Manager.\n\nElena",
        "t-rc",
    ),
    (
        "Torbay and South Devon NHS Foundation Trust",
        "interview",
        "2025-02-12",
        TRAC,
        "Invitation to interview",
        "Dear Lucía Navarro,\n\nWe are pleased to inform you that you have been shortlisted for interview for the post "
        "of Staff Nurse - Emergency Department. Please book a slot via TRAC.\n\nRecruitment Team",
        "t-tor2",
    ),
    (
        "University Hospitals Plymouth NHS Trust",
        "rejected",
        "2025-02-14",
        ELENA,
        "RE: Plymouth - Staff Nurse",
        "Hola Lucía,\n\nLamentablemente el University Hospitals Plymouth ha decidido no continuar con tu candidatura por "
        "ahora. Seguimos buscando.\n\nElena",
        "t-ply",
    ),
    (
        "Royal Cornwall Hospitals NHS Trust",
        "offer",
        "2025-02-20",
        ELENA,
        "RE: Royal Cornwall - Staff Nurse Band 5",
        "Hola Lucía,\n\n¡Enhorabuena! El hospital te ofrece el puesto de Staff Nurse, Band 5, con inicio en mayo. Te "
        "mando la carta por la tarde.\n\nElena",
        "t-rc",
    ),
    (
        "Royal Cornwall Hospitals NHS Trust",
        "accepted",
        "2025-02-21",
        ME,
        "RE: Royal Cornwall - Staff Nurse Band 5",
        "Hola Elena,\n\n¡Acepto la oferta! Muchísimas gracias.\n\nLucía",
        "t-rc",
    ),
]

_NEGATIVES = [
    (
        "Nursing UK Recruit <news@nursinguk-recruit.example>",
        "Boletín: trabajar en el NHS",
        "newsletter",
        "Novedades del mes. Darse de baja.",
    ),
    (
        "English for Nurses <info@english4nurses.example>",
        "Prepara el OET con un 30% de descuento",
        "shop",
        "Oferta por tiempo limitado. Darse de baja.",
    ),
    (
        "InfoJobs <alertas@infojobs.example>",
        "Nuevas ofertas de enfermería en Valencia",
        "alert",
        "Enfermero/a - Valencia. Enfermero/a UCI - Paterna. Ver ofertas.",
    ),
    (
        "NMC <noreply@nmc.example>",
        "Your application to join the register",
        "other",
        "Please upload your outstanding documents to continue your registration.",
    ),
    (
        "Renfe <venta@renfe.example>",
        "Tu billete Valencia - Madrid",
        "other",
        "Localizador Z9K3L.",
    ),
    (
        "Mamá <pilar.navarro@hotmail.example>",
        "domingo",
        "personal",
        "¿Comes el domingo en casa?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LUCIA,
        own_to={"Royal Cornwall Hospitals NHS Trust": ELENA},
        offset="+0100",
        clock="12:40:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="21:25:00",
        tag="fivehundredthirtyfour",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=LUCIA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
