"""A six-hundred-and-thirty-eighth mailbox, written as a held-out check after the six-hundred-and-thirty-seventh
(issue #24).

Javier Romero, a logistics coordinator in Madrid, saves his Outlook mail as .eml files. He applies through InfoJobs,
Personio, Teamtailor and a company's own careers site, in Spanish: InfoJobs' "Tu candidatura a Coordinador de
Logística en Mercadona ha sido enviada", Glovo's Personio "Gracias por tu candidatura", Wallapop's Teamtailor
"Hemos recibido tu candidatura", Inditex's "Confirmación de inscripción", InfoJobs' "Tu candidatura sigue en
proceso" (an update he keeps), Glovo's recruiter "nos gustaría conocerte en una entrevista por videollamada",
Wallapop's "lamentamos comunicarte que hemos decidido continuar con otros perfiles", Mercadona's "te convocamos a una
entrevista presencial" in its Valencia offices, his thanks after it, Mercadona's "nos complace ofrecerte el puesto",
his "acepto la oferta", and Inditex's "tu perfil no se ajusta". Negatives: InfoJobs' alert, a LinkedIn newsletter,
a headhunter's cold mail, Wallapop's own app mail, his gym and his brother. ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JAV = "javier.romero.log@hotmail.example"
ME = f"Javier Romero <{JAV}>"
INFOJOBS = "InfoJobs <noreply@infojobs.example>"
GLOVO = "Glovo Talent <noreply@glovo.jobs.personio.example>"
WALLA = "Wallapop <no-reply@wallapop.teamtailor-mail.example>"
INDITEX = "Inditex Empleo <noreply@inditexcareers.example>"
GLOVOR = "Marta Gil <marta.gil@glovoapp.example>"
MERCA = "Selección Mercadona <seleccion@mercadona.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Mercadona",
        "applied",
        "2025-03-03",
        INFOJOBS,
        "Tu candidatura a Coordinador de Logística en Mercadona ha sido enviada",
        "Hola Javier,\n\nTu candidatura a la oferta Coordinador de Logística de Mercadona se ha enviado correctamente. "
        "Te avisaremos cuando la empresa la lea.\n\nEl equipo de InfoJobs",
        None,
    ),
    (
        "Glovo",
        "applied",
        "2025-03-04",
        GLOVO,
        "Gracias por tu candidatura",
        "Hola Javier,\n\nGracias por tu candidatura para el puesto de Operations Coordinator en Glovo. Nuestro equipo "
        "revisará tu perfil y te contactaremos si encaja con lo que buscamos.\n\nUn saludo,\nGlovo Talent",
        None,
    ),
    (
        "Wallapop",
        "applied",
        "2025-03-05",
        WALLA,
        "Hemos recibido tu candidatura",
        "Hola Javier,\n\n¡Gracias por tu interés en Wallapop! Hemos recibido tu candidatura para Logistics Specialist "
        "y la estamos revisando.\n\nEquipo de Talento de Wallapop",
        None,
    ),
    (
        "Inditex",
        "applied",
        "2025-03-06",
        INDITEX,
        "Confirmación de inscripción",
        "Hola Javier,\n\nTe confirmamos que te has inscrito correctamente en la oferta Técnico de Logística - Arteixo. "
        "Gracias por tu interés en formar parte de Inditex.\n\nInditex Empleo",
        None,
    ),
    (
        "Glovo",
        "interview",
        "2025-03-11",
        GLOVOR,
        "Entrevista - Operations Coordinator",
        "Hola Javier,\n\nHemos revisado tu candidatura y nos gustaría conocerte en una entrevista por videollamada. "
        "¿Te vendría bien el jueves a las 11:00?\n\nUn saludo,\nMarta Gil\nTalent Acquisition | Glovo",
        None,
    ),
    (
        "Wallapop",
        "rejected",
        "2025-03-12",
        WALLA,
        "Tu candidatura en Wallapop",
        "Hola Javier,\n\nGracias por el tiempo dedicado al proceso. Tras revisar tu perfil, lamentamos comunicarte que "
        "hemos decidido continuar con otros perfiles que se ajustan más a lo que buscamos.\n\nEquipo de Talento de "
        "Wallapop",
        None,
    ),
    (
        "Mercadona",
        "interview",
        "2025-03-14",
        MERCA,
        "Proceso de selección Coordinador de Logística",
        "Hola Javier,\n\nTras revisar tu candidatura, te convocamos a una entrevista presencial el día 20 de marzo a "
        "las 10:00 en nuestras oficinas de Valencia.\n\nUn saludo,\nSelección Mercadona",
        None,
    ),
    (
        "Mercadona",
        "thank_you",
        "2025-03-20",
        ME,
        "Gracias por la entrevista",
        "Hola,\n\nMuchas gracias por la entrevista de hoy. Me ha encantado conocer el equipo y el proyecto.\n\nUn "
        "saludo,\nJavier",
        MERCA,
    ),
    (
        "Glovo",
        "rejected",
        "2025-03-21",
        GLOVOR,
        "RE: Entrevista - Operations Coordinator",
        "Hola Javier,\n\nGracias de nuevo por la entrevista. Finalmente hemos decidido avanzar con otra persona para "
        "el puesto. Te deseamos mucha suerte.\n\nMarta",
        None,
    ),
    (
        "Mercadona",
        "offer",
        "2025-03-27",
        MERCA,
        "Oferta - Coordinador de Logística",
        "Hola Javier,\n\nNos complace ofrecerte el puesto de Coordinador de Logística. Adjuntamos las condiciones de "
        "la oferta.\n\nUn saludo,\nSelección Mercadona",
        None,
    ),
    (
        "Mercadona",
        "accepted",
        "2025-03-28",
        ME,
        "RE: Oferta - Coordinador de Logística",
        "Hola,\n\nMuchas gracias. Acepto la oferta y quedo a la espera de los siguientes pasos.\n\nJavier",
        MERCA,
    ),
    (
        "Inditex",
        "rejected",
        "2025-04-02",
        INDITEX,
        "Actualización de tu candidatura",
        "Hola Javier,\n\nGracias por participar en nuestro proceso. En esta ocasión tu perfil no se ajusta a los "
        "requisitos de la posición.\n\nInditex Empleo",
        None,
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.example>",
        "12 nuevas ofertas de Logística en Madrid",
        "alert",
        "Nuevas ofertas que encajan con tu búsqueda. Inscríbete ya. Gestiona tus alertas.",
    ),
    (
        "LinkedIn <newsletters-noreply@linkedin.example>",
        "Supply Chain Semanal",
        "newsletter",
        "Las noticias de la semana en logística. Darse de baja.",
    ),
    (
        "Carlos Vidal <carlos.vidal@hays.example>",
        "Oportunidad: Jefe de Almacén",
        "outreach",
        "Hola Javier, he visto tu perfil y tengo una posición de Jefe de Almacén para un cliente en Getafe. ¿Te "
        "interesaría hablar?",
    ),
    (
        "Wallapop <hola@wallapop.example>",
        "Tu producto tiene 3 favoritos",
        "other",
        "A 3 personas les gusta tu bici. Darse de baja.",
    ),
    (
        "Basic-Fit <info@basic-fit.example>",
        "Tu cuota de marzo",
        "other",
        "Tu recibo de marzo está disponible.",
    ),
    (
        "Pablo Romero <pablo.romero@gmail.example>",
        "Partido del sábado",
        "personal",
        "¿Vienes al partido el sábado?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="10:05:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="21:30:00",
        tag="sixhundredthirtyeight",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), JAV)
