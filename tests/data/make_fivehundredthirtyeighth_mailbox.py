"""A five-hundred-and-thirty-eighth mailbox, written as a held-out check after the five-hundred-and-thirty-seventh
(issue #24).

Álvaro Serrano, a financial controller in Madrid, keeps his search in a Gmail account set to Spanish and exports it
with Takeout ("Enviados", "Recibidos").  Spanish corporates write "tú" through Workday and their own people, and a
headhunter keeps its client unnamed, then names it in brackets: "Gracias por tu interés en Santander: hemos recibido tu
candidatura", "te convocamos a una entrevista con el responsable del área", "Lamentablemente, en esta ocasión tu
perfil no ha sido seleccionado", "He presentado tu candidatura a nuestro cliente, una multinacional del sector
energético (Iberdrola), para el puesto de Controller Financiero", "el cliente quiere conocerte", "el cliente ha
decidido hacerte una oferta"; his "Muchas gracias por la entrevista de hoy" and his "Acepto la oferta".  Negatives:
InfoJobs' alert, Expansión's newsletter, a second headhunter's cold mail, Santander's own account alert (a bank he
applied to), Cabify and his father.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ALVARO = "alvaro.serrano.fin@gmail.com"
ME = f"Álvaro Serrano <{ALVARO}>"
SAN = "Santander <santander@myworkday.example>"
MARTA = "Marta Gil <marta.gil@gruposantander.example>"
JAVIER = "Javier Ortega <javier.ortega@michaelpage.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Santander",
        "applied",
        "2025-10-06",
        SAN,
        "Gracias por tu interés en Santander",
        "Hola Álvaro,\n\nGracias por tu interés en Santander: hemos recibido tu candidatura para el puesto de Controller "
        "Financiero (Ref. 250912). La revisaremos con atención.\n\nEquipo de Talento Santander",
        "t-san",
    ),
    (
        "Iberdrola",
        "applied",
        "2025-10-07",
        JAVIER,
        "Controller Financiero - sector energético",
        "Hola Álvaro,\n\nGracias por la llamada. He presentado tu candidatura a nuestro cliente, una multinacional del "
        "sector energético (Iberdrola), para el puesto de Controller Financiero. Te cuento en cuanto tenga noticias.\n\n"
        "Javier Ortega\nMichael Page Finance",
        "t-ibe",
    ),
    (
        "Santander",
        "interview",
        "2025-10-13",
        MARTA,
        "Entrevista - Controller Financiero",
        "Hola Álvaro,\n\nNos ha gustado tu perfil y te convocamos a una entrevista con el responsable del área el "
        "jueves 16 a las 10:00 en Ciudad Grupo Santander.\n\nMarta Gil\nTalento",
        "t-san2",
    ),
    (
        "Iberdrola",
        "interview",
        "2025-10-14",
        JAVIER,
        "RE: Controller Financiero - sector energético",
        "Hola Álvaro,\n\nBuenas noticias: el cliente quiere conocerte. La entrevista sería el lunes 20 a las 12:00 con "
        "la Directora Financiera.\n\nJavier",
        "t-ibe",
    ),
    (
        "Santander",
        "thank_you",
        "2025-10-16",
        ME,
        "RE: Entrevista - Controller Financiero",
        "Hola Marta,\n\nMuchas gracias por la entrevista de hoy; fue un placer conocer al equipo.\n\nUn saludo,\n"
        "Álvaro",
        "t-san2",
    ),
    (
        "Santander",
        "rejected",
        "2025-10-24",
        MARTA,
        "RE: Entrevista - Controller Financiero",
        "Hola Álvaro,\n\nGracias por tu tiempo. Lamentablemente, en esta ocasión tu perfil no ha sido seleccionado.\n\n"
        "Un saludo,\nMarta",
        "t-san2",
    ),
    (
        "Iberdrola",
        "offer",
        "2025-10-29",
        JAVIER,
        "RE: Controller Financiero - sector energético",
        "Hola Álvaro,\n\n¡Enhorabuena! El cliente ha decidido hacerte una oferta: 68.000 € fijos más variable. ¿Lo "
        "hablamos esta tarde?\n\nJavier",
        "t-ibe",
    ),
    (
        "Iberdrola",
        "accepted",
        "2025-10-30",
        ME,
        "RE: Controller Financiero - sector energético",
        "Hola Javier,\n\nAcepto la oferta. ¡Muchas gracias por todo!\n\nÁlvaro",
        "t-ibe",
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.example>",
        "Nuevas ofertas de Controller en Madrid",
        "alert",
        "Controller Financiero - Madrid. Jefe de Control de Gestión - Alcobendas. Ver ofertas.",
    ),
    (
        "Expansión <newsletter@expansion.example>",
        "Las claves del día",
        "newsletter",
        "Las noticias económicas. Darse de baja.",
    ),
    (
        "Beatriz Molina <beatriz.molina@headhunters-es.example>",
        "Oportunidad: Director Financiero",
        "outreach",
        "Hola Álvaro, estoy buscando un Director Financiero para una empresa industrial. ¿Te interesaría hablar?",
    ),
    (
        "Santander <avisos@santander.example>",
        "Aviso de movimiento en tu cuenta",
        "other",
        "Se ha realizado un cargo de 45,00 €.",
    ),
    (
        "Cabify <recibos@cabify.example>",
        "Tu recibo de Cabify",
        "other",
        "Gracias por viajar con Cabify.",
    ),
    (
        "Papá <jose.serrano@telefonica.example>",
        "domingo",
        "personal",
        "¿Venís a comer el domingo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ALVARO,
        own_to={"Santander": MARTA, "Iberdrola": JAVIER},
        offset="+0200",
        clock="12:25:00",
        neg_start="2025-10-05",
        neg_step=5,
        neg_clock="21:40:00",
        tag="fivehundredthirtyeight",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=ALVARO)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
