"""A six-hundred-and-sixth mailbox, written as a held-out check after the six-hundred-and-fifth (issue #24).

Valentina Rojas, an accountant in Bogotá, saves her mail from Outlook as .eml files. Colombian employers and a staffing
firm write in "usted": elempleo.com's "Su hoja de vida fue enviada a la empresa Alpina para la vacante Analista
Contable", Bancolombia's SuccessFactors "Confirmación de postulación", an Adecco consultant's "Le informo que su hoja
de vida fue remitida a nuestro cliente Grupo Éxito", Bancolombia's "Lo invitamos a presentar unas pruebas
psicotécnicas virtuales", Alpina's "En esta ocasión su perfil no fue seleccionado para continuar", the consultant's
"Grupo Éxito quiere entrevistarla el jueves", Bancolombia's "entrevista final con la gerencia en la Torre Bancolombia",
the consultant's "el cliente decidió continuar con otra candidata", Bancolombia's "Nos alegra informarle que ha sido
seleccionada", her "Acepto con gusto la oferta" and her thanks after the final interview. Negatives: elempleo's alert,
El Tiempo's newsletter, a headhunter's cold mail, Bancolombia's own transfer notice (a bank she applied to), Rappi and
her sister. Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

VALE = "valentina.rojas.cont@outlook.example"
ME = f"Valentina Rojas <{VALE}>"
ELEMPLEO = "elempleo.com <notificaciones@elempleo.example>"
BANCO = "Bancolombia Talento <noreply@bancolombia.successfactors.example>"
ADECCO = "Juliana Pérez <juliana.perez@adecco.example>"
CAMILO = "Camilo Restrepo <carestre@bancolombia.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Alpina",
        "applied",
        "2025-07-07",
        ELEMPLEO,
        "Su hoja de vida fue enviada",
        "Hola Valentina,\n\nSu hoja de vida fue enviada a la empresa Alpina para la vacante Analista Contable.\n\n"
        "elempleo.com",
        None,
    ),
    (
        "Bancolombia",
        "applied",
        "2025-07-08",
        BANCO,
        "Confirmación de postulación",
        "Estimada Valentina:\n\nConfirmamos su postulación a la vacante Profesional Contable en Bancolombia. "
        "Revisaremos su perfil.\n\nBancolombia Talento",
        None,
    ),
    (
        "Grupo Éxito",
        "applied",
        "2025-07-09",
        ADECCO,
        "Vacante Analista de Costos",
        "Buenos días Valentina:\n\nLe informo que su hoja de vida fue remitida a nuestro cliente Grupo Éxito para la "
        "vacante de Analista de Costos. Quedo atenta.\n\nCordialmente,\nJuliana Pérez\nAdecco Colombia",
        None,
    ),
    (
        "Bancolombia",
        "interview",
        "2025-07-14",
        BANCO,
        "Pruebas psicotécnicas",
        "Estimada Valentina:\n\nLa invitamos a presentar unas pruebas psicotécnicas virtuales antes del viernes.\n\n"
        "Bancolombia Talento",
        None,
    ),
    (
        "Alpina",
        "rejected",
        "2025-07-15",
        "Alpina Talento <talento@alpina.example>",
        "Proceso de selección Alpina",
        "Hola Valentina,\n\nGracias por su interés en Alpina. En esta ocasión su perfil no fue seleccionado para "
        "continuar en el proceso.\n\nTalento Alpina",
        None,
    ),
    (
        "Grupo Éxito",
        "interview",
        "2025-07-16",
        ADECCO,
        "RE: Vacante Analista de Costos",
        "Buenos días Valentina:\n\nGrupo Éxito quiere entrevistarla el jueves a las 10:00 en su sede de Envigado, por "
        "Teams.\n\nCordialmente,\nJuliana",
        None,
    ),
    (
        "Bancolombia",
        "onsite",
        "2025-07-21",
        CAMILO,
        "Entrevista final - Profesional Contable",
        "Estimada Valentina:\n\nLa invitamos a una entrevista final con la gerencia en la Torre Bancolombia, el lunes "
        "28 de julio a las 9:00.\n\nCamilo Restrepo\nSelección",
        None,
    ),
    (
        "Grupo Éxito",
        "rejected",
        "2025-07-24",
        ADECCO,
        "RE: Vacante Analista de Costos",
        "Buenos días Valentina:\n\nLe cuento que el cliente decidió continuar con otra candidata. La tendré en cuenta "
        "para otras vacantes.\n\nCordialmente,\nJuliana",
        None,
    ),
    (
        "Bancolombia",
        "thank_you",
        "2025-07-28",
        ME,
        "RE: Entrevista final - Profesional Contable",
        "Estimado Camilo:\n\nMuchas gracias por la entrevista de hoy y por la oportunidad.\n\nCordialmente,\n"
        "Valentina Rojas",
        CAMILO,
    ),
    (
        "Bancolombia",
        "offer",
        "2025-08-04",
        CAMILO,
        "Resultado del proceso",
        "Estimada Valentina:\n\nNos alegra informarle que ha sido seleccionada para el cargo de Profesional Contable. "
        "Adjuntamos la carta oferta con las condiciones.\n\nCamilo Restrepo",
        None,
    ),
    (
        "Bancolombia",
        "accepted",
        "2025-08-05",
        ME,
        "RE: Resultado del proceso",
        "Estimado Camilo:\n\nAcepto con gusto la oferta. Quedo atenta a los siguientes pasos.\n\nValentina Rojas",
        CAMILO,
    ),
]

_NEGATIVES = [
    (
        "elempleo.com <alertas@elempleo.example>",
        "Nuevas vacantes para usted",
        "alert",
        "Analista Contable - Bogotá. Auxiliar Contable - Chía. Ver vacantes.",
    ),
    (
        "El Tiempo <boletines@eltiempo.example>",
        "Boletín de noticias",
        "newsletter",
        "Lo más importante del día. Cancelar suscripción.",
    ),
    (
        "Andrés Gómez <agomez@talentohunters.example>",
        "Oportunidad Contador Senior",
        "outreach",
        "Buenas tardes Valentina, tengo una oportunidad de Contador Senior en una multinacional. ¿Le interesa?",
    ),
    (
        "Bancolombia <alertas@bancolombia.example>",
        "Transferencia exitosa",
        "other",
        "Realizó una transferencia por $250.000.",
    ),
    (
        "Rappi <hola@rappi.example>",
        "Tu pedido llegó",
        "other",
        "Tu pedido fue entregado.",
    ),
    (
        "Daniela <daniela.rojas@gmail.example>",
        "domingo",
        "personal",
        "¿Vamos a almorzar donde la abuela el domingo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="09:20:00",
        neg_start="2025-07-06",
        neg_step=5,
        neg_clock="20:45:00",
        tag="sixhundredsix",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), VALE)
