"""A twentieth mailbox, written as a held-out check after the nineteenth's fixes (issue #24).

Valentina, a product analyst in Ciudad de México, applies across Latin America and exports Gmail with Takeout:
Computrabajo, OCC Mundial, Bumeran, LinkedIn in Spanish, Greenhouse and Lever in Spanish, Mexican and Colombian
recruiters' own mail ("postulación", "vacante", "proceso de selección", "quedamos atentos", "no continuarás en el
proceso"), a test on Evaluar, and everyday Spanish mail.  Its score before any rule was changed for it is in the
issue note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

VALE = "vale.ortiz.pm@gmail.com"
_ME = f"Valentina Ortiz <{VALE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Nopal Pagos (Greenhouse, Spanish)
    (
        "Nopal Pagos",
        "applied",
        "2025-08-04",
        "Nopal Pagos <no-reply@us.greenhouse-mail.io>",
        "¡Gracias por tu postulación a Nopal Pagos!",
        "Hola Valentina,\n\n¡Gracias por tu interés en Nopal Pagos! Recibimos tu postulación para Product Analyst y "
        "nuestro equipo la revisará pronto.\n\nEquipo de Talento",
        "np1",
    ),
    (
        "Nopal Pagos",
        "screen",
        "2025-08-08",
        "Fernanda Ruiz <fernanda.ruiz@nopalpagos.mx>",
        "Product Analyst - Nopal Pagos",
        "Hola Valentina, ¿cómo estás? Soy Fernanda del equipo de Talento. Me encantaría platicar 20 minutos contigo "
        "para conocer tu experiencia. ¿Te acomoda el martes a las 11?\n\nSaludos,\nFer",
        "np2",
    ),
    (
        "Nopal Pagos",
        "interview",
        "2025-08-15",
        "Fernanda Ruiz <fernanda.ruiz@nopalpagos.mx>",
        "RE: Product Analyst - Nopal Pagos",
        "Hola Vale, ¡buenas noticias! Avanzas a la siguiente etapa: una sesión de 60 minutos con Diego (Head of "
        "Product) donde resolverás un caso en vivo. Te comparto las opciones de horario.\n\nFer",
        "np2",
    ),
    (
        "Nopal Pagos",
        "rejected",
        "2025-08-29",
        "Fernanda Ruiz <fernanda.ruiz@nopalpagos.mx>",
        "RE: Product Analyst - Nopal Pagos",
        "Hola Vale, gracias por tu tiempo y por el caso. Después de revisarlo con el equipo, no continuarás en el "
        "proceso en esta ocasión. Nos encantaría mantenernos en contacto para futuras vacantes.\n\nUn abrazo,\nFer",
        "np2",
    ),
    # Grupo Tolteca (Computrabajo, then HR)
    (
        "Grupo Tolteca",
        "applied",
        "2025-08-05",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Te postulaste a Analista de Datos",
        "¡Hola Valentina! Te postulaste correctamente a la oferta Analista de Datos de Grupo Tolteca S.A. de C.V. "
        "en Ciudad de México. Te avisaremos cuando la empresa revise tu CV.",
        "gt1",
    ),
    (
        "Grupo Tolteca",
        "interview",
        "2025-08-13",
        "Reclutamiento Grupo Tolteca <reclutamiento@grupotolteca.com.mx>",
        "Invitación a entrevista - Analista de Datos",
        "Estimada Valentina:\n\nPor medio del presente le invitamos a una entrevista presencial el próximo lunes 18 "
        "de agosto a las 10:00 h en nuestras oficinas de Polanco. Favor de confirmar su asistencia.\n\nAtentamente,"
        "\nReclutamiento y Selección",
        "gt2",
    ),
    (
        "Grupo Tolteca",
        "offer",
        "2025-08-27",
        "Reclutamiento Grupo Tolteca <reclutamiento@grupotolteca.com.mx>",
        "Propuesta económica - Analista de Datos",
        "Estimada Valentina:\n\nNos da gusto informarle que ha sido seleccionada para la vacante de Analista de Datos. "
        "Adjuntamos la propuesta económica con sueldo mensual bruto de $42,000 MXN y prestaciones superiores a las "
        "de ley.\n\nAtentamente,\nReclutamiento y Selección",
        "gt3",
    ),
    (
        "Grupo Tolteca",
        "accepted",
        "2025-08-28",
        _ME,
        "RE: Propuesta económica - Analista de Datos",
        "Buenas tardes,\n\nMuchas gracias por la propuesta. Con gusto la acepto; quedo atenta a los siguientes pasos "
        "para mi ingreso.\n\nSaludos cordiales,\nValentina Ortiz",
        "gt3",
    ),
    # Andes Fintech (LinkedIn in Spanish, then Lever)
    (
        "Andes Fintech",
        "applied",
        "2025-08-06",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Valentina, tu solicitud fue enviada a Andes Fintech",
        "Tu solicitud fue enviada a Andes Fintech\nProduct Analyst Sr.\nAndes Fintech · Bogotá, Colombia (En remoto)",
        "af1",
    ),
    (
        "Andes Fintech",
        "interview",
        "2025-08-12",
        "Andes Fintech <no-reply@hire.lever.co>",
        "Andes Fintech - Prueba técnica",
        "Hola Valentina, queremos conocerte mejor. El siguiente paso del proceso es un ejercicio práctico de SQL y "
        "producto; tendrás 72 horas para entregarlo desde que abras el enlace.",
        "af2",
    ),
    (
        "Andes Fintech",
        "rejected",
        "2025-08-22",
        "Andes Fintech <no-reply@hire.lever.co>",
        "Actualización de tu proceso en Andes Fintech",
        "Hola Valentina, gracias por completar el ejercicio. Tras evaluarlo, decidimos avanzar con personas cuyo "
        "perfil se alinea más con lo que buscamos hoy. ¡Mucho éxito!",
        "af3",
    ),
    # Sierra Retail (OCC Mundial)
    (
        "Sierra Retail",
        "applied",
        "2025-08-07",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Tu postulación fue enviada con éxito",
        "Tu postulación a la vacante Analista de Producto en Sierra Retail fue enviada con éxito. ¡Te deseamos suerte!",
        "sr1",
    ),
    (
        "Sierra Retail",
        "rejected",
        "2025-08-21",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Actualización de tu postulación",
        "La empresa Sierra Retail revisó tu CV para la vacante Analista de Producto y decidió no seguir con tu "
        "postulación. Sigue buscando: hay miles de vacantes esperándote.",
        "sr2",
    ),
    # Pampa Labs (Bumeran, Argentina)
    (
        "Pampa Labs",
        "applied",
        "2025-08-09",
        "Bumeran <no-reply@bumeran.com.ar>",
        "Te postulaste a Product Analyst en Pampa Labs",
        "¡Listo! Tu postulación a Product Analyst en Pampa Labs ya está en manos de la empresa.",
        "pl1",
    ),
    (
        "Pampa Labs",
        "screen",
        "2025-08-18",
        "Lucía Benítez <lucia@pampalabs.com.ar>",
        "Charla inicial - Product Analyst",
        "¡Hola Valentina! Vimos tu postulación en Bumeran y nos gustaría tener una charla inicial por Meet de media "
        "hora. ¿Qué días te quedan cómodos esta semana?\n\nLucía\nPeople Partner",
        "pl2",
    ),
    (
        "Pampa Labs",
        "withdrew",
        "2025-08-29",
        _ME,
        "Re: Charla inicial - Product Analyst",
        "Hola Lucía, muchas gracias por la oportunidad. Acepté otra propuesta, así que prefiero retirarme del "
        "proceso.\n\nSaludos,\nValentina",
        "pl2",
    ),
    # Maguey Logística (her own mail, then an auto-reply and a test)
    (
        "Maguey Logística",
        "applied",
        "2025-08-11",
        _ME,
        "Postulación - Analista de Producto - Valentina Ortiz",
        "Buen día,\n\nMe permito enviar mi CV para la vacante de Analista de Producto publicada en su sitio. Quedo "
        "atenta a sus comentarios.\n\nSaludos,\nValentina Ortiz",
        "ml1",
    ),
    (
        "Maguey Logística",
        "interview",
        "2025-08-19",
        "Maguey Logística <talento@magueylogistica.mx>",
        "Evaluación en línea - Analista de Producto",
        "Hola Valentina, como parte del proceso de selección te pedimos realizar una evaluación psicométrica y de "
        "conocimientos en la plataforma Evaluar antes del viernes.\n\nTalento Maguey",
        "ml2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Computrabajo <alertas@computrabajo.com>",
        "15 nuevas ofertas de Analista de Datos",
        "job alert",
        "Ofertas de empleo que coinciden con tu búsqueda. Ver ofertas.",
    ),
    (
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Tu CV fue visto por 3 empresas",
        "application viewed",
        "Empresas que vieron tu CV esta semana: Grupo Tolteca, Sierra Retail.",
    ),
    (
        "Andrea Solís <andrea@talentohunters.mx>",
        "Oportunidad - Product Manager - Monterrey",
        "cold outreach",
        "Hola Valentina, vi tu perfil en LinkedIn y tengo una vacante con un cliente en Monterrey. ¿Te interesaría "
        "platicar?",
    ),
    (
        "Platzi <hola@platzi.com>",
        "Prepárate para tu próxima entrevista",
        "newsletter",
        "Nuevo curso: cómo responder las preguntas más difíciles de una entrevista. Darse de baja",
    ),
    (
        "BBVA México <alertas@bbva.mx>",
        "Tu solicitud de tarjeta de crédito",
        "not a job application",
        "Tu solicitud de tarjeta de crédito fue aprobada. Actívala en la app.",
    ),
    (
        "Mamá <rosa.ortiz61@hotmail.com>",
        "¿Cómo te fue?",
        "not about an application",
        "Hija, ¿cómo te fue en la entrevista? Llámame cuando puedas. Besos",
    ),
    (
        "Rappi <no-reply@rappi.com>",
        "Tu pedido va en camino",
        "not about an application",
        "Tu pedido de Tacos El Güero llegará en 20 minutos.",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Valentina, nuevos empleos de Product Analyst",
        "job alert",
        "Empleos que podrían interesarte: Product Analyst - Mercado Libre. Ver todos los empleos.",
    ),
    (
        "Bumeran <no-reply@bumeran.com.ar>",
        "Completá tu perfil y destacate",
        "not about an application",
        "Los perfiles completos reciben 3 veces más contactos de empresas.",
    ),
    (
        "Meetup <info@meetup.com>",
        "Nuevo evento: Product Tank CDMX",
        "newsletter",
        "Charlas de producto y networking el 28 de agosto. Regístrate. Darse de baja",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=VALE,
        own_to={
            "Grupo Tolteca": "Reclutamiento Grupo Tolteca <reclutamiento@grupotolteca.com.mx>",
            "Pampa Labs": "Lucía Benítez <lucia@pampalabs.com.ar>",
            "Maguey Logística": "Maguey Logística <talento@magueylogistica.mx>",
        },
        offset="-0600",
        clock="10:50:00",
        neg_start="2025-08-04",
        neg_step=3,
        neg_clock="07:30:00",
        tag="veinte",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
