"""An eleventh mailbox, written as a held-out check after the tenth's fixes (issue #24).

Lucía searches from Madrid, mostly in Spanish, and exports Thunderbird as a plain mbox (no labels, threads by
``References``): InfoJobs, LinkedIn in Spanish, Spanish HR systems (Factorial, Talent Clue, Bizneo, Teamtailor),
Spanish phrasings of every step ("en esta ocasión", "seguir adelante con otras candidaturas", "concertar una
entrevista", "nos complace comunicarte"), a few international employers in English, and everyday Spanish mail.
Its score before any rule was changed for it is in the issue note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

import datetime
from pathlib import Path

LUCIA = "lucia.fernandez.mad@gmail.com"

# (company, event, day, sender, subject, body, parent index or None)
_POSITIVES = [
    # 0-2 Solara Energía (Factorial)
    (
        "Solara Energía",
        "applied",
        "2025-10-01",
        "Solara Energía <notifications@factorialhr.com>",
        "Hemos recibido tu candidatura - Analista de Datos",
        "Hola Lucía, gracias por tu interés en Solara Energía. Hemos recibido correctamente tu candidatura para la "
        "posición de Analista de Datos. Nuestro equipo la revisará en los próximos días.",
        None,
    ),
    (
        "Solara Energía",
        "interview",
        "2025-10-09",
        "Marta Ruiz <marta.ruiz@solaraenergia.es>",
        "Entrevista Analista de Datos - Solara Energía",
        "Hola Lucía, tu perfil nos ha parecido muy interesante y nos gustaría concertar una entrevista por "
        "videollamada con el responsable del equipo. ¿Qué disponibilidad tienes esta semana?",
        None,
    ),
    (
        "Solara Energía",
        "offer",
        "2025-10-27",
        "Marta Ruiz <marta.ruiz@solaraenergia.es>",
        "RE: Entrevista Analista de Datos - Solara Energía",
        "Hola Lucía, nos complace comunicarte que has sido seleccionada para el puesto de Analista de Datos. Te "
        "adjunto la propuesta económica y las condiciones. Quedamos a la espera de tu respuesta.",
        1,
    ),
    # 3-4 Grupo Almendro (InfoJobs)
    (
        "Grupo Almendro",
        "applied",
        "2025-10-02",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Data Analyst Junior",
        "Te has inscrito correctamente en la oferta Data Analyst Junior de Grupo Almendro. Puedes seguir el estado "
        "de tu candidatura desde tu área privada.",
        None,
    ),
    (
        "Grupo Almendro",
        "rejected",
        "2025-10-20",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura ha sido descartada",
        "Grupo Almendro ha descartado tu candidatura a la oferta Data Analyst Junior. Te animamos a seguir "
        "inscribiéndote en otras ofertas.",
        None,
    ),
    # 5-7 Tecnova (Talent Clue)
    (
        "Tecnova",
        "applied",
        "2025-10-03",
        "Tecnova <noreply@talentclue.com>",
        "Confirmación de inscripción - Tecnova",
        "Hola Lucía, te confirmamos que tu inscripción en el proceso de selección de Business Analyst en Tecnova se "
        "ha realizado con éxito.",
        None,
    ),
    (
        "Tecnova",
        "screen",
        "2025-10-10",
        "Pablo Ortega <pablo.ortega@tecnova.es>",
        "Proceso Business Analyst",
        "Hola Lucía, soy Pablo, del equipo de selección de Tecnova. Me gustaría tener una breve llamada contigo "
        "para conocerte mejor y contarte más sobre el puesto. ¿Te viene bien el jueves?",
        None,
    ),
    (
        "Tecnova",
        "rejected",
        "2025-10-24",
        "Pablo Ortega <pablo.ortega@tecnova.es>",
        "RE: Proceso Business Analyst",
        "Hola Lucía, muchas gracias por tu tiempo. Tras valorar todos los perfiles, en esta ocasión hemos decidido "
        "seguir adelante con otras candidaturas que encajan mejor con lo que buscamos. Te deseamos mucha suerte.",
        6,
    ),
    # 8-10 Mercado Libre-like: international employer in English
    (
        "Quetzal Payments",
        "applied",
        "2025-10-06",
        "Quetzal Payments <no-reply@greenhouse.io>",
        "Thank you for applying to Quetzal Payments",
        "Hi Lucía, Thanks for applying to Quetzal Payments! We have received your application for Data Analyst "
        "(Madrid) and will review it soon.",
        None,
    ),
    (
        "Quetzal Payments",
        "interview",
        "2025-10-15",
        "Quetzal Payments <no-reply@greenhouse.io>",
        "Interview Invitation: Quetzal Payments",
        "Hi Lucía, we'd like to invite you to a 45-minute interview with our Analytics Lead. Please select a time "
        "using the link below.",
        None,
    ),
    (
        "Quetzal Payments",
        "rejected",
        "2025-11-03",
        "Quetzal Payments <no-reply@greenhouse.io>",
        "Your application to Quetzal Payments",
        "Hi Lucía, thank you for interviewing with us. After careful consideration, we have decided to move "
        "forward with another candidate for this role.",
        None,
    ),
    # 11-12 Bizneo: Hospital
    (
        "Hospital San Rafael",
        "applied",
        "2025-10-07",
        "Hospital San Rafael <empleo@bizneohr.com>",
        "Candidatura recibida",
        "Estimada Lucía: Agradecemos tu interés en formar parte de Hospital San Rafael. Tu candidatura para Técnico "
        "de Datos Clínicos ha quedado registrada correctamente.",
        None,
    ),
    (
        "Hospital San Rafael",
        "rejected",
        "2025-11-12",
        "Hospital San Rafael <empleo@bizneohr.com>",
        "Resolución del proceso de selección",
        "Estimada Lucía: Te informamos de que el proceso de selección para Técnico de Datos Clínicos ha finalizado "
        "y lamentablemente tu candidatura no ha resultado seleccionada.",
        None,
    ),
    # 13-16 Nubia Cloud (Teamtailor): assessment, interview, final
    (
        "Nubia Cloud",
        "applied",
        "2025-10-08",
        "Nubia Cloud <no-reply@teamtailor.com>",
        "¡Gracias por tu candidatura!",
        "Hola Lucía, ¡gracias por postularte a Data Engineer en Nubia Cloud! Revisaremos tu perfil y te diremos "
        "algo pronto.",
        None,
    ),
    (
        "Nubia Cloud",
        "interview",
        "2025-10-16",
        "Nubia Cloud <no-reply@teamtailor.com>",
        "Prueba técnica - Data Engineer",
        "Hola Lucía, el siguiente paso del proceso es una prueba técnica. Tienes 5 días para completarla desde "
        "el enlace que encontrarás abajo.",
        None,
    ),
    (
        "Nubia Cloud",
        "interview",
        "2025-10-28",
        "Irene Castro <irene@nubiacloud.com>",
        "Siguiente fase - Data Engineer",
        "Hola Lucía, ¡enhorabuena por la prueba técnica! Nos gustaría que conocieras al equipo en una entrevista "
        "técnica de una hora. Te paso varios huecos.",
        None,
    ),
    (
        "Nubia Cloud",
        "onsite",
        "2025-11-07",
        "Irene Castro <irene@nubiacloud.com>",
        "RE: Siguiente fase - Data Engineer",
        "Hola Lucía, el equipo quedó muy contento. Te invitamos a la fase final en nuestras oficinas de Madrid, "
        "donde conocerás al CTO y a dos personas del equipo.",
        15,
    ),
    # 17-18 LinkedIn in Spanish
    (
        "Vértice Consultores",
        "applied",
        "2025-10-09",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, tu solicitud se ha enviado a Vértice Consultores",
        "Tu solicitud se ha enviado a Vértice Consultores. Consultor/a de Analítica - Vértice Consultores - "
        "Madrid (Híbrido)",
        None,
    ),
    (
        "Vértice Consultores",
        "screen",
        "2025-10-17",
        "Andrea Gil <agil@verticeconsultores.es>",
        "Tu candidatura en Vértice",
        "Hola Lucía, hemos visto tu solicitud en LinkedIn. ¿Podríamos hablar 15 minutos por teléfono mañana para "
        "conocer tus expectativas?",
        None,
    ),
    # 19-20 her own application and a reply
    (
        "Editorial Marea",
        "applied",
        "2025-10-13",
        f"Lucía Fernández <{LUCIA}>",
        "Candidatura - Analista de Audiencias",
        "Buenos días, les escribo para presentar mi candidatura al puesto de Analista de Audiencias publicado en "
        "su web. Adjunto mi currículum. Un saludo, Lucía Fernández",
        None,
    ),
    (
        "Editorial Marea",
        "rejected",
        "2025-10-30",
        "Recursos Humanos <rrhh@editorialmarea.es>",
        "RE: Candidatura - Analista de Audiencias",
        "Buenos días Lucía, gracias por tu interés. Lamentamos comunicarte que el puesto ya ha sido cubierto. "
        "Guardaremos tu currículum para futuras vacantes.",
        19,
    ),
    # 21-22 her thank-you and her follow-up
    (
        "Solara Energía",
        "thank_you",
        "2025-10-14",
        f"Lucía Fernández <{LUCIA}>",
        "Gracias por la entrevista",
        "Hola Marta, muchas gracias por la entrevista de ayer, me encantó conocer el "
        "proyecto. Quedo a vuestra disposición. Un saludo, Lucía",
        1,
    ),
    (
        "Hospital San Rafael",
        "follow_up",
        "2025-10-29",
        f"Lucía Fernández <{LUCIA}>",
        "Consulta sobre mi candidatura",
        "Buenos días, me gustaría saber en qué estado se encuentra mi candidatura "
        "para Técnico de Datos Clínicos. Muchas gracias, Lucía",
        None,
    ),
    # 23-24 a staffing consultancy placing her
    (
        "Randstad",
        "interview",
        "2025-10-21",
        "Sergio Molina <sergio.molina@randstad.es>",
        "Entrevista con cliente - Analista BI",
        "Hola Lucía, tal como hablamos, te confirmo la entrevista con nuestro cliente para la posición de Analista "
        "BI el martes a las 10:00 en sus oficinas.",
        None,
    ),
    (
        "Randstad",
        "rejected",
        "2025-11-05",
        "Sergio Molina <sergio.molina@randstad.es>",
        "RE: Entrevista con cliente - Analista BI",
        "Hola Lucía, el cliente me ha dado feedback: han optado por otra persona con más experiencia en el sector. "
        "Seguimos en contacto para otras oportunidades.",
        23,
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.net>",
        "12 nuevas ofertas de Analista de Datos",
        "job alert",
        "Tenemos 12 ofertas nuevas que encajan con tu búsqueda en Madrid. ¡Inscríbete ya!",
    ),
    (
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Empleos de analista de datos en Madrid",
        "job alert",
        "Tu alerta de empleo: Analista de datos en Madrid. Nubia Cloud está contratando. Solicitud sencilla.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Nuevos empleos: data analyst en Madrid",
        "job alert",
        "Hay 20 nuevos empleos de data analyst en Madrid. Postúlate fácilmente.",
    ),
    (
        "Tecnoempleo <alertas@tecnoempleo.com>",
        "Ofertas de empleo para ti",
        "job alert",
        "Estas son las ofertas de empleo para ti de esta semana.",
    ),
    (
        "Laura Vidal <laura.vidal@hays.es>",
        "Oportunidad Data Analyst - sector retail",
        "cold outreach",
        "Hola Lucía, he visto tu perfil en LinkedIn y creo que podrías encajar en una posición de Data Analyst "
        "para un cliente del sector retail. ¿Te interesaría que habláramos?",
    ),
    (
        "Headhunter <javier@talentsearch.es>",
        "¿Abierta a nuevos retos?",
        "cold outreach",
        "Hola Lucía, estoy buscando perfiles como el tuyo para una startup en crecimiento. ¿Tienes 10 minutos "
        "para una llamada?",
    ),
    (
        "BBVA <comunicaciones@bbva.com>",
        "Tu solicitud de hipoteca",
        "not a job application",
        "Hemos recibido tu solicitud de hipoteca. Un gestor se pondrá en contacto contigo.",
    ),
    (
        "Idealista <noreply@idealista.com>",
        "Tu solicitud de visita al piso de Lavapiés",
        "not a job application",
        "El anunciante ha recibido tu solicitud para visitar el piso. Te contestará pronto.",
    ),
    (
        "Cita Previa DGT <citaprevia@dgt.es>",
        "Confirmación de cita previa",
        "not about an application",
        "Su cita para la renovación del permiso de conducir está confirmada para el 14 de noviembre.",
    ),
    (
        "El Corte Inglés <ofertas@elcorteingles.es>",
        "Oferta exclusiva para ti",
        "shop",
        "Solo este fin de semana: oferta exclusiva del 20% en electrónica. Lamentablemente las unidades son "
        "limitadas. Darse de baja.",
    ),
    (
        "Xataka <newsletter@xataka.com>",
        "Cómo preparar una entrevista técnica",
        "newsletter",
        "Consejos para tu próxima entrevista técnica y las mejores ofertas tecnológicas. Darse de baja.",
    ),
    (
        "InfoJobs <noreply@infojobs.net>",
        "Una empresa ha visto tu currículum",
        "application viewed",
        "Grupo Almendro ha leído tu currículum en la oferta Data Analyst Junior.",
    ),
    (
        "Universidad Carlos III <postgrado@uc3m.es>",
        "Tu solicitud de admisión al máster",
        "not a job application",
        "Hemos recibido tu solicitud de admisión al Máster en Big Data. Lamentamos comunicarte que la resolución "
        "se retrasa hasta diciembre.",
    ),
    (
        "Mamá <carmen.fernandez@hotmail.es>",
        "Domingo",
        "not about an application",
        "Hija, ¿vienes el domingo a comer? Mucha suerte con las entrevistas. Besos",
    ),
    (
        "Meetup <info@meetup.com>",
        "PyData Madrid: charla de noviembre",
        "not about an application",
        "Apúntate a la charla sobre series temporales. RSVP en la web.",
    ),
    (
        "Glovo <no-reply@glovoapp.com>",
        "Tu pedido está en camino",
        "not about an application",
        "Tu pedido de la Pizzería Napoli está en camino. Llegará en 25 minutos.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (replies linked to their parents), then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=LUCIA,
        own_to={
            "Editorial Marea": "Recursos Humanos <rrhh@editorialmarea.es>",
            "Solara Energía": "Marta Ruiz <marta.ruiz@solaraenergia.es>",
            "Hospital San Rafael": "Hospital San Rafael <empleo@hospitalsanrafael.es>",
        },
        offset=lambda d: "+0200" if d < datetime.date(2025, 10, 26) else "+0100",
        clock="12:10:00",
        neg_start="2025-10-04",
        neg_step=3,
        neg_clock="09:00:00",
        tag="eleven",
        host="thunderbird.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one plain mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Lucia-INBOX.mbox", msgs if msgs is not None else messages())
