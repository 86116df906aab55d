"""A three-hundred-and-forty-fifth mailbox, written as a held-out check after the three-hundred-and-forty-fourth
(issue #24).

Martín, an accountant in Buenos Aires, exports Gmail with Takeout from an account set to Spanish ("Enviados",
"Recibidos").  Rioplatense Spanish as employers write it: LinkedIn's "Tu solicitud se envió a Grupo Ceibo", Bumeran's
"¡Tu postulación fue enviada!" naming the company, a consultancy's "te contactamos porque tu perfil fue preseleccionado
para una búsqueda de nuestro cliente", its "entrevista con la empresa", a SuccessFactors "Gracias por postularte", "te
invitamos a una entrevista", "una evaluación técnica online", "hemos decidido avanzar con otros candidatos", "nos
complace ofrecerte el puesto", his acceptance and his thank-you.  Negatives: a Bumeran alert, a Computrabajo digest,
Mercado Libre, a bank's notice, a newsletter from La Nación, his cousin.  Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARTIN = "martin.iglesias.cont@gmail.com"
ME = f"Martín Iglesias <{MARTIN}>"
CONSULTORA = "Valeria Gómez <vgomez@talentosurconsultores.com.ar>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Grupo Ceibo",
        "applied",
        "2025-06-02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Martín, tu solicitud se envió a Grupo Ceibo",
        "Tu solicitud se envió a Grupo Ceibo\n\nContador Senior\nGrupo Ceibo · Buenos Aires, Argentina\n\nSolicitud "
        "enviada el 2 de junio de 2025",
        "a1",
    ),
    (
        "Lácteos del Plata",
        "applied",
        "2025-06-03",
        "Bumeran <noreply@bumeran.com.ar>",
        "¡Tu postulación fue enviada!",
        "Hola Martín,\n\nTu postulación al aviso Analista Contable Sr. de Lácteos del Plata S.A. fue enviada con "
        "éxito.\n\nPodés seguir el estado de tus postulaciones desde tu cuenta.\n\nEquipo Bumeran",
        "a2",
    ),
    (
        "Transportes Río Bravo",
        "applied",
        "2025-06-04",
        "Transportes Río Bravo <noreply@successfactors.eu>",
        "Gracias por postularte",
        "Hola Martín,\n\nGracias por postularte a la posición Jefe de Contabilidad en Transportes Río Bravo. Revisaremos "
        "tu perfil y te contactaremos si avanzás en el proceso.\n\nSaludos,\nEquipo de Selección",
        "a3",
    ),
    (
        "Farmacias Pampa",
        "applied",
        "2025-06-05",
        CONSULTORA,
        "Búsqueda Contador Sr - confidencial",
        "Hola Martín, ¿cómo estás?\n\nTe contactamos porque tu perfil fue preseleccionado para una búsqueda de nuestro "
        "cliente, una importante cadena de farmacias. Con tu conformidad, presentamos tu CV al cliente esta semana.\n\n"
        "Saludos,\nValeria Gómez\nTalento Sur Consultores",
        "a4",
    ),
    (
        "Grupo Ceibo",
        "interview",
        "2025-06-09",
        "Lucía Pereyra <lucia.pereyra@grupoceibo.com.ar>",
        "Entrevista - Contador Senior",
        "Hola Martín,\n\nVimos tu postulación en LinkedIn y nos gustaría invitarte a una entrevista con el gerente de "
        "administración. ¿Te queda bien el jueves 12 a las 11 hs en nuestras oficinas de Puerto Madero?\n\nSaludos,\n"
        "Lucía Pereyra\nRecursos Humanos",
        "a1",
    ),
    (
        "Transportes Río Bravo",
        "interview",
        "2025-06-10",
        "Transportes Río Bravo <noreply@successfactors.eu>",
        "Evaluación técnica - Jefe de Contabilidad",
        "Hola Martín,\n\nQueremos avanzar con tu postulación. El siguiente paso es una evaluación técnica online de "
        "60 minutos. Tenés tiempo hasta el viernes para completarla desde el enlace.\n\nSaludos,\nEquipo de "
        "Selección",
        "a3",
    ),
    (
        "Farmacias Pampa",
        "interview",
        "2025-06-12",
        CONSULTORA,
        "Re: Búsqueda Contador Sr - confidencial",
        "Martín, buenas noticias: el cliente quiere conocerte. Se trata de Farmacias Pampa; la entrevista con la empresa "
        "sería el martes 17 a las 16 hs en su sede de Palermo. ¿Te confirmo?\n\nValeria",
        "a4",
    ),
    (
        "Grupo Ceibo",
        "thank_you",
        "2025-06-12",
        ME,
        "Gracias por la entrevista",
        "Hola Lucía,\n\nMuchas gracias por la entrevista de hoy. Me quedé muy entusiasmado con el puesto y el "
        "equipo.\n\nSaludos,\nMartín Iglesias",
        "a1",
    ),
    (
        "Transportes Río Bravo",
        "rejected",
        "2025-06-18",
        "Transportes Río Bravo <noreply@successfactors.eu>",
        "Tu postulación en Transportes Río Bravo",
        "Hola Martín,\n\nGracias por el tiempo dedicado al proceso. Hemos decidido avanzar con otros candidatos cuyo "
        "perfil se ajusta más a lo que buscamos en este momento.\n\nTe deseamos éxitos,\nEquipo de Selección",
        "a3",
    ),
    (
        "Lácteos del Plata",
        "rejected",
        "2025-06-20",
        "Bumeran <noreply@bumeran.com.ar>",
        "Novedades sobre tu postulación",
        "Hola Martín,\n\nLácteos del Plata S.A. revisó tu postulación al aviso Analista Contable Sr. y decidió no "
        "avanzar en esta oportunidad.\n\n¡Seguí postulándote!\nEquipo Bumeran",
        "a2",
    ),
    (
        "Farmacias Pampa",
        "rejected",
        "2025-06-24",
        CONSULTORA,
        "Re: Búsqueda Contador Sr - confidencial",
        "Martín, te cuento que el cliente avanzó con otro candidato con más experiencia en retail. Gracias por tu "
        "tiempo, te tengo en cuenta para próximas búsquedas.\n\nValeria",
        "a4",
    ),
    (
        "Grupo Ceibo",
        "offer",
        "2025-06-25",
        "Lucía Pereyra <lucia.pereyra@grupoceibo.com.ar>",
        "Propuesta laboral - Contador Senior",
        "Hola Martín,\n\n¡Nos complace ofrecerte el puesto de Contador Senior en Grupo Ceibo! Te adjuntamos la "
        "propuesta con el detalle de la remuneración y los beneficios.\n\nSaludos,\nLucía",
        "a1",
    ),
    (
        "Grupo Ceibo",
        "accepted",
        "2025-06-26",
        ME,
        "Re: Propuesta laboral - Contador Senior",
        "Hola Lucía,\n\n¡Muchas gracias! Acepto la propuesta con mucho gusto. Quedo atento a los próximos pasos para el "
        "ingreso.\n\nSaludos,\nMartín",
        "a1",
    ),
]

_NEGATIVES = [
    (
        "Bumeran <alertas@bumeran.com.ar>",
        "Nuevos avisos de Contador en Capital Federal",
        "alert",
        "Encontramos 18 avisos nuevos para vos: Contador Sr - Importante empresa, Analista Contable - Consultora.",
    ),
    (
        "Computrabajo <no-reply@computrabajo.com>",
        "Ofertas de empleo recomendadas para ti",
        "alert",
        "Contador público - Buenos Aires. Auditor externo - CABA. Ver ofertas.",
    ),
    (
        "Mercado Libre <info@mercadolibre.example>",
        "Tu compra está en camino",
        "shop",
        "Tu paquete llega el jueves.",
    ),
    (
        "Banco Nación <avisos@bna.example>",
        "Resumen de tu tarjeta",
        "other",
        "Ya está disponible el resumen de tu tarjeta de crédito.",
    ),
    (
        "La Nación <newsletter@lanacion.example>",
        "Las noticias de la mañana",
        "newsletter",
        "Economía, política y deportes: lo que tenés que saber hoy.",
    ),
    (
        "Sebastián Iglesias <seba.iglesias@hotmail.example>",
        "asado domingo",
        "personal",
        "Che, el domingo asado en casa de la abuela. Traé vino.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, labelled as a Spanish account writes them."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARTIN,
        own_to={"Grupo Ceibo": "Lucía Pereyra <lucia.pereyra@grupoceibo.com.ar>"},
        offset="-0300",
        clock="12:40:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="21:10:00",
        tag="threehundredfortyfive",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=MARTIN)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
