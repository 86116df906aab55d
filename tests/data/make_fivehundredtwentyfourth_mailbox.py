"""A five-hundred-and-twenty-fourth mailbox, written as a held-out check after the five-hundred-and-twenty-third
(issue #24).

Alejandro Vega, a full-stack developer in Guadalajara, keeps his mail in Gmail, exported with Takeout (labels in
English).  He works for US companies through talent marketplaces that write for their clients: "Great news! Your
profile has been shared with Loop Returns for the Senior Full-Stack Engineer role", "Loop Returns would like to
interview you - please book a slot with their engineering manager", "Unfortunately Loop Returns decided to move
forward with another developer", "You've been matched with Fathom (Series B, AI notes)", "Fathom wants to make you an
offer: $7,500/month"; a Mexican company's own Spanish "Gracias por postularte a Wizeline" and its "no continuaremos
con tu proceso"; his "Yes, I accept the offer!".  Negatives: the marketplace's own "New jobs for you", its "Complete
your vetting test" (no application's), a dev newsletter, a recruiter's cold mail, a bank alert and his brother.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ALEJANDRO = "alejandro.vega.dev@gmail.com"
ME = f"Alejandro Vega <{ALEJANDRO}>"
TALENT = "Andela Talent <talent@andela.example>"
LAURA = "Laura Chen <laura.chen@andela.example>"
WIZE = "Wizeline <no-reply@lever.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Loop Returns",
        "applied",
        "2025-08-04",
        LAURA,
        "Your profile was shared with Loop Returns",
        "Hi Alejandro,\n\nGreat news! Your profile has been shared with Loop Returns for the Senior Full-Stack Engineer "
        "role (remote, US hours). I'll let you know when they respond.\n\nLaura Chen\nTalent Partner, Andela",
        "t-loop",
    ),
    (
        "Wizeline",
        "applied",
        "2025-08-05",
        WIZE,
        "Gracias por postularte a Wizeline",
        "Hola Alejandro,\n\nGracias por postularte a Wizeline para la vacante de Senior Full Stack Engineer. Revisaremos "
        "tu perfil y te contactaremos pronto.\n\nEquipo de Talento Wizeline",
        "t-wize",
    ),
    (
        "Loop Returns",
        "interview",
        "2025-08-07",
        LAURA,
        "RE: Your profile was shared with Loop Returns",
        "Hi Alejandro,\n\nLoop Returns would like to interview you - please book a 45-minute slot with their "
        "engineering manager using the link below.\n\nLaura",
        "t-loop",
    ),
    (
        "Fathom",
        "applied",
        "2025-08-11",
        LAURA,
        "New match: Fathom",
        "Hi Alejandro,\n\nYou've been matched with Fathom (Series B, AI notes) for a Full-Stack Engineer role, and I've "
        "sent them your profile.\n\nLaura",
        "t-fathom",
    ),
    (
        "Wizeline",
        "rejected",
        "2025-08-12",
        WIZE,
        "Actualización de tu proceso en Wizeline",
        "Hola Alejandro,\n\nGracias por tu interés en Wizeline. Después de revisar tu perfil, no continuaremos con tu "
        "proceso en esta ocasión.\n\nEquipo de Talento Wizeline",
        "t-wize",
    ),
    (
        "Loop Returns",
        "rejected",
        "2025-08-14",
        LAURA,
        "RE: Your profile was shared with Loop Returns",
        "Hi Alejandro,\n\nUnfortunately Loop Returns decided to move forward with another developer with more Shopify "
        "experience. On to the next one!\n\nLaura",
        "t-loop",
    ),
    (
        "Fathom",
        "interview",
        "2025-08-15",
        LAURA,
        "RE: New match: Fathom",
        "Hi Alejandro,\n\nFathom would like a technical interview with their CTO on Tuesday at 11am PT.\n\nLaura",
        "t-fathom",
    ),
    (
        "Fathom",
        "offer",
        "2025-08-22",
        LAURA,
        "RE: New match: Fathom",
        "Hi Alejandro,\n\nFathom wants to make you an offer: $7,500/month, full-time contract, start September 1!\n\n"
        "Laura",
        "t-fathom",
    ),
    (
        "Fathom",
        "accepted",
        "2025-08-22",
        ME,
        "RE: New match: Fathom",
        "Hi Laura,\n\nYes, I accept the offer! Thank you so much.\n\nAlejandro",
        "t-fathom",
    ),
]

_NEGATIVES = [
    (
        TALENT,
        "New jobs for you",
        "alert",
        "Senior React Engineer - remote. Node.js Developer - remote. View jobs.",
    ),
    (
        TALENT,
        "Complete your vetting test",
        "other",
        "Hi Alejandro, complete your technical vetting test to unlock more client matches.",
    ),
    (
        "JavaScript Weekly <jsw@cooperpress.example>",
        "JavaScript Weekly #751",
        "newsletter",
        "This week's JavaScript news. Unsubscribe.",
    ),
    (
        "Diego Herrera <diego@nearshore-talent.example>",
        "Senior Node.js role - US startup",
        "outreach",
        "Hi Alejandro, I have a Senior Node.js role with a US startup. Interested?",
    ),
    (
        "BBVA México <alertas@bbva.example>",
        "Notificación de operación",
        "other",
        "Se realizó un cargo por $1,250.00.",
    ),
    (
        "Pablo Vega <pablo.vega@gmail.example>",
        "carne asada",
        "personal",
        "Carnita asada el domingo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ALEJANDRO,
        own_to={"Fathom": LAURA},
        offset="-0600",
        clock="10:30:00",
        neg_start="2025-08-03",
        neg_step=4,
        neg_clock="22:05:00",
        tag="fivehundredtwentyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
