"""A four-hundred-and-seventy-seventh mailbox, written as a held-out check after the four-hundred-and-seventy-sixth
(issue #24).

Ingeniero Diego Ramírez, a quality engineer in Querétaro, keeps his search in a Gmail account set to Spanish and
exports it with Takeout ("Enviados", "Recibidos").  Mexican industry hires through headhunters who write "usted": "le
presenté con nuestro cliente, Bosch, para la vacante de Ingeniero de Calidad Sr.", "Bosch desea entrevistarle el
jueves", "el cliente decidió no continuar con su proceso", "Bosch le hará llegar una oferta formal", OCC's "Tu
postulación fue enviada a Kellogg's", a plant's "Le informamos que su perfil fue preseleccionado para una entrevista
técnica", "una última entrevista con el gerente de planta", his "Le confirmo que acepto la oferta" and his "Quisiera
saber si hay alguna novedad".  Negatives: OCC's alert, a newsletter, a headhunter's "Vacante confidencial", an
industrial park's event, a Telcel bill and his mother.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DIEGO = "diego.ramirez.calidad@gmail.com"
ME = f"Diego Ramírez <{DIEGO}>"
PAOLA = "Paola Herrera <paola.herrera@talentobajio.example>"
SAFRAN = "Safran Reclutamiento <reclutamiento@safran.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Bosch",
        "applied",
        "2025-05-05",
        PAOLA,
        "Ingeniero de Calidad Sr. - Bosch",
        "Estimado Ing. Ramírez:\n\nGracias por su tiempo en la llamada. Le informo que le presenté con nuestro cliente, "
        "Bosch, para la vacante de Ingeniero de Calidad Sr. en Querétaro.\n\nSaludos cordiales,\nPaola Herrera\n"
        "Talento Bajío",
        "t-bosch",
    ),
    (
        "Kellogg's",
        "applied",
        "2025-05-06",
        "OCC Mundial <noreply@occ.example>",
        "Tu postulación fue enviada",
        "Hola Diego,\n\nTu postulación a la vacante Ingeniero de Calidad fue enviada a Kellogg's.\n\n¡Mucho éxito!\n"
        "OCC Mundial",
        "t-kel",
    ),
    (
        "Safran",
        "applied",
        "2025-05-07",
        SAFRAN,
        "Confirmación de postulación",
        "Estimado Diego Ramírez:\n\nHemos recibido su postulación para la posición de Ingeniero de Calidad de "
        "Proveedores. Gracias por su interés en Safran.\n\nReclutamiento Safran México",
        "t-saf",
    ),
    (
        "Bosch",
        "interview",
        "2025-05-12",
        PAOLA,
        "RE: Ingeniero de Calidad Sr. - Bosch",
        "Estimado Ing. Ramírez:\n\nBuenas noticias: Bosch desea entrevistarle el jueves 15 a las 10:00 en su planta "
        "de El Marqués.\n\nSaludos,\nPaola",
        "t-bosch",
    ),
    (
        "Safran",
        "interview",
        "2025-05-13",
        SAFRAN,
        "Entrevista técnica - Ingeniero de Calidad de Proveedores",
        "Estimado Diego Ramírez:\n\nLe informamos que su perfil fue preseleccionado para una entrevista técnica el "
        "martes 20 de mayo a las 12:00.\n\nReclutamiento Safran México",
        "t-saf2",
    ),
    (
        "Kellogg's",
        "follow_up",
        "2025-05-19",
        ME,
        "Postulación - Ingeniero de Calidad",
        "Buenas tardes,\n\nEl 6 de mayo me postulé a la vacante de Ingeniero de Calidad. Quisiera saber si hay alguna "
        "novedad.\n\nSaludos,\nDiego Ramírez",
        "t-kel2",
    ),
    (
        "Bosch",
        "rejected",
        "2025-05-21",
        PAOLA,
        "RE: Ingeniero de Calidad Sr. - Bosch",
        "Estimado Ing. Ramírez:\n\nLamento informarle que el cliente decidió no continuar con su proceso. Le tendré en "
        "cuenta para otras vacantes.\n\nSaludos,\nPaola",
        "t-bosch",
    ),
    (
        "Safran",
        "onsite",
        "2025-05-27",
        SAFRAN,
        "Entrevista final",
        "Estimado Diego Ramírez:\n\nFelicidades, avanzó a la etapa final: una última entrevista con el gerente de planta "
        "el 3 de junio.\n\nReclutamiento Safran México",
        "t-saf2",
    ),
    (
        "Safran",
        "offer",
        "2025-06-09",
        SAFRAN,
        "Oferta laboral - Ingeniero de Calidad de Proveedores",
        "Estimado Diego Ramírez:\n\nNos complace hacerle llegar nuestra oferta laboral para la posición de Ingeniero de "
        "Calidad de Proveedores. Adjuntamos la carta oferta.\n\nReclutamiento Safran México",
        "t-saf3",
    ),
    (
        "Safran",
        "accepted",
        "2025-06-10",
        ME,
        "RE: Oferta laboral - Ingeniero de Calidad de Proveedores",
        "Buen día,\n\nLe confirmo que acepto la oferta. Adjunto la carta firmada.\n\nSaludos cordiales,\nDiego Ramírez",
        "t-saf3",
    ),
]

_NEGATIVES = [
    (
        "OCC Mundial <alertas@occ.example>",
        "Nuevas vacantes de Ingeniero de Calidad en Querétaro",
        "alert",
        "Ingeniero de Calidad - El Marqués. Supervisor de Calidad - Corregidora. Ver vacantes.",
    ),
    (
        "Manufactura <boletin@manufactura.example>",
        "Boletín semanal",
        "newsletter",
        "Las noticias de la industria. Darse de baja.",
    ),
    (
        "Jorge Salinas <jorge.salinas@ejecutivos.example>",
        "Vacante confidencial",
        "outreach",
        "Estimado Ing. Ramírez, estoy buscando un Gerente de Calidad para una empresa automotriz confidencial. ¿Le "
        "interesaría platicar?",
    ),
    (
        "Parque Industrial Querétaro <eventos@piq.example>",
        "Feria del empleo industrial",
        "newsletter",
        "Le invitamos a nuestra feria del empleo el 24 de mayo.",
    ),
    (
        "Telcel <facturas@telcel.example>",
        "Tu factura está lista",
        "other",
        "Tu factura de mayo está disponible.",
    ),
    (
        "Mamá <rosa.ramirez@gmail.example>",
        "comida del domingo",
        "personal",
        "Mijo, ¿vienes a comer el domingo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=DIEGO,
        own_to={"Safran": SAFRAN, "Kellogg's": "Kellogg's Reclutamiento <reclutamiento@kelloggs.example>"},
        offset="-0600",
        clock="12:20:00",
        neg_start="2025-05-04",
        neg_step=6,
        neg_clock="21:35:00",
        tag="fourhundredseventyseven",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=DIEGO)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
