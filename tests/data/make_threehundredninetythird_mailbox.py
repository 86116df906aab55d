"""A three-hundred-and-ninety-third mailbox, written as a held-out check after the three-hundred-and-ninety-second
(issue #24).

Lucía, an administrative assistant in Madrid, reads her mail in Outlook and saves it as .eml files, in Spanish.
Hiring through a consultora de selección, an ETT and InfoJobs: the consultant's "Tal y como hablamos, te confirmo que
he enviado tu CV al cliente, una aseguradora con sede en Castellana" (the client unnamed), "Te puedo adelantar que la
empresa es Seguros Meseta y les gustaría conocerte el martes", "han decidido seguir con otra candidata"; the ETT's "Te
hemos presentado para el puesto de recepcionista en Hoteles Retiro" and "¡Enhorabuena! Hoteles Retiro quiere
incorporarte el lunes 3", her "¡Perfecto, allí estaré!"; InfoJobs' "Tu candidatura sigue en proceso" (a wait) for an
employer whose own mail then invites her to "una entrevista por videollamada" and later says "hemos cubierto la
vacante".  Negatives: an InfoJobs alert, an ETT's "¿Estás disponible para trabajar este fin de semana?", the SEPE's
appointment, a Mercadona receipt, Bizum, her sister.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUCIA = "lucia.fernandez.admin@hotmail.es"
ME = f"Lucía Fernández <{LUCIA}>"
CONS = "Marta Ibáñez <marta.ibanez@talentiaseleccion.es>"
ETT = "Sergio Gil <sergio.gil@flexiempleo-ett.es>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Seguros Meseta",
        "applied",
        "2025-02-03",
        CONS,
        "Auxiliar administrativa - aseguradora (Castellana)",
        "Hola Lucía:\n\nTal y como hablamos, te confirmo que he enviado tu CV al cliente, una aseguradora con sede en "
        "Castellana, para el puesto de auxiliar administrativa. Te cuento en cuanto tenga respuesta.\n\nUn saludo,\n"
        "Marta Ibáñez\nConsultora de Selección | Talentia Selección",
        None,
    ),
    (
        "Hoteles Retiro",
        "applied",
        "2025-02-04",
        ETT,
        "Recepcionista - Hoteles Retiro",
        "Hola Lucía,\n\nTe hemos presentado para el puesto de recepcionista en Hoteles Retiro (turno de mañana, contrato "
        "de 3 meses). Te aviso en cuanto nos digan algo.\n\nSergio Gil\nFlexiempleo ETT",
        None,
    ),
    (
        "Distribuciones Jarama",
        "applied",
        "2025-02-05",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Administrativo/a de Distribuciones Jarama",
        "Hola Lucía,\n\nTe has inscrito correctamente en la oferta Administrativo/a de Distribuciones Jarama. Podrás "
        "seguir el estado de tu candidatura desde tu área personal.\n\nInfoJobs",
        None,
    ),
    (
        "Seguros Meseta",
        "interview",
        "2025-02-07",
        CONS,
        "RE: Auxiliar administrativa - aseguradora (Castellana)",
        "Hola Lucía:\n\nTe puedo adelantar que la empresa es Seguros Meseta y les gustaría conocerte el martes 11 a las "
        "10:00 en sus oficinas del Paseo de la Castellana.\n\nUn saludo,\nMarta",
        None,
    ),
    (
        "Distribuciones Jarama",
        "reply",
        "2025-02-10",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura sigue en proceso",
        "Hola Lucía,\n\nDistribuciones Jarama ha actualizado el estado de tu candidatura a la oferta Administrativo/a: "
        "sigue en proceso.\n\nInfoJobs",
        None,
    ),
    (
        "Hoteles Retiro",
        "offer",
        "2025-02-12",
        ETT,
        "RE: Recepcionista - Hoteles Retiro",
        "¡Hola Lucía!\n\n¡Enhorabuena! Hoteles Retiro quiere incorporarte el lunes 3 de marzo. Pásate mañana por la "
        "oficina para firmar el contrato.\n\nSergio",
        None,
    ),
    (
        "Hoteles Retiro",
        "accepted",
        "2025-02-12",
        ME,
        "RE: Recepcionista - Hoteles Retiro",
        "¡Perfecto, allí estaré! Muchas gracias, Sergio.\n\nLucía",
        ETT,
    ),
    (
        "Distribuciones Jarama",
        "interview",
        "2025-02-13",
        "Pilar Moreno <rrhh@distribucionesjarama.es>",
        "Entrevista - Administrativo/a",
        "Hola Lucía:\n\nHemos revisado tu candidatura y nos gustaría hacerte una entrevista por videollamada el "
        "viernes 14 a las 12:00. ¿Te viene bien?\n\nPilar Moreno\nRRHH - Distribuciones Jarama",
        None,
    ),
    (
        "Seguros Meseta",
        "rejected",
        "2025-02-17",
        CONS,
        "RE: Auxiliar administrativa - aseguradora (Castellana)",
        "Hola Lucía:\n\nTe escribo para contarte que finalmente han decidido seguir con otra candidata con más "
        "experiencia en seguros. Te tengo en cuenta para próximos procesos.\n\nUn saludo,\nMarta",
        None,
    ),
    (
        "Distribuciones Jarama",
        "rejected",
        "2025-02-20",
        "Pilar Moreno <rrhh@distribucionesjarama.es>",
        "RE: Entrevista - Administrativo/a",
        "Hola Lucía:\n\nGracias por tu tiempo el viernes. Te informamos de que ya hemos cubierto la vacante. Te deseamos "
        "mucha suerte.\n\nPilar",
        None,
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas de Administrativo/a en Madrid",
        "alert",
        "Administrativo/a - Madrid - 18.000 €. Recepcionista - Madrid - 16.500 €. Ver ofertas.",
    ),
    (
        "Flexiempleo ETT <avisos@flexiempleo-ett.es>",
        "¿Disponible este fin de semana?",
        "outreach",
        "Hola, ¿estás disponible para trabajar este fin de semana como azafata en un evento en IFEMA? Contesta SÍ o NO.",
    ),
    (
        "SEPE <citas@sepe.example>",
        "Confirmación de cita",
        "other",
        "Su cita en la oficina de prestaciones de Vallecas es el 10/02 a las 9:30.",
    ),
    (
        "Mercadona <tickets@mercadona.example>",
        "Tu ticket digital",
        "shop",
        "Gracias por tu compra. Total: 42,18 €.",
    ),
    (
        "Bizum <avisos@bizum.example>",
        "Has recibido un Bizum",
        "other",
        "Has recibido 15,00 € de Ana.",
    ),
    (
        "Ana Fernández <ana.fernandez@gmail.example>",
        "cumple de papá",
        "personal",
        "¿Compramos juntas el regalo de papá?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="11:10:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="20:50:00",
        tag="threehundredninetythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), LUCIA)
