"""A two-hundred-and-eighty-eighth mailbox, written as a held-out check after the two-hundred-and-eighty-seventh
(issue #24).

Valeria, a commercial analyst in Lima, exports Gmail with Takeout from an account in Spanish ("Enviados").  Peruvian
hiring: Bumeran's "Postulaste al aviso ... de", Computrabajo's "Has aplicado correctamente a la oferta", a mining
company's SuccessFactors receipt in Spanish, an "evaluación psicotécnica" online (a round), "una entrevista con el
gerente del área", an "assessment center" (the last round), "no continuarás en el proceso", a "propuesta laboral" (the
offer), and her own "acepto la propuesta" and a withdrawal.  Negatives: Bumeran's alerts, Computrabajo's "tu CV fue
visto", a bank's statement, a webinar, a delivery app, a friend.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

VALERIA = "valeria.quispe.analista@gmail.com"
ME = f"Valeria Quispe <{VALERIA}>"

_OWN_TO = {
    "Andina Alimentos": "Rocío Salas <rsalas@andinaalimentos.pe>",
    "Minera Cordillera Blanca": "Selección <seleccion@mineracordillera.pe>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Andina Alimentos",
        "applied",
        "2025-06-02",
        "Bumeran <noreply@bumeran.com.pe>",
        "Postulaste a Analista Comercial",
        "¡Hola Valeria!\n\nPostulaste al aviso Analista Comercial de Andina Alimentos S.A.C. Te avisaremos cuando la "
        "empresa vea tu CV.\n\nEquipo Bumeran",
        "a1",
    ),
    (
        "Distribuidora Pacífico Sur",
        "applied",
        "2025-06-03",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Has aplicado correctamente a la oferta",
        "Hola Valeria,\n\nHas aplicado correctamente a la oferta Analista de Ventas en Distribuidora Pacífico Sur. "
        "¡Mucha suerte!\n\nComputrabajo",
        "d1",
    ),
    (
        "Minera Cordillera Blanca",
        "applied",
        "2025-06-04",
        "Minera Cordillera Blanca <noreply@mineracordillera.successfactors.example>",
        "Confirmación de postulación",
        "Estimada Valeria,\n\nGracias por postular al puesto de Analista de Planeamiento Comercial en Minera Cordillera "
        "Blanca. Hemos recibido tu postulación y la revisaremos con atención.\n\nGerencia de Gestión Humana",
        "m1",
    ),
    (
        "Andina Alimentos",
        "interview",
        "2025-06-09",
        "Rocío Salas <rsalas@andinaalimentos.pe>",
        "Evaluación psicotécnica - Analista Comercial",
        "Hola Valeria,\n\nTe saludamos de Andina Alimentos. Has sido seleccionada para la siguiente etapa: una "
        "evaluación psicotécnica en línea que deberás completar hasta el jueves 12 de junio.\n\nSaludos,\nRocío Salas"
        "\nAnalista de Selección",
        "a2",
    ),
    (
        "Distribuidora Pacífico Sur",
        "rejected",
        "2025-06-10",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Novedades sobre tu postulación",
        "Hola Valeria,\n\nLa empresa Distribuidora Pacífico Sur revisó tu postulación a Analista de Ventas. En esta "
        "ocasión no continuarás en el proceso. ¡Sigue postulando!\n\nComputrabajo",
        "d1",
    ),
    (
        "Andina Alimentos",
        "interview",
        "2025-06-16",
        "Rocío Salas <rsalas@andinaalimentos.pe>",
        "RE: Evaluación psicotécnica - Analista Comercial",
        "Hola Valeria,\n\nFelicitaciones, aprobaste la evaluación. Te invitamos a una entrevista con el gerente del área "
        "comercial el miércoles 18 a las 10:00 a. m. en nuestras oficinas de San Isidro.\n\nSaludos,\nRocío",
        "a2",
    ),
    (
        "Minera Cordillera Blanca",
        "interview",
        "2025-06-17",
        "Selección <seleccion@mineracordillera.pe>",
        "Entrevista - Analista de Planeamiento Comercial",
        "Estimada Valeria,\n\nNos complace invitarte a una entrevista virtual por Teams con nuestra Jefa de Planeamiento "
        "el lunes 23 de junio a las 9:00 a. m.\n\nGerencia de Gestión Humana",
        "m2",
    ),
    (
        "Andina Alimentos",
        "onsite",
        "2025-06-20",
        "Rocío Salas <rsalas@andinaalimentos.pe>",
        "Assessment center - Analista Comercial",
        "Hola Valeria,\n\nTe invitamos a la última etapa del proceso: un assessment center con otros finalistas el "
        "martes 24 de junio de 9:00 a 13:00 en nuestras oficinas.\n\nSaludos,\nRocío",
        "a3",
    ),
    (
        "Andina Alimentos",
        "offer",
        "2025-06-27",
        "Rocío Salas <rsalas@andinaalimentos.pe>",
        "Propuesta laboral",
        "Hola Valeria,\n\n¡Felicitaciones! Nos alegra informarte que has sido elegida para el puesto de Analista "
        "Comercial. Te adjuntamos la propuesta laboral con el detalle de la remuneración y los beneficios.\n\nSaludos,"
        "\nRocío",
        "a4",
    ),
    (
        "Andina Alimentos",
        "accepted",
        "2025-06-30",
        ME,
        "RE: Propuesta laboral",
        "Hola Rocío,\n\nMuchas gracias. Acepto la propuesta laboral y quedo atenta a los siguientes pasos para mi "
        "incorporación.\n\nSaludos,\nValeria",
        "a4",
    ),
    (
        "Minera Cordillera Blanca",
        "withdrew",
        "2025-06-30",
        ME,
        "RE: Entrevista - Analista de Planeamiento Comercial",
        "Estimados,\n\nLes agradezco mucho la invitación. Les escribo para retirar mi postulación, ya que acepté otra "
        "propuesta laboral.\n\nSaludos cordiales,\nValeria Quispe",
        "m2",
    ),
]

_NEGATIVES = [
    (
        "Bumeran <alertas@bumeran.com.pe>",
        "Nuevos avisos de Analista Comercial",
        "alert",
        "Analista Comercial - San Isidro. Analista de Ventas - Miraflores. Analista de Trade Marketing - Surco.",
    ),
    (
        "Computrabajo <notificaciones@computrabajo.com>",
        "Tu CV fue visto",
        "viewed",
        "Una empresa vio tu hoja de vida. ¡Completa tu perfil para destacar!",
    ),
    (
        "Banco del Rímac <estados@bancorimac.example>",
        "Tu estado de cuenta de mayo",
        "other",
        "Tu estado de cuenta de mayo ya está disponible en la banca por internet.",
    ),
    (
        "Colegio de Economistas <eventos@colegioeconomistas.example>",
        "Webinar: proyecciones comerciales 2025",
        "newsletter",
        "Te invitamos al webinar sobre proyecciones comerciales el jueves a las 7 p. m.",
    ),
    (
        "Rappi <hola@rappi.example>",
        "Tu pedido llegó",
        "shop",
        "Tu pedido de La Lucha Sanguchería llegó. ¡Buen provecho!",
    ),
    (
        "Camila Torres <camila.torres@gmail.example>",
        "¿ceviche el sábado?",
        "personal",
        "¿vamos por ceviche el sábado a Barranco?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (her account's labels in Spanish)."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=VALERIA,
        own_to=_OWN_TO,
        offset="-0500",
        clock="10:20:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="20:40:00",
        tag="twohundredeightyeight",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=VALERIA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(
        Path(folder) / "Todo el correo, incluido el spam y la papelera.mbox", msgs if msgs is not None else messages()
    )
