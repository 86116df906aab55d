"""A five-hundred-and-ninety-second mailbox, written as a held-out check after the five-hundred-and-ninety-first
(issue #24).

Martín Gómez, a backend developer in Buenos Aires, exports his Gmail (in Spanish) with Takeout. Argentine tech
companies and an IT recruitment firm write in "vos": Computrabajo's "Tu postulación a Desarrollador Backend en Globant
fue enviada", Mercado Libre's Workday "Recibimos tu postulación", a Bridge Consulting recruiter's "te cuento que ya
pasé tu CV a Naranja X para la búsqueda de Backend Ssr", Mercado Libre's "Nos gustaría coordinar una primera charla
con vos de 30 minutos", Globant's "lamentablemente en esta oportunidad decidimos avanzar con otros perfiles",
the recruiter's "Naranja X quiere conocerte: entrevista técnica el martes", Mercado Libre's "un challenge técnico para
resolver en 72 horas", the recruiter's "Naranja X decidió cerrar la búsqueda con otro candidato", Mercado Libre's
"Queremos hacerte una propuesta", his "Acepto la propuesta" and his thanks after the technical interview. Negatives:
Computrabajo's alert, La Nación's newsletter, a second recruiter's cold LinkedIn mail, Mercado Pago's receipt (the
company he applied to), PedidosYa and his sister. Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARTIN = "martin.gomez.dev@gmail.com"
ME = f"Martín Gómez <{MARTIN}>"
CT = "Computrabajo <noreply@computrabajo.example>"
MELI = "Mercado Libre <mercadolibre@myworkday.example>"
SOL = "Sol Fernández <sol.fernandez@bridgeconsulting.example>"
LUCAS = "Lucas Romero <lucas.romero@mercadolibre.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Globant",
        "applied",
        "2025-05-05",
        CT,
        "Tu postulación fue enviada",
        "Hola Martín,\n\nTu postulación a Desarrollador Backend en Globant fue enviada. ¡Mucha suerte!\n\nEl equipo de "
        "Computrabajo",
        "t-glob",
    ),
    (
        "Mercado Libre",
        "applied",
        "2025-05-06",
        MELI,
        "Recibimos tu postulación",
        "Hola Martín,\n\nRecibimos tu postulación para Software Developer Sr (Java). Vamos a revisar tu perfil y te "
        "contactaremos.\n\nTalent Acquisition Mercado Libre",
        "t-meli",
    ),
    (
        "Naranja X",
        "applied",
        "2025-05-07",
        SOL,
        "Búsqueda Backend Ssr",
        "Hola Martín,\n\n¡Gracias por la charla de ayer! Te cuento que ya pasé tu CV a Naranja X para la búsqueda de "
        "Backend Ssr. Apenas tenga feedback te aviso.\n\nAbrazo,\nSol Fernández\nBridge Consulting",
        "t-nx",
    ),
    (
        "Mercado Libre",
        "screen",
        "2025-05-12",
        LUCAS,
        "Mercado Libre - Software Developer Sr",
        "Hola Martín,\n\nSoy Lucas, del equipo de Talent Acquisition. Nos gustaría coordinar una primera charla con vos "
        "de 30 minutos para conocerte. ¿Te queda bien el jueves a las 15?\n\nLucas",
        "t-meli2",
    ),
    (
        "Globant",
        "rejected",
        "2025-05-13",
        "Globant Talent <talent@globant.example>",
        "Tu postulación en Globant",
        "Hola Martín,\n\nGracias por tu interés en Globant. Lamentablemente en esta oportunidad decidimos avanzar con "
        "otros perfiles.\n\nSaludos,\nGlobant Talent",
        "t-glob",
    ),
    (
        "Naranja X",
        "interview",
        "2025-05-14",
        SOL,
        "RE: Búsqueda Backend Ssr",
        "Hola Martín,\n\n¡Buenas noticias! Naranja X quiere conocerte: entrevista técnica el martes 20 a las 11 con el "
        "tech lead.\n\nAbrazo,\nSol",
        "t-nx",
    ),
    (
        "Mercado Libre",
        "interview",
        "2025-05-16",
        LUCAS,
        "RE: Mercado Libre - Software Developer Sr",
        "Hola Martín,\n\nGracias por la charla. El próximo paso es un challenge técnico para resolver en 72 horas; te "
        "llega el link por mail.\n\nLucas",
        "t-meli2",
    ),
    (
        "Naranja X",
        "thank_you",
        "2025-05-20",
        ME,
        "RE: Búsqueda Backend Ssr",
        "Hola Sol,\n\n¡Gracias por la gestión! La entrevista de hoy estuvo muy buena.\n\nMartín",
        "t-nx",
    ),
    (
        "Naranja X",
        "rejected",
        "2025-05-23",
        SOL,
        "RE: Búsqueda Backend Ssr",
        "Hola Martín,\n\nTe escribo para contarte que Naranja X decidió cerrar la búsqueda con otro candidato. Te tengo "
        "en cuenta para lo próximo.\n\nAbrazo,\nSol",
        "t-nx",
    ),
    (
        "Mercado Libre",
        "offer",
        "2025-05-30",
        LUCAS,
        "Propuesta Mercado Libre",
        "Hola Martín,\n\n¡Felicitaciones! Queremos hacerte una propuesta para sumarte como Software Developer Sr. Te "
        "adjunto el detalle.\n\nLucas",
        "t-meli3",
    ),
    (
        "Mercado Libre",
        "accepted",
        "2025-06-02",
        ME,
        "RE: Propuesta Mercado Libre",
        "Hola Lucas,\n\n¡Acepto la propuesta! Muchas gracias.\n\nMartín",
        "t-meli3",
    ),
]

_NEGATIVES = [
    (
        "Computrabajo <alertas@computrabajo.example>",
        "Nuevas ofertas para vos",
        "alert",
        "Desarrollador Java - CABA. Backend Node - Remoto. Ver ofertas.",
    ),
    (
        "La Nación <newsletter@lanacion.example>",
        "Las noticias de hoy",
        "newsletter",
        "Lo más importante del día. Desuscribirse.",
    ),
    (
        "Diego Ruiz via LinkedIn <inmail-hit-reply@linkedin.example>",
        "Oportunidad Backend Go",
        "outreach",
        "Hola Martín, estoy buscando un Backend Go para una fintech. ¿Te interesa charlar?",
    ),
    (
        "Mercado Pago <info@mercadopago.example>",
        "Recibiste un pago",
        "other",
        "Recibiste $ 12.000 de Juan Pérez.",
    ),
    (
        "PedidosYa <no-reply@pedidosya.example>",
        "Tu pedido está en camino",
        "other",
        "Tu pedido llega en 30 minutos.",
    ),
    (
        "Flor Gómez <flor.gomez@hotmail.example>",
        "asado domingo",
        "personal",
        "¿Venís al asado el domingo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARTIN,
        own_to={"Naranja X": SOL, "Mercado Libre": LUCAS},
        offset="-0300",
        clock="11:10:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="21:05:00",
        tag="fivehundredninetytwo",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=MARTIN)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
