"""A six-hundred-and-fifteenth mailbox, written as a held-out check after the six-hundred-and-fourteenth (issue #24).

Carmen Navarro, a logistics coordinator in Zaragoza, exports her Gmail (in Spanish) with Takeout. Aragonese employers
and a temporary work agency write in "tú" and "usted": InfoJobs' "Tu candidatura para Coordinadora de Logística en
Inditex se ha enviado", BSH's SuccessFactors "Gracias por tu interés en BSH", an Adecco consultant's "te hemos
presentado como candidata a la empresa Stellantis para su planta de Figueruelas", Inditex's "nos gustaría conocerte
en una entrevista en nuestra plataforma logística de Plaza", BSH's "Tras analizar tu perfil, hemos decidido no seguir
adelante con tu candidatura", the consultant's "Stellantis quiere hacerte una entrevista el lunes", Inditex's
"segunda y última entrevista con la responsable de la plataforma", the consultant's "la empresa ha cubierto el puesto",
Inditex's "Nos alegra comunicarte que has sido seleccionada", her "¡Acepto encantada!" and her thanks after the last
interview. Negatives: InfoJobs' alert, the Heraldo de Aragón's newsletter, a headhunter's cold mail, BSH's own
appliance offer (a company she applied to), Renfe and her mother. Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CARMEN = "carmen.navarro.log@gmail.com"
ME = f"Carmen Navarro <{CARMEN}>"
INFOJOBS = "InfoJobs <noreply@infojobs.example>"
BSH = "BSH Talento <noreply@bsh.successfactors.example>"
ADECCO = "Raquel Gil <raquel.gil@adecco.example>"
PILAR = "Pilar Sanz <pilar.sanz@inditex.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Inditex",
        "applied",
        "2025-02-03",
        INFOJOBS,
        "Tu candidatura se ha enviado",
        "Hola Carmen,\n\nTu candidatura para Coordinadora de Logística en Inditex se ha enviado correctamente.\n\n"
        "Equipo InfoJobs",
        "t-itx",
    ),
    (
        "BSH",
        "applied",
        "2025-02-04",
        BSH,
        "Gracias por tu interés en BSH",
        "Hola Carmen,\n\nGracias por tu interés en BSH. Hemos recibido tu candidatura para Técnica de Supply Chain en "
        "Zaragoza.\n\nBSH Talento",
        "t-bsh",
    ),
    (
        "Stellantis",
        "applied",
        "2025-02-05",
        ADECCO,
        "Oferta Coordinadora Logística - Figueruelas",
        "Hola Carmen:\n\nTras nuestra conversación, te hemos presentado como candidata a la empresa Stellantis para su "
        "planta de Figueruelas. Te informamos en cuanto tengamos respuesta.\n\nUn saludo,\nRaquel Gil\nAdecco "
        "Zaragoza",
        "t-stla",
    ),
    (
        "Inditex",
        "interview",
        "2025-02-10",
        PILAR,
        "Entrevista - Coordinadora de Logística",
        "Hola Carmen:\n\nHemos revisado tu candidatura y nos gustaría conocerte en una entrevista en nuestra plataforma "
        "logística de Plaza el jueves 13 a las 10:00.\n\nPilar Sanz\nSelección",
        "t-itx2",
    ),
    (
        "BSH",
        "rejected",
        "2025-02-11",
        BSH,
        "Tu candidatura en BSH",
        "Hola Carmen,\n\nTras analizar tu perfil, hemos decidido no seguir adelante con tu candidatura. Te deseamos "
        "mucha suerte.\n\nBSH Talento",
        "t-bsh",
    ),
    (
        "Stellantis",
        "interview",
        "2025-02-12",
        ADECCO,
        "RE: Oferta Coordinadora Logística - Figueruelas",
        "Hola Carmen:\n\n¡Buenas noticias! Stellantis quiere hacerte una entrevista el lunes 17 a las 9:00 en la "
        "planta.\n\nUn saludo,\nRaquel",
        "t-stla",
    ),
    (
        "Inditex",
        "onsite",
        "2025-02-17",
        PILAR,
        "RE: Entrevista - Coordinadora de Logística",
        "Hola Carmen:\n\nGracias por tu tiempo el jueves. Te proponemos una segunda y última entrevista con la "
        "responsable de la plataforma el martes 25 a las 11:00.\n\nPilar Sanz",
        "t-itx2",
    ),
    (
        "Stellantis",
        "rejected",
        "2025-02-20",
        ADECCO,
        "RE: Oferta Coordinadora Logística - Figueruelas",
        "Hola Carmen:\n\nTe escribo para contarte que la empresa ha cubierto el puesto con otra persona. Seguimos en "
        "contacto para otras ofertas.\n\nUn saludo,\nRaquel",
        "t-stla",
    ),
    (
        "Inditex",
        "thank_you",
        "2025-02-25",
        ME,
        "RE: Entrevista - Coordinadora de Logística",
        "Hola Pilar:\n\nMuchas gracias por la entrevista de hoy y por enseñarme la plataforma.\n\nUn saludo,\nCarmen",
        "t-itx2",
    ),
    (
        "Inditex",
        "offer",
        "2025-03-03",
        PILAR,
        "Resultado del proceso",
        "Hola Carmen:\n\nNos alegra comunicarte que has sido seleccionada para el puesto de Coordinadora de Logística. "
        "Te adjuntamos la propuesta.\n\nPilar Sanz",
        "t-itx3",
    ),
    (
        "Inditex",
        "accepted",
        "2025-03-04",
        ME,
        "RE: Resultado del proceso",
        "Hola Pilar:\n\n¡Acepto encantada! Muchas gracias.\n\nCarmen",
        "t-itx3",
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.example>",
        "Nuevas ofertas de logística en Zaragoza",
        "alert",
        "Técnico de Logística - Plaza. Jefe de Almacén - Huesca. Ver ofertas.",
    ),
    (
        "Heraldo de Aragón <boletin@heraldo.example>",
        "Las noticias del día",
        "newsletter",
        "Lo más importante de Aragón. Darse de baja.",
    ),
    (
        "Jorge Lahoz <jlahoz@talentsearch.example>",
        "Posición Supply Chain Manager",
        "outreach",
        "Hola Carmen, estoy buscando un Supply Chain Manager para una empresa del sector. ¿Te interesaría conversar?",
    ),
    (
        "BSH Electrodomésticos <ofertas@bsh.example>",
        "Ofertas en lavavajillas",
        "newsletter",
        "Descubre nuestras ofertas. Darse de baja.",
    ),
    (
        "Renfe <venta@renfe.example>",
        "Tu billete",
        "other",
        "Tu billete Zaragoza - Madrid.",
    ),
    (
        "Mamá <rosa.navarro@hotmail.example>",
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
        owner=CARMEN,
        own_to={"Inditex": PILAR},
        offset="+0100",
        clock="10:25:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="21:10:00",
        tag="sixhundredfifteen",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=CARMEN)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
