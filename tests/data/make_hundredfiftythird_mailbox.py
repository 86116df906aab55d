"""A hundred-and-fifty-third mailbox, written as a held-out check after the hundred-and-fifty-second (issue #24).

Álvaro, an industrial engineer in Valencia, saves his Outlook mail as .eml files.  He applies in Spanish through
InfoJobs, Teamtailor, Workday and by mail; employers write "Enhorabuena, has superado la primera fase", book a
"prueba técnica", an "entrevista final con Dirección", send a "carta oferta" and refuse ("Lamentamos comunicarte",
"hemos decidido continuar con otros perfiles").  His negatives: the SEPE, Renfe, InfoJobs' alerts, a bank, a
consultora's pitch, a newsletter.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ALVARO = "alvaro.navarro.ing@outlook.es"
_ME = f"Álvaro Navarro <{ALVARO}>"
_ROCIO = "Rocío Martí <rocio.marti@turiaindustrial.es>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Turia Industrial",
        "applied",
        "2025-01-13",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura se ha enviado",
        "Hola Álvaro,\n\nTu candidatura a la oferta Ingeniero/a de Procesos de TURIA INDUSTRIAL SA se ha enviado "
        "correctamente.",
        None,
    ),
    (
        "Turia Industrial",
        "interview",
        "2025-01-20",
        _ROCIO,
        "Proceso de selección - Ingeniero/a de Procesos",
        "Hola Álvaro,\n\nEnhorabuena, has superado la primera fase del proceso. El siguiente paso es una prueba técnica "
        "de dos horas en nuestras instalaciones de Paterna el jueves 23 a las 9:00.\n\nUn saludo,\nRocío Martí\n"
        "Técnica de Selección",
        None,
    ),
    (
        "Turia Industrial",
        "onsite",
        "2025-01-30",
        _ROCIO,
        "RE: Proceso de selección - Ingeniero/a de Procesos",
        "Hola Álvaro,\n\nHas superado la prueba técnica. Te convocamos a una entrevista final con Dirección el martes 4 "
        "de febrero a las 12:00.\n\nUn saludo,\nRocío",
        None,
    ),
    (
        "Turia Industrial",
        "offer",
        "2025-02-07",
        _ROCIO,
        "Carta oferta",
        "Hola Álvaro,\n\nNos complace enviarte la carta oferta para el puesto de Ingeniero de Procesos: 38.000 € brutos "
        "anuales y contrato indefinido. Quedamos a la espera de tu respuesta.\n\nRocío",
        None,
    ),
    (
        "Turia Industrial",
        "accepted",
        "2025-02-10",
        _ME,
        "RE: Carta oferta",
        "Hola Rocío,\n\nMuchas gracias. Acepto la oferta y os envío la carta firmada.\n\nUn saludo,\nÁlvaro",
        _ROCIO,
    ),
    (
        "Levante Cerámica",
        "applied",
        "2025-01-14",
        "Levante Cerámica <noreply@teamtailor.com>",
        "Gracias por tu candidatura",
        "Hola Álvaro,\n\n¡Gracias por tu candidatura a Ingeniero/a de Calidad en Levante "
        "Cerámica! La revisaremos y te diremos algo pronto.",
        None,
    ),
    (
        "Levante Cerámica",
        "rejected",
        "2025-01-31",
        "Levante Cerámica <noreply@teamtailor.com>",
        "Tu candidatura en Levante Cerámica",
        "Hola Álvaro,\n\nLamentamos comunicarte que hemos decidido continuar con "
        "otros perfiles que se ajustan más a las necesidades del puesto. Te deseamos mucha suerte.",
        None,
    ),
    (
        "Grupo Albufera",
        "applied",
        "2025-01-15",
        _ME,
        "Candidatura - Ingeniero de Mantenimiento",
        "Buenos días,\n\nLes adjunto mi currículum para la oferta de Ingeniero de Mantenimiento publicada en su web.\n\n"
        "Un saludo,\nÁlvaro Navarro",
        "Grupo Albufera RRHH <rrhh@grupoalbufera.es>",
    ),
    (
        "Grupo Albufera",
        "withdrew",
        "2025-02-11",
        _ME,
        "RE: Candidatura - Ingeniero de Mantenimiento",
        "Buenos días,\n\nLes comunico que retiro mi candidatura, ya que he aceptado otra oferta. Gracias por su "
        "atención.\n\nÁlvaro Navarro",
        "Grupo Albufera RRHH <rrhh@grupoalbufera.es>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "SEPE <noreply@sepe.es>",
        "Comunicación del Servicio Público de Empleo",
        "employment service",
        "Tiene una nueva comunicación disponible en su sede electrónica.",
    ),
    (
        "Renfe <venta@renfe.es>",
        "Tu billete",
        "shop",
        "Valencia Joaquín Sorolla - Madrid, 28/01. Gracias por tu compra.",
    ),
    (
        "InfoJobs <noreply@infojobs.net>",
        "Ofertas que te pueden interesar",
        "alert",
        "Ingeniero de Procesos - Ford - Almussafes. Técnico de Calidad - Porcelanosa - Vila-real. Ver ofertas.",
    ),
    ("CaixaBank <comunicaciones@caixabank.com>", "Tu extracto mensual", "other", "Ya tienes disponible tu extracto."),
    (
        "Laura Gómez <lgomez@consultoraindustrial.es>",
        "Oportunidad: Jefe/a de Producción",
        "outreach",
        "Hola Álvaro, tengo una posición de Jefe/a de Producción en una empresa del sector alimentario. ¿Hablamos?",
    ),
    (
        "Colegio de Ingenieros <boletin@coiicv.org>",
        "Boletín de enero",
        "newsletter",
        "Cursos y jornadas de enero. Darse de baja",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, as Outlook saves them."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=_ME,
        offset="+0100",
        clock="10:45:00",
        neg_start="2025-01-12",
        neg_step=5,
        neg_clock="08:30:00",
        tag="hundredfiftythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), ALVARO)
