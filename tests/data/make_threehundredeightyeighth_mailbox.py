"""A three-hundred-and-eighty-eighth mailbox, written as a held-out check after the three-hundred-and-eighty-seventh
(issue #24).

Valentina, a UX designer in Bogotá, keeps her search in Gmail with Spanish labels ("Enviados", "Recibidos") and
exports it with Takeout.  Colombian hiring as it arrives: elempleo's "Te has postulado a la vacante Diseñador UX Senior
en Banco Andino", Magneto's "¡Tu hoja de vida llegó a Rappiflex!", the bank's own "Queremos conocerte: entrevista
virtual por Teams", a design exercise ("prueba técnica de diseño" with a delivery date), "Fuiste seleccionada para la
última etapa: entrevista con la Vicepresidenta de Experiencia" (the final round), "Nos alegra informarte que fuiste
seleccionada para el cargo", her "Acepto la oferta con mucho gusto"; the start-up's "Agradecemos tu interés, pero en
esta oportunidad no continuarás en el proceso"; a third company's own mail, "Recibimos tu hoja de vida", and silence.
Negatives: an elempleo alert, Computrabajo's "tu hoja de vida fue vista", Rappi, Bancolombia, a Platzi newsletter, a
friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

VALE = "valentina.rojas.ux@gmail.com"
ME = f"Valentina Rojas <{VALE}>"
ANDINO = "Camila Torres <camila.torres@bancoandino.com.co>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Banco Andino",
        "applied",
        "2025-08-04",
        "elempleo.com <notificaciones@elempleo.com>",
        "Te has postulado a la vacante Diseñador UX Senior",
        "Hola Valentina,\n\nTe has postulado a la vacante Diseñador UX Senior en Banco Andino. La empresa revisará tu "
        "hoja de vida y te contactará si tu perfil se ajusta.\n\nelempleo.com",
        "t-elempleo",
    ),
    (
        "Rappiflex",
        "applied",
        "2025-08-05",
        "Magneto <hola@magneto365.com>",
        "¡Tu hoja de vida llegó a Rappiflex!",
        "Hola Valentina,\n\n¡Tu hoja de vida llegó a Rappiflex para la vacante Product Designer! Te avisaremos cuando "
        "haya novedades en el proceso.\n\nEquipo Magneto",
        "t-magneto",
    ),
    (
        "Cafetal Digital",
        "applied",
        "2025-08-06",
        "Talento Cafetal Digital <talento@cafetaldigital.co>",
        "Recibimos tu hoja de vida",
        "Hola Valentina,\n\nRecibimos tu hoja de vida para la posición de Diseñadora de Producto. Si tu perfil avanza, "
        "te contactaremos en las próximas semanas.\n\nEquipo de Talento\nCafetal Digital",
        "t-cafetal",
    ),
    (
        "Banco Andino",
        "interview",
        "2025-08-11",
        ANDINO,
        "Queremos conocerte: entrevista virtual por Teams",
        "Hola Valentina,\n\nRevisamos tu hoja de vida y queremos conocerte. Te invitamos a una entrevista virtual por "
        "Teams con el líder del equipo de Diseño el jueves 14 de agosto a las 3:00 p. m.\n\nSaludos,\nCamila Torres\n"
        "Atracción de Talento, Banco Andino",
        "t-andino",
    ),
    (
        "Banco Andino",
        "interview",
        "2025-08-15",
        ANDINO,
        "Prueba técnica de diseño",
        "Hola Valentina,\n\nGracias por tu tiempo ayer. Como siguiente paso te compartimos la prueba técnica de diseño: "
        "rediseñar el flujo de apertura de cuenta en la app. La fecha de entrega es el miércoles 20 de agosto.\n\n"
        "Saludos,\nCamila",
        "t-andino",
    ),
    (
        "Rappiflex",
        "rejected",
        "2025-08-19",
        "Rappiflex Talento <talento@rappiflex.co>",
        "Actualización de tu proceso",
        "Hola Valentina,\n\nAgradecemos tu interés en Rappiflex. En esta oportunidad no continuarás en el proceso para la "
        "vacante Product Designer, pero guardaremos tu hoja de vida para futuras oportunidades.\n\nEquipo de Talento",
        "t-rappi",
    ),
    (
        "Banco Andino",
        "onsite",
        "2025-08-25",
        ANDINO,
        "Última etapa del proceso",
        "Hola Valentina,\n\n¡Felicitaciones! Fuiste seleccionada para la última etapa: una entrevista presencial con la "
        "Vicepresidenta de Experiencia el martes 2 de septiembre a las 10:00 a. m. en la sede de la calle 72.\n\n"
        "Saludos,\nCamila",
        "t-andino-final",
    ),
    (
        "Banco Andino",
        "offer",
        "2025-09-05",
        ANDINO,
        "Oferta laboral - Diseñador UX Senior",
        "Hola Valentina,\n\nNos alegra informarte que fuiste seleccionada para el cargo de Diseñadora UX Senior. Te "
        "compartimos la oferta laboral: salario de $9.800.000 mensuales, contrato a término indefinido, inicio el 1 de "
        "octubre.\n\nSaludos,\nCamila Torres",
        "t-andino-offer",
    ),
    (
        "Banco Andino",
        "accepted",
        "2025-09-08",
        ME,
        "RE: Oferta laboral - Diseñador UX Senior",
        "Hola Camila,\n\nMuchas gracias. Acepto la oferta con mucho gusto; quedo atenta a los documentos para la "
        "contratación.\n\nValentina",
        "t-andino-offer",
    ),
]

_NEGATIVES = [
    (
        "elempleo.com <alertas@elempleo.com>",
        "Nuevas vacantes de Diseñador UX",
        "alert",
        "Diseñador UX - Bogotá - $6.000.000. Diseñador de Producto - Medellín - $7.500.000. Ver todas.",
    ),
    (
        "Computrabajo <no-reply@computrabajo.com.co>",
        "Tu hoja de vida fue vista",
        "not an application",
        "Una empresa vio tu hoja de vida. ¡Completa tu perfil para tener más oportunidades!",
    ),
    (
        "Rappi <no-reply@rappi.example>",
        "Tu pedido va en camino",
        "other",
        "Tu pedido de Crepes & Waffles va en camino.",
    ),
    (
        "Bancolombia <alertas@bancolombia.example>",
        "Transferencia realizada",
        "other",
        "Realizaste una transferencia por $250.000.",
    ),
    (
        "Platzi <news@platzi.example>",
        "Nuevo curso: Figma avanzado",
        "newsletter",
        "Aprende Figma avanzado con nuestro nuevo curso.",
    ),
    (
        "Daniela Gómez <daniela.gomez@gmail.example>",
        "plan del sábado",
        "personal",
        "¿Vamos a Usaquén el sábado?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    return localized_labels(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=VALE,
            own_to={"Banco Andino": ANDINO},
            offset="-0500",
            clock="10:20:00",
            neg_start="2025-08-03",
            neg_step=5,
            neg_clock="20:05:00",
            tag="threehundredeightyeight",
        ),
        sent="Enviados",
        inbox="Recibidos",
        owner=VALE,
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
