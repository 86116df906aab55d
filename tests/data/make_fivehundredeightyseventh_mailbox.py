"""A five-hundred-and-eighty-seventh mailbox, written as a held-out check after the five-hundred-and-eighty-sixth
(issue #24).

Diego Quispe, a risk analyst in Lima, saves his mail from Outlook as .eml files. Peruvian banks and consumer companies
write in "usted" through Bumeran, their own portals and a recruitment firm: Bumeran's "Tu postulación para Analista de
Riesgos en Interbank fue enviada", BCP's "Selección BCP: hemos recibido su postulación", a Michael Page consultant's
"He presentado su candidatura a nuestro cliente, Alicorp, para el puesto de Analista de Riesgo Crediticio", BCP's
"Lo invitamos a una evaluación en línea", "Alicorp desea entrevistarlo el jueves", Interbank's "Lamentablemente, en esta
oportunidad no continuará en el proceso", BCP's "entrevista final con el gerente de área en nuestra sede de La
Molina", the consultant's "Alicorp ha decidido continuar con otro candidato", BCP's "Nos complace ofrecerle el puesto",
his "Acepto la oferta" and his thanks after the final interview. Negatives: Bumeran's alert, Gestión's newsletter, a
headhunter's cold mail, Interbank's own card notice (a bank he applied to), Rappi and his mother. Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DIEGO = "diego.quispe.riesgos@outlook.example"
ME = f"Diego Quispe <{DIEGO}>"
BUMERAN = "Bumeran <postulaciones@bumeran.example>"
BCP = "Selección BCP <seleccion@viabcp.example>"
CARLA = "Carla Mendoza <carla.mendoza@michaelpage.example>"
IB = "Interbank <talento@interbank.example>"
ROSA = "Rosa Huamán <rhuaman@viabcp.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Interbank",
        "applied",
        "2025-09-01",
        BUMERAN,
        "Tu postulación fue enviada",
        "Hola Diego,\n\nTu postulación para Analista de Riesgos en Interbank fue enviada. ¡Éxitos!\n\nEquipo Bumeran",
        None,
    ),
    (
        "BCP",
        "applied",
        "2025-09-02",
        BCP,
        "Selección BCP: hemos recibido su postulación",
        "Estimado Diego:\n\nHemos recibido su postulación al puesto de Analista de Riesgos Minoristas en el BCP. Le "
        "informaremos sobre los siguientes pasos.\n\nSelección BCP",
        None,
    ),
    (
        "Alicorp",
        "applied",
        "2025-09-03",
        CARLA,
        "Analista de Riesgo Crediticio - Alicorp",
        "Estimado Diego:\n\nGracias por la conversación. He presentado su candidatura a nuestro cliente, Alicorp, para "
        "el puesto de Analista de Riesgo Crediticio. Le escribo apenas tenga novedades.\n\nSaludos cordiales,\nCarla "
        "Mendoza\nMichael Page Perú",
        None,
    ),
    (
        "BCP",
        "interview",
        "2025-09-08",
        BCP,
        "Evaluación en línea - Analista de Riesgos",
        "Estimado Diego:\n\nLo invitamos a una evaluación en línea de conocimientos y razonamiento. Tiene 48 horas para "
        "completarla.\n\nSelección BCP",
        None,
    ),
    (
        "Alicorp",
        "interview",
        "2025-09-09",
        CARLA,
        "RE: Analista de Riesgo Crediticio - Alicorp",
        "Estimado Diego:\n\nBuenas noticias: Alicorp desea entrevistarlo el jueves a las 11:00 con el jefe de créditos."
        "\n\nSaludos cordiales,\nCarla",
        None,
    ),
    (
        "Interbank",
        "rejected",
        "2025-09-11",
        IB,
        "Proceso de selección Interbank",
        "Hola Diego,\n\nGracias por tu interés en Interbank. Lamentablemente, en esta oportunidad no continuarás en el "
        "proceso.\n\nTalento Interbank",
        None,
    ),
    (
        "BCP",
        "onsite",
        "2025-09-15",
        ROSA,
        "Entrevista final - Analista de Riesgos",
        "Estimado Diego:\n\nLo invitamos a una entrevista final con el gerente de área en nuestra sede de La Molina, el "
        "lunes 22 de septiembre a las 9:00.\n\nRosa Huamán\nSelección BCP",
        None,
    ),
    (
        "Alicorp",
        "rejected",
        "2025-09-17",
        CARLA,
        "RE: Analista de Riesgo Crediticio - Alicorp",
        "Estimado Diego:\n\nLe comento que Alicorp ha decidido continuar con otro candidato. Lo tendré en cuenta para "
        "otras posiciones.\n\nSaludos cordiales,\nCarla",
        None,
    ),
    (
        "BCP",
        "thank_you",
        "2025-09-22",
        ME,
        "RE: Entrevista final - Analista de Riesgos",
        "Estimada Rosa:\n\nMuchas gracias por la entrevista de hoy y por la oportunidad.\n\nSaludos,\nDiego Quispe",
        ROSA,
    ),
    (
        "BCP",
        "offer",
        "2025-09-29",
        ROSA,
        "Oferta laboral - Analista de Riesgos",
        "Estimado Diego:\n\nNos complace ofrecerle el puesto de Analista de Riesgos Minoristas. Adjuntamos la carta "
        "oferta.\n\nRosa Huamán",
        None,
    ),
    (
        "BCP",
        "accepted",
        "2025-09-30",
        ME,
        "RE: Oferta laboral - Analista de Riesgos",
        "Estimada Rosa:\n\nAcepto la oferta. Muchas gracias.\n\nDiego Quispe",
        ROSA,
    ),
]

_NEGATIVES = [
    (
        "Bumeran <alertas@bumeran.example>",
        "Nuevos avisos para ti",
        "alert",
        "Analista de Riesgos - Lima. Analista de Crédito - San Isidro. Ver avisos.",
    ),
    (
        "Gestión <boletin@gestion.example>",
        "Las noticias económicas del día",
        "newsletter",
        "Lo más leído. Cancelar suscripción.",
    ),
    (
        "Jorge Salas <jsalas@headhunters-peru.example>",
        "Oportunidad: Jefe de Riesgos",
        "outreach",
        "Estimado Diego, tengo una posición de Jefe de Riesgos en una financiera. ¿Le interesaría conversar?",
    ),
    (
        "Interbank <notificaciones@interbank.example>",
        "Consumo con tu tarjeta",
        "other",
        "Realizaste un consumo de S/ 120.00.",
    ),
    (
        "Rappi <hola@rappi.example>",
        "Tu pedido va en camino",
        "other",
        "Tu pedido llegará en 25 minutos.",
    ),
    (
        "Mamá <maria.quispe@hotmail.example>",
        "domingo",
        "personal",
        "¿Vienes el domingo a almorzar?",
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
        clock="10:45:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="20:30:00",
        tag="fivehundredeightyseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), DIEGO)
