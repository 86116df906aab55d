"""A four-hundred-and-eighty-third mailbox, written as a held-out check after the four-hundred-and-eighty-second
(issue #24).

Javier Moreno, in Zaragoza, looks for warehouse and logistics work and keeps his mail in a Gmail account set to Spanish,
exported with Takeout ("Enviados", "Recibidos").  Spanish temporary-work agencies (ETT) place workers with clients:
"Te hemos preseleccionado para un puesto de mozo de almacén en DHL Supply Chain", "te esperamos el martes a las 9:00
en nuestra oficina para una entrevista", "Enhorabuena, DHL quiere incorporarte el lunes 7: ven el viernes a firmar el
contrato", "El cliente ha cubierto las vacantes", InfoJobs' "Tu candidatura ha sido recibida" for Mercadona and its
"Has superado el proceso de selección - te llamaremos para la entrevista", his "Confirmo que me incorporo el lunes" and
his "¿Hay alguna novedad sobre el puesto de Inditex?".  Negatives: InfoJobs' alert, an ETT's "Ofertas de la semana",
a forklift course, Mercadona's own shopping receipt, Renfe and his sister.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JAVI = "javier.moreno.zgz@gmail.com"
ME = f"Javier Moreno <{JAVI}>"
ANA = "Ana López <ana.lopez@randstad-ett.example>"
LAURA = "Laura Gil <laura.gil@adecco-ett.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "DHL Supply Chain",
        "applied",
        "2025-09-01",
        ANA,
        "Preselección - mozo de almacén - DHL Supply Chain",
        "Hola Javier,\n\nTe hemos preseleccionado y hemos presentado tu candidatura para un puesto de mozo de almacén en "
        "DHL Supply Chain (Plaza, Zaragoza), turno de mañana.\n\nUn saludo,\nAna López\nRandstad",
        "t-dhl",
    ),
    (
        "Mercadona",
        "applied",
        "2025-09-02",
        "InfoJobs <noreply@infojobs.example>",
        "Tu candidatura ha sido recibida",
        "Hola Javier,\n\nTu candidatura a la oferta Mozo/a de almacén - Bloque Logístico de Mercadona ha sido "
        "recibida.\n\nInfoJobs",
        "t-mer",
    ),
    (
        "Inditex",
        "applied",
        "2025-09-03",
        LAURA,
        "Candidatura - preparador de pedidos - Inditex",
        "Hola Javier,\n\nHe enviado tu CV a nuestro cliente, Inditex, para el puesto de preparador de pedidos en su "
        "plataforma de PLAZA.\n\nSaludos,\nLaura Gil\nAdecco",
        "t-ind",
    ),
    (
        "DHL Supply Chain",
        "interview",
        "2025-09-04",
        ANA,
        "RE: Preselección - mozo de almacén - DHL Supply Chain",
        "Hola Javier,\n\nTe esperamos el martes a las 9:00 en nuestra oficina de Paseo Independencia para una entrevista "
        "con el responsable del cliente.\n\nAna",
        "t-dhl",
    ),
    (
        "Mercadona",
        "interview",
        "2025-09-08",
        "Mercadona Empleo <empleo@mercadona.example>",
        "Proceso de selección - Mozo/a de almacén",
        "Hola Javier,\n\nHas superado la primera fase del proceso de selección. Te llamaremos en los próximos días para "
        "concertar una entrevista en el Bloque Logístico.\n\nMercadona",
        "t-mer2",
    ),
    (
        "DHL Supply Chain",
        "offer",
        "2025-09-10",
        ANA,
        "RE: Preselección - mozo de almacén - DHL Supply Chain",
        "¡Enhorabuena, Javier! DHL quiere incorporarte el lunes 15. Ven el viernes a las 10:00 a la oficina a firmar el "
        "contrato.\n\nAna",
        "t-dhl",
    ),
    (
        "DHL Supply Chain",
        "accepted",
        "2025-09-10",
        ME,
        "RE: Preselección - mozo de almacén - DHL Supply Chain",
        "Hola Ana,\n\n¡Genial! Confirmo que me incorporo el lunes. El viernes paso a firmar.\n\nJavier",
        "t-dhl",
    ),
    (
        "Inditex",
        "follow_up",
        "2025-09-11",
        ME,
        "RE: Candidatura - preparador de pedidos - Inditex",
        "Hola Laura,\n\n¿Hay alguna novedad sobre el puesto de Inditex?\n\nGracias,\nJavier",
        "t-ind",
    ),
    (
        "Inditex",
        "rejected",
        "2025-09-12",
        LAURA,
        "RE: Candidatura - preparador de pedidos - Inditex",
        "Hola Javier,\n\nTe informo de que el cliente ha cubierto las vacantes de este proceso. Te tendremos en cuenta "
        "para próximas ofertas.\n\nLaura",
        "t-ind",
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.example>",
        "Nuevas ofertas de mozo de almacén en Zaragoza",
        "alert",
        "Mozo de almacén - PLAZA. Carretillero - Villanueva de Gállego. Ver ofertas.",
    ),
    (
        "Randstad <ofertas@randstad-ett.example>",
        "Ofertas de la semana",
        "newsletter",
        "Carretilleros, mozos, preparadores de pedidos. Inscríbete. Darse de baja.",
    ),
    (
        "Formación Aragón <cursos@formacionaragon.example>",
        "Curso de carretillero - plazas libres",
        "newsletter",
        "Obtén tu carnet de carretillero. Inscríbete ya.",
    ),
    (
        "Mercadona <tickets@mercadona.example>",
        "Tu ticket de compra",
        "other",
        "Gracias por tu compra en Mercadona. Total: 34,56 €.",
    ),
    (
        "Renfe <venta@renfe.example>",
        "Tu billete",
        "other",
        "Zaragoza - Madrid, 20 de septiembre.",
    ),
    (
        "Lucía Moreno <lucia.moreno@gmail.example>",
        "cumple",
        "personal",
        "¿Vienes al cumple de papá el sábado?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JAVI,
        own_to={"DHL Supply Chain": ANA, "Inditex": LAURA},
        offset="+0200",
        clock="10:35:00",
        neg_start="2025-08-31",
        neg_step=3,
        neg_clock="20:25:00",
        tag="fourhundredeightythree",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=JAVI)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
