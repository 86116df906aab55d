"""A two-hundred-and-sixty-fourth mailbox, written as a held-out check after the two-hundred-and-sixty-third
(issue #24).

Catalina, a civil engineer in Santiago, exports Gmail with Takeout from an account in Spanish ("Enviados").
Chilean hiring: Laborum's and Trabajando.com's receipts, companies written "SpA" and "S.A.", "¡Hola Catalina!", an
"entrevista psicolaboral" (a psychologist's interview, a round), an "entrevista técnica con la jefatura", "no has
quedado seleccionada para continuar en el proceso", an agency's "cliente del rubro minero" named at the interview,
and a "carta oferta" followed by the "exámenes preocupacionales".  Negatives: Laborum's alerts, the AFP's statement,
Falabella, a webinar, a friend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CATALINA = "catalina.munoz.ing@gmail.com"
ME = f"Catalina Muñoz <{CATALINA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Constructora Andes Sur",
        "applied",
        "2025-05-05",
        "Laborum <noreply@laborum.cl>",
        "Postulaste a Ingeniera de Proyectos en Constructora Andes Sur",
        "¡Hola Catalina!\n\nTu postulación al aviso Ingeniera de Proyectos en Constructora Andes Sur S.A. fue enviada "
        "con éxito. ¡Mucha suerte!\n\nEquipo Laborum",
        "a1",
    ),
    (
        "Hidro Maipo",
        "applied",
        "2025-05-06",
        "Trabajando.com <notificaciones@trabajando.com>",
        "Confirmación de postulación",
        "Hola Catalina,\n\nTu postulación al cargo Ingeniero Civil Hidráulico en Hidro Maipo SpA fue recibida. La empresa "
        "revisará tu perfil.\n\nTrabajando.com",
        "h1",
    ),
    (
        "Minera Atacama Norte",
        "applied",
        "2025-05-07",
        "Francisca Soto <fsoto@talentominero.example>",
        "Proceso Ingeniero/a de Planificación",
        "Hola Catalina,\n\nTe cuento que presenté tu perfil a nuestro cliente, una empresa del rubro minero en "
        "Antofagasta, para el cargo de Ingeniera de Planificación. Te aviso cuando tenga noticias.\n\nSaludos,\n"
        "Francisca Soto\nConsultora, Talento Minero",
        "m1",
    ),
    (
        "Constructora Andes Sur",
        "interview",
        "2025-05-12",
        "Selección Andes Sur <seleccion@andessur.example>",
        "Entrevista psicolaboral",
        "Hola Catalina,\n\nQueremos invitarte a una entrevista psicolaboral con nuestra psicóloga el miércoles 14 de "
        "mayo a las 10:00 por Teams.\n\nSaludos,\nSelección Andes Sur",
        "a2",
    ),
    (
        "Hidro Maipo",
        "rejected",
        "2025-05-13",
        "Trabajando.com <notificaciones@trabajando.com>",
        "Actualización de tu postulación",
        "Hola Catalina,\n\nTe informamos que no has quedado seleccionada para continuar en el proceso del cargo "
        "Ingeniero Civil Hidráulico en Hidro Maipo SpA. ¡Sigue postulando!\n\nTrabajando.com",
        "h1",
    ),
    (
        "Minera Atacama Norte",
        "interview",
        "2025-05-15",
        "Francisca Soto <fsoto@talentominero.example>",
        "RE: Proceso Ingeniero/a de Planificación",
        "Hola Catalina,\n\n¡Buenas noticias! El cliente es Minera Atacama Norte y quieren entrevistarte el lunes a "
        "las 9:00 por videollamada con el gerente de planificación.\n\nSaludos,\nFrancisca",
        "m1",
    ),
    (
        "Constructora Andes Sur",
        "interview",
        "2025-05-19",
        "Selección Andes Sur <seleccion@andessur.example>",
        "Entrevista técnica",
        "Hola Catalina,\n\nAvanzaste a la siguiente etapa: una entrevista técnica con la jefatura del área de "
        "proyectos, el jueves 22 de mayo a las 15:00 en nuestras oficinas de Las Condes.\n\nSaludos,\nSelección "
        "Andes Sur",
        "a3",
    ),
    (
        "Minera Atacama Norte",
        "rejected",
        "2025-05-23",
        "Francisca Soto <fsoto@talentominero.example>",
        "RE: Proceso Ingeniero/a de Planificación",
        "Hola Catalina,\n\nEl cliente decidió avanzar con otra candidata con más experiencia en faena. Muchas gracias "
        "por tu tiempo, te tendré presente.\n\nSaludos,\nFrancisca",
        "m1",
    ),
    (
        "Constructora Andes Sur",
        "offer",
        "2025-05-28",
        "Selección Andes Sur <seleccion@andessur.example>",
        "Carta oferta",
        "Hola Catalina,\n\n¡Felicitaciones! Te enviamos tu carta oferta para el cargo de Ingeniera de Proyectos. Si "
        "estás de acuerdo, el siguiente paso son los exámenes preocupacionales.\n\nSaludos,\nSelección Andes Sur",
        "a4",
    ),
    (
        "Constructora Andes Sur",
        "accepted",
        "2025-05-29",
        ME,
        "RE: Carta oferta",
        "Hola,\n\n¡Muchas gracias! Acepto la oferta con mucho gusto. Quedo atenta a la fecha de los exámenes.\n\n"
        "Saludos,\nCatalina",
        "a4",
    ),
]

_OWN_TO = {"Constructora Andes Sur": "Selección Andes Sur <seleccion@andessur.example>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Laborum <alertas@laborum.cl>",
        "Nuevos avisos para ti: Ingeniera Civil",
        "alert",
        "Ingeniero Civil - Santiago; Jefe de Terreno - Rancagua; Ingeniero de Proyectos - Viña del Mar.",
    ),
    (
        "AFP Modelo <info@afpmodelo.example>",
        "Tu cartola cuatrimestral",
        "other",
        "Ya está disponible tu cartola del primer cuatrimestre.",
    ),
    (
        "Falabella <ofertas@falabella.example>",
        "CyberDay: hasta 50% dcto",
        "shop",
        "Aprovecha los descuentos del CyberDay.",
    ),
    (
        "Colegio de Ingenieros <eventos@ingenieros.example>",
        "Webinar: gestión de proyectos en minería",
        "newsletter",
        "Te invitamos a nuestro webinar del jueves sobre gestión de proyectos.",
    ),
    (
        "Javiera Rojas <javi.rojas@gmail.example>",
        "Once el domingo",
        "personal",
        "¿Tomamos once el domingo en mi casa?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (her account's labels in Spanish)."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CATALINA,
        own_to=_OWN_TO,
        offset="-0400",
        clock="10:10:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="20:40:00",
        tag="twohundredsixtyfour",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=CATALINA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(
        Path(folder) / "Todo el correo, incluido el spam y la papelera.mbox", msgs if msgs is not None else messages()
    )
