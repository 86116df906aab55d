"""A five-hundred-and-seventy-fifth mailbox, written as a held-out check after the five-hundred-and-seventy-fourth
(issue #24).

Andrés Gómez, an industrial engineer in Medellín, keeps his search in a Gmail account set to Spanish and exports it
with Takeout ("Enviados", "Recibidos"). Colombian employers write in "usted" and "tú", through Computrabajo, elempleo
and their own people, and a temporary-staffing firm for its client: Computrabajo's "Has aplicado a la oferta Ingeniero
de Procesos en Grupo Nutresa", elempleo's "Tu hoja de vida fue enviada a Bancolombia", the staffing firm's "su hoja de
vida fue remitida a nuestro cliente Postobón para el cargo de Analista de Producción", Nutresa's "lo invitamos a
presentar pruebas psicotécnicas en línea", "Postobón desea entrevistarlo el próximo martes", Bancolombia's
"Agradecemos su interés; en esta oportunidad su perfil no continúa en el proceso", Nutresa's "entrevista final con el
gerente de planta en nuestras instalaciones de Itagüí", the firm's "Postobón decidió continuar con otro candidato",
Nutresa's "nos complace ofrecerle el cargo", his "Acepto la oferta con mucho gusto" and his thanks after the final
interview. Negatives: Computrabajo's alert, a newsletter, a headhunter's cold mail, Bancolombia's transaction notice (a
bank he applied to), Rappi and his mother. Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANDRES = "andres.gomez.ing@gmail.com"
ME = f"Andrés Gómez <{ANDRES}>"
NUTRESA = "Grupo Nutresa <seleccion@gruponutresa.example>"
SANDRA = "Sandra Ríos <sandra.rios@serviempleo.example>"
BANCO = "Bancolombia <talento@bancolombia.example>"
LUISA = "Luisa Restrepo <lrestrepo@gruponutresa.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Grupo Nutresa",
        "applied",
        "2025-08-04",
        "Computrabajo <notificaciones@computrabajo.example>",
        "Has aplicado a una oferta",
        "Hola Andrés,\n\nHas aplicado a la oferta Ingeniero de Procesos en Grupo Nutresa. Te avisaremos cuando la "
        "empresa vea tu hoja de vida.\n\nComputrabajo",
        "t-nut",
    ),
    (
        "Bancolombia",
        "applied",
        "2025-08-05",
        "elempleo <notificaciones@elempleo.example>",
        "Tu hoja de vida fue enviada",
        "Hola Andrés,\n\nTu hoja de vida fue enviada a Bancolombia para la vacante Analista de Procesos. ¡Mucha "
        "suerte!\n\nelempleo.com",
        "t-bco",
    ),
    (
        "Postobón",
        "applied",
        "2025-08-06",
        SANDRA,
        "Analista de Producción",
        "Buenos días Andrés,\n\nDe acuerdo con la conversación telefónica, le informo que su hoja de vida fue remitida a "
        "nuestro cliente Postobón para el cargo de Analista de Producción. Quedo atenta.\n\nCordialmente,\nSandra Ríos\n"
        "Serviempleo S.A.S.",
        "t-pos",
    ),
    (
        "Grupo Nutresa",
        "interview",
        "2025-08-11",
        NUTRESA,
        "Pruebas psicotécnicas - Ingeniero de Procesos",
        "Buenos días Andrés,\n\nLo invitamos a presentar pruebas psicotécnicas en línea para el proceso de Ingeniero de "
        "Procesos. Tiene plazo hasta el viernes.\n\nSelección Grupo Nutresa",
        "t-nut2",
    ),
    (
        "Postobón",
        "interview",
        "2025-08-12",
        SANDRA,
        "RE: Analista de Producción",
        "Buenos días Andrés,\n\nPostobón desea entrevistarlo el próximo martes a las 9:00 a.m. con el jefe de "
        "producción.\n\nCordialmente,\nSandra Ríos",
        "t-pos",
    ),
    (
        "Bancolombia",
        "rejected",
        "2025-08-14",
        BANCO,
        "Proceso de selección Bancolombia",
        "Hola Andrés,\n\nAgradecemos su interés en Bancolombia. En esta oportunidad su perfil no continúa en el proceso "
        "de selección.\n\nEquipo de Talento Bancolombia",
        "t-bco2",
    ),
    (
        "Grupo Nutresa",
        "onsite",
        "2025-08-19",
        LUISA,
        "Entrevista final - Ingeniero de Procesos",
        "Buenos días Andrés,\n\nLo invitamos a una entrevista final con el gerente de planta en nuestras instalaciones de "
        "Itagüí, el jueves 28 de agosto a las 8:00 a.m.\n\nLuisa Restrepo\nSelección Grupo Nutresa",
        "t-nut3",
    ),
    (
        "Postobón",
        "rejected",
        "2025-08-21",
        SANDRA,
        "RE: Analista de Producción",
        "Buenos días Andrés,\n\nLe cuento que Postobón decidió continuar con otro candidato. Le tendré en cuenta para "
        "otras vacantes.\n\nCordialmente,\nSandra Ríos",
        "t-pos",
    ),
    (
        "Grupo Nutresa",
        "thank_you",
        "2025-08-28",
        ME,
        "RE: Entrevista final - Ingeniero de Procesos",
        "Buenas tardes Luisa,\n\nMuchas gracias por la entrevista de hoy y por el recorrido por la planta.\n\nSaludos,\n"
        "Andrés",
        "t-nut3",
    ),
    (
        "Grupo Nutresa",
        "offer",
        "2025-09-03",
        LUISA,
        "Oferta laboral - Ingeniero de Procesos",
        "Buenos días Andrés,\n\nNos complace ofrecerle el cargo de Ingeniero de Procesos. Adjuntamos la oferta con las "
        "condiciones salariales.\n\nLuisa Restrepo",
        "t-nut4",
    ),
    (
        "Grupo Nutresa",
        "accepted",
        "2025-09-04",
        ME,
        "RE: Oferta laboral - Ingeniero de Procesos",
        "Buenos días Luisa,\n\nAcepto la oferta con mucho gusto. ¡Muchas gracias!\n\nAndrés",
        "t-nut4",
    ),
]

_NEGATIVES = [
    (
        "Computrabajo <alertas@computrabajo.example>",
        "Nuevas ofertas para ti",
        "alert",
        "Ingeniero Industrial - Medellín. Analista de Procesos - Envigado. Ver ofertas.",
    ),
    (
        "Revista Dinero <boletin@dinero.example>",
        "Las noticias de la semana",
        "newsletter",
        "Lo más leído. Cancelar suscripción.",
    ),
    (
        "Felipe Ortiz <fortiz@talentoejecutivo.example>",
        "Oportunidad: Jefe de Planta",
        "outreach",
        "Hola Andrés, tengo una vacante de Jefe de Planta en una empresa de alimentos. ¿Le interesa conversar?",
    ),
    (
        "Bancolombia <alertasynotificaciones@bancolombia.example>",
        "Bancolombia le informa",
        "other",
        "Compra por $85.000 en Éxito con su tarjeta.",
    ),
    (
        "Rappi <hola@rappi.example>",
        "Tu pedido va en camino",
        "other",
        "Tu pedido llegará en 20 minutos.",
    ),
    (
        "Mamá <gloria.gomez@une.example>",
        "almuerzo",
        "personal",
        "¿Vienes a almorzar el domingo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ANDRES,
        own_to={"Grupo Nutresa": LUISA},
        offset="-0500",
        clock="09:10:00",
        neg_start="2025-08-03",
        neg_step=5,
        neg_clock="20:35:00",
        tag="fivehundredseventyfive",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=ANDRES)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
