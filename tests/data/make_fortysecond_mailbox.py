"""A forty-second mailbox, written as a held-out check after the forty-first's fixes (issue #24).

Lucas, a Madrid-based project manager, applies in Spain and Mexico and exports Gmail with Takeout, all in Spanish:
InfoJobs, LinkedIn in Spanish, Workday and SuccessFactors in Spanish, Teamtailor, Factorial, OCC Mundial; Spanish
from Spain ("os escribo", "quedamos a la espera", "proceso de selección", "incorporación") and from Mexico
("platicar", "te compartimos", "vacante").  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUCAS = "lucas.navarro.pm@gmail.com"
_ME = f"Lucas Navarro <{LUCAS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Olivar Energía (InfoJobs, then its team; interviews, an offer he accepts)
    (
        "Olivar Energía",
        "applied",
        "2025-09-01",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Project Manager",
        "Hola Lucas,\n\nTe has inscrito correctamente en la oferta Project Manager de Olivar Energía en Madrid. La "
        "empresa revisará tu candidatura.\n\nEquipo InfoJobs",
        "oe1",
    ),
    (
        "Olivar Energía",
        "interview",
        "2025-09-09",
        "Marta Ruiz <marta.ruiz@olivarenergia.es>",
        "Entrevista - Project Manager",
        "Hola Lucas,\n\nNos ha encantado tu perfil y nos gustaría conocerte en una entrevista con el responsable del "
        "área de proyectos el jueves 11 a las 10:00 en nuestras oficinas de Castellana.\n\nUn saludo,\nMarta Ruiz",
        "oe2",
    ),
    (
        "Olivar Energía",
        "offer",
        "2025-09-24",
        "Marta Ruiz <marta.ruiz@olivarenergia.es>",
        "Propuesta de incorporación",
        "Hola Lucas,\n\nTras las entrevistas, nos complace hacerte una propuesta de incorporación como Project Manager: "
        "52.000 € brutos anuales más variable. Te adjuntamos la carta con las condiciones.\n\nUn saludo,\nMarta",
        "oe3",
    ),
    (
        "Olivar Energía",
        "accepted",
        "2025-09-26",
        _ME,
        "RE: Propuesta de incorporación",
        "Hola Marta,\n\nMuchas gracias por la propuesta. Me alegra confirmaros que la acepto; os envío la carta firmada."
        "\n\nUn saludo,\nLucas",
        "oe3",
    ),
    # Grupo Tláloc (OCC Mundial, Mexico; a call; not selected)
    (
        "Grupo Tláloc",
        "applied",
        "2025-09-02",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Tu postulación fue enviada",
        "Hola Lucas,\n\nTu postulación a la vacante Gerente de Proyectos PMO en Grupo Tláloc fue enviada con éxito.\n\n"
        "OCC Mundial",
        "gt1",
    ),
    (
        "Grupo Tláloc",
        "screen",
        "2025-09-08",
        "Fernanda López <fernanda.lopez@grupotlaloc.mx>",
        "Vacante Gerente de Proyectos",
        "Hola Lucas, ¿cómo estás?\n\nTe escribo de Reclutamiento de Grupo Tláloc. Me gustaría platicar contigo 20 "
        "minutos por teléfono sobre la vacante. ¿Tienes chance mañana a las 9:00 (hora de CDMX)?\n\nSaludos,\n"
        "Fernanda",
        "gt2",
    ),
    (
        "Grupo Tláloc",
        "rejected",
        "2025-09-19",
        "Fernanda López <fernanda.lopez@grupotlaloc.mx>",
        "RE: Vacante Gerente de Proyectos",
        "Hola Lucas,\n\nGracias por tu tiempo en la llamada. Te comparto que el área decidió avanzar con un candidato "
        "con residencia en México, por lo que no seguiremos con tu proceso.\n\nSaludos,\nFernanda",
        "gt2",
    ),
    # Brisa Telecom (Workday in Spanish; an assessment; a refusal)
    (
        "Brisa Telecom",
        "applied",
        "2025-09-03",
        "Brisa Telecom <brisatelecom@myworkday.com>",
        "Hemos recibido tu candidatura",
        "Hola Lucas,\n\nGracias por tu interés en Brisa Telecom. Hemos recibido tu candidatura para el puesto de "
        "Program Manager (R-20451).\n\nEquipo de Talento",
        "bt1",
    ),
    (
        "Brisa Telecom",
        "interview",
        "2025-09-11",
        "Brisa Telecom <brisatelecom@myworkday.com>",
        "Siguiente paso: cuestionario online",
        "Hola Lucas,\n\nComo siguiente paso del proceso de selección, te invitamos a completar un cuestionario online "
        "de competencias (unos 25 minutos) antes del viernes.\n\nEquipo de Talento",
        "bt2",
    ),
    (
        "Brisa Telecom",
        "rejected",
        "2025-09-25",
        "Brisa Telecom <brisatelecom@myworkday.com>",
        "Actualización sobre tu candidatura",
        "Hola Lucas,\n\nTe agradecemos el tiempo dedicado. Tras valorar todas las candidaturas, hemos decidido seguir "
        "adelante con otros perfiles que encajan mejor con el puesto.\n\nEquipo de Talento",
        "bt3",
    ),
    # Serrano Arquitectura (Factorial; his follow-up; he withdraws)
    (
        "Serrano Arquitectura",
        "applied",
        "2025-09-04",
        "Serrano Arquitectura <no-reply@factorialhr.com>",
        "Candidatura recibida",
        "Hola Lucas,\n\nHemos recibido tu candidatura para Jefe de Proyecto. Os escribiremos en cuanto tengamos "
        "novedades.\n\nSerrano Arquitectura",
        "sa1",
    ),
    (
        "Serrano Arquitectura",
        "follow_up",
        "2025-09-18",
        _ME,
        "Candidatura Jefe de Proyecto",
        "Hola,\n\nOs escribo para preguntar si hay alguna novedad sobre mi candidatura a Jefe de Proyecto. Sigo muy "
        "interesado en la posición.\n\nUn saludo,\nLucas Navarro",
        "sa2",
    ),
    (
        "Serrano Arquitectura",
        "withdrew",
        "2025-09-29",
        _ME,
        "RE: Candidatura Jefe de Proyecto",
        "Hola,\n\nOs escribo para comunicaros que he aceptado otra oferta, por lo que retiro mi candidatura. Muchas "
        "gracias por vuestro tiempo.\n\nUn saludo,\nLucas",
        "sa2",
    ),
    # Atlántica Seguros (Teamtailor in Spanish; an interview; silence)
    (
        "Atlántica Seguros",
        "applied",
        "2025-09-05",
        "Atlántica Seguros <noreply@teamtailor.com>",
        "¡Gracias por tu candidatura!",
        "Hola Lucas,\n\n¡Gracias por enviarnos tu candidatura para Delivery Manager! La revisaremos con cariño y te "
        "diremos algo pronto.\n\nEl equipo de Atlántica Seguros",
        "as1",
    ),
    (
        "Atlántica Seguros",
        "interview",
        "2025-09-15",
        "Pablo Ortega <pablo.ortega@atlanticaseguros.es>",
        "Videollamada - Delivery Manager",
        "Hola Lucas,\n\n¿Te vendría bien una videollamada de 45 minutos con el equipo de Delivery el martes a las "
        "16:00? Te enviaré la invitación de Teams.\n\nUn saludo,\nPablo",
        "as2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas de Project Manager en Madrid",
        "job alert",
        "18 ofertas nuevas para tu búsqueda. Ver ofertas. Darte de baja",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucas, nuevos empleos para ti",
        "job alert",
        "Project Manager en Olivar Energía y 12 más. Ver empleos. Cancelar suscripción",
    ),
    (
        "Raquel Sanz <raquel.sanz@headhunters-example.es>",
        "Oportunidad: PMO Director",
        "cold outreach",
        "Hola Lucas, he visto tu perfil y me gustaría presentarte una oportunidad como PMO Director en una empresa "
        "líder del sector. ¿Te interesaría hablar?",
    ),
    (
        "Agencia Tributaria <noreply@agenciatributaria.gob.es>",
        "Su solicitud ha sido registrada",
        "not a job application",
        "Su solicitud de certificado tributario ha sido registrada.",
    ),
    ("Renfe <venta@renfe.es>", "Tu billete", "not about an application", "Tu billete Madrid - Valencia del 12/09."),
    (
        "Blog PMI Madrid <boletin@pmimadrid.example>",
        "Boletín de septiembre",
        "newsletter",
        "Eventos, formación y consejos para tus entrevistas. Darse de baja",
    ),
    (
        "Papá <jose.navarro@telefonica.net>",
        "suerte!",
        "not about an application",
        "Mucha suerte mañana en la entrevista, campeón.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=LUCAS,
        own_to={
            "Olivar Energía": "Marta Ruiz <marta.ruiz@olivarenergia.es>",
            "Serrano Arquitectura": "Serrano Arquitectura <talento@serranoarquitectura.es>",
        },
        offset="+0200",
        clock="10:05:00",
        neg_start="2025-09-02",
        neg_step=4,
        neg_clock="07:50:00",
        tag="fortytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
