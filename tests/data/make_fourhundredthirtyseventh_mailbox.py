"""A four-hundred-and-thirty-seventh mailbox, written as a held-out check after the four-hundred-and-thirty-sixth
(issue #24).

Fernanda, a financial analyst in Monterrey, keeps her search in Gmail and exports it with Takeout (her own mail under
"Enviados").  Mexican headhunters and employers in their own Spanish: "Te comparto que ya envié tu CV a nuestro
cliente, una empresa del sector acerero", "El cliente quiere entrevistarte el jueves a las 10 en sus oficinas de San
Pedro", "El cliente es Aceros del Norte", "Te van a enviar la propuesta económica", "el cliente decidió cerrar la
vacante", OCC's "Tu postulación fue enviada", an employer's own "Agradecemos tu interés ... no continuarás en el
proceso", and her "¡Acepto la propuesta, muchas gracias!".  Negatives: OCC's alert, a consultora's newsletter, a cold
approach, Banorte, Oxxo and her father.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

FER = "fernanda.garza.fin@gmail.com"
ME = f"Fernanda Garza <{FER}>"
ROBERTO = "Roberto Salinas <rsalinas@talentonorte.example>"
ANDREA = "Andrea Treviño <atrevino@headhuntersmty.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Aceros del Norte",
        "applied",
        "2025-04-07",
        ROBERTO,
        "Vacante Analista Financiero Sr",
        "Hola Fernanda,\n\nTe comparto que ya envié tu CV a nuestro cliente, una empresa del sector acerero, para la "
        "vacante de Analista Financiero Sr. En cuanto tenga retroalimentación te aviso.\n\nSaludos,\nRoberto Salinas\n"
        "Talento Norte",
        "t-an",
    ),
    (
        "Grupo Cerro Verde",
        "applied",
        "2025-04-08",
        ANDREA,
        "Grupo Cerro Verde - Analista de Planeación Financiera",
        "Hola Fernanda,\n\nComo lo platicamos, ya presenté tu candidatura a Grupo Cerro Verde para la posición de "
        "Analista de Planeación Financiera.\n\nAndrea Treviño\nHeadhunters MTY",
        "t-cv",
    ),
    (
        "Distribuidora Regia",
        "applied",
        "2025-04-08",
        "OCC <noreply@occ.com.mx>",
        "Tu postulación fue enviada",
        "Hola Fernanda,\n\nTu postulación a Analista de Costos en Distribuidora Regia fue enviada con éxito.\n\nOCC",
        "t-dr",
    ),
    (
        "Aceros del Norte",
        "interview",
        "2025-04-10",
        ROBERTO,
        "RE: Vacante Analista Financiero Sr",
        "Fernanda,\n\nEl cliente es Aceros del Norte y quiere entrevistarte el jueves a las 10 en sus oficinas de San "
        "Pedro, con la gerente de finanzas.\n\nRoberto",
        "t-an",
    ),
    (
        "Distribuidora Regia",
        "rejected",
        "2025-04-14",
        "Reclutamiento Distribuidora Regia <reclutamiento@distregia.example>",
        "Proceso Analista de Costos",
        "Hola Fernanda,\n\nAgradecemos tu interés en Distribuidora Regia. Te informamos que no continuarás en el proceso "
        "para la vacante de Analista de Costos.\n\nReclutamiento",
        "t-dr2",
    ),
    (
        "Grupo Cerro Verde",
        "rejected",
        "2025-04-16",
        ANDREA,
        "RE: Grupo Cerro Verde - Analista de Planeación Financiera",
        "Hola Fernanda,\n\nTe escribo para comentarte que el cliente decidió cerrar la vacante por un cambio de "
        "presupuesto. Te tengo presente para otras búsquedas.\n\nAndrea",
        "t-cv",
    ),
    (
        "Aceros del Norte",
        "offer",
        "2025-04-22",
        ROBERTO,
        "RE: Vacante Analista Financiero Sr",
        "¡Fernanda! Les encantaste. Te van a enviar la propuesta económica mañana: 58,000 MXN brutos mensuales más "
        "prestaciones superiores a las de ley.\n\nRoberto",
        "t-an",
    ),
    (
        "Aceros del Norte",
        "accepted",
        "2025-04-24",
        ME,
        "RE: Vacante Analista Financiero Sr",
        "¡Hola Roberto! ¡Acepto la propuesta, muchas gracias por todo!\n\nFernanda",
        "t-an",
    ),
]

_NEGATIVES = [
    (
        "OCC <alertas@occ.com.mx>",
        "Nuevas vacantes de Analista Financiero",
        "alert",
        "Analista Financiero - Monterrey. Analista de Costos - Apodaca.",
    ),
    (
        "Talento Norte <boletin@talentonorte.example>",
        "Vacantes de la semana",
        "newsletter",
        "Contralor, Tesorero y Analista de Crédito. Envíanos tu CV.",
    ),
    (
        "Luis Ortega <lortega@reclutaya.example>",
        "Oportunidad - Gerente de Finanzas",
        "outreach",
        "Hola Fernanda, tengo una oportunidad como Gerente de Finanzas en una empresa automotriz. ¿Te interesa "
        "platicar?",
    ),
    (
        "Banorte <alertas@banorte.example>",
        "Compra realizada",
        "other",
        "Compra por $450.00 en Oxxo.",
    ),
    (
        "Oxxo <promos@oxxo.example>",
        "Promociones de la semana",
        "shop",
        "2x1 en bebidas.",
    ),
    (
        "Papá <jorge.garza@prodigy.example>",
        "comida",
        "personal",
        "¿Vienes a comer el domingo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=FER,
        own_to={"Aceros del Norte": ROBERTO},
        offset="-0600",
        clock="11:25:00",
        neg_start="2025-04-06",
        neg_step=3,
        neg_clock="20:10:00",
        tag="fourhundredthirtyseven",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=FER)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
