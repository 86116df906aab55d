"""A four-hundred-and-sixteenth mailbox, written as a held-out check after the four-hundred-and-fifteenth (issue #24).

Valentina, an accountant in Buenos Aires, keeps her search in Gmail and exports it with Takeout.  Argentina's Spanish,
with "vos": Bumeran's "¡Tu postulación fue enviada!", ZonaJobs' "Postulaste a Analista Contable en Estudio Ferrante",
a consultora's "quedaste preseleccionada", "¿Tenés disponibilidad para una entrevista el jueves?", a company's own
"Te invitamos a una entrevista presencial en nuestras oficinas de Puerto Madero", "una evaluación técnica online",
"la entrevista final con la gerencia", "Nos alegra contarte que fuiste seleccionada", refusals ("en esta oportunidad
no vamos a avanzar con tu perfil", "decidimos continuar con otros candidatos", "la búsqueda fue cerrada") and her
"¡Acepto la propuesta!".  Negatives: Bumeran's alert, a consultora's newsletter, LinkedIn, AFIP, Mercado Pago and her
brother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

VALE = "valentina.rossi.cpn@gmail.com"
ME = f"Valentina Rossi <{VALE}>"
FLOR = "Florencia Díaz <fdiaz@talentosur.example>"
RRHH = "RRHH Pampa Agro <rrhh@pampaagro.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Pampa Agro",
        "applied",
        "2025-06-02",
        "Bumeran <noreply@bumeran.com.ar>",
        "¡Tu postulación fue enviada!",
        "Hola Valentina,\n\n¡Tu postulación al aviso Analista Contable Sr de Pampa Agro S.A. fue enviada! Te avisaremos "
        "cuando la empresa vea tu CV.\n\nEquipo Bumeran",
        "t-pa",
    ),
    (
        "Estudio Ferrante",
        "applied",
        "2025-06-03",
        "ZonaJobs <noreply@zonajobs.com.ar>",
        "Postulaste a Analista Contable en Estudio Ferrante",
        "Hola Valentina,\n\nPostulaste a Analista Contable en Estudio Ferrante. ¡Mucha suerte!\n\nZonaJobs",
        "t-ef",
    ),
    (
        "Lácteos del Sur",
        "applied",
        "2025-06-03",
        FLOR,
        "Búsqueda Responsable de Costos - Lácteos del Sur",
        "Hola Valentina, ¿cómo estás?\n\nTe cuento que quedaste preseleccionada para la búsqueda de Responsable de "
        "Costos de nuestro cliente Lácteos del Sur y ya les envié tu CV. Te aviso apenas tenga novedades.\n\n"
        "Florencia Díaz\nTalento Sur Consultora",
        "t-ls",
    ),
    (
        "Banco Austral",
        "applied",
        "2025-06-04",
        "Banco Austral <bancoaustral@myworkday.com>",
        "Recibimos tu postulación",
        "Hola Valentina:\n\nGracias por postularte a Analista de Control de Gestión (R-22018) en Banco Austral. Vamos a "
        "revisar tu perfil.\n\nEquipo de Atracción de Talento",
        "t-ba",
    ),
    (
        "Lácteos del Sur",
        "screen",
        "2025-06-05",
        FLOR,
        "RE: Búsqueda Responsable de Costos - Lácteos del Sur",
        "Hola Vale,\n\n¿Tenés disponibilidad para una entrevista telefónica conmigo el jueves a las 11? Son 20 minutos "
        "para conocerte un poco más antes de presentarte a la empresa.\n\nFlor",
        "t-ls",
    ),
    (
        "Pampa Agro",
        "interview",
        "2025-06-09",
        RRHH,
        "Entrevista - Analista Contable Sr",
        "Hola Valentina,\n\nTe invitamos a una entrevista presencial en nuestras oficinas de Puerto Madero el martes 10 "
        "a las 15 h con el gerente de Administración.\n\nSaludos,\nRRHH Pampa Agro",
        "t-pa2",
    ),
    (
        "Estudio Ferrante",
        "rejected",
        "2025-06-10",
        "Estudio Ferrante <seleccion@estudioferrante.example>",
        "Tu postulación en Estudio Ferrante",
        "Hola Valentina,\n\nGracias por tu interés. En esta oportunidad no vamos a avanzar con tu perfil, pero lo "
        "tendremos en cuenta para futuras búsquedas.\n\nEstudio Ferrante",
        "t-ef2",
    ),
    (
        "Pampa Agro",
        "interview",
        "2025-06-12",
        RRHH,
        "RE: Entrevista - Analista Contable Sr",
        "Hola Valentina,\n\nGracias por venir el martes. El siguiente paso es una evaluación técnica online de 60 "
        "minutos; te llega el link por mail.\n\nRRHH Pampa Agro",
        "t-pa2",
    ),
    (
        "Banco Austral",
        "rejected",
        "2025-06-13",
        "Banco Austral <bancoaustral@myworkday.com>",
        "Novedades sobre tu postulación",
        "Hola Valentina:\n\nTe agradecemos el tiempo dedicado. Decidimos continuar con otros candidatos cuyo perfil se "
        "ajusta más a lo que buscamos.\n\nEquipo de Atracción de Talento",
        "t-ba2",
    ),
    (
        "Lácteos del Sur",
        "rejected",
        "2025-06-16",
        FLOR,
        "RE: Búsqueda Responsable de Costos - Lácteos del Sur",
        "Hola Vale,\n\nTe escribo para contarte que la empresa decidió congelar la posición, así que la búsqueda fue "
        "cerrada. Te tengo en cuenta para lo próximo.\n\nFlor",
        "t-ls",
    ),
    (
        "Pampa Agro",
        "onsite",
        "2025-06-18",
        RRHH,
        "Entrevista final - Analista Contable Sr",
        "Hola Valentina,\n\n¡Muy buen resultado en la evaluación! Te proponemos la entrevista final con la gerencia "
        "general el lunes 23 a las 10 h en Puerto Madero.\n\nRRHH Pampa Agro",
        "t-pa3",
    ),
    (
        "Pampa Agro",
        "offer",
        "2025-06-25",
        RRHH,
        "Propuesta laboral - Analista Contable Sr",
        "Hola Valentina,\n\nNos alegra contarte que fuiste seleccionada para el puesto de Analista Contable Sr. Te "
        "adjuntamos la propuesta con el detalle de remuneración y beneficios.\n\nRRHH Pampa Agro",
        "t-pa4",
    ),
    (
        "Pampa Agro",
        "accepted",
        "2025-06-26",
        ME,
        "RE: Propuesta laboral - Analista Contable Sr",
        "¡Hola! Muchas gracias, ¡acepto la propuesta! Quedo atenta a los próximos pasos.\n\nValentina",
        "t-pa4",
    ),
]

_NEGATIVES = [
    (
        "Bumeran <alertas@bumeran.com.ar>",
        "Nuevos avisos para vos: Analista Contable",
        "alert",
        "Analista Contable - Rosario. Contador Jr - CABA. Ver todos.",
    ),
    (
        "Talento Sur Consultora <novedades@talentosur.example>",
        "Búsquedas activas de junio",
        "newsletter",
        "Analista de Impuestos, Tesorero, Jefe de Costos. Escribinos.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Valentina, tu perfil apareció en 8 búsquedas",
        "notification",
        "Mirá quién vio tu perfil.",
    ),
    (
        "AFIP <notificaciones@afip.example>",
        "Nuevo mensaje en tu Domicilio Fiscal Electrónico",
        "other",
        "Tenés una nueva comunicación.",
    ),
    (
        "Mercado Pago <info@mercadopago.example>",
        "Recibiste un pago",
        "other",
        "Recibiste $15.000 de Martín Rossi.",
    ),
    (
        "Martín Rossi <martin.rossi@gmail.example>",
        "asado domingo",
        "personal",
        "¿Venís el domingo? Traé el vino.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=VALE,
        own_to={"Pampa Agro": RRHH},
        offset="-0300",
        clock="11:00:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="21:15:00",
        tag="fourhundredsixteen",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=VALE)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
