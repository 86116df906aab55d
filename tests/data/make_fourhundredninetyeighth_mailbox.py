"""A four-hundred-and-ninety-eighth mailbox, written as a held-out check after the four-hundred-and-ninety-seventh
(issue #24).

Valentina Rojas, a marketing analyst in Bogotá, keeps her search in a Gmail account set to Spanish and exports it with
Takeout ("Enviados", "Recibidos").  Colombia writes "tú": Computrabajo's "Tu postulación a la oferta ... de Alpina
Productos Alimenticios ha sido enviada con éxito" (the company's registered name; its recruiter signs "Alpina"), its
"Tu hoja de vida fue vista", Lever's "Recibimos tu postulación", a temp agency's consultant's "tu hoja de vida fue
enviada al cliente, Postobón", "¡Buenas noticias! El cliente quiere entrevistarte", "el cliente decidió continuar con
otra candidata", "una llamada telefónica de 15 minutos para conocerte", "unas pruebas psicotécnicas en línea" (an
assessment round), "una entrevista final con la Directora de Mercadeo en nuestras oficinas", "Nos complace ofrecerte
el cargo" and her "Acepto la oferta con mucho gusto".  Negatives: Computrabajo's "viewed", elempleo's alert, Rappi's
own delivery promotion (a company she applied to), Platzi, Bancolombia and her mother.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

VALE = "valentina.rojas.mkt@gmail.com"
ME = f"Valentina Rojas <{VALE}>"
ANDRES = "Andrés Felipe Mora <andres.mora@alpina.example>"
LUISA = "Luisa Fernanda Gómez <luisa.gomez@adecco.example>"
RAPPI = "Rappi <no-reply@hire.lever.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Alpina Productos Alimenticios",
        "applied",
        "2025-05-05",
        "Computrabajo <notificaciones@computrabajo.example>",
        "Has aplicado a la oferta Analista de Mercadeo",
        "Hola Valentina,\n\nTu postulación a la oferta Analista de Mercadeo de Alpina Productos Alimenticios ha sido "
        "enviada con éxito.\n\nTe avisaremos cuando la empresa revise tu hoja de vida.\n\nComputrabajo",
        "t-alp",
    ),
    (
        "Rappi",
        "applied",
        "2025-05-06",
        RAPPI,
        "Gracias por postularte a Rappi",
        "Hola Valentina,\n\n¡Gracias por tu interés en Rappi! Recibimos tu postulación para Growth Marketing Analyst y "
        "nuestro equipo la revisará pronto.\n\nEquipo de Talento Rappi",
        "t-rap",
    ),
    (
        "Postobón",
        "applied",
        "2025-05-07",
        LUISA,
        "Proceso Analista de Marca - Postobón",
        "Hola Valentina,\n\nTe cuento que tu hoja de vida fue enviada al cliente, Postobón, para el cargo de Analista de "
        "Marca. Apenas tenga respuesta te escribo.\n\nSaludos,\nLuisa Fernanda Gómez\nConsultora de Selección | "
        "Adecco Colombia",
        "t-pos",
    ),
    (
        "Alpina Productos Alimenticios",
        "screen",
        "2025-05-12",
        ANDRES,
        "Proceso de selección - Analista de Mercadeo",
        "Hola Valentina,\n\nRecibimos tu hoja de vida a través de Computrabajo. Queremos agendar una llamada telefónica "
        "de 15 minutos para conocerte. ¿Tienes disponibilidad mañana en la tarde?\n\nAndrés Felipe Mora\nAnalista de "
        "Talento Humano\nAlpina",
        "t-alp2",
    ),
    (
        "Postobón",
        "interview",
        "2025-05-14",
        LUISA,
        "RE: Proceso Analista de Marca - Postobón",
        "Hola Valentina,\n\n¡Buenas noticias! El cliente quiere entrevistarte el viernes 16 a las 10 a. m., virtual por "
        "Teams, con la Gerente de Marca.\n\nLuisa",
        "t-pos",
    ),
    (
        "Rappi",
        "rejected",
        "2025-05-15",
        RAPPI,
        "Actualización de tu proceso en Rappi",
        "Hola Valentina,\n\nGracias por tu interés en Rappi. Después de revisar tu perfil, hemos decidido continuar con "
        "otros candidatos cuyo perfil se ajusta más a lo que buscamos en este momento.\n\nEquipo de Talento Rappi",
        "t-rap",
    ),
    (
        "Alpina Productos Alimenticios",
        "interview",
        "2025-05-19",
        ANDRES,
        "Pruebas psicotécnicas - Analista de Mercadeo",
        "Hola Valentina,\n\nContinúas en el proceso. El siguiente paso son unas pruebas psicotécnicas en línea; te "
        "llegará el enlace de la plataforma hoy. Tienes 48 horas para completarlas.\n\nAndrés Felipe",
        "t-alp3",
    ),
    (
        "Postobón",
        "rejected",
        "2025-05-26",
        LUISA,
        "RE: Proceso Analista de Marca - Postobón",
        "Hola Valentina,\n\nTe cuento que el cliente decidió continuar con otra candidata que tiene más experiencia en "
        "consumo masivo. Lamento no traerte mejores noticias; sigo pendiente de nuevas vacantes para ti.\n\nLuisa",
        "t-pos",
    ),
    (
        "Alpina Productos Alimenticios",
        "onsite",
        "2025-05-28",
        ANDRES,
        "Entrevista final - Analista de Mercadeo",
        "Hola Valentina,\n\nQueremos invitarte a una entrevista final con la Directora de Mercadeo en nuestras oficinas "
        "de Sopó el martes 3 de junio a las 9 a. m.\n\nAndrés Felipe",
        "t-alp4",
    ),
    (
        "Alpina Productos Alimenticios",
        "offer",
        "2025-06-06",
        ANDRES,
        "Oferta laboral - Analista de Mercadeo",
        "Hola Valentina,\n\n¡Felicitaciones! Nos complace ofrecerte el cargo de Analista de Mercadeo. Adjunto la carta "
        "oferta con las condiciones.\n\nAndrés Felipe",
        "t-alp5",
    ),
    (
        "Alpina Productos Alimenticios",
        "accepted",
        "2025-06-07",
        ME,
        "RE: Oferta laboral - Analista de Mercadeo",
        "Hola Andrés,\n\n¡Muchas gracias! Acepto la oferta con mucho gusto. Adjunto la carta firmada.\n\nValentina",
        "t-alp5",
    ),
]

_NEGATIVES = [
    (
        "Computrabajo <notificaciones@computrabajo.example>",
        "Tu hoja de vida fue vista",
        "viewed",
        "Hola Valentina, Alpina Productos Alimenticios vio tu hoja de vida para la oferta Analista de Mercadeo.",
    ),
    (
        "elempleo.com <alertas@elempleo.example>",
        "Ofertas de empleo para ti",
        "alert",
        "Analista de Mercadeo - Bogotá. Coordinadora de Marca - Chía. Ver ofertas.",
    ),
    (
        "Rappi <promos@rappi.example>",
        "Envío gratis hoy en tus restaurantes favoritos",
        "shop",
        "Pide ya con envío gratis. Cancelar suscripción.",
    ),
    (
        "Platzi <hola@platzi.example>",
        "Nuevo curso: Marketing Analytics",
        "newsletter",
        "Empieza hoy. Cancelar suscripción.",
    ),
    (
        "Bancolombia <alertas@bancolombia.example>",
        "Transferencia exitosa",
        "other",
        "Realizaste una transferencia por $120.000.",
    ),
    (
        "Mamá <gloria.rojas@hotmail.example>",
        "domingo",
        "personal",
        "Mija, ¿vienes a almorzar el domingo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=VALE,
        own_to={"Alpina Productos Alimenticios": ANDRES},
        offset="-0500",
        clock="15:45:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="21:30:00",
        tag="fourhundredninetyeight",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=VALE)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
