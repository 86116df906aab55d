"""A six-hundred-and-eighteenth mailbox, written as a held-out check after the six-hundred-and-seventeenth (issue #24).

Fernanda López, a quality engineer in Aguascalientes, saves her mail from Outlook as .eml files. Mexican automotive
employers and a staffing firm write in "tú" and "usted": OCC Mundial's "Tu postulación a Ingeniera de Calidad en
Flex fue enviada", Bosch's SuccessFactors "Hemos recibido tu solicitud", a Manpower consultant's "Ya envié tu CV a
nuestro cliente, una importante armadora japonesa de la zona", Flex's "Te invitamos a una entrevista virtual con el
gerente de calidad", the consultant's "Te comparto que se trata de Nissan; quieren entrevistarte el martes", Bosch's
"Lamentablemente no continuarás en el proceso", Flex's "entrevista final en planta con el director", the consultant's
"Nissan decidió avanzar con otro perfil", Flex's "Nos da mucho gusto ofrecerte la posición", her "Acepto la oferta,
muchas gracias" and her thanks after the final interview. Negatives: OCC's alert, El Universal's newsletter, a
headhunter's cold mail, Bosch's own tool offers (a company she applied to), Uber and her sister. Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

FER = "fernanda.lopez.calidad@outlook.example"
ME = f"Fernanda López <{FER}>"
OCC = "OCC Mundial <postulaciones@occ.example>"
BOSCH = "Bosch Talento <noreply@bosch.successfactors.example>"
MANP = "Luis Hernández <luis.hernandez@manpower.example>"
FLEX = "Ana Torres <ana.torres@flex.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Flex",
        "applied",
        "2025-08-04",
        OCC,
        "Tu postulación fue enviada",
        "Hola Fernanda,\n\nTu postulación a Ingeniera de Calidad en Flex fue enviada. ¡Mucho éxito!\n\nOCC Mundial",
        None,
    ),
    (
        "Bosch",
        "applied",
        "2025-08-05",
        BOSCH,
        "Hemos recibido tu solicitud",
        "Hola Fernanda,\n\nHemos recibido tu solicitud para Ingeniera de Calidad de Proveedores en Bosch. Te "
        "contactaremos si tu perfil avanza.\n\nBosch Talento",
        None,
    ),
    (
        "Nissan",
        "applied",
        "2025-08-06",
        MANP,
        "Vacante Ingeniera de Calidad",
        "Hola Fernanda:\n\nGracias por tu tiempo. Ya envié tu CV a nuestro cliente, una importante armadora japonesa de "
        "la zona, para la vacante de Ingeniera de Calidad. Te aviso en cuanto tenga respuesta.\n\nSaludos,\nLuis "
        "Hernández\nManpower",
        None,
    ),
    (
        "Flex",
        "interview",
        "2025-08-11",
        FLEX,
        "Entrevista - Ingeniera de Calidad",
        "Hola Fernanda:\n\nTe invitamos a una entrevista virtual con el gerente de calidad el jueves 14 a las 10:00.\n\n"
        "Ana Torres\nReclutamiento Flex",
        None,
    ),
    (
        "Nissan",
        "interview",
        "2025-08-12",
        MANP,
        "RE: Vacante Ingeniera de Calidad",
        "Hola Fernanda:\n\nTe comparto que se trata de Nissan; quieren entrevistarte el martes 19 a las 9:00 en su "
        "planta.\n\nSaludos,\nLuis",
        None,
    ),
    (
        "Bosch",
        "rejected",
        "2025-08-13",
        BOSCH,
        "Tu solicitud en Bosch",
        "Hola Fernanda,\n\nGracias por tu interés. Lamentablemente no continuarás en el proceso para esta vacante.\n\n"
        "Bosch Talento",
        None,
    ),
    (
        "Flex",
        "onsite",
        "2025-08-18",
        FLEX,
        "RE: Entrevista - Ingeniera de Calidad",
        "Hola Fernanda:\n\nGracias por tu tiempo. Te invitamos a una entrevista final en planta con el director de "
        "operaciones el lunes 25 a las 11:00.\n\nAna Torres",
        None,
    ),
    (
        "Nissan",
        "rejected",
        "2025-08-21",
        MANP,
        "RE: Vacante Ingeniera de Calidad",
        "Hola Fernanda:\n\nTe cuento que Nissan decidió avanzar con otro perfil. Sigo buscando opciones para ti.\n\n"
        "Saludos,\nLuis",
        None,
    ),
    (
        "Flex",
        "thank_you",
        "2025-08-25",
        ME,
        "RE: Entrevista - Ingeniera de Calidad",
        "Hola Ana:\n\nMuchas gracias por la entrevista de hoy y por el recorrido en planta.\n\nSaludos,\nFernanda",
        FLEX,
    ),
    (
        "Flex",
        "offer",
        "2025-09-01",
        FLEX,
        "Oferta laboral",
        "Hola Fernanda:\n\nNos da mucho gusto ofrecerte la posición de Ingeniera de Calidad. Te adjunto la carta "
        "oferta.\n\nAna Torres",
        None,
    ),
    (
        "Flex",
        "accepted",
        "2025-09-02",
        ME,
        "RE: Oferta laboral",
        "Hola Ana:\n\nAcepto la oferta, muchas gracias.\n\nFernanda",
        FLEX,
    ),
]

_NEGATIVES = [
    (
        "OCC Mundial <alertas@occ.example>",
        "Vacantes para ti",
        "alert",
        "Ingeniero de Calidad - Aguascalientes. Supervisor de Calidad - León. Ver vacantes.",
    ),
    (
        "El Universal <boletin@eluniversal.example>",
        "Lo más importante del día",
        "newsletter",
        "Las noticias de hoy. Cancelar suscripción.",
    ),
    (
        "Gabriel Ruiz <gabriel@headhuntersmx.example>",
        "Posición de Gerente de Calidad",
        "outreach",
        "Hola Fernanda, tengo una posición de Gerente de Calidad en Querétaro. ¿Te interesa platicar?",
    ),
    (
        "Bosch Herramientas <ofertas@bosch-herramientas.example>",
        "Ofertas del mes",
        "newsletter",
        "Descuentos en herramientas. Cancelar suscripción.",
    ),
    (
        "Uber <noreply@uber.example>",
        "Tu viaje del martes",
        "other",
        "Gracias por viajar con Uber.",
    ),
    (
        "Daniela <daniela.lopez@gmail.example>",
        "fin de semana",
        "personal",
        "¿Vienes el fin de semana?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0600",
        clock="10:40:00",
        neg_start="2025-08-03",
        neg_step=5,
        neg_clock="20:50:00",
        tag="sixhundredeighteen",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), FER)
