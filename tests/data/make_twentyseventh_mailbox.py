"""A twenty-seventh mailbox, written as a held-out check after the twenty-sixth's fixes (issue #24).

Jordi, a data scientist in Barcelona, exports Gmail with Takeout, in Spanish from Spain: InfoJobs, Factorial,
Teamtailor, Welcome to the Jungle and LinkedIn in Spanish, a consultora's recruiter, a start-up's founder ("nos
gustaría conocerte", "te hacemos llegar nuestra propuesta", "desisto del proceso"), and everyday mail.  Its score
before any rule was changed for it is in the issue note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JORDI = "jordi.puig.ds@gmail.com"
_ME = f"Jordi Puig <{JORDI}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Mediterrània Foods (Factorial)
    (
        "Mediterrània Foods",
        "applied",
        "2025-06-02",
        "Mediterrània Foods <notificaciones@factorialhr.com>",
        "Hemos recibido tu candidatura",
        "Hola Jordi,\n\n¡Gracias por tu interés! Hemos recibido tu candidatura para la posición de Data Scientist. La "
        "revisaremos y te diremos algo pronto.\n\nEquipo de Personas",
        "mf1",
    ),
    (
        "Mediterrània Foods",
        "interview",
        "2025-06-10",
        "Marta Vidal <marta.vidal@mediterraniafoods.es>",
        "Data Scientist - Mediterrània Foods",
        "Hola Jordi,\n\nNos ha gustado mucho tu perfil y nos gustaría conocerte. ¿Te vendría bien una entrevista con "
        "el equipo de datos el jueves por la mañana?\n\nUn saludo,\nMarta",
        "mf2",
    ),
    (
        "Mediterrània Foods",
        "offer",
        "2025-06-24",
        "Marta Vidal <marta.vidal@mediterraniafoods.es>",
        "Propuesta - Data Scientist",
        "Hola Jordi,\n\n¡Enhorabuena! Te hacemos llegar nuestra propuesta para incorporarte como Data Scientist: 48.000 "
        "€ brutos anuales, contrato indefinido e incorporación en septiembre.\n\nUn abrazo,\nMarta",
        "mf3",
    ),
    (
        "Mediterrània Foods",
        "accepted",
        "2025-06-26",
        _ME,
        "RE: Propuesta - Data Scientist",
        "Hola Marta,\n\n¡Muchas gracias! Acepto encantado la propuesta. Quedo a la espera del contrato.\n\nUn abrazo,\n"
        "Jordi",
        "mf3",
    ),
    # Cobalt Insurtech (InfoJobs)
    (
        "Cobalt Insurtech",
        "applied",
        "2025-06-03",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Data Scientist Sr.",
        "Hola Jordi, te has inscrito correctamente en la oferta Data Scientist Sr. de Cobalt Insurtech. ¡Mucha suerte!",
        "ci1",
    ),
    (
        "Cobalt Insurtech",
        "rejected",
        "2025-06-17",
        "InfoJobs <noreply@infojobs.net>",
        "Actualización de tu candidatura",
        "Hola Jordi, la empresa Cobalt Insurtech ha descartado tu candidatura para la oferta Data Scientist Sr. "
        "¡Sigue buscando, hay muchas ofertas esperándote!",
        "ci2",
    ),
    # Ona Mobility (Teamtailor in Spanish)
    (
        "Ona Mobility",
        "applied",
        "2025-06-04",
        "Ona Mobility <no-reply@teamtailor-mail.com>",
        "¡Gracias por postularte!",
        "¡Hola Jordi! Gracias por postularte como Machine Learning Engineer en Ona Mobility. Te escribiremos en cuanto "
        "hayamos revisado tu perfil.",
        "om1",
    ),
    (
        "Ona Mobility",
        "interview",
        "2025-06-11",
        "Ona Mobility <no-reply@teamtailor-mail.com>",
        "Reserva tu entrevista con Ona Mobility",
        "¡Hola Jordi! Queremos seguir adelante contigo. Reserva aquí un hueco para una videollamada con nuestro Head "
        "of Data.",
        "om2",
    ),
    (
        "Ona Mobility",
        "rejected",
        "2025-06-27",
        "Ona Mobility <no-reply@teamtailor-mail.com>",
        "Sobre tu proceso en Ona Mobility",
        "¡Hola Jordi! Gracias por tu tiempo en las entrevistas. Esta vez hemos apostado por otro perfil con más "
        "experiencia en visión por computador. ¡Te deseamos lo mejor!",
        "om3",
    ),
    # Consultora Talent Barcelona (a recruiter for a client)
    (
        "Datalia",
        "applied",
        "2025-06-05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jordi, tu solicitud fue enviada a Datalia",
        "Tu solicitud fue enviada a Datalia\nData Scientist\nDatalia · Barcelona (Híbrido)",
        "dl1",
    ),
    (
        "Datalia",
        "screen",
        "2025-06-09",
        "Núria Soler <nuria.soler@datalia.es>",
        "Tu candidatura a Data Scientist",
        "Hola Jordi,\n\nSoy Núria, del equipo de selección de Datalia. ¿Podríamos hacer una breve llamada de 15 "
        "minutos para conocerte mejor?\n\nSaludos,\nNúria",
        "dl2",
    ),
    (
        "Datalia",
        "withdrew",
        "2025-06-26",
        _ME,
        "RE: Tu candidatura a Data Scientist",
        "Hola Núria,\n\nMuchas gracias por todo. He aceptado otra oferta, así que desisto del proceso.\n\nSaludos,\n"
        "Jordi",
        "dl2",
    ),
    # Tramuntana AI (founder; the person follows up)
    (
        "Tramuntana AI",
        "applied",
        "2025-06-06",
        _ME,
        "Candidatura - Data Scientist",
        "Hola Pau,\n\nHe visto que buscáis un Data Scientist y me encantaría formar parte del equipo. Te adjunto mi "
        "CV.\n\nUn saludo,\nJordi",
        "ta1",
    ),
    (
        "Tramuntana AI",
        "follow_up",
        "2025-06-20",
        _ME,
        "RE: Candidatura - Data Scientist",
        "Hola Pau,\n\nTe escribo de nuevo por si has tenido ocasión de revisar mi candidatura. ¡Sigo muy "
        "interesado!\n\nJordi",
        "ta1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.net>",
        "10 nuevas ofertas de Data Scientist",
        "job alert",
        "Ofertas que encajan con tu alerta. Ver ofertas. Darse de baja",
    ),
    (
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Cómo preparar una entrevista técnica",
        "newsletter",
        "Nuestros mejores consejos para tu próxima entrevista. Darse de baja",
    ),
    (
        "Albert Roca <albert.roca@hunters-bcn.example>",
        "Oportunidad: Lead Data Scientist en Madrid",
        "cold outreach",
        "Hola Jordi, he visto tu perfil en LinkedIn y creo que encajarías en una posición de Lead Data Scientist con un "
        "cliente. ¿Te apetece que hablemos?",
    ),
    (
        "Agència Tributària <noreply@agenciatributaria.es>",
        "Tu solicitud de certificado digital",
        "not a job application",
        "Tu solicitud de certificado digital ha sido registrada.",
    ),
    (
        "Renfe <venta@renfe.es>",
        "Tu billete Barcelona - Madrid",
        "not about an application",
        "Gracias por tu compra. Adjuntamos tu billete.",
    ),
    (
        "Mamà <montse.puig@gmail.com>",
        "Entrevista!",
        "not about an application",
        "Jordi, com ha anat l'entrevista? Truca'm!",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Jordi, nuevas ofertas de empleo para ti",
        "job alert",
        "Empleos que podrían interesarte. Ver todos los empleos.",
    ),
    (
        "Glovo <no-reply@glovoapp.com>",
        "Tu pedido está en camino",
        "not about an application",
        "Tu pedido llegará en 20 minutos.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JORDI,
        own_to={
            "Mediterrània Foods": "Marta Vidal <marta.vidal@mediterraniafoods.es>",
            "Datalia": "Núria Soler <nuria.soler@datalia.es>",
            "Tramuntana AI": "Pau Ferrer <pau@tramuntana.ai>",
        },
        offset="+0200",
        clock="10:30:00",
        neg_start="2025-06-02",
        neg_step=4,
        neg_clock="07:15:00",
        tag="vintiset",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
