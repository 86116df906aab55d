"""A two-hundred-and-nineteenth mailbox, written as a held-out check after the two-hundred-and-eighteenth (issue #24).

Sergio, a logistics coordinator in Zaragoza, exports Gmail with Takeout (his account in Spanish: "Enviados",
"Recibidos").  InfoJobs tells him of each change an employer makes to his application's state ("En proceso",
"Finalista", "Descartado"); a temporary work agency (ETT) preselects him for a warehouse client with "incorporación
inmediata"; a logistics park's employer invites him to a "videollamada" and then to its "instalaciones"; an offer
comes with its "alta en la Seguridad Social".  Negatives: InfoJobs' "tu candidatura ha sido vista", the public
employment service's appointment, a master's admission, a parcel, a friend.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SERGIO = "sergio.lozano.log@gmail.com"
ME = f"Sergio Lozano <{SERGIO}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Ebro Cargo Logística",
        "applied",
        "2025-04-07",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Coordinador/a de Tráfico",
        "Hola Sergio,\n\nTe has inscrito correctamente en la oferta Coordinador/a de Tráfico de Ebro Cargo "
        "Logística. Te avisaremos cuando la empresa actualice el estado de tu candidatura.\n\nEl equipo de InfoJobs",
        "e1",
    ),
    (
        "Moncayo Distribución",
        "applied",
        "2025-04-08",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Responsable de Almacén",
        "Hola Sergio,\n\nTe has inscrito correctamente en la oferta Responsable de Almacén de Moncayo Distribución. "
        "Te avisaremos cuando la empresa actualice el estado de tu candidatura.\n\nEl equipo de InfoJobs",
        "m1",
    ),
    (
        "Plaza Frío",
        "applied",
        "2025-04-09",
        "Nuria Salas <nuria.salas@tempoett.es>",
        "Preselección - Jefe de turno almacén frigorífico (PLAZA)",
        "Hola Sergio,\n\nTe escribo de Tempo ETT. Te hemos preseleccionado para un puesto de jefe de turno en "
        "nuestro cliente Plaza Frío, en la Plataforma Logística de Zaragoza: turno de noche, incorporación "
        "inmediata, contrato de 6 meses con posibilidad de pasar a plantilla. Ya he presentado tu candidatura al "
        "cliente.\n\nUn saludo,\nNuria Salas\nConsultora de selección - Tempo ETT",
        "p1",
    ),
    (
        "Ebro Cargo Logística",
        "reply",
        "2025-04-11",
        "InfoJobs <noreply@infojobs.net>",
        "Ebro Cargo Logística ha actualizado el estado de tu candidatura",
        "Hola Sergio,\n\nEbro Cargo Logística ha actualizado el estado de tu candidatura a la oferta Coordinador/a "
        "de Tráfico.\n\nNuevo estado: En proceso\n\nLa empresa está revisando tu candidatura.\n\nEl equipo de "
        "InfoJobs",
        "e1",
    ),
    (
        "Moncayo Distribución",
        "rejected",
        "2025-04-14",
        "InfoJobs <noreply@infojobs.net>",
        "Moncayo Distribución ha actualizado el estado de tu candidatura",
        "Hola Sergio,\n\nMoncayo Distribución ha actualizado el estado de tu candidatura a la oferta Responsable de "
        "Almacén.\n\nNuevo estado: Descartado\n\nEsta vez no ha podido ser. ¡Sigue buscando! Tenemos más ofertas "
        "para ti.\n\nEl equipo de InfoJobs",
        "m1",
    ),
    (
        "Ebro Cargo Logística",
        "interview",
        "2025-04-15",
        "Marta Gil <marta.gil@ebrocargo.es>",
        "Entrevista - Coordinador/a de Tráfico",
        "Hola Sergio:\n\nGracias por tu interés en Ebro Cargo. Nos gustaría conocerte en una videollamada de unos "
        "30 minutos con el jefe de tráfico el jueves 17 a las 12:00. ¿Te viene bien?\n\nMarta Gil\nRecursos "
        "Humanos - Ebro Cargo Logística",
        "e2",
    ),
    (
        "Plaza Frío",
        "interview",
        "2025-04-16",
        "Nuria Salas <nuria.salas@tempoett.es>",
        "RE: Preselección - Jefe de turno almacén frigorífico (PLAZA)",
        "Sergio, el cliente quiere verte. ¿Puedes pasarte el lunes a las 10:00 por sus instalaciones (nave 14, "
        "Plataforma Logística) para una entrevista con el jefe de almacén? Lleva el DNI.\n\nNuria",
        "p1",
    ),
    (
        "Ebro Cargo Logística",
        "onsite",
        "2025-04-22",
        "InfoJobs <noreply@infojobs.net>",
        "Ebro Cargo Logística ha actualizado el estado de tu candidatura",
        "Hola Sergio,\n\nEbro Cargo Logística ha actualizado el estado de tu candidatura a la oferta Coordinador/a "
        "de Tráfico.\n\nNuevo estado: Finalista\n\n¡Enhorabuena! Estás entre los últimos candidatos del proceso."
        "\n\nEl equipo de InfoJobs",
        "e1",
    ),
    (
        "Plaza Frío",
        "rejected",
        "2025-04-24",
        "Nuria Salas <nuria.salas@tempoett.es>",
        "RE: Preselección - Jefe de turno almacén frigorífico (PLAZA)",
        "Hola Sergio, te cuento: el cliente ha cubierto el puesto con una persona de su propia plantilla. Te tengo "
        "en cuenta para lo próximo que entre.\n\nNuria",
        "p1",
    ),
    (
        "Ebro Cargo Logística",
        "offer",
        "2025-04-29",
        "Marta Gil <marta.gil@ebrocargo.es>",
        "Oferta - Coordinador/a de Tráfico",
        "Hola Sergio:\n\nNos alegra comunicarte que queremos contar contigo como Coordinador de Tráfico. Te "
        "ofrecemos un contrato indefinido, 28.000 euros brutos anuales e incorporación el 12 de mayo. Para darte de "
        "alta en la Seguridad Social necesitaremos tu número de afiliación.\n\nMarta",
        "e2",
    ),
    (
        "Ebro Cargo Logística",
        "accepted",
        "2025-04-30",
        ME,
        "RE: Oferta - Coordinador/a de Tráfico",
        "Hola Marta:\n\n¡Muchísimas gracias! Acepto encantado la oferta. Te envío el número de afiliación y la "
        "cuenta bancaria.\n\nUn saludo,\nSergio",
        "e2",
    ),
]

_OWN_TO = {"Ebro Cargo Logística": "Marta Gil <marta.gil@ebrocargo.es>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura ha sido vista",
        "viewed",
        "Hola Sergio,\n\nLa empresa ha visto tu candidatura a la oferta Técnico de Compras. ¡Mucha suerte!",
    ),
    (
        "INAEM <citaprevia@aragon.example>",
        "Confirmación de cita previa - Oficina de Empleo Zaragoza-Centro",
        "employment service",
        "Su cita previa en la Oficina de Empleo ha sido confirmada para el 23/04/2025 a las 9:15.",
    ),
    (
        "Universidad de Zaragoza <admisiones@unizar.example>",
        "Tu solicitud de admisión al Máster en Dirección de Operaciones Logísticas",
        "not a job application",
        "Hemos recibido tu solicitud de admisión al Máster. La resolución se publicará en julio.",
    ),
    (
        "Correos <notificaciones@correos.example>",
        "Tu envío está en reparto",
        "other",
        "Tu envío PQ4F2A0731 llegará hoy entre las 9:00 y las 14:00.",
    ),
    (
        "Javi Ortiz <javi.ortiz.zgz@gmail.com>",
        "fútbol domingo",
        "personal",
        "¿Te apuntas al partido del domingo? Faltan dos.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (his account's labels in Spanish)."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=SERGIO,
        own_to=_OWN_TO,
        offset="+0200",
        clock="09:25:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="20:15:00",
        tag="twohundrednineteen",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=SERGIO)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
