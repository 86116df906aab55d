"""A seventy-fifth mailbox, written as a held-out check after the seventy-fourth's fixes (issue #24).

Lucía, a backend developer in Málaga, saves her Outlook mail as .eml files.  Spanish from Spain, in "tú" and in
"usted": Workday and Personio in Spanish, InfoJobs and LinkedIn in Spanish, a consultora's "te he presentado a mi
cliente", a "prueba técnica", an "entrevista con el responsable del área", "nos complace ofrecerte", "hemos decidido
seguir adelante con otras candidaturas", "la vacante ha quedado desierta"; her thank-you note, her "renuncio al
proceso" and her acceptance.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUCIA = "lucia.moreno.dev@outlook.es"
_ME = f"Lucía Moreno <{LUCIA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Costa del Sol Tech (Personio; call; prueba técnica; responsable del área; offer she accepts)
    (
        "Costa del Sol Tech",
        "applied",
        "2025-10-06",
        "Costa del Sol Tech <noreply@personio.de>",
        "Hemos recibido tu candidatura",
        "Hola Lucía:\n\nGracias por tu candidatura para el puesto de Backend Developer (Python) en Costa del Sol Tech. "
        "La revisaremos y te diremos algo lo antes posible.\n\nUn saludo,\nEquipo de Talento",
        None,
    ),
    (
        "Costa del Sol Tech",
        "screen",
        "2025-10-09",
        "Irene Gálvez <irene.galvez@costadelsoltech.es>",
        "Backend Developer (Python) - Costa del Sol Tech",
        "Hola Lucía:\n\nSoy Irene, de Talento. Me ha gustado mucho tu perfil y me encantaría hablar contigo por "
        "teléfono unos 20 minutos para conocerte. ¿Te viene bien el lunes a las 10:00?\n\nUn saludo,\nIrene",
        None,
    ),
    (
        "Costa del Sol Tech",
        "interview",
        "2025-10-15",
        "Irene Gálvez <irene.galvez@costadelsoltech.es>",
        "Prueba técnica - Backend Developer",
        "Hola Lucía:\n\nComo siguiente paso te enviamos la prueba técnica: una pequeña API en Django. Tienes una "
        "semana para entregarla.\n\nUn saludo,\nIrene",
        None,
    ),
    (
        "Costa del Sol Tech",
        "onsite",
        "2025-10-24",
        "Irene Gálvez <irene.galvez@costadelsoltech.es>",
        "Entrevista con el responsable del área",
        "Hola Lucía:\n\nAl equipo le ha gustado mucho tu prueba. El último paso es una entrevista presencial con "
        "Javier Ruiz, responsable del área de Backend, el jueves 30 a las 12:00 en nuestra oficina del Málaga TechPark."
        "\n\nUn saludo,\nIrene",
        None,
    ),
    (
        "Costa del Sol Tech",
        "thank_you",
        "2025-10-30",
        _ME,
        "RE: Entrevista con el responsable del área",
        "Hola Irene:\n\nMuchas gracias por la entrevista de hoy; me ha encantado conocer a Javier y al equipo.\n\nUn "
        "saludo,\nLucía",
        "Irene Gálvez <irene.galvez@costadelsoltech.es>",
    ),
    (
        "Costa del Sol Tech",
        "offer",
        "2025-11-04",
        "Irene Gálvez <irene.galvez@costadelsoltech.es>",
        "Propuesta - Backend Developer (Python)",
        "Hola Lucía:\n\nNos complace ofrecerte el puesto de Backend Developer (Python): contrato indefinido, 42.000 € "
        "brutos anuales y teletrabajo dos días por semana. Te adjunto la propuesta detallada.\n\nUn saludo,\nIrene",
        None,
    ),
    (
        "Costa del Sol Tech",
        "accepted",
        "2025-11-06",
        _ME,
        "RE: Propuesta - Backend Developer (Python)",
        "Hola Irene:\n\n¡Muchísimas gracias! Acepto la propuesta con mucha ilusión. Quedo pendiente de los siguientes "
        "pasos.\n\nUn saludo,\nLucía",
        "Irene Gálvez <irene.galvez@costadelsoltech.es>",
    ),
    # Banco Andaluz (Workday in Spanish; a refusal)
    (
        "Banco Andaluz",
        "applied",
        "2025-10-07",
        "Banco Andaluz <bancoandaluz@myworkday.com>",
        "Confirmación de tu solicitud",
        "Hola Lucía:\n\nGracias por presentar tu solicitud para el puesto Desarrollador/a Java Senior en Banco "
        "Andaluz. Nuestro equipo de selección la revisará.\n\nBanco Andaluz - Selección",
        None,
    ),
    (
        "Banco Andaluz",
        "rejected",
        "2025-10-28",
        "Banco Andaluz <bancoandaluz@myworkday.com>",
        "Actualización de tu solicitud",
        "Hola Lucía:\n\nQueremos agradecerte el interés mostrado. Tras valorar todas las candidaturas, hemos decidido "
        "seguir adelante con otras candidaturas cuyo perfil se ajusta más a las necesidades del puesto.\n\nBanco "
        "Andaluz - Selección",
        None,
    ),
    # Axarquía Software (a consultora presents her; an interview; she withdraws)
    (
        "Axarquía Software",
        "applied",
        "2025-10-08",
        "Pablo Herrera <pablo.herrera@talentia-seleccion.es>",
        "Tu candidatura - Desarrollador/a Backend",
        "Hola Lucía:\n\nGracias por la llamada de esta mañana. Te he presentado a mi cliente, Axarquía Software, para "
        "la posición de Desarrollador/a Backend. Te cuento en cuanto tenga respuesta.\n\nUn saludo,\nPablo Herrera\n"
        "Talentia Selección",
        None,
    ),
    (
        "Axarquía Software",
        "interview",
        "2025-10-16",
        "Pablo Herrera <pablo.herrera@talentia-seleccion.es>",
        "RE: Tu candidatura - Desarrollador/a Backend",
        "Hola Lucía:\n\n¡Buenas noticias! Axarquía Software quiere entrevistarte. Su CTO tiene hueco el martes 21 a "
        "las 17:00 por Google Meet. ¿Te encaja?\n\nUn saludo,\nPablo",
        None,
    ),
    (
        "Axarquía Software",
        "withdrew",
        "2025-11-06",
        _ME,
        "RE: Tu candidatura - Desarrollador/a Backend",
        "Hola Pablo:\n\nMuchas gracias por todo. He aceptado otra oferta, así que renuncio al proceso con Axarquía "
        "Software.\n\nUn saludo,\nLucía",
        "Pablo Herrera <pablo.herrera@talentia-seleccion.es>",
    ),
    # Málaga Logística (InfoJobs; a vacancy left unfilled)
    (
        "Málaga Logística",
        "applied",
        "2025-10-10",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en una oferta",
        "Hola Lucía,\n\nTe has inscrito correctamente en la oferta Desarrollador/a Full Stack de Málaga Logística."
        "\n\nInfoJobs",
        None,
    ),
    (
        "Málaga Logística",
        "rejected",
        "2025-11-03",
        "Málaga Logística RRHH <rrhh@malagalogistica.es>",
        "Oferta Desarrollador/a Full Stack",
        "Estimada Lucía:\n\nLe informamos de que la vacante de Desarrollador/a Full Stack ha quedado desierta y el "
        "proceso de selección se ha cerrado. Le agradecemos su interés.\n\nAtentamente,\nRecursos Humanos",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas de Backend Developer en Málaga",
        "alert",
        "Backend Developer - Costa del Sol Tech - Málaga\nJava Senior - Banco Andaluz\nVer ofertas",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, tu solicitud ha sido vista por Banco Andaluz",
        "viewed",
        "Tu solicitud para Desarrollador/a Java Senior ha sido vista por Banco Andaluz.",
    ),
    (
        "Marta Vidal <marta.vidal@headhuntersur.es>",
        "Oportunidad: Tech Lead en Sevilla",
        "outreach",
        "Hola Lucía, he visto tu perfil en LinkedIn y tengo una posición de Tech Lead en una scale-up de Sevilla. "
        "¿Hablamos esta semana?",
    ),
    (
        "Costa del Sol Tech <noreply@personio.de>",
        "Tu opinión sobre nuestro proceso de selección",
        "survey",
        "Hola Lucía:\n\n¿Nos cuentas cómo ha sido tu experiencia? La encuesta dura dos minutos.\n\nEquipo de Talento",
    ),
    (
        "Málaga Tech Meetup <hola@malagatech.es>",
        "Meetup de noviembre: Python y datos",
        "newsletter",
        "Charlas, networking y pizza. Darse de baja",
    ),
    (
        "Papá <antonio.moreno59@gmail.com>",
        "Domingo",
        "personal",
        "Hija, ¿vienes el domingo a comer? Ya me contarás lo de la entrevista.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (Outlook .eml: no labels, no Delivered-To)."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="+0100",
        clock="12:45:00",
        neg_start="2025-10-11",
        neg_step=6,
        neg_clock="08:30:00",
        tag="seventyfive",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files into ``folder/Inbox`` and ``folder/Sent Items``; return ``folder``."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), LUCIA)
