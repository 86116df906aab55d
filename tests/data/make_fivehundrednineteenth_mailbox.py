"""A five-hundred-and-nineteenth mailbox, written as a held-out check after the five-hundred-and-eighteenth (issue
#24).

Martín Gómez, a backend developer in Buenos Aires, keeps his search in a Gmail account set to Spanish and exports it
with Takeout ("Enviados", "Recibidos").  Argentina writes "vos": Bumeran's "Postulaste a Desarrollador Backend Sr en
Mercado Libre", its "Mercado Libre vio tu CV" (no step), "¡Hola Martín! Te queremos invitar a una entrevista con el
equipo técnico", "Lamentablemente no vamos a avanzar con tu candidatura", a consultancy's recruiter's "Te presenté para
la posición de Backend Developer en Globant", "Globant quiere conocerte: entrevista técnica el jueves", "Globant te
hizo una oferta", Lever's English "Thanks for applying to Ualá"; his "¡Gracias! Acepto la propuesta".  Negatives:
Bumeran's alert, a tech newsletter, a recruiter's cold LinkedIn-style mail, Mercado Libre's own purchase mail (a
company he applied to), Mercado Pago and his mother.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARTIN = "martin.gomez.dev@gmail.com"
ME = f"Martín Gómez <{MARTIN}>"
BUMERAN = "Bumeran <notificaciones@bumeran.example>"
FLOR = "Florencia Díaz <florencia.diaz@hunters-it.example>"
MELI = "Carolina Ruiz <carolina.ruiz@mercadolibre.example>"
UALA = "Ualá <no-reply@hire.lever.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Mercado Libre",
        "applied",
        "2025-04-07",
        BUMERAN,
        "Postulaste a Desarrollador Backend Sr",
        "¡Hola Martín!\n\nPostulaste a Desarrollador Backend Sr en Mercado Libre. Te avisaremos cuando la empresa vea "
        "tu CV.\n\nBumeran",
        "t-meli",
    ),
    (
        "Globant",
        "applied",
        "2025-04-08",
        FLOR,
        "Backend Developer - Globant",
        "Hola Martín,\n\n¡Gracias por la charla! Te presenté para la posición de Backend Developer en Globant. Apenas "
        "tenga novedades te aviso.\n\nFlorencia Díaz\nHunters IT",
        "t-glob",
    ),
    (
        "Ualá",
        "applied",
        "2025-04-09",
        UALA,
        "Thanks for applying to Ualá",
        "Hi Martín,\n\nThanks for applying to the Backend Engineer (Go) role at Ualá! We'll review your application "
        "soon.\n\nUalá Talent Team",
        "t-uala",
    ),
    (
        "Mercado Libre",
        "interview",
        "2025-04-14",
        MELI,
        "Entrevista - Desarrollador Backend Sr",
        "¡Hola Martín!\n\nVimos tu CV y te queremos invitar a una entrevista con el equipo técnico el miércoles 16 a las "
        "15 h por Meet.\n\nCarolina Ruiz\nTalent Acquisition, Mercado Libre",
        "t-meli2",
    ),
    (
        "Globant",
        "interview",
        "2025-04-15",
        FLOR,
        "RE: Backend Developer - Globant",
        "Hola Martín,\n\n¡Buenas noticias! Globant quiere conocerte: entrevista técnica el jueves a las 11 con un Tech "
        "Lead.\n\nFlor",
        "t-glob",
    ),
    (
        "Ualá",
        "rejected",
        "2025-04-17",
        UALA,
        "Your application to Ualá",
        "Hi Martín,\n\nThank you for your interest in Ualá. After reviewing your profile, we've decided not to move "
        "forward at this time.\n\nUalá Talent Team",
        "t-uala",
    ),
    (
        "Mercado Libre",
        "rejected",
        "2025-04-23",
        MELI,
        "RE: Entrevista - Desarrollador Backend Sr",
        "Hola Martín,\n\nGracias por tu tiempo en la entrevista. Lamentablemente no vamos a avanzar con tu candidatura "
        "en esta oportunidad.\n\n¡Éxitos!\nCarolina",
        "t-meli2",
    ),
    (
        "Globant",
        "offer",
        "2025-04-28",
        FLOR,
        "RE: Backend Developer - Globant",
        "Hola Martín,\n\n¡Globant te hizo una oferta! USD 3.800 brutos mensuales, modalidad híbrida. ¿Hablamos hoy?\n\n"
        "Flor",
        "t-glob",
    ),
    (
        "Globant",
        "accepted",
        "2025-04-29",
        ME,
        "RE: Backend Developer - Globant",
        "Hola Flor,\n\n¡Gracias! Acepto la propuesta.\n\nMartín",
        "t-glob",
    ),
]

_NEGATIVES = [
    (
        BUMERAN,
        "Mercado Libre vio tu CV",
        "viewed",
        "¡Hola Martín! Mercado Libre vio tu CV para Desarrollador Backend Sr.",
    ),
    (
        "Bumeran <alertas@bumeran.example>",
        "Nuevos avisos para vos",
        "alert",
        "Desarrollador Backend - Palermo. Java Developer - Microcentro. Ver avisos.",
    ),
    (
        "Sebastián Ortiz <sebastian@talentodev.example>",
        "Oportunidad Backend - fintech",
        "outreach",
        "Hola Martín, estoy buscando un Backend Sr para una fintech. ¿Te interesa charlar?",
    ),
    (
        "Mercado Libre <compras@mercadolibre.example>",
        "¡Tu compra está en camino!",
        "shop",
        "Tu paquete llega mañana.",
    ),
    (
        "Mercado Pago <info@mercadopago.example>",
        "Recibiste un pago",
        "other",
        "Recibiste $15.000 de Juan.",
    ),
    (
        "Mamá <graciela.gomez@hotmail.example>",
        "domingo",
        "personal",
        "¿Venís el domingo a comer?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARTIN,
        own_to={"Globant": FLOR},
        offset="-0300",
        clock="16:20:00",
        neg_start="2025-04-10",
        neg_step=3,
        neg_clock="21:40:00",
        tag="fivehundrednineteen",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=MARTIN)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
