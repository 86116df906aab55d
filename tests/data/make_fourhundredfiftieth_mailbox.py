"""A four-hundred-and-fiftieth mailbox, written as a held-out check after the four-hundred-and-forty-ninth (issue
#24).

Lucía Fernández, a marketing manager in Madrid, keeps her search in a Gmail account set to Spanish and exports it
with Takeout ("Enviados", "Recibidos").  Spanish hiring: InfoJobs' "Te has inscrito en la oferta" and its "Tu CV ha
sido leído" (a viewed notice, no step), LinkedIn's "Tu solicitud se ha enviado a Cabify", a headhunter's "te he
presentado a mi cliente, Mahou San Miguel" and "el cliente quiere conocerte", a company's "Nos gustaría concertar una
entrevista contigo", "Lamentamos comunicarte que hemos decidido continuar con otros candidatos", "una última
entrevista con la directora general", "nos complace ofrecerte el puesto", her "Muchas gracias por la entrevista de
hoy" and "acepto la oferta encantada".  Negatives: InfoJobs' alert, a newsletter, a headhunter's cold "¿Te interesa
un nuevo reto?", a webinar, Renfe and her brother.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUCIA = "lucia.fernandez.mkt@gmail.com"
ME = f"Lucía Fernández <{LUCIA}>"
INFOJOBS = "InfoJobs <noreply@infojobs.example>"
PABLO = "Pablo Ortega <pablo.ortega@talentohunters.example>"
ELENA = "Elena Ruiz <elena.ruiz@cabify.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Grupo Lar",
        "applied",
        "2025-09-01",
        INFOJOBS,
        "Te has inscrito en la oferta Responsable de Marketing",
        "Hola Lucía,\n\nTe has inscrito correctamente en la oferta Responsable de Marketing de Grupo Lar (Madrid).\n\n"
        "Puedes seguir el estado de tu candidatura en tu área de candidato.\n\nInfoJobs",
        "t-lar",
    ),
    (
        "Cabify",
        "applied",
        "2025-09-02",
        "LinkedIn <jobs-noreply@linkedin.example>",
        "Lucía, tu solicitud se ha enviado a Cabify",
        "Tu solicitud se ha enviado a Cabify\n\nMarketing Manager\nCabify · Madrid, Comunidad de Madrid, España\n\n"
        "Solicitud enviada el 2 sept. 2025",
        "t-cab",
    ),
    (
        "Mahou San Miguel",
        "applied",
        "2025-09-03",
        PABLO,
        "Brand Manager - Mahou San Miguel",
        "Hola Lucía,\n\nGracias por la llamada de esta mañana. Tal y como hablamos, te he presentado a mi cliente, Mahou "
        "San Miguel, para la posición de Brand Manager. Te cuento en cuanto tenga respuesta.\n\nUn saludo,\nPablo "
        "Ortega\nTalento Hunters",
        "t-mah",
    ),
    (
        "Cabify",
        "interview",
        "2025-09-09",
        ELENA,
        "Proceso de selección - Marketing Manager",
        "Hola Lucía,\n\nGracias por tu interés en Cabify. Hemos revisado tu candidatura y nos gustaría concertar una "
        "entrevista contigo con el equipo de Growth. ¿Qué tal el jueves 11 a las 10:00 por Google Meet?\n\nUn saludo,\n"
        "Elena Ruiz\nTalent Acquisition",
        "t-cab2",
    ),
    (
        "Mahou San Miguel",
        "interview",
        "2025-09-10",
        PABLO,
        "RE: Brand Manager - Mahou San Miguel",
        "Lucía,\n\n¡Buenas noticias! El cliente quiere conocerte: te proponen una entrevista con la Head of Marketing el "
        "martes 16 a las 12:00 en sus oficinas.\n\nPablo",
        "t-mah",
    ),
    (
        "Cabify",
        "thank_you",
        "2025-09-11",
        ME,
        "RE: Proceso de selección - Marketing Manager",
        "Hola Elena,\n\nMuchas gracias por la entrevista de hoy. Me ha encantado conocer al equipo de Growth.\n\n"
        "Un saludo,\nLucía",
        "t-cab2",
    ),
    (
        "Grupo Lar",
        "rejected",
        "2025-09-15",
        INFOJOBS,
        "Novedades en tu candidatura",
        "Hola Lucía,\n\nLa empresa Grupo Lar ha actualizado el estado de tu candidatura a la oferta Responsable de "
        "Marketing: Descartado.\n\nÁnimo, sigue buscando en InfoJobs.",
        "t-lar",
    ),
    (
        "Cabify",
        "rejected",
        "2025-09-19",
        ELENA,
        "RE: Proceso de selección - Marketing Manager",
        "Hola Lucía,\n\nGracias por tu tiempo durante el proceso. Lamentamos comunicarte que hemos decidido continuar con "
        "otros candidatos cuyo perfil se ajusta más a lo que buscamos.\n\nUn saludo,\nElena",
        "t-cab2",
    ),
    (
        "Mahou San Miguel",
        "onsite",
        "2025-09-22",
        PABLO,
        "RE: Brand Manager - Mahou San Miguel",
        "Lucía,\n\nLes encantaste. Queda una última entrevista con la directora general de marketing, el lunes 29 a "
        "las 17:00.\n\nPablo",
        "t-mah",
    ),
    (
        "Mahou San Miguel",
        "offer",
        "2025-10-03",
        PABLO,
        "RE: Brand Manager - Mahou San Miguel",
        "Lucía,\n\n¡Enhorabuena! Mahou San Miguel nos complace... bueno, les complace ofrecerte el puesto de Brand "
        "Manager: 62.000 euros brutos anuales más variable. Te llamo y lo hablamos.\n\nPablo",
        "t-mah",
    ),
    (
        "Mahou San Miguel",
        "accepted",
        "2025-10-06",
        ME,
        "RE: Brand Manager - Mahou San Miguel",
        "Hola Pablo,\n\nAcepto la oferta encantada. Muchas gracias por todo.\n\nLucía",
        "t-mah",
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.example>",
        "15 nuevas ofertas de Marketing en Madrid",
        "alert",
        "Product Marketing Manager - Glovo. Responsable de Comunicación - Iberdrola. Ver ofertas.",
    ),
    (
        "InfoJobs <noreply@infojobs.example>",
        "Tu CV ha sido leído",
        "viewed",
        "Hola Lucía,\n\nLa empresa Grupo Lar ha leído tu CV para la oferta Responsable de Marketing.\n\nInfoJobs",
    ),
    (
        "Marketing Directo <newsletter@marketingdirecto.example>",
        "Lo más leído de la semana",
        "newsletter",
        "Las campañas de la semana. Darse de baja.",
    ),
    (
        "Carmen Vidal <carmen.vidal@headhuntersiberia.example>",
        "¿Te interesa un nuevo reto?",
        "outreach",
        "Hola Lucía, he visto tu perfil en LinkedIn. Estoy buscando un/a Head of Brand para una empresa líder del "
        "sector de la alimentación. ¿Te interesaría que habláramos?",
    ),
    (
        "Renfe <venta@renfe.example>",
        "Tu billete",
        "other",
        "Madrid - Barcelona, 20 de septiembre.",
    ),
    (
        "Javier Fernández <javi.fdez@gmail.example>",
        "cumple de mamá",
        "personal",
        "¿Qué le regalamos a mamá por su cumple?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LUCIA,
        own_to={"Cabify": ELENA, "Mahou San Miguel": PABLO},
        offset="+0200",
        clock="09:50:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="22:05:00",
        tag="fourhundredfifty",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=LUCIA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
