"""A two-hundred-and-fortieth mailbox, written as a held-out check after the two-hundred-and-thirty-ninth
(issue #24).

Daniela, a marketing coordinator in Mexico City, exports Gmail with Takeout from an account in Spanish
("Enviados", "Recibidos").  Mexican hiring in "tú": OCC's receipt, "¡Hola, Daniela!", "te compartimos que avanzaste
a la siguiente etapa", "pruebas psicométricas", an "entrevista con el área", a "carta oferta", "por el momento no
continuarás en el proceso", companies written "S.A. de C.V." and "SAPI de CV", a recruiter at a Gmail address for
"una empresa del sector retail".  Negatives: OCC's "vacantes para ti", Computrabajo's alerts, Mercado Libre, a
bank's "estado de cuenta", a cousin.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANIELA = "daniela.fuentes.mkt@gmail.com"
ME = f"Daniela Fuentes <{DANIELA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Grupo Altavista",
        "applied",
        "2025-06-02",
        "OCC <noreply@occ.com.mx>",
        "Tu postulación fue enviada",
        "¡Hola, Daniela!\n\nTu postulación a la vacante Coordinador(a) de Marketing en Grupo Altavista S.A. de C.V. "
        "fue enviada con éxito. Te avisaremos cuando la empresa revise tu CV.\n\nEquipo OCC",
        "a1",
    ),
    (
        "Finanzas Maya",
        "applied",
        "2025-06-03",
        "Reclutamiento Finanzas Maya <talento@finanzasmaya.mx>",
        "Gracias por tu interés en Finanzas Maya",
        "Hola Daniela,\n\nGracias por postularte a la vacante de Especialista en Marketing Digital. Revisaremos tu "
        "perfil y, si cumples con lo que buscamos, te contactaremos.\n\nSaludos,\nEquipo de Talento\nFinanzas Maya "
        "SAPI de CV",
        "m1",
    ),
    (
        "Tiendas Jacaranda",
        "applied",
        "2025-06-04",
        "Valeria Ortiz <valeria.ortiz.rh@gmail.com>",
        "Vacante Coordinadora de Trade Marketing",
        "Hola Daniela, ¿cómo estás?\n\nGracias por enviarme tu CV. Ya lo compartí con mi cliente, una empresa del "
        "sector retail en Polanco, para la vacante de Coordinadora de Trade Marketing. En cuanto tenga respuesta te "
        "aviso.\n\nSaludos,\nValeria Ortiz\nReclutadora",
        "j1",
    ),
    (
        "Grupo Altavista",
        "interview",
        "2025-06-09",
        "Atracción de Talento Grupo Altavista <atracciondetalento@altavista.com.mx>",
        "Siguiente etapa: pruebas psicométricas",
        "Hola Daniela,\n\nTe compartimos que avanzaste a la siguiente etapa del proceso. Te enviaremos una liga para "
        "realizar tus pruebas psicométricas; tienes 48 horas para contestarlas.\n\nSaludos,\nAtracción de Talento",
        "a2",
    ),
    (
        "Tiendas Jacaranda",
        "interview",
        "2025-06-11",
        "Valeria Ortiz <valeria.ortiz.rh@gmail.com>",
        "Re: Vacante Coordinadora de Trade Marketing",
        "Hola Daniela,\n\n¡Buenas noticias! El cliente es Tiendas Jacaranda y quieren entrevistarte el jueves a las "
        "11:00 en sus oficinas de Polanco con la gerente de Trade Marketing.\n\nSaludos,\nValeria",
        "j1",
    ),
    (
        "Finanzas Maya",
        "rejected",
        "2025-06-12",
        "Reclutamiento Finanzas Maya <talento@finanzasmaya.mx>",
        "Actualización de tu proceso",
        "Hola Daniela,\n\nAgradecemos mucho tu interés. Por el momento no continuarás en el proceso para la vacante "
        "de Especialista en Marketing Digital, pero guardaremos tu CV para futuras oportunidades.\n\nSaludos,\n"
        "Equipo de Talento",
        "m1",
    ),
    (
        "Grupo Altavista",
        "interview",
        "2025-06-16",
        "Atracción de Talento Grupo Altavista <atracciondetalento@altavista.com.mx>",
        "Entrevista con el área - Coordinador(a) de Marketing",
        "Hola Daniela,\n\nTus resultados fueron muy buenos. Te invitamos a una entrevista con el área de Marketing "
        "el miércoles 18 de junio a las 10:00 por Teams.\n\nSaludos,\nAtracción de Talento",
        "a2",
    ),
    (
        "Tiendas Jacaranda",
        "rejected",
        "2025-06-20",
        "Valeria Ortiz <valeria.ortiz.rh@gmail.com>",
        "Re: Vacante Coordinadora de Trade Marketing",
        "Hola Daniela,\n\nTe cuento que el cliente decidió avanzar con otra candidata que tiene más experiencia en "
        "autoservicio. Te agradezco mucho tu tiempo y te tengo en cuenta para otras vacantes.\n\nSaludos,\nValeria",
        "j1",
    ),
    (
        "Grupo Altavista",
        "offer",
        "2025-06-25",
        "Atracción de Talento Grupo Altavista <atracciondetalento@altavista.com.mx>",
        "Carta oferta - Coordinador(a) de Marketing",
        "Hola Daniela,\n\n¡Felicidades! Nos da mucho gusto compartirte tu carta oferta para la posición de "
        "Coordinadora de Marketing. Revísala y, si estás de acuerdo, fírmala y envíanosla antes del viernes.\n\n"
        "Saludos,\nAtracción de Talento",
        "a3",
    ),
    (
        "Grupo Altavista",
        "accepted",
        "2025-06-26",
        ME,
        "RE: Carta oferta - Coordinador(a) de Marketing",
        "Hola,\n\n¡Muchas gracias! Les envío mi carta oferta firmada; acepto con mucho gusto. Quedo atenta a los "
        "siguientes pasos para mi ingreso.\n\nSaludos,\nDaniela Fuentes",
        "a3",
    ),
]

_OWN_TO = {"Grupo Altavista": "Atracción de Talento Grupo Altavista <atracciondetalento@altavista.com.mx>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "OCC <noreply@occ.com.mx>",
        "Vacantes para ti: Coordinador de Marketing",
        "alert",
        "Coordinador de Marketing - CDMX; Analista de Marca - Santa Fe; Community Manager - Remoto.",
    ),
    (
        "Computrabajo <alertas@computrabajo.example>",
        "Nuevas ofertas de empleo que te pueden interesar",
        "alert",
        "Ejecutivo de Trade Marketing; Coordinador de Eventos; Auxiliar de Mercadotecnia.",
    ),
    (
        "Mercado Libre <info@mercadolibre.example>",
        "Tu compra está en camino",
        "shop",
        "Tu paquete llegará el jueves.",
    ),
    (
        "BBVA México <avisos@bbva.example>",
        "Tu estado de cuenta ya está disponible",
        "other",
        "Consulta tu estado de cuenta de mayo en la app.",
    ),
    (
        "Fer Fuentes <fer.fuentes@hotmail.example>",
        "Carne asada el domingo",
        "personal",
        "Prima, ¿vienes el domingo? Lleva las tortillas.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (her account's labels in Spanish)."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=DANIELA,
        own_to=_OWN_TO,
        offset="-0600",
        clock="10:45:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="20:30:00",
        tag="twohundredforty",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=DANIELA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(
        Path(folder) / "Todo el correo, incluido el spam y la papelera.mbox", msgs if msgs is not None else messages()
    )
