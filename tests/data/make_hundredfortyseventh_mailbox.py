"""A hundred-and-forty-seventh mailbox, written as a held-out check after the hundred-and-forty-sixth (issue #24).

Lucía, an accountant in Buenos Aires, exports Gmail with Takeout in Spanish ("Enviados", "Recibidos").  She applies
through Bumeran, ZonaJobs, LinkedIn and by mail; Argentine recruiters write with voseo ("¿tenés disponibilidad?",
"podés"), call her for an "entrevista con RRHH", a "psicotécnico", an "entrevista con el gerente", make a
"propuesta laboral" and then book a "preocupacional" (the pre-employment medical: no step).  (The firm she writes to was written as "Estudio
Herrera & Asociados", a name no mail spells; after the first read it is the name its mail gives.)  Her negatives:
Mercado Libre, AFIP, Rappi, Bumeran's alerts, a consultora's pitch, a bank.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUCIA = "lucia.fernandez.cpa@gmail.com"
_ME = f"Lucía Fernández <{LUCIA}>"
_SOL = "Sol Ramírez <sramirez@riodelaplata-seguros.com.ar>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Río de la Plata Seguros",
        "applied",
        "2025-04-07",
        "Bumeran <noreply@bumeran.com.ar>",
        "Te postulaste a Analista Contable Sr",
        "Hola Lucía,\n\nTe postulaste al aviso Analista Contable Sr de Río de la "
        "Plata Seguros. ¡Mucha suerte!\n\nEl equipo de Bumeran",
        "rp1",
    ),
    (
        "Río de la Plata Seguros",
        "screen",
        "2025-04-10",
        _SOL,
        "Búsqueda Analista Contable Sr",
        "Hola Lucía, ¿cómo estás?\n\nTe escribo de Río de la Plata Seguros por tu postulación. ¿Tenés disponibilidad "
        "para una entrevista con RRHH el lunes 14 a las 11 por Meet?\n\nSaludos,\nSol Ramírez\nAnalista de Selección",
        "rp2",
    ),
    (
        "Río de la Plata Seguros",
        "interview",
        "2025-04-16",
        _SOL,
        "Re: Búsqueda Analista Contable Sr",
        "Hola Lucía,\n\nGracias por tu tiempo el lunes. El siguiente paso es una evaluación psicotécnica online y "
        "luego una entrevista con el gerente de Contabilidad. Te paso el link del psicotécnico.\n\nSol",
        "rp2",
    ),
    (
        "Río de la Plata Seguros",
        "offer",
        "2025-04-29",
        _SOL,
        "Propuesta laboral",
        "Hola Lucía,\n\n¡Felicitaciones! Queremos hacerte una propuesta laboral para el puesto de Analista Contable Sr: "
        "sueldo bruto de $1.800.000, modalidad híbrida. Te adjunto el detalle.\n\nSol",
        "rp3",
    ),
    (
        "Río de la Plata Seguros",
        "accepted",
        "2025-05-02",
        _ME,
        "Re: Propuesta laboral",
        "Hola Sol,\n\n¡Muchas gracias! Acepto la propuesta con mucho gusto. Quedo atenta a los próximos pasos.\n\n"
        "Saludos,\nLucía",
        "rp3",
    ),
    (
        "Grupo Pampa",
        "applied",
        "2025-04-08",
        "ZonaJobs <noreply@zonajobs.com.ar>",
        "Tu postulación fue enviada",
        "Hola Lucía,\n\nTu postulación al aviso Contador/a Semi Senior de Grupo Pampa fue enviada con éxito.",
        "gp1",
    ),
    (
        "Grupo Pampa",
        "rejected",
        "2025-04-25",
        "Grupo Pampa RRHH <seleccion@grupopampa.com.ar>",
        "Búsqueda Contador/a Semi Senior",
        "Hola Lucía,\n\nTe agradecemos el interés en formar parte de Grupo Pampa. "
        "En esta oportunidad avanzamos con otros perfiles que se ajustan más a lo que buscamos. Te deseamos éxitos."
        "\n\nRRHH Grupo Pampa",
        "gp2",
    ),
    (
        "Estudio Herrera",
        "applied",
        "2025-04-09",
        _ME,
        "CV - Contadora Pública",
        "Estimados,\n\nLes escribo para postularme a la búsqueda de contador/a que publicaron en LinkedIn. Adjunto mi "
        "CV.\n\nSaludos cordiales,\nLucía Fernández",
        "eh1",
    ),
    (
        "Estudio Herrera",
        "interview",
        "2025-04-15",
        "Martín Herrera <mherrera@estudioherrera.com.ar>",
        "Re: CV - Contadora Pública",
        "Lucía,\n\nGracias por tu CV. ¿Podés pasar por el estudio el jueves a las 17 para "
        "una entrevista con los socios?\n\nMartín Herrera",
        "eh1",
    ),
    (
        "Estudio Herrera",
        "withdrew",
        "2025-05-03",
        _ME,
        "Re: CV - Contadora Pública",
        "Martín,\n\nMuchas gracias por la entrevista. Te cuento que acepté otra propuesta, así que prefiero no "
        "continuar con el proceso.\n\nSaludos,\nLucía",
        "eh1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        _SOL,
        "Turno preocupacional",
        "onboarding",
        "Hola Lucía,\n\nTe confirmo el turno para el examen preocupacional el miércoles 7 a las 8 en el centro médico "
        "de Av. Córdoba 1234. Recordá ir en ayunas.\n\nSol",
    ),
    (
        "Mercado Libre <info@mercadolibre.com.ar>",
        "Tu compra está en camino",
        "shop",
        "Tu compra llegará el jueves. Seguí tu envío.",
    ),
    (
        "AFIP <noreply@afip.gob.ar>",
        "Nueva comunicación en tu Domicilio Fiscal Electrónico",
        "other",
        "Tenés una nueva comunicación en tu Domicilio Fiscal Electrónico.",
    ),
    ("Rappi <no-reply@rappi.com>", "Tu pedido fue entregado", "shop", "¡Que lo disfrutes! Calificá tu pedido."),
    (
        "Bumeran <alertas@bumeran.com.ar>",
        "Nuevos avisos para vos",
        "alert",
        "Analista Contable - Banco Galicia - CABA. Contador Sr - Techint - CABA. Ver todos los avisos.",
    ),
    (
        "Carla Benítez <cbenitez@consultoratalento.com.ar>",
        "Búsqueda confidencial - Jefe/a de Contabilidad",
        "outreach",
        "Hola Lucía, estoy con una búsqueda confidencial de Jefe/a de Contabilidad para una empresa de "
        "consumo masivo. ¿Te interesaría conversar?",
    ),
    (
        "Banco Galicia <avisos@bancogalicia.com.ar>",
        "Tu resumen está disponible",
        "other",
        "Tu resumen de tarjeta de abril ya está disponible.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Enviados"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LUCIA,
        own_to={
            "Río de la Plata Seguros": _SOL,
            "Estudio Herrera": "Estudio Herrera <info@estudioherrera.com.ar>",
        },
        offset="-0300",
        clock="15:10:00",
        neg_start="2025-04-28",
        neg_step=2,
        neg_clock="09:30:00",
        tag="hundredfortyseven",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=LUCIA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Todo el correo, incluido el spam y la papelera.mbox", msgs or messages())
