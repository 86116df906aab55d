"""A four-hundred-and-sixty-first mailbox, written as a held-out check after the four-hundred-and-sixtieth (issue
#24).

Valeria Quispe, a marketing analyst in Lima, keeps her search in a Gmail account set to Spanish and exports it with
Takeout.  Peruvian hiring: Bumeran's "Tu postulación fue enviada a Alicorp", Computrabajo's "Has aplicado
correctamente a la oferta", a consultora's "Hemos enviado tu CV a nuestro cliente, Backus, para el puesto de Analista
de Trade Marketing", "Backus quiere entrevistarte el jueves", "lamentablemente el cliente decidió continuar con otro
candidato", a bank's "Te invitamos a una evaluación psicotécnica" (an assessment round), "Nos complace comunicarte que
has sido seleccionada para el puesto", her "Muchas gracias, acepto la propuesta", her "quería consultar si hay
novedades sobre mi postulación" and Alicorp's "Agradecemos tu interés, pero en esta oportunidad no continuarás en el
proceso".  Negatives: Bumeran's alert, a newsletter, a consultora's cold "¿Te interesa una nueva oportunidad?", a
course, Yape and her cousin.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

VALE = "valeria.quispe.mkt@gmail.com"
ME = f"Valeria Quispe <{VALE}>"
ROSA = "Rosa Huamán <rosa.huaman@talentoandino.example>"
BCP = "Selección BCP <seleccion@viabcp.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Alicorp",
        "applied",
        "2025-08-04",
        "Bumeran <noreply@bumeran.example>",
        "Tu postulación fue enviada",
        "Hola Valeria,\n\nTu postulación fue enviada a Alicorp para el aviso Analista de Marketing Jr.\n\n¡Mucha "
        "suerte!\nBumeran",
        "t-ali",
    ),
    (
        "BCP",
        "applied",
        "2025-08-05",
        "Computrabajo <noreply@computrabajo.example>",
        "Has aplicado correctamente",
        "Hola Valeria,\n\nHas aplicado correctamente a la oferta Analista de Inteligencia Comercial en BCP.\n\n"
        "Computrabajo",
        "t-bcp",
    ),
    (
        "Backus",
        "applied",
        "2025-08-06",
        ROSA,
        "Analista de Trade Marketing - Backus",
        "Hola Valeria,\n\nGracias por la conversación de hoy. Hemos enviado tu CV a nuestro cliente, Backus, para el "
        "puesto de Analista de Trade Marketing. Te aviso apenas tenga respuesta.\n\nSaludos,\nRosa Huamán\nTalento "
        "Andino Consultores",
        "t-bac",
    ),
    (
        "BCP",
        "interview",
        "2025-08-11",
        BCP,
        "Proceso de selección - Analista de Inteligencia Comercial",
        "Hola Valeria,\n\nTe invitamos a una evaluación psicotécnica en línea como parte del proceso de selección. "
        "Tienes 72 horas para completarla desde el enlace.\n\nSelección BCP",
        "t-bcp2",
    ),
    (
        "Backus",
        "interview",
        "2025-08-12",
        ROSA,
        "RE: Analista de Trade Marketing - Backus",
        "Hola Valeria,\n\n¡Buenas noticias! Backus quiere entrevistarte el jueves 14 a las 11:00 en su sede de Ate. "
        "¿Te confirmo?\n\nRosa",
        "t-bac",
    ),
    (
        "Alicorp",
        "follow_up",
        "2025-08-18",
        ME,
        "Consulta sobre mi postulación - Analista de Marketing Jr.",
        "Estimados,\n\nPostulé al puesto de Analista de Marketing Jr. el 4 de agosto y quería consultar si hay novedades "
        "sobre mi postulación.\n\nSaludos cordiales,\nValeria Quispe",
        "t-ali2",
    ),
    (
        "Backus",
        "rejected",
        "2025-08-20",
        ROSA,
        "RE: Analista de Trade Marketing - Backus",
        "Hola Valeria,\n\nTe escribo con el feedback: lamentablemente el cliente decidió continuar con otro candidato "
        "con más experiencia en canal moderno. Seguimos en contacto.\n\nRosa",
        "t-bac",
    ),
    (
        "Alicorp",
        "rejected",
        "2025-08-22",
        "Alicorp Talento <talento@alicorp.example>",
        "Tu postulación en Alicorp",
        "Hola Valeria,\n\nAgradecemos tu interés, pero en esta oportunidad no continuarás en el proceso de Analista de "
        "Marketing Jr.\n\nEquipo de Talento de Alicorp",
        "t-ali3",
    ),
    (
        "BCP",
        "offer",
        "2025-08-29",
        BCP,
        "Proceso de selección - Analista de Inteligencia Comercial",
        "Hola Valeria,\n\nNos complace comunicarte que has sido seleccionada para el puesto de Analista de Inteligencia "
        "Comercial. En los próximos días te enviaremos la propuesta formal.\n\nSelección BCP",
        "t-bcp2",
    ),
    (
        "BCP",
        "accepted",
        "2025-09-01",
        ME,
        "RE: Proceso de selección - Analista de Inteligencia Comercial",
        "Hola,\n\nMuchas gracias, acepto la propuesta. Quedo atenta a los siguientes pasos.\n\nValeria",
        "t-bcp2",
    ),
]

_NEGATIVES = [
    (
        "Bumeran <alertas@bumeran.example>",
        "Nuevos avisos de Marketing en Lima",
        "alert",
        "Analista de Marketing - San Isidro. Asistente de Marca - Surco. Ver avisos.",
    ),
    (
        "Mercado Negro <newsletter@mercadonegro.example>",
        "Lo mejor del marketing esta semana",
        "newsletter",
        "Las campañas de la semana. Desuscribirse.",
    ),
    (
        "Jorge Paredes <jorge.paredes@headhuntersperu.example>",
        "¿Te interesa una nueva oportunidad?",
        "outreach",
        "Hola Valeria, vi tu perfil en LinkedIn. Estoy buscando una Jefa de Marca para una empresa de consumo masivo. "
        "¿Conversamos?",
    ),
    (
        "Crehana <cursos@crehana.example>",
        "Curso de Google Analytics 4 al 50%",
        "shop",
        "Aprovecha el descuento. Darse de baja.",
    ),
    (
        "Yape <notificaciones@yape.example>",
        "Yapeaste S/ 25.00",
        "other",
        "Yapeaste S/ 25.00 a Lucía.",
    ),
    (
        "Camila Quispe <cami.quispe@gmail.example>",
        "cumple de la tía",
        "personal",
        "¿Vas al cumple de la tía el sábado?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=VALE,
        own_to={"Alicorp": "Alicorp Talento <talento@alicorp.example>", "BCP": BCP},
        offset="-0500",
        clock="10:40:00",
        neg_start="2025-08-03",
        neg_step=5,
        neg_clock="21:10:00",
        tag="fourhundredsixtyone",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=VALE)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
