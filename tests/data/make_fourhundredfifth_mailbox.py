"""A four-hundred-and-fifth mailbox, written as a held-out check after the four-hundred-and-fourth (issue #24).

Lucía, a financial controller in Valencia, keeps her search in Outlook and saves it as .eml files (no labels, her own
mail in "Sent Items").  Spanish employers and job sites in their own words: InfoJobs' "Te has inscrito en la oferta"
and "Nuevo estado de tu candidatura: Finalista", a Workday tenant in Spanish, a Personio receipt, Teamtailor's
"¡Gracias por tu interés!", a family business's manager writing himself; "nos gustaría conocerte mejor", "una
videollamada con el responsable del área", "una prueba técnica en Excel", "la última entrevista con la dirección",
"nos complace ofrecerte", refusals ("hemos seguido adelante con otros perfiles", "la posición ha quedado cubierta",
"hemos decidido no avanzar con tu candidatura") and her "acepto encantada".  Negatives: an InfoJobs alert and its
"Tu CV ha sido leído", LinkedIn's digest, a headhunter's unnamed approach, a bank, her sister.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUCIA = "lucia.ferrer.cg@outlook.example"
ME = f"Lucía Ferrer <{LUCIA}>"
PACO = "Francisco Llorens <paco@llorenscitricos.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Grupo Turia",
        "applied",
        "2025-05-05",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Controller Financiero",
        "Hola Lucía,\n\nTe has inscrito correctamente en la oferta Controller Financiero de Grupo Turia (Valencia). "
        "Te avisaremos cuando la empresa actualice el estado de tu candidatura.\n\nEl equipo de InfoJobs",
        None,
    ),
    (
        "Mediterránea de Envases",
        "applied",
        "2025-05-06",
        "Mediterránea de Envases <mediterraneaenvases@myworkday.com>",
        "Hemos recibido tu candidatura",
        "Hola Lucía:\n\nGracias por tu interés en Mediterránea de Envases. Hemos recibido tu candidatura para el puesto "
        "de Responsable de Control de Gestión (R-3318) y la estamos revisando.\n\nEquipo de Talento",
        None,
    ),
    (
        "Nubia Software",
        "applied",
        "2025-05-06",
        "Nubia Software <jobs@nubia.teamtailor-mail.com>",
        "¡Gracias por tu interés en Nubia!",
        "¡Hola Lucía!\n\nGracias por aplicar a FP&A Lead en Nubia Software. Revisaremos tu perfil y te escribiremos en "
        "los próximos días, sea cual sea la respuesta.\n\nUn abrazo,\nPeople @ Nubia",
        None,
    ),
    (
        "Llorens Cítricos",
        "applied",
        "2025-05-07",
        ME,
        "Candidatura - Responsable de Administración",
        "Buenos días Francisco:\n\nTe escribo por la oferta de Responsable de Administración que publicasteis en "
        "vuestra web. Te adjunto mi currículum; me encantaría formar parte del equipo.\n\nUn saludo,\nLucía Ferrer",
        PACO,
    ),
    (
        "Hoteles Albufera",
        "applied",
        "2025-05-08",
        "Hoteles Albufera <rrhh@hotelesalbufera.jobs.personio.es>",
        "Confirmación de tu candidatura",
        "Hola Lucía Ferrer,\n\nhemos recibido correctamente tu candidatura para Controller de Hoteles. Nuestro equipo de "
        "Recursos Humanos la revisará y se pondrá en contacto contigo.\n\nHoteles Albufera",
        None,
    ),
    (
        "Llorens Cítricos",
        "interview",
        "2025-05-09",
        PACO,
        "RE: Candidatura - Responsable de Administración",
        "Hola Lucía,\n\nGracias por escribirnos. Nos gustaría conocerte mejor: ¿podrías pasarte por el almacén de "
        "Alzira el martes 13 a las 17:00? Estaremos mi hermana Pilar y yo.\n\nPaco Llorens\nGerente",
        None,
    ),
    (
        "Nubia Software",
        "interview",
        "2025-05-12",
        "Marta Soler <marta.soler@nubia.example>",
        "Siguiente paso - FP&A Lead",
        "Hola Lucía,\n\nTu perfil nos ha encantado. El siguiente paso sería una videollamada de 45 minutos con el "
        "responsable del área, Jordi Puig (CFO). ¿Te va bien el jueves a las 11:00?\n\nMarta Soler\nTalent Partner",
        None,
    ),
    (
        "Hoteles Albufera",
        "rejected",
        "2025-05-14",
        "Hoteles Albufera <rrhh@hotelesalbufera.jobs.personio.es>",
        "Tu candidatura en Hoteles Albufera",
        "Hola Lucía Ferrer,\n\nmuchas gracias por tu interés. Te informamos de que la posición ha quedado cubierta. "
        "Guardaremos tus datos para futuros procesos.\n\nHoteles Albufera",
        None,
    ),
    (
        "Grupo Turia",
        "onsite",
        "2025-05-15",
        "InfoJobs <noreply@infojobs.net>",
        "Nuevo estado de tu candidatura: Finalista",
        "Hola Lucía,\n\nGrupo Turia ha cambiado el estado de tu candidatura a la oferta Controller Financiero.\n\nNuevo "
        "estado: Finalista\n\nEl equipo de InfoJobs",
        None,
    ),
    (
        "Nubia Software",
        "interview",
        "2025-05-19",
        "Marta Soler <marta.soler@nubia.example>",
        "RE: Siguiente paso - FP&A Lead",
        "Hola Lucía,\n\nA Jordi le encantó la conversación. Antes de la última fase te enviamos una prueba técnica en "
        "Excel (un modelo de forecast); tienes 48 horas para devolverla.\n\nMarta",
        None,
    ),
    (
        "Mediterránea de Envases",
        "rejected",
        "2025-05-20",
        "Mediterránea de Envases <mediterraneaenvases@myworkday.com>",
        "Actualización sobre tu candidatura",
        "Hola Lucía:\n\nGracias por el tiempo dedicado al proceso. Tras revisar tu perfil, hemos decidido no avanzar con "
        "tu candidatura para el puesto de Responsable de Control de Gestión.\n\nEquipo de Talento",
        None,
    ),
    (
        "Nubia Software",
        "onsite",
        "2025-05-23",
        "Marta Soler <marta.soler@nubia.example>",
        "RE: Siguiente paso - FP&A Lead",
        "Hola Lucía,\n\n¡Muy buen trabajo con la prueba! Te proponemos la última entrevista con la dirección (CEO y "
        "CFO) el miércoles 28 en nuestra oficina de Ruzafa.\n\nMarta",
        None,
    ),
    (
        "Llorens Cítricos",
        "offer",
        "2025-05-23",
        PACO,
        "Propuesta",
        "Hola Lucía,\n\nPilar y yo lo tenemos claro: nos complace ofrecerte el puesto de Responsable de Administración, "
        "con un salario de 42.000 euros brutos anuales y entrada el 2 de junio. Dinos algo cuando puedas.\n\nPaco",
        None,
    ),
    (
        "Llorens Cítricos",
        "accepted",
        "2025-05-26",
        ME,
        "RE: Propuesta",
        "Hola Paco,\n\n¡Muchísimas gracias a los dos! Acepto encantada. Nos vemos el 2 de junio.\n\nLucía",
        PACO,
    ),
    (
        "Grupo Turia",
        "rejected",
        "2025-05-27",
        "InfoJobs <noreply@infojobs.net>",
        "Nuevo estado de tu candidatura: Descartado",
        "Hola Lucía,\n\nGrupo Turia ha cambiado el estado de tu candidatura a la oferta Controller Financiero.\n\nNuevo "
        "estado: Descartado\n\nÁnimo, sigue buscando en InfoJobs.",
        None,
    ),
    (
        "Nubia Software",
        "withdrew",
        "2025-05-27",
        ME,
        "RE: Siguiente paso - FP&A Lead",
        "Hola Marta,\n\nMuchas gracias por todo. He aceptado otra oferta, así que prefiero retirarme del proceso y no "
        "ocupar el hueco del miércoles.\n\nUn saludo,\nLucía",
        "Marta Soler <marta.soler@nubia.example>",
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.net>",
        "5 nuevas ofertas de Controller en Valencia",
        "alert",
        "Controller Financiero - Paterna. Analista FP&A - Valencia. Ver todas.",
    ),
    (
        "InfoJobs <noreply@infojobs.net>",
        "Tu CV ha sido leído",
        "viewed",
        "Una empresa ha leído tu CV para la oferta Controller Financiero.",
    ),
    (
        "LinkedIn <messages-noreply@linkedin.com>",
        "Lucía, tienes 3 notificaciones nuevas",
        "notification",
        "Mira quién ha visto tu perfil y quién ha comentado tu publicación.",
    ),
    (
        "Elena Ruiz <eruiz@ruiz-executive.example>",
        "Oportunidad - Director Financiero",
        "outreach",
        "Hola Lucía,\n\nEstoy buscando un Director Financiero para una empresa industrial de Castellón. ¿Te apetecería "
        "que habláramos?\n\nElena Ruiz",
    ),
    (
        "CaixaBank <avisos@caixabank.example>",
        "Tu extracto de mayo",
        "other",
        "Ya tienes disponible tu extracto mensual.",
    ),
    (
        "Carmen Ferrer <carmenferrer@gmail.example>",
        "Paella domingo",
        "personal",
        "¿Vienes el domingo a casa de los papás?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0200",
        clock="12:35:00",
        neg_start="2025-05-04",
        neg_step=4,
        neg_clock="21:10:00",
        tag="fourhundredfive",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), LUCIA)
