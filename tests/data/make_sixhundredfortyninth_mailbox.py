"""A six-hundred-and-forty-ninth mailbox, written as a held-out check after the six-hundred-and-forty-eighth
(issue #24).

Andrea Salazar, a customer-service supervisor in Guadalajara, keeps her iCloud mail in Apple Mail and exports the
inbox as a zip. Mexican employers write in Mexican Spanish through Computrabajo, OCC Mundial and their own sites:
Computrabajo's "Has aplicado correctamente a la oferta Supervisor de Atención a Clientes en Teleperformance", OCC's
"Tu postulación a Coordinadora de Servicio al Cliente en Grupo Bimbo fue enviada", Liverpool's "Gracias por
postularte", Teleperformance's recruiter by WhatsApp-style mail "¿Te puedo marcar hoy para platicar sobre la
vacante?" (a screen), Bimbo's "Te invitamos a una entrevista con el gerente del área", Liverpool's "por el momento no
continuarás en el proceso", Teleperformance's "evaluación psicométrica y entrevista final en nuestras instalaciones
de Zapopan", her thanks, Bimbo's "el puesto ya fue cubierto", Teleperformance's "¡Felicidades! Queremos hacerte una
oferta", and her "Acepto la propuesta". Negatives: Computrabajo's alert, OCC's "empresas vieron tu CV", a Liverpool
sale, an agency's cold mail, her bank and her sister. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANDREA = "andrea.salazar.gdl@icloud.example"
ME = f"Andrea Salazar <{ANDREA}>"
CT = "Computrabajo <no-reply@computrabajo.example>"
OCC = "OCC Mundial <postulaciones@occ.example>"
LIV = "Liverpool Bolsa de Trabajo <empleo@liverpool.example>"
TP = "Karla Méndez <karla.mendez@teleperformance.example>"
BIMBO = "Reclutamiento Grupo Bimbo <reclutamiento@grupobimbo.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Teleperformance",
        "applied",
        "2025-02-03",
        CT,
        "Has aplicado correctamente a la oferta",
        "Hola Andrea:\n\nHas aplicado correctamente a la oferta Supervisor de Atención a Clientes en Teleperformance. "
        "La empresa revisará tu hoja de vida.\n\nComputrabajo",
        None,
    ),
    (
        "Grupo Bimbo",
        "applied",
        "2025-02-04",
        OCC,
        "Tu postulación fue enviada",
        "Hola Andrea,\n\nTu postulación a Coordinadora de Servicio al Cliente en Grupo Bimbo fue enviada. ¡Mucho "
        "éxito!\n\nOCC Mundial",
        None,
    ),
    (
        "Liverpool",
        "applied",
        "2025-02-05",
        LIV,
        "Gracias por postularte",
        "Hola Andrea,\n\nGracias por postularte a la vacante Jefa de Atención a Clientes en Liverpool. Revisaremos tu "
        "perfil y te contactaremos.\n\nBolsa de Trabajo Liverpool",
        None,
    ),
    (
        "Teleperformance",
        "screen",
        "2025-02-06",
        TP,
        "Vacante Supervisor de Atención a Clientes",
        "Hola Andrea, buen día. Vi tu postulación en Computrabajo. ¿Te puedo marcar hoy para platicar sobre la vacante "
        "unos 15 minutos?\n\nSaludos,\nKarla Méndez\nReclutamiento | Teleperformance",
        None,
    ),
    (
        "Grupo Bimbo",
        "interview",
        "2025-02-10",
        BIMBO,
        "Entrevista - Coordinadora de Servicio al Cliente",
        "Hola Andrea,\n\nTe invitamos a una entrevista con el gerente del área el miércoles 12 de febrero a las 10:00 "
        "por Teams.\n\nSaludos,\nReclutamiento Grupo Bimbo",
        None,
    ),
    (
        "Liverpool",
        "rejected",
        "2025-02-11",
        LIV,
        "Actualización de tu postulación",
        "Hola Andrea,\n\nAgradecemos tu interés. Te informamos que por el momento no continuarás en el proceso de "
        "selección para esta vacante.\n\nBolsa de Trabajo Liverpool",
        2,
    ),
    (
        "Teleperformance",
        "onsite",
        "2025-02-12",
        TP,
        "Re: Vacante Supervisor de Atención a Clientes",
        "Andrea, gracias por tu tiempo. El siguiente paso es la evaluación psicométrica y la entrevista final en "
        "nuestras instalaciones de Zapopan el viernes 14 a las 9:00.\n\nKarla",
        3,
    ),
    (
        "Teleperformance",
        "thank_you",
        "2025-02-14",
        ME,
        "Re: Vacante Supervisor de Atención a Clientes",
        "Karla, muchas gracias por la entrevista de hoy. Me encantó conocer al equipo.\n\nSaludos,\nAndrea",
        6,
    ),
    (
        "Grupo Bimbo",
        "rejected",
        "2025-02-17",
        BIMBO,
        "Re: Entrevista - Coordinadora de Servicio al Cliente",
        "Hola Andrea,\n\nGracias por participar. Te informamos que el puesto ya fue cubierto. Conservaremos tu CV para "
        "futuras vacantes.\n\nReclutamiento Grupo Bimbo",
        4,
    ),
    (
        "Teleperformance",
        "offer",
        "2025-02-18",
        TP,
        "Propuesta laboral",
        "¡Felicidades Andrea! Queremos hacerte una oferta para el puesto de Supervisor de Atención a Clientes. Te "
        "comparto la propuesta económica adjunta.\n\nKarla",
        None,
    ),
    (
        "Teleperformance",
        "accepted",
        "2025-02-19",
        ME,
        "Re: Propuesta laboral",
        "Karla, muchas gracias. Acepto la propuesta, quedo atenta a los siguientes pasos.\n\nAndrea",
        9,
    ),
]

_NEGATIVES = [
    (
        "Computrabajo <alertas@computrabajo.example>",
        "Nuevas ofertas de Atención a Clientes en Guadalajara",
        "alert",
        "10 nuevas ofertas para ti. Aplica ya. Administrar alertas.",
    ),
    (
        "OCC Mundial <avisos@occ.example>",
        "3 empresas vieron tu CV",
        "viewed",
        "Empresas como Telcel y Coppel vieron tu CV esta semana.",
    ),
    (
        "Liverpool <promociones@liverpool.example>",
        "Venta Nocturna",
        "shop",
        "Hasta 40% de descuento. Darse de baja.",
    ),
    (
        "Luis Ortega <luis.ortega@adecco.example>",
        "Vacante Gerente de Servicio",
        "outreach",
        "Hola Andrea, tengo una vacante de Gerente de Servicio para un cliente en Tlaquepaque. ¿Te interesa?",
    ),
    (
        "BBVA México <avisos@bbva.example>",
        "Tu estado de cuenta",
        "other",
        "Tu estado de cuenta está disponible.",
    ),
    (
        "Daniela <daniela.salazar@gmail.example>",
        "cumple de mamá",
        "personal",
        "¿Qué le regalamos a mamá?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ANDREA,
        own_to={"Teleperformance": TP},
        offset=lambda d: "-0600",
        clock="12:30:00",
        neg_start="2025-02-02",
        neg_step=3,
        neg_clock="21:50:00",
        tag="sixhundredfortynine",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it, zipped (``INBOX.mbox/mbox``), into ``folder``; return its path."""
    from mail_score import write_apple_zip

    return write_apple_zip(Path(folder) / "Mail Export.zip", msgs if msgs is not None else messages())
