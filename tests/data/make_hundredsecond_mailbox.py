"""A hundred-and-second mailbox, written as a held-out check after the hundred-and-first (issue #24).

Valeria, a QA engineer in Guadalajara, saves her Outlook mail as .eml files (no labels, no Delivered-To; her own
mail in "Sent Items").  Mexican employers write in their own Spanish: "gracias por postularte", "tu postulación fue
recibida", "nos gustaría agendar una llamada con Recursos Humanos", "te compartimos la liga para la prueba técnica",
"una entrevista con el líder técnico", "en esta ocasión no continuarás en el proceso", "nos da mucho gusto
extenderte una carta oferta"; a US company hiring in Mexico writes in English through Lever.  Its negatives are
hers: job boards' alerts (OCC, Computrabajo), the tax office's receipt of her annual return, a bank's promotion, a
headhunter's pitch in Spanish, a course platform, a friend asking how the interview went.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

VALERIA = "valeria.ortiz.qa@hotmail.com"
_ME = f"Valeria Ortiz <{VALERIA}>"
_FER = "Fernanda Ruiz <fernanda.ruiz@tapatiosoft.mx>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Tapatío Software (a local firm: HR call, technical test, interview with the tech lead, offer, accepted)
    (
        "Tapatío Software",
        "applied",
        "2025-08-04",
        "Tapatío Software <empleos@tapatiosoft.mx>",
        "Gracias por postularte - QA Engineer Sr",
        "Hola Valeria,\n\nGracias por postularte a la vacante de QA Engineer Sr. Tu postulación fue recibida y "
        "nuestro equipo de Talento la revisará en los próximos días.\n\nSaludos,\nEquipo de Talento\nTapatío "
        "Software",
        None,
    ),
    (
        "Tapatío Software",
        "screen",
        "2025-08-07",
        _FER,
        "Vacante QA Engineer Sr - llamada",
        "Hola Valeria,\n\nRevisamos tu perfil y nos gustaría agendar una llamada de 20 minutos con Recursos Humanos "
        "para platicar sobre la vacante y tus expectativas. ¿Te queda bien el jueves a las 11:00?\n\nSaludos,\n"
        "Fernanda Ruiz\nReclutadora, Tapatío Software",
        None,
    ),
    (
        "Tapatío Software",
        "interview",
        "2025-08-12",
        _FER,
        "RE: Vacante QA Engineer Sr - llamada",
        "Hola Valeria,\n\nGracias por tu tiempo en la llamada. Como siguiente paso te compartimos la liga para la "
        "prueba técnica de automatización; tienes tres días para resolverla.\n\nSaludos,\nFernanda",
        None,
    ),
    (
        "Tapatío Software",
        "interview",
        "2025-08-19",
        _FER,
        "RE: Vacante QA Engineer Sr - llamada",
        "Hola Valeria,\n\n¡Muy buenos resultados en la prueba! Queremos invitarte a una entrevista con el líder "
        "técnico y la gerente de calidad el martes 26 de agosto a las 10:00 por Google Meet.\n\nSaludos,\nFernanda",
        None,
    ),
    (
        "Tapatío Software",
        "offer",
        "2025-09-01",
        _FER,
        "Carta oferta - QA Engineer Sr",
        "Hola Valeria,\n\nNos da mucho gusto extenderte la carta oferta para la posición de QA Engineer Sr. Te "
        "adjuntamos el documento con el sueldo, las prestaciones y la fecha de ingreso propuesta. Quedamos atentos "
        "a tus comentarios.\n\nSaludos,\nFernanda Ruiz\nReclutadora, Tapatío Software",
        None,
    ),
    (
        "Tapatío Software",
        "accepted",
        "2025-09-03",
        _ME,
        "RE: Carta oferta - QA Engineer Sr",
        "Hola Fernanda,\n\nMuchas gracias. Te confirmo que acepto la oferta; te envío la carta firmada y quedo atenta "
        "a los siguientes pasos para mi ingreso.\n\nSaludos,\nValeria",
        _FER,
    ),
    # Northwind Labs (a US company in English, through Lever: recruiter screen, then a no)
    (
        "Northwind Labs",
        "applied",
        "2025-08-05",
        "Northwind Labs <no-reply@hire.lever.co>",
        "Thank you for your application to Northwind Labs",
        "Hi Valeria,\n\nThank you for your interest in Northwind Labs! We have received your application for QA "
        "Automation Engineer (LATAM) and our team will be reviewing it.\n\nBest,\nNorthwind Labs Recruiting",
        None,
    ),
    (
        "Northwind Labs",
        "screen",
        "2025-08-11",
        "Jessica Moore <jessica@northwindlabs.io>",
        "Northwind Labs - intro call",
        "Hi Valeria,\n\nI'm a recruiter at Northwind Labs and I'd love to set up a 30-minute intro call to learn about "
        "your automation experience. Here is my calendar link to grab a time.\n\nThanks,\nJessica",
        None,
    ),
    (
        "Northwind Labs",
        "rejected",
        "2025-08-22",
        "Northwind Labs <no-reply@hire.lever.co>",
        "Your application to Northwind Labs",
        "Hi Valeria,\n\nThank you for taking the time to speak with Jessica. After reviewing your background against "
        "the needs of the team, we've decided not to move ahead with your application at this stage.\n\nWe wish you "
        "the best in your search.\n\nNorthwind Labs Recruiting",
        None,
    ),
    # Grupo Altamira (a large group through its careers site: a no in its words)
    (
        "Grupo Altamira",
        "applied",
        "2025-08-06",
        "Grupo Altamira Talento <talento@grupoaltamira.com.mx>",
        "Confirmación de postulación",
        "Estimada Valeria:\n\nTe confirmamos que recibimos tu solicitud para la vacante Analista de Pruebas de "
        "Software. En caso de que tu perfil cumpla con los requisitos, nos pondremos en contacto contigo.\n\n"
        "Atentamente,\nGrupo Altamira",
        None,
    ),
    (
        "Grupo Altamira",
        "rejected",
        "2025-08-28",
        "Grupo Altamira Talento <talento@grupoaltamira.com.mx>",
        "Seguimiento a tu postulación",
        "Estimada Valeria:\n\nAgradecemos tu interés en formar parte de Grupo Altamira. Te informamos que en esta "
        "ocasión no continuarás en el proceso de selección para la vacante Analista de Pruebas de Software. "
        "Conservaremos tus datos para futuras oportunidades.\n\nAtentamente,\nGrupo Altamira",
        None,
    ),
    # Nube Roja (a startup: her own application to its CTO, a follow-up, an interview, her withdrawal)
    (
        "Nube Roja",
        "applied",
        "2025-08-08",
        _ME,
        "Postulación QA - Valeria Ortiz",
        "Hola Diego,\n\nVi en LinkedIn que Nube Roja busca una persona de QA y me gustaría postularme. Te comparto mi "
        "CV; tengo cinco años probando apps móviles y APIs.\n\nSaludos,\nValeria Ortiz",
        "Diego Salas <diego@nuberoja.io>",
    ),
    (
        "Nube Roja",
        "follow_up",
        "2025-08-18",
        _ME,
        "RE: Postulación QA - Valeria Ortiz",
        "Hola Diego,\n\nTe escribo para dar seguimiento a mi postulación. Sigo muy interesada en la posición.\n\n"
        "Saludos,\nValeria",
        "Diego Salas <diego@nuberoja.io>",
    ),
    (
        "Nube Roja",
        "interview",
        "2025-08-19",
        "Diego Salas <diego@nuberoja.io>",
        "RE: Postulación QA - Valeria Ortiz",
        "Hola Valeria,\n\nPerdón por la demora. ¿Te late platicar el viernes con Ana, nuestra líder de producto, y "
        "conmigo? Sería una plática técnica de una hora por Zoom.\n\nDiego\nCTO, Nube Roja",
        None,
    ),
    (
        "Nube Roja",
        "withdrew",
        "2025-09-02",
        _ME,
        "RE: Postulación QA - Valeria Ortiz",
        "Hola Diego,\n\nMuchas gracias por la plática. Acabo de aceptar otra propuesta, así que prefiero no "
        "continuar en el proceso. ¡Mucho éxito con Nube Roja!\n\nSaludos,\nValeria",
        "Diego Salas <diego@nuberoja.io>",
    ),
    # Banco del Bajío Digital (through a job board's application mail; no answer)
    (
        "Banco del Bajío Digital",
        "applied",
        "2025-08-13",
        "OCC <notificaciones@occ.com.mx>",
        "Te postulaste a QA Tester Automatización",
        "Hola Valeria, te postulaste a la vacante QA Tester Automatización de Banco del Bajío Digital. La empresa "
        "revisará tu CV y te contactará si tu perfil es seleccionado.",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "OCC <alertas@occ.com.mx>",
        "Vacantes que te pueden interesar: QA Tester",
        "alert",
        "QA Tester - Guadalajara, Jal. QA Automation - Zapopan, Jal. Analista de Pruebas - Remoto. Ver todas las "
        "vacantes.",
    ),
    (
        "SAT <notificaciones@sat.gob.mx>",
        "Acuse de recibo de tu declaración anual",
        "not applied",
        "Tu declaración anual del ejercicio 2024 fue recibida. Consulta el acuse en el portal del SAT.",
    ),
    (
        "Computrabajo <ofertas@computrabajo.com>",
        "Nuevas ofertas de empleo para ti",
        "alert",
        "Hay 18 nuevas ofertas de QA en Guadalajara que coinciden con tu perfil. Postúlate hoy.",
    ),
    (
        "Ricardo Méndez <rmendez@talentohunters.mx>",
        "Oportunidad QA Lead - empresa fintech",
        "outreach",
        "Hola Valeria, vi tu perfil en LinkedIn y tengo una vacante de QA Lead con un cliente fintech en Zapopan. "
        "¿Tendrías 15 minutos esta semana para una llamada?\n\nRicardo Méndez\nHeadhunter, Talento Hunters",
    ),
    (
        "Banorte <promociones@banorte.example>",
        "Tu tarjeta con 10% de bonificación",
        "shop",
        "Obtén 10% de bonificación en tus compras de regreso a clases. Aplican restricciones. Cancelar suscripción",
    ),
    (
        "Platzi <hola@platzi.com>",
        "Prepárate para tu próxima entrevista técnica",
        "newsletter",
        "Nuevo curso: cómo prepararte para una entrevista técnica de QA. Empieza gratis hoy. Cancelar suscripción",
    ),
    (
        "Mariana Ortiz <mariana.ortiz88@gmail.com>",
        "¿cómo te fue?",
        "personal",
        "¿Cómo te fue en la entrevista? Cuéntame todo el domingo en la comida. Besos",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Valeria, your application was viewed by Northwind Labs",
        "viewed",
        "Northwind Labs viewed your application for QA Automation Engineer (LATAM).",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (her own sent to ``to``), then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="-0600",
        clock="12:10:00",
        neg_start="2025-08-05",
        neg_step=4,
        neg_clock="06:50:00",
        tag="hundredtwo",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(Path(folder) / "outlook", msgs if msgs is not None else messages(), VALERIA)
