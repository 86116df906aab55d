"""A two-hundred-and-ninety-sixth mailbox, written as a held-out check after the two-hundred-and-ninety-fifth
(issue #24).

Camila, a bilingual customer success manager in Miami, exports Gmail with Takeout.  Miami hiring in English and
Spanish, often in one mail: an iCIMS receipt in English, a Latin American fintech's Lever receipt in Spanish ("Gracias
por aplicar a"), a recruiter who writes "Hola Camila" and then in English, an "entrevista con el equipo" (a round), a
"final round" in the office in Brickell, "hemos decidido avanzar con otros candidatos", an offer in English with a
Spanish greeting, and her own "¡Acepto con mucho gusto!".  Negatives: Indeed's alerts in Spanish, a LinkedIn Learning
promotion, FPL's bill, a Marlins ticket, a church newsletter, a friend.  Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILA = "camila.restrepo.cs@gmail.com"
ME = f"Camila Restrepo <{CAMILA}>"

_OWN_TO = {
    "Pagoflex": "Diego Ramírez <diego.ramirez@pagoflex.example>",
    "Biscayne Health Plans": "Talent Acquisition <talent@biscaynehealth.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Biscayne Health Plans",
        "applied",
        "2025-07-07",
        "Biscayne Health Plans <careers-noreply@icims.com>",
        "Biscayne Health Plans: Thank you for applying!",
        "Dear Camila,\n\nThank you for applying for the Customer Success Manager (Bilingual English/Spanish) position "
        "at Biscayne Health Plans. We will review your application shortly.\n\nTalent Acquisition",
        "b1",
    ),
    (
        "Pagoflex",
        "applied",
        "2025-07-08",
        "Pagoflex <no-reply@hire.lever.co>",
        "Gracias por aplicar a Pagoflex",
        "¡Hola Camila!\n\nGracias por aplicar a la posición de Customer Success Manager - US Hispanic Market en Pagoflex. "
        "Nuestro equipo revisará tu perfil y te contactaremos pronto.\n\nEquipo de Talento de Pagoflex",
        "p1",
    ),
    (
        "Coral Gables Realty Group",
        "applied",
        "2025-07-09",
        "Coral Gables Realty Group <jobs@coralgablesrealty.workablemail.example>",
        "Application received",
        "Hi Camila,\n\nThanks for applying for the Client Success Lead role at Coral Gables Realty Group. We'll be in "
        "touch soon.\n\nThe Coral Gables Realty Group team",
        "c1",
    ),
    (
        "Pagoflex",
        "screen",
        "2025-07-10",
        "Diego Ramírez <diego.ramirez@pagoflex.example>",
        "Pagoflex - CSM",
        "Hola Camila,\n\nThanks for applying! I'm the recruiter for our US team. Would you have 20 minutes on Friday for "
        "a quick call to talk about the role? Podemos hablar en español o inglés, como prefieras.\n\nSaludos,\nDiego",
        "p2",
    ),
    (
        "Biscayne Health Plans",
        "rejected",
        "2025-07-14",
        "Biscayne Health Plans <careers-noreply@icims.com>",
        "Update regarding your application",
        "Dear Camila,\n\nThank you for your interest in Biscayne Health Plans. After careful review, we have decided to "
        "move forward with other candidates for the Customer Success Manager position.\n\nTalent Acquisition",
        "b1",
    ),
    (
        "Pagoflex",
        "interview",
        "2025-07-15",
        "Diego Ramírez <diego.ramirez@pagoflex.example>",
        "RE: Pagoflex - CSM",
        "Hola Camila,\n\n¡Gracias por la llamada! El siguiente paso es una entrevista con el equipo de Customer Success "
        "(Ana, Head of CS, y dos CSMs) el martes 22 a las 11 a. m. por Google Meet.\n\nSaludos,\nDiego",
        "p2",
    ),
    (
        "Coral Gables Realty Group",
        "rejected",
        "2025-07-18",
        "Coral Gables Realty Group <jobs@coralgablesrealty.workablemail.example>",
        "Your application to Coral Gables Realty Group",
        "Hola Camila,\n\nGracias por tu interés. Hemos decidido avanzar con otros candidatos para la posición de Client "
        "Success Lead. ¡Mucho éxito!\n\nThe Coral Gables Realty Group team",
        "c1",
    ),
    (
        "Pagoflex",
        "onsite",
        "2025-07-24",
        "Diego Ramírez <diego.ramirez@pagoflex.example>",
        "Final round - Pagoflex",
        "Hi Camila,\n\nThe team loved you! We'd like to invite you to the final round at our Brickell office on Tuesday "
        "July 29: a 30-minute customer role-play and a conversation with our COO.\n\nSaludos,\nDiego",
        "p3",
    ),
    (
        "Pagoflex",
        "offer",
        "2025-08-01",
        "Diego Ramírez <diego.ramirez@pagoflex.example>",
        "¡Oferta! Customer Success Manager",
        "¡Hola Camila!\n\nWe're thrilled to offer you the Customer Success Manager role at Pagoflex: $92,000 base plus a "
        "10% bonus, hybrid in Brickell. The offer letter is attached.\n\n¡Felicidades!\nDiego",
        "p4",
    ),
    (
        "Pagoflex",
        "accepted",
        "2025-08-02",
        ME,
        "RE: ¡Oferta! Customer Success Manager",
        "¡Hola Diego!\n\n¡Acepto con mucho gusto! Signed letter attached. Nos vemos el 18 de agosto.\n\nCamila",
        "p4",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "Empleos de Customer Success en Miami, FL",
        "alert",
        "Customer Success Manager - Miami, FL. Gerente de Cuentas Bilingüe - Doral, FL. Account Manager - Brickell.",
    ),
    (
        "LinkedIn Learning <learning@linkedin.com>",
        "Camila, build your customer success skills",
        "shop",
        "Start a free month of LinkedIn Learning: courses on customer success and negotiation.",
    ),
    (
        "FPL <billing@fpl.example>",
        "Your FPL bill is ready",
        "other",
        "Your FPL bill for July is $143.20. Due August 15.",
    ),
    (
        "Marlins <tickets@marlins.example>",
        "Your tickets for Saturday",
        "other",
        "Your mobile tickets for Saturday's game are ready.",
    ),
    (
        "St. Michael Parish <news@stmichael.example>",
        "Boletín parroquial",
        "newsletter",
        "Este domingo: misa a las 10 y 12, y el picnic de la comunidad.",
    ),
    (
        "Valentina Gómez <vale.gomez@gmail.example>",
        "cafecito",
        "personal",
        "cafecito en Versailles el sábado?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CAMILA,
        own_to=_OWN_TO,
        offset="-0400",
        clock="11:40:00",
        neg_start="2025-07-06",
        neg_step=5,
        neg_clock="20:50:00",
        tag="twohundredninetysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
