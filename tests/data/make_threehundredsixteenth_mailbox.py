"""A three-hundred-and-sixteenth mailbox, written as a held-out check after the three-hundred-and-fifteenth (issue
#24).

Valeria, a marketing analyst in Mexico City, saves her Outlook mail as .eml files.  Mexican hiring as it writes: OCC
Mundial's "Tu postulación fue enviada a Grupo Cafetalero del Sur", Computrabajo's "Has aplicado correctamente",
a bank's Workday receipt in Spanish ("Gracias por tu interés"), a recruiter's "¿Tienes disponibilidad para una
llamada breve?", a "segunda entrevista con la gerente de marketing", a "prueba técnica" in Excel, "te informamos que
en esta ocasión no continuarás en el proceso", "el puesto ya fue cubierto", a "propuesta económica" (the offer) and her
own "Acepto la propuesta".  Negatives: OCC's alert, Computrabajo's "tu CV fue visto", a Liverpool (the store)
promotion, a CFE bill, a Telcel notice, her mother.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

VALERIA = "valeria.ortiz.mkt@outlook.example"
ME = f"Valeria Ortiz <{VALERIA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Grupo Cafetalero del Sur",
        "applied",
        "2025-06-02",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Tu postulación fue enviada",
        "Hola Valeria,\n\nTu postulación a la vacante Analista de Marketing Digital fue enviada a Grupo Cafetalero del "
        "Sur. Te avisaremos cuando la empresa revise tu CV.\n\nEquipo OCC",
        None,
    ),
    (
        "Banco Meridiano",
        "applied",
        "2025-06-03",
        "Banco Meridiano <bancomeridiano@myworkday.com>",
        "Gracias por tu interés en Banco Meridiano",
        "Hola Valeria,\n\nGracias por tu interés en la vacante Analista de Inteligencia de Mercado en Banco Meridiano. "
        "Hemos recibido tu solicitud y la revisaremos con atención.\n\nAtracción de Talento",
        None,
    ),
    (
        "Tiendas Quetzal",
        "applied",
        "2025-06-04",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Has aplicado correctamente",
        "Hola Valeria,\n\nHas aplicado correctamente a la oferta Analista de Marketing en Tiendas Quetzal S.A. de C.V. "
        "(Ciudad de México).\n\n¡Mucha suerte!\nComputrabajo",
        None,
    ),
    (
        "Grupo Cafetalero del Sur",
        "screen",
        "2025-06-06",
        "Fernanda Ruiz <fernanda.ruiz@cafetalerodelsur.example>",
        "Vacante Analista de Marketing Digital",
        "Hola Valeria,\n\nVi tu postulación en OCC para la vacante de Analista de Marketing Digital. ¿Tienes "
        "disponibilidad para una llamada breve el lunes o martes por la mañana?\n\nSaludos,\nFernanda Ruiz\n"
        "Reclutamiento | Grupo Cafetalero del Sur",
        None,
    ),
    (
        "Grupo Cafetalero del Sur",
        "interview",
        "2025-06-11",
        "Fernanda Ruiz <fernanda.ruiz@cafetalerodelsur.example>",
        "Segunda entrevista - Analista de Marketing Digital",
        "Hola Valeria,\n\nGracias por tu tiempo en la llamada. Nos gustaría invitarte a una segunda entrevista con la "
        "gerente de marketing, Mariana López, el jueves 12 de junio a las 11:00 en nuestras oficinas de Polanco.\n\n"
        "Saludos,\nFernanda",
        None,
    ),
    (
        "Banco Meridiano",
        "rejected",
        "2025-06-13",
        "Banco Meridiano <bancomeridiano@myworkday.com>",
        "Actualización de tu solicitud",
        "Hola Valeria,\n\nGracias por participar en nuestro proceso. Te informamos que en esta ocasión no continuarás "
        "en el proceso para la vacante Analista de Inteligencia de Mercado.\n\nAtracción de Talento\nBanco Meridiano",
        None,
    ),
    (
        "Grupo Cafetalero del Sur",
        "interview",
        "2025-06-16",
        "Fernanda Ruiz <fernanda.ruiz@cafetalerodelsur.example>",
        "Prueba técnica",
        "Hola Valeria,\n\nComo siguiente paso te compartimos una prueba técnica en Excel (análisis de una campaña). "
        "Tienes 48 horas para enviarla.\n\nSaludos,\nFernanda",
        None,
    ),
    (
        "Tiendas Quetzal",
        "rejected",
        "2025-06-18",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Actualización de tu postulación",
        "Hola Valeria,\n\nLa empresa Tiendas Quetzal S.A. de C.V. te informa que el puesto Analista de Marketing ya fue "
        "cubierto. ¡Sigue postulándote!\n\nComputrabajo",
        None,
    ),
    (
        "Grupo Cafetalero del Sur",
        "offer",
        "2025-06-24",
        "Fernanda Ruiz <fernanda.ruiz@cafetalerodelsur.example>",
        "Propuesta económica - Analista de Marketing Digital",
        "Hola Valeria,\n\n¡Felicidades! Te compartimos la propuesta económica para el puesto de Analista de Marketing "
        "Digital: $32,000 MXN brutos mensuales, prestaciones de ley y superiores, y esquema híbrido. Quedo atenta a tu "
        "respuesta.\n\nSaludos,\nFernanda",
        None,
    ),
    (
        "Grupo Cafetalero del Sur",
        "accepted",
        "2025-06-25",
        ME,
        "RE: Propuesta económica - Analista de Marketing Digital",
        "Hola Fernanda,\n\n¡Muchas gracias! Acepto la propuesta y quedo atenta a los siguientes pasos para mi "
        "ingreso.\n\nSaludos,\nValeria",
        "Fernanda Ruiz <fernanda.ruiz@cafetalerodelsur.example>",
    ),
]

_NEGATIVES = [
    (
        "OCC Mundial <alertas@occ.com.mx>",
        "Nuevas vacantes de Analista de Marketing",
        "alert",
        "Analista de Marketing - Polanco. Coordinador de Marca - Santa Fe. Postúlate.",
    ),
    (
        "Computrabajo <notificaciones@computrabajo.com>",
        "Tu CV fue visto",
        "viewed",
        "Una empresa vio tu CV. Completa tu perfil para destacar.",
    ),
    (
        "Liverpool <promociones@liverpool.example>",
        "Venta Nocturna: hasta 50% de descuento",
        "shop",
        "Este viernes, Venta Nocturna con hasta 50% de descuento.",
    ),
    (
        "CFE <recibos@cfe.example>",
        "Tu recibo de luz",
        "other",
        "Tu recibo de luz del bimestre está disponible: $412.00.",
    ),
    (
        "Telcel <avisos@telcel.example>",
        "Tu saldo",
        "other",
        "Tu saldo vence el 30 de junio. Recarga y recibe beneficios.",
    ),
    (
        "Mamá <patricia.ortiz@gmail.example>",
        "comida domingo",
        "personal",
        "¿vienes a comer el domingo? hay mole",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0600",
        clock="10:05:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="20:35:00",
        tag="threehundredsixteen",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), VALERIA)
