"""A five-hundred-and-fourth mailbox, written as a held-out check after the five-hundred-and-third (issue #24).

Pablo Martín, a digital marketer in Madrid, keeps his search in a Gmail account set to Spanish and exports it with
Takeout ("Enviados", "Recibidos"). Spain applies through InfoJobs, which writes for the employer: "Te has inscrito
correctamente en la oferta Técnico de Marketing Digital de Grupo Iberostar", "Tu CV ha sido leído" (no step), "Tu
candidatura sigue en proceso" (a reply: the project's "still reviewing"), "La empresa Idealista ha descartado tu
candidatura"; the employers write "tú": "Hemos visto tu candidatura en InfoJobs y nos gustaría tener una primera llamada
telefónica contigo", "una entrevista con la responsable de Marketing Digital", SuccessFactors' "Hemos recibido tu
candidatura" and "Nos gustaría invitarte a una entrevista", "¡Enhorabuena! Nos gustaría hacerte una propuesta para
incorporarte"; his thanks, his withdrawal ("he aceptado otra oferta y retiro mi candidatura") and his "¡Acepto la
propuesta!". Negatives: InfoJobs' alert, its "leído", the hotel group's own holiday sale (a company he applied to),
Renfe and his mother. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PABLO = "pablo.martin.mkt@gmail.com"
ME = f"Pablo Martín <{PABLO}>"
LAURA = "Laura Sánchez <laura.sanchez@iberostar.example>"
MAHOU = "Mahou San Miguel <noreply@successfactors.example>"
INFOJOBS = "InfoJobs <noreply@infojobs.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Grupo Iberostar",
        "applied",
        "2025-02-03",
        INFOJOBS,
        "Te has inscrito en la oferta Técnico de Marketing Digital",
        "Hola Pablo,\n\nTe has inscrito correctamente en la oferta Técnico de Marketing Digital de Grupo Iberostar.\n\n"
        "Podrás seguir el estado de tu candidatura desde tu área personal.\n\nInfoJobs",
        "t-ibe",
    ),
    (
        "Idealista",
        "applied",
        "2025-02-04",
        INFOJOBS,
        "Te has inscrito en la oferta Especialista SEO",
        "Hola Pablo,\n\nTe has inscrito correctamente en la oferta Especialista SEO de Idealista.\n\nPodrás seguir el "
        "estado de tu candidatura desde tu área personal.\n\nInfoJobs",
        "t-ide",
    ),
    (
        "Mahou San Miguel",
        "applied",
        "2025-02-05",
        MAHOU,
        "Hemos recibido tu candidatura",
        "Hola Pablo,\n\nGracias por tu interés en Mahou San Miguel. Hemos recibido tu candidatura para el puesto de "
        "Técnico/a de Marketing y la revisaremos con atención.\n\nEquipo de Selección",
        "t-mah",
    ),
    (
        "Idealista",
        "reply",
        "2025-02-06",
        INFOJOBS,
        "Tu candidatura sigue en proceso",
        "Hola Pablo, tu candidatura a Especialista SEO en Idealista sigue en proceso.",
        "t-ide3",
    ),
    (
        "Grupo Iberostar",
        "screen",
        "2025-02-10",
        LAURA,
        "Proceso de selección - Técnico de Marketing Digital",
        "Hola Pablo,\n\nHemos visto tu candidatura en InfoJobs y nos gustaría tener una primera llamada telefónica "
        "contigo de unos 20 minutos. ¿Te viene bien mañana a las 12:00?\n\nUn saludo,\nLaura Sánchez\nTalento, Grupo "
        "Iberostar",
        "t-ibe2",
    ),
    (
        "Idealista",
        "rejected",
        "2025-02-12",
        INFOJOBS,
        "Actualización de tu candidatura",
        "Hola Pablo,\n\nLa empresa Idealista ha descartado tu candidatura para la oferta Especialista SEO.\n\nÁnimo, "
        "sigue buscando en InfoJobs.",
        "t-ide2",
    ),
    (
        "Grupo Iberostar",
        "interview",
        "2025-02-14",
        LAURA,
        "RE: Proceso de selección - Técnico de Marketing Digital",
        "Hola Pablo,\n\nGracias por la llamada. Nos gustaría que tuvieras una entrevista con la responsable de Marketing "
        "Digital el miércoles 19 a las 10:00 por Teams.\n\nLaura",
        "t-ibe2",
    ),
    (
        "Mahou San Miguel",
        "interview",
        "2025-02-17",
        MAHOU,
        "Invitación a entrevista",
        "Hola Pablo,\n\nNos gustaría invitarte a una entrevista para el puesto de Técnico/a de Marketing. Por favor, "
        "selecciona el horario que mejor te venga en el siguiente enlace.\n\nEquipo de Selección",
        "t-mah2",
    ),
    (
        "Grupo Iberostar",
        "thank_you",
        "2025-02-19",
        ME,
        "RE: Proceso de selección - Técnico de Marketing Digital",
        "Hola Laura,\n\nMuchas gracias por la entrevista de esta mañana, me ha encantado conocer al equipo.\n\nUn "
        "saludo,\nPablo",
        "t-ibe2",
    ),
    (
        "Grupo Iberostar",
        "offer",
        "2025-02-26",
        LAURA,
        "Propuesta - Técnico de Marketing Digital",
        "Hola Pablo,\n\n¡Enhorabuena! Nos gustaría hacerte una propuesta para incorporarte como Técnico de Marketing "
        "Digital. Te adjunto las condiciones.\n\nLaura",
        "t-ibe3",
    ),
    (
        "Grupo Iberostar",
        "accepted",
        "2025-02-27",
        ME,
        "RE: Propuesta - Técnico de Marketing Digital",
        "Hola Laura,\n\n¡Acepto la propuesta! Muchas gracias, tengo muchas ganas de empezar.\n\nPablo",
        "t-ibe3",
    ),
    (
        "Mahou San Miguel",
        "withdrew",
        "2025-02-27",
        ME,
        "RE: Invitación a entrevista",
        "Hola,\n\nOs agradezco mucho la oportunidad, pero he aceptado otra oferta y retiro mi candidatura del proceso.\n\n"
        "Un saludo,\nPablo Martín",
        "t-mah2",
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <noreply@infojobs.example>",
        "Tu CV ha sido leído",
        "viewed",
        "Hola Pablo, la empresa Grupo Iberostar ha leído tu CV para la oferta Técnico de Marketing Digital.",
    ),
    (
        "InfoJobs <alertas@infojobs.example>",
        "Nuevas ofertas de Marketing en Madrid",
        "alert",
        "Técnico de Marketing - Madrid. Community Manager - Alcobendas. Ver ofertas.",
    ),
    (
        "Iberostar Hotels & Resorts <ofertas@iberostar.example>",
        "Escápate a Mallorca: -20% en tu próxima estancia",
        "shop",
        "Reserva antes del domingo. Darse de baja.",
    ),
    (
        "Renfe <venta@renfe.example>",
        "Tu billete Madrid - Valencia",
        "other",
        "Localizador X7K2P.",
    ),
    (
        "Mamá <carmen.lopez@hotmail.example>",
        "domingo",
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
        owner=PABLO,
        own_to={"Grupo Iberostar": LAURA, "Mahou San Miguel": "Selección Mahou San Miguel <seleccion@mahou.example>"},
        offset="+0100",
        clock="12:35:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="21:50:00",
        tag="fivehundredfour",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=PABLO)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
