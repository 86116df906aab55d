"""A thirty-seventh mailbox, written as a held-out check after the thirty-sixth's fixes (issue #24).

Camila, a product analyst in Bogotá, applies in Colombia and Chile and exports Gmail with Takeout, all in Spanish:
Computrabajo, elempleo, Laborum, HiringRoom, Buk, Workday and SuccessFactors in Spanish; Andean and Chilean
phrasings ("quedamos atentos", "en esta oportunidad no continuarás en el proceso", "has sido seleccionada", "oferta
laboral", "me permito declinar", "cordial saludo").  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILA = "camila.rojas.analitica@gmail.com"
_ME = f"Camila Rojas <{CAMILA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Andina Pagos (HiringRoom; a call with the recruiter, a technical interview, an offer she accepts)
    (
        "Andina Pagos",
        "applied",
        "2025-09-01",
        "Andina Pagos <notificaciones@hiringroom.com>",
        "Recibimos tu postulación",
        "Hola Camila,\n\n¡Gracias por postularte a Analista de Producto en Andina Pagos! Recibimos tu hoja de vida y "
        "nuestro equipo la revisará en los próximos días.\n\nEquipo de Talento - Andina Pagos",
        "ap1",
    ),
    (
        "Andina Pagos",
        "screen",
        "2025-09-05",
        "Laura Gómez <laura.gomez@andinapagos.co>",
        "Analista de Producto - Andina Pagos",
        "Hola Camila, cordial saludo.\n\nSoy Laura, del equipo de Talento de Andina Pagos. Me gustaría agendar una "
        "llamada corta de 20 minutos para conocerte y contarte del rol. ¿Tienes disponibilidad el martes o "
        "miércoles en la tarde?\n\nQuedamos atentos,\nLaura Gómez",
        "ap2",
    ),
    (
        "Andina Pagos",
        "interview",
        "2025-09-12",
        "Laura Gómez <laura.gomez@andinapagos.co>",
        "Entrevista técnica - Analista de Producto",
        "Hola Camila,\n\nQueremos invitarte a la siguiente etapa: una entrevista técnica con nuestro Head of Product "
        "el jueves 18 de septiembre a las 10:00 a. m. por Google Meet.\n\nQuedamos atentos,\nLaura",
        "ap3",
    ),
    (
        "Andina Pagos",
        "offer",
        "2025-09-26",
        "Laura Gómez <laura.gomez@andinapagos.co>",
        "Oferta laboral - Analista de Producto",
        "Hola Camila,\n\n¡Felicitaciones! Nos alegra contarte que fuiste seleccionada para el cargo de Analista de "
        "Producto. Adjuntamos la oferta laboral con las condiciones: salario integral de COP 9.500.000 mensuales y "
        "contrato a término indefinido.\n\nQuedamos atentos,\nLaura",
        "ap4",
    ),
    (
        "Andina Pagos",
        "accepted",
        "2025-09-29",
        _ME,
        "RE: Oferta laboral - Analista de Producto",
        "Hola Laura,\n\nMuchas gracias. Confirmo que acepto la oferta y adjunto la carta firmada. Quedo atenta a los "
        "siguientes pasos para el ingreso.\n\nCordial saludo,\nCamila Rojas",
        "ap4",
    ),
    # Cafetera del Quindío (Computrabajo; a refusal)
    (
        "Cafetera del Quindío",
        "applied",
        "2025-09-02",
        "Computrabajo <noreply@computrabajo.com>",
        "Has aplicado a la oferta",
        "Hola Camila,\n\nHas aplicado a la oferta Analista de Datos Comerciales de Cafetera del Quindío S.A.S. en "
        "Armenia. La empresa revisará tu hoja de vida.\n\nComputrabajo",
        "cq1",
    ),
    (
        "Cafetera del Quindío",
        "rejected",
        "2025-09-20",
        "Computrabajo <noreply@computrabajo.com>",
        "Actualización de tu candidatura",
        "Hola Camila,\n\nLa empresa Cafetera del Quindío S.A.S. ha finalizado el proceso de selección para la oferta "
        "Analista de Datos Comerciales y tu hoja de vida no fue seleccionada.\n\nComputrabajo",
        "cq2",
    ),
    # Banco del Pacífico Andino (Workday in Spanish; an assessment; not selected)
    (
        "Banco del Pacífico Andino",
        "applied",
        "2025-09-03",
        "Banco del Pacífico Andino <bpandino@myworkday.com>",
        "Gracias por tu postulación",
        "Hola Camila,\n\nGracias por postularte a la vacante Analista de Datos Senior (R-3317). Revisaremos tu perfil y "
        "te contactaremos si continúas en el proceso.\n\nGestión Humana",
        "bp1",
    ),
    (
        "Banco del Pacífico Andino",
        "interview",
        "2025-09-10",
        "Banco del Pacífico Andino <bpandino@myworkday.com>",
        "Prueba técnica - Analista de Datos Senior",
        "Hola Camila,\n\nComo parte del proceso te invitamos a presentar una prueba técnica de SQL y estadística en "
        "línea. Tienes plazo hasta el 15 de septiembre.\n\nGestión Humana",
        "bp2",
    ),
    (
        "Banco del Pacífico Andino",
        "rejected",
        "2025-09-24",
        "Banco del Pacífico Andino <bpandino@myworkday.com>",
        "Resultado de tu proceso",
        "Hola Camila,\n\nAgradecemos tu interés y el tiempo dedicado a la prueba. En esta oportunidad no continuarás en "
        "el proceso de selección para la vacante Analista de Datos Senior. Te invitamos a seguir postulándote.\n\n"
        "Gestión Humana",
        "bp3",
    ),
    # Cordillera Retail (Laborum, Chile; an interview; she withdraws)
    (
        "Cordillera Retail",
        "applied",
        "2025-09-04",
        "Laborum <notificaciones@laborum.cl>",
        "Tu postulación fue enviada",
        "Hola Camila,\n\nTu postulación al aviso Product Analyst - Cordillera Retail (Santiago, remoto) fue enviada "
        "con éxito.\n\nEquipo Laborum",
        "cr1",
    ),
    (
        "Cordillera Retail",
        "interview",
        "2025-09-15",
        "Javiera Muñoz <jmunoz@cordilleraretail.cl>",
        "Entrevista Product Analyst",
        "Hola Camila,\n\n¿Cómo estás? Te escribo para coordinar una entrevista con la jefa del área de producto. "
        "¿Te acomoda el viernes 19 a las 11:00 (hora de Chile) por Teams?\n\nSaludos,\nJaviera Muñoz\nReclutadora",
        "cr2",
    ),
    (
        "Cordillera Retail",
        "withdrew",
        "2025-09-30",
        _ME,
        "RE: Entrevista Product Analyst",
        "Hola Javiera,\n\nMuchas gracias por la oportunidad. Te cuento que acepté otra propuesta, así que me permito "
        "declinar mi participación en el proceso.\n\nSaludos,\nCamila",
        "cr2",
    ),
    # Montaña Azul Seguros (Buk; her follow-up; a refusal)
    (
        "Montaña Azul Seguros",
        "applied",
        "2025-09-05",
        "Montaña Azul Seguros <noreply@buk.co>",
        "Confirmación de postulación",
        "Hola Camila,\n\nConfirmamos la recepción de tu postulación al cargo Analista de Producto Digital en Montaña "
        "Azul Seguros.\n\nEquipo de Personas",
        "ma1",
    ),
    (
        "Montaña Azul Seguros",
        "follow_up",
        "2025-09-19",
        _ME,
        "Estado de mi postulación - Analista de Producto Digital",
        "Buenas tardes,\n\nMe postulé al cargo de Analista de Producto Digital el 5 de septiembre y quisiera saber el "
        "estado de mi proceso. Sigo muy interesada en la posición.\n\nCordial saludo,\nCamila Rojas",
        "ma2",
    ),
    (
        "Montaña Azul Seguros",
        "rejected",
        "2025-09-23",
        "Montaña Azul Seguros <noreply@buk.co>",
        "Respuesta a tu postulación",
        "Hola Camila,\n\nGracias por tu interés en Montaña Azul Seguros. Después de revisar los perfiles, decidimos "
        "avanzar con otras personas cuya experiencia se ajusta más al cargo.\n\nEquipo de Personas",
        "ma3",
    ),
    # Llanos Energía (SuccessFactors in Spanish; an interview, a second, silence)
    (
        "Llanos Energía",
        "applied",
        "2025-09-08",
        "Llanos Energía <noreply@successfactors.com>",
        "Llanos Energía - Confirmación de recepción",
        "Estimada Camila,\n\nHemos recibido tu solicitud para la posición Analista de Inteligencia de Negocios. "
        "Nuestro equipo de selección evaluará tu perfil.\n\nAtentamente,\nSelección Llanos Energía",
        "le1",
    ),
    (
        "Llanos Energía",
        "interview",
        "2025-09-17",
        "Andrés Pardo <andres.pardo@llanosenergia.com.co>",
        "Citación a entrevista",
        "Estimada Camila,\n\nNos complace citarte a entrevista para la posición Analista de Inteligencia de Negocios el "
        "lunes 22 de septiembre a las 3:00 p. m. en nuestras oficinas de la calle 93.\n\nAtentamente,\nAndrés Pardo"
        "\nAnalista de Selección",
        "le2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "elempleo.com <alertas@elempleo.com>",
        "Nuevas ofertas para ti: Analista de Producto",
        "job alert",
        "15 nuevas ofertas que coinciden con tu perfil en Bogotá. Ver ofertas. Cancelar suscripción",
    ),
    (
        "Computrabajo <noreply@computrabajo.com>",
        "Una empresa vio tu hoja de vida",
        "application viewed",
        "Cafetera del Quindío S.A.S. vio tu hoja de vida. ¡Sigue postulándote!",
    ),
    (
        "Santiago Herrera <sherrera@talentohunters-example.co>",
        "Oportunidad confidencial - Product Manager",
        "cold outreach",
        "Hola Camila, vi tu perfil y tengo una oportunidad confidencial de Product Manager para una fintech en Bogotá. "
        "¿Te interesaría conversar?",
    ),
    (
        "Registraduría <noreply@registraduria.gov.co>",
        "Tu solicitud fue recibida",
        "not a job application",
        "Tu solicitud de duplicado de cédula fue recibida y está en trámite.",
    ),
    (
        "Rappi <noreply@rappi.com>",
        "Tu pedido va en camino",
        "not about an application",
        "Tu pedido de Crepes & Waffles va en camino.",
    ),
    (
        "Mamá <marta.lucia.rojas@hotmail.com>",
        "mucha suerte mija",
        "not about an application",
        "Mucha suerte en la entrevista de mañana mija, te quiero.",
    ),
    (
        "Platzi <newsletter@platzi.example>",
        "Aprende SQL avanzado esta semana",
        "newsletter",
        "Nuevos cursos de datos y producto. Cancelar suscripción",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=CAMILA,
        own_to={
            "Andina Pagos": "Laura Gómez <laura.gomez@andinapagos.co>",
            "Cordillera Retail": "Javiera Muñoz <jmunoz@cordilleraretail.cl>",
            "Montaña Azul Seguros": "Montaña Azul Seguros <personas@montanaazul.com.co>",
        },
        offset="-0500",
        clock="09:45:00",
        neg_start="2025-09-02",
        neg_step=4,
        neg_clock="06:20:00",
        tag="thirtyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
