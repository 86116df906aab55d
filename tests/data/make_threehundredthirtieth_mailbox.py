"""A three-hundred-and-thirtieth mailbox, written as a held-out check after the three-hundred-and-twenty-ninth (issue
#24).

Marta, a logistics coordinator in Valencia, saves her Outlook mail as .eml files.  Spanish agencies and portals as
they write: a consultora's "te he propuesto para un proceso con uno de nuestros clientes, una empresa líder del sector
logístico" and later "ya te puedo decir que se trata de Puerto Turia Logística", InfoJobs' "Tu candidatura ha sido
enviada a Hortas Alimentación", a second agency's "hemos presentado tu candidatura a Levante Frío" and "el cliente ha
decidido continuar con otros perfiles", an "entrevista con la responsable de operaciones", a "segunda entrevista
presencial" with the director (the final round), "nos complace ofrecerte el puesto", and her own "Acepto la oferta".
Negatives: InfoJobs' alert, LinkedIn's digest, a Renfe ticket, an El Corte Inglés promotion, an Iberdrola bill, her
brother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARTA = "marta.soler.log@outlook.es"
ME = f"Marta Soler <{MARTA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Puerto Turia Logística",
        "applied",
        "2025-10-06",
        "Raúl Navarro <raul.navarro@levanteseleccion.example>",
        "Proceso Coordinadora de Logística",
        "Hola Marta,\n\nTal como hablamos por teléfono, te he propuesto para un proceso con uno de nuestros clientes, "
        "una empresa líder del sector logístico en el puerto de Valencia, para el puesto de Coordinadora de Logística.\n\n"
        "Un saludo,\nRaúl Navarro\nConsultor | Levante Selección",
        None,
    ),
    (
        "Hortas Alimentación",
        "applied",
        "2025-10-07",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura ha sido enviada",
        "Hola Marta,\n\nTu candidatura a la oferta Técnico/a de Logística ha sido enviada a Hortas Alimentación.\n\n"
        "¡Mucha suerte!\nEl equipo de InfoJobs",
        None,
    ),
    (
        "Levante Frío",
        "applied",
        "2025-10-08",
        "Elena Ruiz <elena.ruiz@talentomediterraneo.example>",
        "Tu candidatura - Jefa de Almacén",
        "Hola Marta,\n\nTe confirmo que hemos presentado tu candidatura a Levante Frío para el puesto de Jefa de Almacén "
        "en Riba-roja. Te iré informando.\n\nUn saludo,\nElena Ruiz\nTalento Mediterráneo",
        None,
    ),
    (
        "Puerto Turia Logística",
        "interview",
        "2025-10-14",
        "Raúl Navarro <raul.navarro@levanteseleccion.example>",
        "RE: Proceso Coordinadora de Logística",
        "Hola Marta,\n\nBuenas noticias: ya te puedo decir que se trata de Puerto Turia Logística, y la responsable de "
        "operaciones quiere hacerte una entrevista el jueves a las 10:00 por Teams.\n\nUn saludo,\nRaúl",
        None,
    ),
    (
        "Levante Frío",
        "rejected",
        "2025-10-16",
        "Elena Ruiz <elena.ruiz@talentomediterraneo.example>",
        "RE: Tu candidatura - Jefa de Almacén",
        "Hola Marta,\n\nTe escribo para comentarte que el cliente ha decidido continuar con otros perfiles con más "
        "experiencia en frío industrial. Te tendré en cuenta para futuros procesos.\n\nUn saludo,\nElena",
        None,
    ),
    (
        "Puerto Turia Logística",
        "onsite",
        "2025-10-21",
        "Raúl Navarro <raul.navarro@levanteseleccion.example>",
        "Segunda entrevista - Puerto Turia",
        "Hola Marta,\n\nLes has gustado mucho. Quieren verte en una segunda entrevista presencial con el director "
        "general, la última fase del proceso, el martes 28 a las 12:00 en sus oficinas del puerto.\n\nUn saludo,\nRaúl",
        None,
    ),
    (
        "Hortas Alimentación",
        "rejected",
        "2025-10-24",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura ha cambiado de estado",
        "Hola Marta,\n\nEl estado de tu candidatura a la oferta Técnico/a de Logística de Hortas Alimentación ha cambiado "
        "a «Descartado».\n\nEl equipo de InfoJobs",
        None,
    ),
    (
        "Puerto Turia Logística",
        "offer",
        "2025-10-31",
        "Raúl Navarro <raul.navarro@levanteseleccion.example>",
        "Oferta Puerto Turia",
        "Hola Marta,\n\n¡Enhorabuena! Puerto Turia Logística nos complace comunicarte que quieren ofrecerte el puesto de "
        "Coordinadora de Logística: 34.000 euros brutos anuales y contrato indefinido.\n\nUn saludo,\nRaúl",
        None,
    ),
    (
        "Puerto Turia Logística",
        "accepted",
        "2025-11-03",
        ME,
        "RE: Oferta Puerto Turia",
        "Hola Raúl,\n\n¡Muchas gracias! Acepto la oferta. Quedo a la espera de los siguientes pasos.\n\nUn saludo,\nMarta",
        "Raúl Navarro <raul.navarro@levanteseleccion.example>",
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas de Logística en Valencia",
        "alert",
        "Técnico de Logística - Paterna. Jefe de Almacén - Quart de Poblet. Inscríbete.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Marta, mira lo que se ha perdido",
        "newsletter",
        "Publicaciones populares de tu red esta semana.",
    ),
    (
        "Renfe <billetes@renfe.example>",
        "Tu billete Valencia - Madrid",
        "other",
        "Tu billete del 8 de noviembre está disponible en la app.",
    ),
    (
        "El Corte Inglés <ofertas@elcorteingles.example>",
        "Días de Oro",
        "shop",
        "Vuelven los Días de Oro con descuentos en todas las plantas.",
    ),
    (
        "Iberdrola <facturas@iberdrola.example>",
        "Tu factura de luz",
        "other",
        "Tu factura de octubre es de 58,12 euros.",
    ),
    (
        "Pau Soler <pau.soler@gmail.example>",
        "paella domingo",
        "personal",
        "¿Vienes el domingo a la paella en casa de los abuelos?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0200",
        clock="09:35:00",
        neg_start="2025-10-05",
        neg_step=5,
        neg_clock="21:20:00",
        tag="threehundredthirty",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), MARTA)
