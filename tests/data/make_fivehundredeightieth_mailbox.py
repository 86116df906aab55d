"""A five-hundred-and-eightieth mailbox, written as a held-out check after the five-hundred-and-seventy-ninth (issue
#24).

Marta Puig, a customer success manager in Barcelona, keeps her search in a Gmail account set to Spanish and exports
it with Takeout ("Enviados", "Recibidos"). Barcelona's tech companies write in "tú" through Factorial, Personio and
Teamtailor: Factorial's "¡Hola Marta! Hemos recibido tu candidatura para Customer Success Manager en Typeform",
Personio's "Gracias por tu interés en Travelperk", Teamtailor's "Tu candidatura en Holded", Typeform's "nos gustaría
invitarte a una dinámica de grupo con otros candidatos", Travelperk's recruiter's "¿Tienes 15 minutos el jueves para
una llamada?", Holded's "Hemos decidido no continuar con tu candidatura", Typeform's "entrevista final en nuestras
oficinas del 22@ con la Head of Customer Success", Travelperk's "hemos decidido seguir con otra persona", Typeform's
"Te hacemos llegar nuestra propuesta", her "¡Acepto la propuesta!" and her thanks after the final interview.
Negatives: InfoJobs' alert, a SaaS newsletter, a headhunter's cold mail, Holded's own product webinar (a company she
applied to), Bicing and her grandmother. Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARTA = "marta.puig.cs@gmail.com"
ME = f"Marta Puig <{MARTA}>"
TYPE = "Typeform <noreply@typeform.factorialhr.example>"
PERK = "TravelPerk <noreply@travelperk.jobs.personio.example>"
HOLDED = "Holded <noreply@holded.teamtailor-mail.example>"
NURIA = "Núria Vidal <nuria.vidal@typeform.example>"
PAU = "Pau Ferrer <pau.ferrer@travelperk.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Typeform",
        "applied",
        "2025-04-07",
        TYPE,
        "Hemos recibido tu candidatura",
        "¡Hola Marta!\n\nHemos recibido tu candidatura para Customer Success Manager en Typeform. La revisaremos y te "
        "diremos algo pronto.\n\nEl equipo de Typeform",
        "t-tf",
    ),
    (
        "TravelPerk",
        "applied",
        "2025-04-08",
        PERK,
        "Gracias por tu interés en TravelPerk",
        "Hola Marta,\n\nGracias por tu interés en TravelPerk. Hemos recibido tu candidatura para Customer Success "
        "Manager (Spain).\n\nTravelPerk Talent",
        "t-tp",
    ),
    (
        "Holded",
        "applied",
        "2025-04-08",
        HOLDED,
        "Tu candidatura en Holded",
        "Hola Marta,\n\n¡Gracias por presentar tu candidatura a Customer Success Manager en Holded! Te escribiremos "
        "pronto.\n\nEquipo de People de Holded",
        "t-ho",
    ),
    (
        "Typeform",
        "interview",
        "2025-04-14",
        NURIA,
        "Siguiente paso - Customer Success Manager",
        "Hola Marta,\n\nTu perfil nos encaja. Nos gustaría invitarte a una dinámica de grupo con otros candidatos el "
        "miércoles 16 a las 10:00 por Google Meet.\n\nNúria Vidal\nTalent Acquisition, Typeform",
        "t-tf2",
    ),
    (
        "TravelPerk",
        "screen",
        "2025-04-15",
        PAU,
        "Customer Success Manager - TravelPerk",
        "Hola Marta,\n\nSoy Pau, del equipo de Talent de TravelPerk. ¿Tienes 15 minutos el jueves para una llamada y "
        "conocerte?\n\nPau",
        "t-tp2",
    ),
    (
        "Holded",
        "rejected",
        "2025-04-16",
        HOLDED,
        "Actualización de tu candidatura",
        "Hola Marta,\n\nGracias por tu tiempo. Hemos decidido no continuar con tu candidatura para este puesto.\n\nEquipo "
        "de People de Holded",
        "t-ho",
    ),
    (
        "Typeform",
        "onsite",
        "2025-04-22",
        NURIA,
        "RE: Siguiente paso - Customer Success Manager",
        "Hola Marta,\n\n¡Enhorabuena por la dinámica! Te invitamos a la entrevista final en nuestras oficinas del 22@ "
        "con la Head of Customer Success, el lunes 28 a las 11:00.\n\nNúria",
        "t-tf2",
    ),
    (
        "TravelPerk",
        "rejected",
        "2025-04-24",
        PAU,
        "RE: Customer Success Manager - TravelPerk",
        "Hola Marta,\n\nGracias por la llamada. Al final hemos decidido seguir con otra persona con más experiencia en "
        "cuentas enterprise.\n\nPau",
        "t-tp2",
    ),
    (
        "Typeform",
        "thank_you",
        "2025-04-28",
        ME,
        "RE: Siguiente paso - Customer Success Manager",
        "Hola Núria,\n\nMuchas gracias por la entrevista de hoy; me encantó conocer al equipo.\n\nUn abrazo,\nMarta",
        "t-tf2",
    ),
    (
        "Typeform",
        "offer",
        "2025-05-05",
        NURIA,
        "Propuesta - Customer Success Manager",
        "Hola Marta,\n\n¡Buenas noticias! Te hacemos llegar nuestra propuesta para que te unas como Customer Success "
        "Manager: 48.000 € brutos anuales más variable.\n\nNúria",
        "t-tf3",
    ),
    (
        "Typeform",
        "accepted",
        "2025-05-06",
        ME,
        "RE: Propuesta - Customer Success Manager",
        "Hola Núria,\n\n¡Acepto la propuesta! Muchísimas gracias.\n\nMarta",
        "t-tf3",
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.example>",
        "Nuevas ofertas: Customer Success en Barcelona",
        "alert",
        "Customer Success Manager - Barcelona. Account Manager - Sant Cugat. Ver ofertas.",
    ),
    (
        "SaaStr Español <newsletter@saastr-es.example>",
        "Lo mejor de SaaS esta semana",
        "newsletter",
        "Los artículos de la semana. Darse de baja.",
    ),
    (
        "Jordi Soler <jordi.soler@headhunting-bcn.example>",
        "Oportunidad: Head of Customer Success",
        "outreach",
        "Hola Marta, estoy buscando un Head of Customer Success para una scale-up. ¿Te interesaría hablar?",
    ),
    (
        "Holded <webinars@holded.example>",
        "Webinar: cierra el trimestre sin estrés",
        "newsletter",
        "Inscríbete gratis. Darse de baja.",
    ),
    (
        "Bicing <info@bicing.example>",
        "Tu recibo de Bicing",
        "other",
        "Tu cuota anual se ha renovado.",
    ),
    (
        "Iaia <montserrat.puig@telefonica.example>",
        "diumenge",
        "personal",
        "Vens a dinar diumenge?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARTA,
        own_to={"Typeform": NURIA},
        offset="+0200",
        clock="10:50:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="20:30:00",
        tag="fivehundredeighty",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=MARTA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
