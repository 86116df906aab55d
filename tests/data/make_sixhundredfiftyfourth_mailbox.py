"""A six-hundred-and-fifty-fourth mailbox, written as a held-out check after the six-hundred-and-fifty-third
(issue #24).

Lucía Fernández, a data analyst in Barcelona, exports her Gmail (in Spanish: "Recibidos", "Enviados") with Takeout.
Her mail is Spanish from Spain: CaixaBank's Workday "Gracias por tu solicitud", Seat's SuccessFactors "Confirmación
de recepción de tu candidatura", Wallbox's Lever "¡Gracias por aplicar a Wallbox!", Typeform's Greenhouse mail in
English, Seat's "Te escribimos para invitarte a una primera entrevista telefónica", CaixaBank's "prueba técnica"
(an interview round), Wallbox's "hemos decidido no avanzar con tu candidatura", Typeform's "we're moving forward with
other candidates", CaixaBank's "entrevista final con el responsable del equipo en nuestras oficinas de Diagonal",
her thanks, CaixaBank's "Nos alegra comunicarte que has sido seleccionada" (the offer), her "acepto encantada", and
Seat's "proceso cerrado" (a rejection). Negatives: InfoJobs' alert, Tecnoempleo's alert, a headhunter's cold mail,
CaixaBank's own banking mail, her gym and her flatmate. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUCIA = "lucia.fernandez.data@gmail.com"
ME = f"Lucía Fernández <{LUCIA}>"
CAIXA = "CaixaBank <caixabank@myworkday.example>"
SEAT = "SEAT Talent <noreply@seat.successfactors.example>"
WALL = "Wallbox <no-reply@hire.lever.example>"
TYPE = "Typeform <no-reply@us.greenhouse-mail.example>"
CAIXAR = "Marta Puig <mpuig@caixabank.example>"
SEATR = "Jordi Serra <jordi.serra@seat.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "CaixaBank",
        "applied",
        "2025-03-10",
        CAIXA,
        "Gracias por tu solicitud",
        "Hola Lucía,\n\nGracias por tu solicitud para la posición Data Analyst - Riesgos (JR-2025-4412) en CaixaBank. "
        "Revisaremos tu perfil y nos pondremos en contacto contigo.\n\nEquipo de Talento de CaixaBank",
        "t-caixa",
    ),
    (
        "SEAT",
        "applied",
        "2025-03-11",
        SEAT,
        "Confirmación de recepción de tu candidatura",
        "Hola Lucía,\n\nConfirmamos la recepción de tu candidatura para la oferta Data Analyst - Sales Intelligence en "
        "SEAT S.A. Gracias por tu interés.\n\nSEAT Talent Acquisition",
        "t-seat",
    ),
    (
        "Wallbox",
        "applied",
        "2025-03-11",
        WALL,
        "¡Gracias por aplicar a Wallbox!",
        "Hola Lucía,\n\n¡Gracias por aplicar a la posición de Data Analyst en Wallbox! Nuestro equipo revisará tu "
        "candidatura.\n\nWallbox People",
        "t-wall",
    ),
    (
        "Typeform",
        "applied",
        "2025-03-12",
        TYPE,
        "Thank you for applying to Typeform",
        "Hi Lucía,\n\nThank you for applying to the Data Analyst role at Typeform. We've received your application.\n\n"
        "Typeform Talent",
        "t-type",
    ),
    (
        "SEAT",
        "screen",
        "2025-03-14",
        SEATR,
        "Tu candidatura - Data Analyst",
        "Hola Lucía,\n\nTe escribimos para invitarte a una primera entrevista telefónica de 20 minutos con el equipo de "
        "selección. ¿Te va bien el martes a las 10:00?\n\nUn saludo,\nJordi Serra\nTalent Acquisition, SEAT",
        "t-seat2",
    ),
    (
        "CaixaBank",
        "interview",
        "2025-03-17",
        CAIXAR,
        "Prueba técnica - Data Analyst",
        "Hola Lucía,\n\nHemos revisado tu candidatura y nos gustaría que realizaras una prueba técnica (SQL y Python) "
        "de 90 minutos. Te enviamos el enlace.\n\nUn saludo,\nMarta Puig\nTalent Acquisition, CaixaBank",
        "t-caixa2",
    ),
    (
        "Wallbox",
        "rejected",
        "2025-03-18",
        WALL,
        "Tu candidatura en Wallbox",
        "Hola Lucía,\n\nGracias por tu interés. Tras revisar tu perfil, hemos decidido no avanzar con tu candidatura en "
        "este momento.\n\nWallbox People",
        "t-wall",
    ),
    (
        "Typeform",
        "rejected",
        "2025-03-20",
        TYPE,
        "Your application to Typeform",
        "Hi Lucía,\n\nThanks for your patience. We're moving forward with other candidates whose experience is a closer "
        "match.\n\nTypeform Talent",
        "t-type",
    ),
    (
        "CaixaBank",
        "onsite",
        "2025-03-24",
        CAIXAR,
        "RE: Prueba técnica - Data Analyst",
        "Hola Lucía,\n\n¡Enhorabuena por la prueba! Te proponemos una entrevista final con el responsable del equipo en "
        "nuestras oficinas de Diagonal el jueves 27 a las 16:00.\n\nMarta",
        "t-caixa2",
    ),
    (
        "CaixaBank",
        "thank_you",
        "2025-03-27",
        ME,
        "RE: Prueba técnica - Data Analyst",
        "Hola Marta,\n\nMuchas gracias por la entrevista de hoy, me ha gustado mucho conocer al equipo.\n\nUn saludo,\n"
        "Lucía",
        "t-caixa2",
    ),
    (
        "CaixaBank",
        "offer",
        "2025-04-01",
        CAIXAR,
        "Buenas noticias",
        "Hola Lucía,\n\nNos alegra comunicarte que has sido seleccionada para la posición de Data Analyst. Te adjuntamos "
        "la propuesta con las condiciones.\n\nMarta",
        "t-caixa3",
    ),
    (
        "CaixaBank",
        "accepted",
        "2025-04-02",
        ME,
        "RE: Buenas noticias",
        "Hola Marta,\n\n¡Qué alegría! Acepto encantada la propuesta. Te envío el documento firmado.\n\nLucía",
        "t-caixa3",
    ),
    (
        "SEAT",
        "rejected",
        "2025-04-03",
        SEAT,
        "Actualización de tu candidatura",
        "Hola Lucía,\n\nTe informamos de que el proceso de selección para la oferta Data Analyst - Sales Intelligence "
        "se ha cerrado y tu candidatura no ha sido seleccionada.\n\nSEAT Talent Acquisition",
        "t-seat",
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.example>",
        "Nuevas ofertas de Data Analyst en Barcelona",
        "alert",
        "15 ofertas nuevas. Inscríbete. Gestiona tus alertas.",
    ),
    (
        "Tecnoempleo <alertas@tecnoempleo.example>",
        "Ofertas de empleo TIC para ti",
        "alert",
        "Nuevas ofertas TIC en Barcelona. Darse de baja.",
    ),
    (
        "Albert Vidal <albert.vidal@michaelpage.example>",
        "Oportunidad Data Analyst",
        "outreach",
        "Hola Lucía, estoy buscando un perfil de Data Analyst para un cliente del sector seguros en Barcelona. ¿Te "
        "interesaría?",
    ),
    (
        "CaixaBank <info@caixabank.example>",
        "Tu extracto mensual",
        "other",
        "Ya tienes disponible tu extracto de marzo en CaixaBankNow.",
    ),
    (
        "DiR <info@dir.example>",
        "Tu cuota de abril",
        "other",
        "Te confirmamos el cobro de tu cuota.",
    ),
    (
        "Núria <nuria.sole@gmail.example>",
        "compra",
        "personal",
        "¿Compras leche al volver?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LUCIA,
        own_to={"CaixaBank": CAIXAR},
        offset="+0100",
        clock="11:25:00",
        neg_start="2025-03-09",
        neg_step=5,
        neg_clock="21:05:00",
        tag="sixhundredfiftyfour",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=LUCIA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
