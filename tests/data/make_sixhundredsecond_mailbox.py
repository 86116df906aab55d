"""A six-hundred-and-second mailbox, written as a held-out check after the six-hundred-and-first (issue #24).

Luis Moreno, a marketing manager in Madrid, saves his mail from Outlook as .eml files. Spanish companies and a
recruitment firm write in "tú" and "usted": InfoJobs' "Tu candidatura a Responsable de Marketing en Mahou San Miguel se
ha enviado correctamente", Iberdrola's SuccessFactors "Hemos recibido tu candidatura", a Hays consultant's "le
confirmo que he enviado su candidatura a Grupo Pascual para el puesto de Brand Manager", InfoJobs' "Tu candidatura ha
sido vista por Mahou San Miguel" (a notice, no step), Iberdrola's "Has pasado a la siguiente fase del proceso: una
entrevista por videoconferencia", Mahou's "Tu candidatura ha sido descartada" through InfoJobs, the consultant's
"Grupo Pascual quiere conocerle en sus oficinas de Alcobendas", Iberdrola's "entrevista final con la Directora de
Marketing en la Torre Iberdrola", the consultant's "finalmente se han decantado por otro candidato", Iberdrola's
"Nos complace ofrecerte el puesto", his "Acepto encantado" and his thanks after the final interview. Negatives:
InfoJobs' alert, El País' newsletter, a headhunter's cold mail, Iberdrola's own electricity bill (a company he
applied to), Cabify and his brother. Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUIS = "luis.moreno.mkt@outlook.example"
ME = f"Luis Moreno <{LUIS}>"
INFOJOBS = "InfoJobs <noreply@infojobs.example>"
IBE = "Iberdrola Talento <noreply@iberdrola.successfactors.example>"
HAYS = "Cristina Vidal <cristina.vidal@hays.example>"
ELENA = "Elena Ruiz <eruiz@iberdrola.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Mahou San Miguel",
        "applied",
        "2025-04-07",
        INFOJOBS,
        "Tu candidatura se ha enviado correctamente",
        "Hola Luis,\n\nTu candidatura a Responsable de Marketing en Mahou San Miguel se ha enviado correctamente.\n\n"
        "Equipo InfoJobs",
        None,
    ),
    (
        "Iberdrola",
        "applied",
        "2025-04-08",
        IBE,
        "Hemos recibido tu candidatura",
        "Hola Luis,\n\nHemos recibido tu candidatura para Marketing Manager Clientes en Iberdrola. Te informaremos de "
        "los siguientes pasos.\n\nIberdrola Talento",
        None,
    ),
    (
        "Grupo Pascual",
        "applied",
        "2025-04-09",
        HAYS,
        "Brand Manager - Grupo Pascual",
        "Estimado Luis:\n\nLe confirmo que he enviado su candidatura a Grupo Pascual para el puesto de Brand Manager. "
        "En cuanto tenga respuesta le aviso.\n\nUn saludo,\nCristina Vidal\nHays España",
        None,
    ),
    (
        "Iberdrola",
        "interview",
        "2025-04-14",
        IBE,
        "Siguiente fase del proceso",
        "Hola Luis,\n\nHas pasado a la siguiente fase del proceso: una entrevista por videoconferencia con el equipo de "
        "Marketing. Elige tu horario en el enlace.\n\nIberdrola Talento",
        None,
    ),
    (
        "Mahou San Miguel",
        "rejected",
        "2025-04-15",
        INFOJOBS,
        "Tu candidatura ha sido descartada",
        "Hola Luis,\n\nTu candidatura a Responsable de Marketing en Mahou San Miguel ha sido descartada. ¡Sigue "
        "buscando!\n\nEquipo InfoJobs",
        None,
    ),
    (
        "Grupo Pascual",
        "interview",
        "2025-04-16",
        HAYS,
        "RE: Brand Manager - Grupo Pascual",
        "Estimado Luis:\n\nGrupo Pascual quiere conocerle en sus oficinas de Alcobendas el martes 22 a las 10:00.\n\n"
        "Un saludo,\nCristina",
        None,
    ),
    (
        "Iberdrola",
        "onsite",
        "2025-04-23",
        ELENA,
        "Entrevista final - Marketing Manager",
        "Hola Luis,\n\nNos gustaría invitarte a una entrevista final con la Directora de Marketing en la Torre "
        "Iberdrola, el miércoles 30 de abril a las 12:00.\n\nElena Ruiz\nSelección",
        None,
    ),
    (
        "Grupo Pascual",
        "rejected",
        "2025-04-25",
        HAYS,
        "RE: Brand Manager - Grupo Pascual",
        "Estimado Luis:\n\nLamento comunicarle que finalmente se han decantado por otro candidato. Seguimos en "
        "contacto.\n\nUn saludo,\nCristina",
        None,
    ),
    (
        "Iberdrola",
        "thank_you",
        "2025-04-30",
        ME,
        "RE: Entrevista final - Marketing Manager",
        "Hola Elena,\n\nMuchas gracias por la entrevista de hoy y por la oportunidad.\n\nUn saludo,\nLuis",
        ELENA,
    ),
    (
        "Iberdrola",
        "offer",
        "2025-05-06",
        ELENA,
        "Oferta - Marketing Manager",
        "Hola Luis,\n\nNos complace ofrecerte el puesto de Marketing Manager Clientes. Te adjuntamos la propuesta.\n\n"
        "Elena Ruiz",
        None,
    ),
    (
        "Iberdrola",
        "accepted",
        "2025-05-07",
        ME,
        "RE: Oferta - Marketing Manager",
        "Hola Elena,\n\n¡Acepto encantado! Muchas gracias.\n\nLuis",
        ELENA,
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.example>",
        "Nuevas ofertas de Marketing en Madrid",
        "alert",
        "Brand Manager - Madrid. Product Marketing - Alcobendas. Ver ofertas.",
    ),
    (
        "InfoJobs <noreply@infojobs.example>",
        "Tu candidatura ha sido vista",
        "viewed",
        "Mahou San Miguel ha visto tu candidatura a Responsable de Marketing.",
    ),
    (
        "El País <newsletter@elpais.example>",
        "Las noticias de la mañana",
        "newsletter",
        "Lo más importante del día. Darse de baja.",
    ),
    (
        "Javier Soto <jsoto@headhuntersmadrid.example>",
        "Posición de Marketing Director",
        "outreach",
        "Hola Luis, estoy buscando un Marketing Director para una multinacional. ¿Podemos hablar?",
    ),
    (
        "Iberdrola Clientes <clientes@iberdrola.example>",
        "Tu factura de luz",
        "other",
        "Ya tienes disponible tu factura.",
    ),
    (
        "Cabify <no-reply@cabify.example>",
        "Tu viaje con Cabify",
        "other",
        "Gracias por viajar con Cabify.",
    ),
    (
        "Pablo <pablo.moreno@gmail.example>",
        "fútbol",
        "personal",
        "¿Pachanga el jueves?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0200",
        clock="10:35:00",
        neg_start="2025-04-06",
        neg_step=4,
        neg_clock="21:00:00",
        tag="sixhundredtwo",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), LUIS)
