"""A ninety-second mailbox, written as a held-out check after the ninety-first's fixes (issue #24).

Andrés, a software developer in San José, Costa Rica, exports Gmail with Takeout (his account in Spanish: "Enviados").
Nearshore hiring mixes two languages: US companies' local offices write in English from Workday and Greenhouse,
Costa Rican ones in Spanish ("ha sido seleccionado para la siguiente etapa", "entrevista técnica", "le extendemos
una oferta", "en esta ocasión no continuará en el proceso"), an agency in Spanish presents him to its client; his own
mail in Spanish.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANDRES = "andres.vargas.dev@gmail.com"
_ME = f"Andrés Vargas <{ANDRES}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Volcán Software (Spanish; siguiente etapa; entrevista técnica; oferta; acepta)
    (
        "Volcán Software",
        "applied",
        "2025-07-07",
        "Volcán Software <talento@volcansoftware.cr>",
        "Confirmación de su postulación",
        "Estimado Andrés:\n\nGracias por su interés en Volcán Software. Hemos recibido su postulación para el puesto "
        "de Desarrollador Backend Senior y la estaremos revisando.\n\nSaludos cordiales,\nEquipo de Talento",
        "vs1",
    ),
    (
        "Volcán Software",
        "screen",
        "2025-07-11",
        "María José Solís <mjsolis@volcansoftware.cr>",
        "Siguiente etapa - Desarrollador Backend Senior",
        "Hola Andrés:\n\nNos complace informarle que ha sido seleccionado para la siguiente etapa del proceso. Me "
        "gustaría coordinar una llamada de 30 minutos para conocerle mejor. ¿Tiene disponibilidad el martes?\n\n"
        "Saludos,\nMaría José Solís\nReclutadora",
        "vs2",
    ),
    (
        "Volcán Software",
        "interview",
        "2025-07-18",
        "María José Solís <mjsolis@volcansoftware.cr>",
        "Entrevista técnica",
        "Hola Andrés:\n\nLe invitamos a una entrevista técnica con nuestro líder de arquitectura el jueves 24 de julio "
        "a las 3:00 p.m. por Google Meet.\n\nSaludos,\nMaría José",
        "vs3",
    ),
    (
        "Volcán Software",
        "offer",
        "2025-08-01",
        "María José Solís <mjsolis@volcansoftware.cr>",
        "Oferta laboral",
        "Hola Andrés:\n\nCon mucho gusto le extendemos una oferta para unirse a Volcán Software como Desarrollador "
        "Backend Senior. Adjunto encontrará el detalle de la propuesta.\n\nSaludos,\nMaría José",
        "vs4",
    ),
    (
        "Volcán Software",
        "accepted",
        "2025-08-04",
        _ME,
        "RE: Oferta laboral",
        "Hola María José:\n\nMuchas gracias. Con gusto acepto la oferta y quedo atento a los siguientes pasos.\n\n"
        "Saludos,\nAndrés",
        "vs4",
    ),
    # Pacifica Health Systems (Workday in English; rejected)
    (
        "Pacifica Health Systems",
        "applied",
        "2025-07-08",
        "Pacifica Health Systems <pacificahealth@myworkday.com>",
        "Thank you for applying to Pacifica Health Systems",
        "Hi Andrés,\n\nThank you for applying for the Software Engineer II (Costa Rica) position. We have received "
        "your application.\n\nPacifica Health Systems Talent Acquisition",
        "ph1",
    ),
    (
        "Pacifica Health Systems",
        "rejected",
        "2025-07-25",
        "Pacifica Health Systems <pacificahealth@myworkday.com>",
        "Update on your application",
        "Hi Andrés,\n\nThank you for your interest in Pacifica Health Systems. After careful review, we have decided "
        "not to move forward with your application for Software Engineer II.\n\nPacifica Health Systems Talent "
        "Acquisition",
        "ph2",
    ),
    # Guanacaste Pagos (Spanish; no continúa)
    (
        "Guanacaste Pagos",
        "applied",
        "2025-07-09",
        "Guanacaste Pagos <empleo@guanacastepagos.com>",
        "Recibimos su postulación",
        "Estimado Andrés:\n\nAgradecemos su postulación al puesto de Ingeniero de Software en Guanacaste Pagos.\n\n"
        "Atentamente,\nRecursos Humanos",
        "gp1",
    ),
    (
        "Guanacaste Pagos",
        "rejected",
        "2025-07-23",
        "Guanacaste Pagos <empleo@guanacastepagos.com>",
        "Proceso de selección - Ingeniero de Software",
        "Estimado Andrés:\n\nAgradecemos su participación. Le informamos que en esta ocasión no continuará en el "
        "proceso de selección. Le deseamos éxito en sus próximos retos.\n\nAtentamente,\nRecursos Humanos",
        "gp2",
    ),
    # Brightline Data (Greenhouse in English; interview; his withdrawal in Spanish-English)
    (
        "Brightline Data",
        "applied",
        "2025-07-10",
        "Brightline Data <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Brightline Data",
        "Hi Andrés,\n\nThanks for your interest in Brightline Data! We received your application for Senior Data "
        "Engineer (LATAM, remote).\n\nBrightline Data Recruiting",
        "bd1",
    ),
    (
        "Brightline Data",
        "interview",
        "2025-07-21",
        "Kate Morgan <kate.morgan@brightlinedata.com>",
        "Brightline Data - technical interview",
        "Hi Andrés,\n\nWe'd like to invite you to a 60-minute technical interview with two of our data engineers. "
        "Please pick a time using the link below.\n\nKate",
        "bd2",
    ),
    (
        "Brightline Data",
        "withdrew",
        "2025-08-05",
        _ME,
        "Re: Brightline Data - technical interview",
        "Hi Kate,\n\nThank you for your time. I have accepted another offer, so I would like to withdraw from the "
        "process.\n\nBest regards,\nAndrés",
        "bd2",
    ),
    # Tico Cloud via an agency (Spanish; presented to client)
    (
        "Tico Cloud",
        "applied",
        "2025-07-14",
        "Paula Jiménez <paula.jimenez@talentocr.example>",
        "Su perfil para Tico Cloud",
        "Hola Andrés:\n\nGracias por la llamada de hoy. Como conversamos, presenté su perfil a nuestro cliente Tico "
        "Cloud para la posición de DevOps Engineer. Le aviso apenas tenga noticias.\n\nSaludos,\nPaula Jiménez\n"
        "Talento CR",
        "tc1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Computrabajo <alertas@computrabajo.example>",
        "Nuevas ofertas de Desarrollador en San José",
        "alert",
        "Desarrollador Backend - Volcán Software\nIngeniero de Software - Guanacaste Pagos\nVer todas las ofertas",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Su solicitud fue vista por Pacifica Health Systems",
        "viewed",
        "Pacifica Health Systems vio su solicitud para Software Engineer II.",
    ),
    (
        "Diego Rojas <diego@nearshore-recruiters.example>",
        "Oportunidad remota - Senior Python Developer",
        "outreach",
        "Hola Andrés, vi su perfil y tengo una oportunidad remota para un Senior Python Developer con un cliente en "
        "EE. UU. ¿Le interesa conversar?",
    ),
    (
        "BAC Credomatic <notificaciones@baccredomatic.example>",
        "Estado de cuenta disponible",
        "account",
        "Su estado de cuenta de julio está disponible.",
    ),
    (
        "Platzi <hola@platzi.example>",
        "Nuevos cursos de backend",
        "newsletter",
        "Aprende Go y Kubernetes. Cancelar suscripción",
    ),
    (
        "Mamá <lucia.vargas60@gmail.com>",
        "Almuerzo domingo",
        "personal",
        "¿Viene el domingo? Cuénteme cómo le fue en la entrevista.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Enviados"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ANDRES,
        own_to={
            "Volcán Software": "María José Solís <mjsolis@volcansoftware.cr>",
            "Brightline Data": "Kate Morgan <kate.morgan@brightlinedata.com>",
        },
        offset="-0600",
        clock="10:15:00",
        neg_start="2025-07-12",
        neg_step=4,
        neg_clock="06:45:00",
        tag="ninetytwo",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=ANDRES)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
