"""A five-hundred-and-thirty-second mailbox, written as a held-out check after the five-hundred-and-thirty-first
(issue #24).

Fernanda Treviño, an industrial engineer in Monterrey, keeps her search in a Gmail account set to Spanish and exports
it with Takeout ("Enviados", "Recibidos").  Mexico writes "tú" and "usted": OCC's "Tu postulación a Ingeniero de
Procesos fue enviada a CEMEX", its "CEMEX revisó tu CV" (no step), "Te invitamos a una entrevista virtual con el
Gerente de Planta", "Gracias por tu interés; en esta ocasión no continuarás en el proceso", a staffing firm's "Te
postulé con nuestro cliente, Ternium, para la vacante de Ingeniera de Mejora Continua", "Ternium quiere
entrevistarte el martes", "Ternium te extiende una oferta", her "¡Acepto con mucho gusto!", a brewer's own "Hemos
recibido tu solicitud" and its "la vacante ha sido cubierta".  Negatives: OCC's alert, a LinkedIn newsletter in
Spanish, a staffing firm's cold WhatsApp-style mail, CEMEX's own investor news (a company she applied to), BBVA and her
mother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

FER = "fernanda.trevino.ing@gmail.com"
ME = f"Fernanda Treviño <{FER}>"
OCC = "OCC <notificaciones@occ.example>"
CEMEX = "Roberto Garza <roberto.garza@cemex.example>"
ANA = "Ana Sofía Leal <ana.leal@manpowergroup.example>"
HEINEKEN = "HEINEKEN México <seleccion@heineken.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "CEMEX",
        "applied",
        "2025-03-03",
        OCC,
        "Tu postulación fue enviada",
        "Hola Fernanda,\n\nTu postulación a Ingeniero de Procesos fue enviada a CEMEX. ¡Mucho éxito!\n\nOCC",
        "t-cemex",
    ),
    (
        "Ternium",
        "applied",
        "2025-03-04",
        ANA,
        "Vacante Ingeniera de Mejora Continua",
        "Hola Fernanda,\n\nGracias por la llamada. Te postulé con nuestro cliente, Ternium, para la vacante de Ingeniera "
        "de Mejora Continua en la planta de Pesquería. Te aviso en cuanto tenga respuesta.\n\nAna Sofía Leal\n"
        "ManpowerGroup",
        "t-ternium",
    ),
    (
        "HEINEKEN México",
        "applied",
        "2025-03-05",
        HEINEKEN,
        "Hemos recibido tu solicitud",
        "Hola Fernanda,\n\nHemos recibido tu solicitud para la posición de Ingeniera de Procesos en la cervecería de "
        "Monterrey. La revisaremos con atención.\n\nAtracción de Talento HEINEKEN México",
        "t-hnk",
    ),
    (
        "CEMEX",
        "interview",
        "2025-03-10",
        CEMEX,
        "Entrevista - Ingeniero de Procesos",
        "Hola Fernanda,\n\nTe invitamos a una entrevista virtual con el Gerente de Planta el jueves 13 de marzo a las 10 "
        "a. m.\n\nRoberto Garza\nAtracción de Talento, CEMEX",
        "t-cemex2",
    ),
    (
        "Ternium",
        "interview",
        "2025-03-11",
        ANA,
        "RE: Vacante Ingeniera de Mejora Continua",
        "Hola Fernanda,\n\n¡Buenas noticias! Ternium quiere entrevistarte el martes 18 a las 9 a. m. en la planta.\n\n"
        "Ana Sofía",
        "t-ternium",
    ),
    (
        "HEINEKEN México",
        "rejected",
        "2025-03-14",
        HEINEKEN,
        "Actualización de tu solicitud",
        "Hola Fernanda,\n\nGracias por tu interés en HEINEKEN México. Te informamos que la vacante ha sido cubierta.\n\n"
        "Atracción de Talento HEINEKEN México",
        "t-hnk",
    ),
    (
        "CEMEX",
        "rejected",
        "2025-03-20",
        CEMEX,
        "RE: Entrevista - Ingeniero de Procesos",
        "Hola Fernanda,\n\nGracias por tu interés; en esta ocasión no continuarás en el proceso. Te deseamos mucho "
        "éxito.\n\nRoberto Garza",
        "t-cemex2",
    ),
    (
        "Ternium",
        "offer",
        "2025-03-26",
        ANA,
        "RE: Vacante Ingeniera de Mejora Continua",
        "Hola Fernanda,\n\n¡Felicidades! Ternium te extiende una oferta: $42,000 brutos mensuales más prestaciones. "
        "¿Te marco hoy?\n\nAna Sofía",
        "t-ternium",
    ),
    (
        "Ternium",
        "accepted",
        "2025-03-27",
        ME,
        "RE: Vacante Ingeniera de Mejora Continua",
        "Hola Ana Sofía,\n\n¡Acepto con mucho gusto! Muchas gracias por todo.\n\nFernanda",
        "t-ternium",
    ),
]

_NEGATIVES = [
    (
        OCC,
        "CEMEX revisó tu CV",
        "viewed",
        "Hola Fernanda, CEMEX revisó tu CV para Ingeniero de Procesos.",
    ),
    (
        "OCC <alertas@occ.example>",
        "Vacantes para ti en Monterrey",
        "alert",
        "Ingeniero de Procesos - Apodaca. Ingeniera de Calidad - Santa Catarina. Ver vacantes.",
    ),
    (
        "LinkedIn Noticias <news@linkedin.example>",
        "Lo más leído de la semana",
        "newsletter",
        "Las noticias de tu red. Cancelar suscripción.",
    ),
    (
        "Reclutamiento Ágil <vacantes@reclutamientoagil.example>",
        "VACANTES INGENIERÍA MTY",
        "outreach",
        "Hola! Tenemos vacantes para ingenieros en Monterrey, sueldo competitivo. Responde SÍ si te interesa.",
    ),
    (
        "CEMEX Relación con Inversionistas <ir@cemex.example>",
        "CEMEX reporta resultados del cuarto trimestre",
        "newsletter",
        "Lea el comunicado. Cancelar suscripción.",
    ),
    (
        "Mamá <patricia.trevino@hotmail.example>",
        "domingo",
        "personal",
        "¿Vienes a comer el domingo, mija?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=FER,
        own_to={"Ternium": ANA},
        offset="-0600",
        clock="11:55:00",
        neg_start="2025-03-06",
        neg_step=3,
        neg_clock="21:10:00",
        tag="fivehundredthirtytwo",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=FER)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
