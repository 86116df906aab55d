"""A five-hundred-and-forty-eighth mailbox, written as a held-out check after the five-hundred-and-forty-seventh
(issue #24).

Valeria Torres, a data analyst in Mexico City, keeps her search in a Gmail account set to Spanish and exports it with
Takeout ("Enviados", "Recibidos").  Mexican employers write through OCC, Computrabajo and their own tracking systems,
in "tú": OCC's "Tu postulación a Analista de Datos en BBVA México fue enviada", Mercado Libre's "¡Gracias por
postularte a Mercado Libre!", HackerRank's "Mercado Libre te invitó a resolver una evaluación técnica", its recruiter's
"nos gustaría invitarte a una entrevista con el líder del equipo", BBVA's "Te informamos que en esta ocasión no
continuarás en el proceso", Computrabajo's "Tu CV fue visto por Grupo Bimbo" (a viewed notice) and then Bimbo's own
"tu candidatura ha avanzado a la siguiente etapa: entrevista con Recursos Humanos", Mercado Libre's "carta oferta", her
"Acepto con gusto la oferta" and her thanks to the team lead.  Negatives: OCC's alert, a newsletter, a headhunter's
cold mail, BBVA's card notice (a bank she applied to), Rappi and her sister.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

VALERIA = "valeria.torres.datos@gmail.com"
ME = f"Valeria Torres <{VALERIA}>"
OCC = "OCC <postulaciones@occ.example>"
MELI = "Mercado Libre <no-reply@mercadolibre.gupy.example>"
FERNANDA = "Fernanda Ríos <fernanda.rios@mercadolibre.example>"
BBVA = "BBVA México <talento@bbva.example>"
BIMBO = "Grupo Bimbo <reclutamiento@grupobimbo.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "BBVA México",
        "applied",
        "2025-05-05",
        OCC,
        "Tu postulación fue enviada",
        "Hola Valeria,\n\nTu postulación a Analista de Datos en BBVA México fue enviada. La empresa revisará tu CV y, si "
        "tu perfil coincide, se pondrá en contacto contigo.\n\nEquipo OCC",
        "t-bbva",
    ),
    (
        "Mercado Libre",
        "applied",
        "2025-05-06",
        MELI,
        "¡Gracias por postularte a Mercado Libre!",
        "Hola Valeria,\n\n¡Gracias por postularte a la vacante Data Analyst - Marketplace! Revisaremos tu perfil y te "
        "contaremos los próximos pasos.\n\nEquipo de Talento de Mercado Libre",
        "t-meli",
    ),
    (
        "Grupo Bimbo",
        "applied",
        "2025-05-07",
        "Computrabajo <notificaciones@computrabajo.example>",
        "Postulación realizada: Analista de Inteligencia Comercial",
        "Hola Valeria,\n\nTe postulaste con éxito a la vacante Analista de Inteligencia Comercial de Grupo Bimbo. Te "
        "avisaremos cuando la empresa vea tu CV.\n\nComputrabajo",
        "t-bimbo",
    ),
    (
        "Mercado Libre",
        "interview",
        "2025-05-09",
        "HackerRank <support@hackerrank.example>",
        "Mercado Libre te invitó a resolver una evaluación técnica",
        "Hola Valeria,\n\nMercado Libre te invitó a resolver una evaluación técnica de SQL y Python. Tienes 72 horas "
        "para completarla.\n\nComenzar evaluación",
        "t-meli2",
    ),
    (
        "BBVA México",
        "rejected",
        "2025-05-13",
        BBVA,
        "Actualización de tu proceso en BBVA México",
        "Hola Valeria,\n\nGracias por tu interés en formar parte de BBVA México. Te informamos que en esta ocasión no "
        "continuarás en el proceso para la vacante de Analista de Datos. Te invitamos a seguir postulándote.\n\n"
        "Talento BBVA México",
        "t-bbva2",
    ),
    (
        "Mercado Libre",
        "interview",
        "2025-05-15",
        FERNANDA,
        "Entrevista - Data Analyst Marketplace",
        "Hola Valeria,\n\n¡Felicidades por tu evaluación! Nos gustaría invitarte a una entrevista con el líder del "
        "equipo de Analytics el martes 20 a las 11:00 por Google Meet.\n\nSaludos,\nFernanda Ríos\nTalent Acquisition",
        "t-meli3",
    ),
    (
        "Grupo Bimbo",
        "screen",
        "2025-05-16",
        BIMBO,
        "Tu proceso en Grupo Bimbo",
        "Hola Valeria,\n\n¡Buenas noticias! Tu candidatura ha avanzado a la siguiente etapa: entrevista con Recursos "
        "Humanos. Elige el horario que mejor te acomode en el enlace.\n\nReclutamiento Grupo Bimbo",
        "t-bimbo2",
    ),
    (
        "Mercado Libre",
        "thank_you",
        "2025-05-20",
        ME,
        "RE: Entrevista - Data Analyst Marketplace",
        "Hola Fernanda,\n\nMuchas gracias por la oportunidad; la entrevista con el equipo fue muy interesante. Quedo "
        "atenta a los siguientes pasos.\n\nSaludos,\nValeria",
        "t-meli3",
    ),
    (
        "Mercado Libre",
        "offer",
        "2025-05-28",
        FERNANDA,
        "Carta oferta - Mercado Libre",
        "Hola Valeria,\n\n¡Felicidades! Nos da mucho gusto compartirte tu carta oferta para la posición de Data Analyst "
        "- Marketplace. Revísala y cualquier duda me escribes.\n\nFernanda",
        "t-meli4",
    ),
    (
        "Mercado Libre",
        "accepted",
        "2025-05-29",
        ME,
        "RE: Carta oferta - Mercado Libre",
        "Hola Fernanda,\n\nAcepto con gusto la oferta. ¡Muchas gracias!\n\nValeria",
        "t-meli4",
    ),
]

_NEGATIVES = [
    (
        "OCC <alertas@occ.example>",
        "Nuevas vacantes de Analista de Datos",
        "alert",
        "Analista de Datos - CDMX. Científico de Datos - Guadalajara. Ver vacantes.",
    ),
    (
        "Computrabajo <notificaciones@computrabajo.example>",
        "Tu CV fue visto por Grupo Bimbo",
        "viewed",
        "Hola Valeria, Grupo Bimbo vio tu CV para la vacante Analista de Inteligencia Comercial.",
    ),
    (
        "Platzi <news@platzi.example>",
        "Lo nuevo en Platzi",
        "newsletter",
        "Nuevos cursos este mes. Cancelar suscripción.",
    ),
    (
        "Jorge Medina <jorge.medina@talentohunters.example>",
        "Oportunidad: Data Scientist Sr",
        "outreach",
        "Hola Valeria, vi tu perfil y tengo una vacante de Data Scientist Sr en una fintech. ¿Te interesa platicar?",
    ),
    (
        "BBVA México <avisos@bbva.example>",
        "Compra con tu tarjeta",
        "other",
        "Se realizó una compra por $350.00 con tu tarjeta terminación 4821.",
    ),
    (
        "Daniela Torres <dani.torres@hotmail.example>",
        "cumple de mamá",
        "personal",
        "¿Qué le regalamos a mamá?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=VALERIA,
        own_to={"Mercado Libre": FERNANDA},
        offset="-0600",
        clock="12:10:00",
        neg_start="2025-05-04",
        neg_step=4,
        neg_clock="21:20:00",
        tag="fivehundredfortyeight",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=VALERIA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
