"""A fifty-ninth mailbox, written as a held-out check after the fifty-eighth's fixes (issue #24).

Irene, a marketing analyst in Valencia, exports Gmail with Takeout (her account in Spanish).  Spanish from Spain:
InfoJobs and LinkedIn confirm applications, Workday and SuccessFactors write in Spanish, a consultora de selección
presents her to its client, a "videollamada" and a "prueba técnica", "hemos decidido continuar con otras
candidaturas", "nos complace ofrecerte", her "acepto la oferta" and her "renuncio a continuar en el proceso".  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

IRENE = "irene.marti.mkt@gmail.com"
_ME = f"Irene Martí <{IRENE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Naranja Digital (InfoJobs; a video call with HR, a technical test, an interview with the director; an offer)
    (
        "Naranja Digital",
        "applied",
        "2025-09-01",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Analista de Marketing Digital",
        "Hola Irene,\n\nTe has inscrito correctamente en la oferta Analista de Marketing Digital de Naranja Digital. "
        "Te avisaremos cuando la empresa lea tu CV.\n\nEl equipo de InfoJobs",
        "nd1",
    ),
    (
        "Naranja Digital",
        "screen",
        "2025-09-05",
        "Marta Ferrer <marta.ferrer@naranjadigital.es>",
        "Proceso de selección - Analista de Marketing Digital",
        "Hola Irene:\n\nHemos revisado tu candidatura y nos gustaría conocerte. ¿Tendrías disponibilidad para una "
        "videollamada de unos 20 minutos el martes o el miércoles por la mañana?\n\nUn saludo,\nMarta Ferrer\n"
        "Responsable de Personas",
        "nd2",
    ),
    (
        "Naranja Digital",
        "interview",
        "2025-09-11",
        "Marta Ferrer <marta.ferrer@naranjadigital.es>",
        "RE: Proceso de selección - Analista de Marketing Digital",
        "Hola Irene:\n\nGracias por la conversación. El siguiente paso es una prueba técnica: te envío un caso con datos "
        "de campañas para que nos presentes tus conclusiones en una semana.\n\nUn saludo,\nMarta",
        "nd2",
    ),
    (
        "Naranja Digital",
        "onsite",
        "2025-09-22",
        "Marta Ferrer <marta.ferrer@naranjadigital.es>",
        "RE: Proceso de selección - Analista de Marketing Digital",
        "Hola Irene:\n\n¡Nos ha gustado mucho tu prueba! Te proponemos una entrevista final con nuestro director de "
        "marketing en la oficina de Ruzafa el jueves 25 a las 10:00.\n\nUn saludo,\nMarta",
        "nd2",
    ),
    (
        "Naranja Digital",
        "offer",
        "2025-10-01",
        "Marta Ferrer <marta.ferrer@naranjadigital.es>",
        "Oferta - Analista de Marketing Digital",
        "Hola Irene:\n\nNos complace ofrecerte el puesto de Analista de Marketing Digital, con contrato indefinido y un "
        "salario de 32.000 euros brutos anuales. Te adjunto la carta de oferta con todos los detalles.\n\nUn saludo,\n"
        "Marta",
        "nd3",
    ),
    (
        "Naranja Digital",
        "accepted",
        "2025-10-03",
        _ME,
        "RE: Oferta - Analista de Marketing Digital",
        "Hola Marta:\n\n¡Muchas gracias! Acepto la oferta con mucha ilusión. Quedo a la espera de los siguientes "
        "pasos.\n\nUn saludo,\nIrene",
        "nd3",
    ),
    # Grupo Mediterráneo Seguros (Workday in Spanish; a refusal)
    (
        "Grupo Mediterráneo Seguros",
        "applied",
        "2025-09-02",
        "Grupo Mediterráneo Seguros <mediterraneo@myworkday.com>",
        "Gracias por tu candidatura",
        "Hola Irene:\n\nGracias por presentar tu candidatura al puesto de Analista CRM (R-2291). Revisaremos tu perfil "
        "y nos pondremos en contacto contigo si encaja con lo que buscamos.\n\nEquipo de Talento\nGrupo Mediterráneo "
        "Seguros",
        "gm1",
    ),
    (
        "Grupo Mediterráneo Seguros",
        "rejected",
        "2025-09-24",
        "Grupo Mediterráneo Seguros <mediterraneo@myworkday.com>",
        "Actualización sobre tu candidatura - Analista CRM",
        "Hola Irene:\n\nGracias por tu interés en Grupo Mediterráneo Seguros. Tras valorar todas las candidaturas, hemos "
        "decidido continuar con otras candidaturas cuyo perfil se ajusta más a las necesidades del puesto.\n\nTe "
        "deseamos mucha suerte.\n\nEquipo de Talento",
        "gm2",
    ),
    # Horta Alimentación, through a consultora (presented; an interview with the client; she withdraws)
    (
        "Horta Alimentación",
        "applied",
        "2025-09-04",
        "Pablo Soler <psoler@levanteseleccion.es>",
        "Candidatura - Responsable de Marketing (Horta Alimentación)",
        "Hola Irene:\n\nComo hablamos por teléfono, he presentado tu candidatura a nuestro cliente, Horta Alimentación, "
        "para el puesto de Responsable de Marketing. Te informaré en cuanto tenga respuesta.\n\nUn saludo,\nPablo "
        "Soler\nConsultor, Levante Selección",
        "ha1",
    ),
    (
        "Horta Alimentación",
        "interview",
        "2025-09-12",
        "Pablo Soler <psoler@levanteseleccion.es>",
        "RE: Candidatura - Responsable de Marketing (Horta Alimentación)",
        "Hola Irene:\n\nBuenas noticias: el cliente quiere entrevistarte. La directora general te propone una entrevista "
        "el lunes 15 a las 12:00 en sus oficinas de Paterna.\n\nUn saludo,\nPablo",
        "ha1",
    ),
    (
        "Horta Alimentación",
        "withdrew",
        "2025-10-02",
        _ME,
        "RE: Candidatura - Responsable de Marketing (Horta Alimentación)",
        "Hola Pablo:\n\nMuchas gracias por todo. Te escribo para comunicarte que he aceptado otra oferta, así que "
        "renuncio a continuar en el proceso de Horta Alimentación.\n\nUn saludo,\nIrene",
        "ha1",
    ),
    # Turia Tech (LinkedIn; a refusal without a step)
    (
        "Turia Tech",
        "applied",
        "2025-09-08",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Irene, tu solicitud se ha enviado a Turia Tech",
        "Tu solicitud se ha enviado a Turia Tech\n\nGrowth Marketing Analyst\nTuria Tech · Valencia (Híbrido)\n"
        "Solicitado el 8 de septiembre de 2025",
        "tt1",
    ),
    (
        "Turia Tech",
        "rejected",
        "2025-09-19",
        "Turia Tech <no-reply@ashbyhq.com>",
        "Tu candidatura en Turia Tech",
        "Hola Irene,\n\nGracias por tu interés en el puesto de Growth Marketing Analyst. Lamentablemente, en esta "
        "ocasión no vamos a seguir adelante con tu candidatura.\n\nEl equipo de Turia Tech",
        "tt2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas de Analista de Marketing en Valencia",
        "alert",
        "Analista de Marketing - Naranja Digital - Valencia\nAnalista CRM - Grupo Mediterráneo Seguros - Valencia",
    ),
    (
        "InfoJobs <noreply@infojobs.net>",
        "Naranja Digital ha leído tu CV",
        "viewed",
        "La empresa Naranja Digital ha leído tu CV para la oferta Analista de Marketing Digital.",
    ),
    (
        "Laura Gil <laura.gil@talentohunters.es>",
        "Oportunidad - Head of Growth",
        "outreach",
        "Hola Irene, he visto tu perfil en LinkedIn y creo que encajarías en una posición de Head of Growth para un "
        "cliente del sector retail. ¿Te apetece que hablemos?",
    ),
    (
        "Marketing Directo <boletin@marketingdirecto.com>",
        "Las claves del marketing esta semana",
        "newsletter",
        "Todas las novedades del sector. Darse de baja",
    ),
    (
        "Renfe <venta@renfe.es>",
        "Tu billete de tren",
        "shop",
        "Valencia - Madrid, 28 de septiembre. Localizador X7K2PQ.",
    ),
    (
        "Papá <jmarti1961@telefonica.net>",
        "¿Qué tal la entrevista?",
        "personal",
        "Hija, ¿cómo te fue la entrevista del jueves? Llama a tu madre que está nerviosa.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Enviados"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=IRENE,
        own_to={
            "Naranja Digital": "Marta Ferrer <marta.ferrer@naranjadigital.es>",
            "Horta Alimentación": "Pablo Soler <psoler@levanteseleccion.es>",
        },
        offset="+0200",
        clock="11:00:00",
        neg_start="2025-09-03",
        neg_step=5,
        neg_clock="08:30:00",
        tag="fiftynine",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=IRENE)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it in Spanish into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Todo el correo, incluidos Spam y Papelera.mbox", msgs or messages())
