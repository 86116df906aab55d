"""A three-hundred-and-fifty-fourth mailbox, written as a held-out check after the three-hundred-and-fifty-third
(issue #24).

Lucía, an administrative assistant in Seville, exports Gmail with Takeout from an account set to Spanish
("Enviados", "Recibidos").  Spanish temporary work agencies and employers as they write: an ETT's "Te escribo de
Randstad: hemos enviado tu candidatura a una empresa cliente del sector logístico en el Polígono Store", "La empresa es
Transportes Guadalquivir y quieren hacerte una entrevista el lunes", "la empresa ha decidido seguir con otra
candidata", InfoJobs' "Tu candidatura ha sido leída" and "Tu candidatura sigue en proceso" (a job site's notices, no
steps of their own), "Te hemos preseleccionado" from a clinic, "Nos gustaría contar contigo", her "¡Acepto encantada!",
and her own follow-up ("Quería saber si hay novedades").  Negatives: an InfoJobs alert, a LinkedIn digest, Renfe, an
Endesa bill, a Mercadona promotion, her friend.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUCIA = "lucia.navarro.admin@gmail.com"
ME = f"Lucía Navarro <{LUCIA}>"
ETT = "Marta Ruiz <marta.ruiz@randstad.es>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Transportes Guadalquivir",
        "applied",
        "2025-09-08",
        ETT,
        "Auxiliar administrativa - Polígono Store",
        "Hola Lucía:\n\nTe escribo de Randstad tras nuestra conversación telefónica. Hemos enviado tu candidatura a una "
        "empresa cliente del sector logístico en el Polígono Store para el puesto de auxiliar administrativa. Te "
        "cuento en cuanto tenga respuesta.\n\nUn saludo,\nMarta Ruiz\nConsultora de Selección\nRandstad Sevilla",
        "l1",
    ),
    (
        "Clínica Santa Justa",
        "applied",
        "2025-09-09",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Administrativo/a de admisión",
        "Hola Lucía,\n\nTe has inscrito correctamente en la oferta Administrativo/a de admisión de Clínica Santa Justa "
        "S.L.\n\nSigue el estado de tu candidatura en InfoJobs.\n\nEl equipo de InfoJobs",
        "l2",
    ),
    (
        "Aceites del Aljarafe",
        "applied",
        "2025-09-10",
        ME,
        "Candidatura - Administrativa",
        "Buenos días:\n\nAdjunto mi currículum para el puesto de administrativa publicado en su web. Tengo cinco años de "
        "experiencia en facturación y atención al cliente.\n\nUn saludo,\nLucía Navarro",
        "l3",
    ),
    (
        "Transportes Guadalquivir",
        "interview",
        "2025-09-12",
        ETT,
        "RE: Auxiliar administrativa - Polígono Store",
        "Hola Lucía:\n\n¡Buenas noticias! La empresa es Transportes Guadalquivir y quieren hacerte una entrevista el "
        "lunes 15 a las 10:00 en sus oficinas del Polígono Store. Pregunta por Rocío, de Administración.\n\nUn "
        "saludo,\nMarta",
        "l1",
    ),
    (
        "Clínica Santa Justa",
        "interview",
        "2025-09-16",
        "Rocío Márquez <rrhh@clinicasantajusta.es>",
        "Proceso de selección - Administrativo/a de admisión",
        "Hola Lucía:\n\nTe hemos preseleccionado para el puesto de Administrativo/a de admisión. Nos gustaría citarte a "
        "una entrevista personal el jueves 18 a las 12:00 en la clínica.\n\nUn saludo,\nRocío Márquez\nRRHH",
        "l2",
    ),
    (
        "Aceites del Aljarafe",
        "follow_up",
        "2025-09-22",
        ME,
        "RE: Candidatura - Administrativa",
        "Buenos días:\n\nLes escribo porque quería saber si hay novedades sobre el puesto de administrativa. Sigo muy "
        "interesada.\n\nUn saludo,\nLucía Navarro",
        "l3",
    ),
    (
        "Transportes Guadalquivir",
        "rejected",
        "2025-09-19",
        ETT,
        "RE: Auxiliar administrativa - Polígono Store",
        "Hola Lucía:\n\nTe escribo para contarte que la empresa ha decidido seguir con otra candidata que ya conocía su "
        "programa de gestión. Lo siento mucho; te tengo en cuenta para otras ofertas.\n\nMarta",
        "l1",
    ),
    (
        "Clínica Santa Justa",
        "offer",
        "2025-09-24",
        "Rocío Márquez <rrhh@clinicasantajusta.es>",
        "RE: Proceso de selección - Administrativo/a de admisión",
        "Hola Lucía:\n\nNos gustaría contar contigo para el puesto. Te ofrecemos un contrato indefinido a jornada "
        "completa con incorporación el 1 de octubre. ¿Te encaja?\n\nUn saludo,\nRocío",
        "l2",
    ),
    (
        "Clínica Santa Justa",
        "accepted",
        "2025-09-24",
        ME,
        "RE: Proceso de selección - Administrativo/a de admisión",
        "Hola Rocío:\n\n¡Acepto encantada! Muchísimas gracias. Quedo a la espera de la documentación.\n\nUn saludo,\n"
        "Lucía",
        "l2",
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura ha sido leída",
        "viewed",
        "Hola Lucía, Clínica Santa Justa S.L. ha leído tu candidatura a la oferta Administrativo/a de admisión.",
    ),
    (
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura sigue en proceso",
        "viewed",
        "Hola Lucía, tu candidatura a la oferta Administrativo/a de admisión sigue en proceso.",
    ),
    (
        "InfoJobs <alertas@infojobs.net>",
        "12 ofertas nuevas de administrativa en Sevilla",
        "alert",
        "Administrativa contable - Sevilla. Recepcionista - Dos Hermanas. Ver ofertas.",
    ),
    (
        "LinkedIn <messages-noreply@linkedin.com>",
        "Lucía, tienes 3 invitaciones pendientes",
        "newsletter",
        "Acepta tus invitaciones para ampliar tu red.",
    ),
    (
        "Renfe <venta@renfe.example>",
        "Confirmación de compra",
        "other",
        "Tu billete Sevilla - Madrid del viernes 26 está confirmado.",
    ),
    (
        "Endesa <facturas@endesa.example>",
        "Tu factura de septiembre",
        "other",
        "Ya tienes disponible tu factura de luz.",
    ),
    (
        "Mercadona <info@mercadona.example>",
        "Novedades de la semana",
        "shop",
        "Descubre los nuevos productos de temporada.",
    ),
    (
        "Carmen López <carmen.lopez@hotmail.example>",
        "feria",
        "personal",
        "¿Al final vamos a la caseta el sábado?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, labelled as a Spanish account writes them."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LUCIA,
        own_to={
            "Aceites del Aljarafe": "Aceites del Aljarafe <empleo@aceitesdelaljarafe.es>",
            "Clínica Santa Justa": "Rocío Márquez <rrhh@clinicasantajusta.es>",
        },
        offset="+0200",
        clock="10:15:00",
        neg_start="2025-09-11",
        neg_step=3,
        neg_clock="21:30:00",
        tag="threehundredfiftyfour",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=LUCIA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
