"""A three-hundred-and-fifth mailbox, written as a held-out check after the three-hundred-and-fourth (issue #24).

Andrés, a logistics analyst in Bogotá, exports Gmail with Takeout.  Colombian hiring as it writes: Computrabajo's
"Tu hoja de vida fue enviada a Transportes Sabana S.A.S.", elempleo's "Aplicaste a la oferta", a Magneto receipt,
"Has sido preseleccionado" with a psicotécnica test, "una entrevista con el jefe inmediato", "lamentamos informarte
que no continúas en el proceso", "no fuiste seleccionado en esta oportunidad", a "carta oferta" with the salary in
pesos, and his own "Acepto la oferta".  Negatives: Computrabajo's alert, elempleo's "Tu hoja de vida fue vista",
Rappi's promotion, a Bancolombia notice, a Millonarios ticket, his brother.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANDRES = "andres.f.rojas.log@gmail.com"
ME = f"Andrés Rojas <{ANDRES}>"

_OWN_TO = {
    "Distribuidora Andina del Café": "Laura Pineda <laura.pineda@andinacafe.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Transportes Sabana",
        "applied",
        "2025-05-05",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Tu hoja de vida fue enviada",
        "Hola Andrés,\n\nTu hoja de vida fue enviada a TRANSPORTES SABANA S.A.S. para la oferta Analista de Logística "
        "- Funza.\n\nTe avisaremos cuando la empresa revise tu hoja de vida.\n\nEl equipo de Computrabajo",
        "t1",
    ),
    (
        "Distribuidora Andina del Café",
        "applied",
        "2025-05-06",
        "elempleo.com <notificaciones@elempleo.com>",
        "Aplicaste a la oferta Analista de Inventarios",
        "Hola Andrés,\n\nAplicaste a la oferta Analista de Inventarios de Distribuidora Andina del Café S.A. en Bogotá. "
        "La empresa revisará tu perfil y se comunicará contigo si continúas en el proceso.\n\nelempleo.com",
        "d1",
    ),
    (
        "Grupo Logístico Cundinamarca",
        "applied",
        "2025-05-07",
        "Grupo Logístico Cundinamarca <notificaciones@magneto365.com>",
        "¡Gracias por postularte!",
        "Hola Andrés,\n\nGracias por postularte a la vacante Coordinador de Bodega en Grupo Logístico Cundinamarca. "
        "Estaremos revisando tu perfil.\n\nEquipo de Talento Humano",
        "g1",
    ),
    (
        "Distribuidora Andina del Café",
        "interview",
        "2025-05-12",
        "Laura Pineda <laura.pineda@andinacafe.example>",
        "Preselección - Analista de Inventarios",
        "Hola Andrés,\n\n¡Has sido preseleccionado para continuar en el proceso! El siguiente paso es presentar una "
        "prueba psicotécnica en línea, que debes completar antes del jueves 15 de mayo.\n\nCordialmente,\nLaura "
        "Pineda\nAnalista de Selección | Distribuidora Andina del Café S.A.",
        "d2",
    ),
    (
        "Transportes Sabana",
        "rejected",
        "2025-05-14",
        "Computrabajo <notificaciones@computrabajo.com>",
        "Actualización de tu postulación",
        "Hola Andrés,\n\nLamentamos informarte que no continúas en el proceso de selección para la oferta Analista de "
        "Logística - Funza de TRANSPORTES SABANA S.A.S.\n\n¡Sigue postulándote!\nEl equipo de Computrabajo",
        "t1",
    ),
    (
        "Distribuidora Andina del Café",
        "interview",
        "2025-05-19",
        "Laura Pineda <laura.pineda@andinacafe.example>",
        "Citación a entrevista - Analista de Inventarios",
        "Hola Andrés,\n\nTe citamos a una entrevista con el jefe inmediato, Carlos Mejía (Jefe de Inventarios), el "
        "miércoles 21 de mayo a las 9:00 a. m. en nuestra sede de Montevideo, Bogotá. Trae tu documento de "
        "identidad.\n\nCordialmente,\nLaura Pineda",
        "d3",
    ),
    (
        "Grupo Logístico Cundinamarca",
        "rejected",
        "2025-05-22",
        "Grupo Logístico Cundinamarca <notificaciones@magneto365.com>",
        "Resultado de tu proceso",
        "Hola Andrés,\n\nQueremos agradecerte por tu interés en Grupo Logístico Cundinamarca. En esta oportunidad no "
        "fuiste seleccionado para continuar en el proceso de Coordinador de Bodega.\n\nEquipo de Talento Humano",
        "g1",
    ),
    (
        "Distribuidora Andina del Café",
        "offer",
        "2025-05-29",
        "Laura Pineda <laura.pineda@andinacafe.example>",
        "Carta oferta - Analista de Inventarios",
        "Hola Andrés,\n\n¡Felicitaciones! Nos complace presentarte la carta oferta para el cargo de Analista de "
        "Inventarios, con un salario de $4.200.000 mensuales y contrato a término indefinido. Por favor revísala y "
        "confírmanos tu respuesta.\n\nCordialmente,\nLaura Pineda",
        "d4",
    ),
    (
        "Distribuidora Andina del Café",
        "accepted",
        "2025-05-30",
        ME,
        "RE: Carta oferta - Analista de Inventarios",
        "Hola Laura,\n\nMuchas gracias. Acepto la oferta y quedo atento a los documentos para la contratación.\n\n"
        "Saludos,\nAndrés",
        "d4",
    ),
]

_NEGATIVES = [
    (
        "Computrabajo <alertas@computrabajo.com>",
        "Nuevas ofertas de Analista de Logística en Bogotá",
        "alert",
        "Analista de Logística - Bogotá. Auxiliar de Bodega - Funza. Postúlate ya.",
    ),
    (
        "elempleo.com <notificaciones@elempleo.com>",
        "Tu hoja de vida fue vista",
        "viewed",
        "Hola Andrés, una empresa vio tu hoja de vida. Mantén tu perfil actualizado.",
    ),
    (
        "Rappi <promos@rappi.example>",
        "Envío gratis este fin de semana",
        "shop",
        "Pide en tus restaurantes favoritos con envío gratis todo el fin de semana.",
    ),
    (
        "Bancolombia <notificaciones@bancolombia.example>",
        "Compra aprobada",
        "other",
        "Bancolombia le informa compra por $58.900 en Éxito con su tarjeta terminada en 4421.",
    ),
    (
        "Millonarios FC <boleteria@millonarios.example>",
        "Tu boleta para el domingo",
        "other",
        "Tu boleta para el partido del domingo en El Campín está lista.",
    ),
    (
        "Felipe Rojas <felipe.rojas@hotmail.example>",
        "asado",
        "personal",
        "hermano, el sábado asado donde mi mamá, ¿vienes?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ANDRES,
        own_to=_OWN_TO,
        offset="-0500",
        clock="09:40:00",
        neg_start="2025-05-04",
        neg_step=4,
        neg_clock="20:30:00",
        tag="threehundredfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
