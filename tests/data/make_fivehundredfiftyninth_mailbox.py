"""A five-hundred-and-fifty-ninth mailbox, written as a held-out check after the five-hundred-and-fifty-eighth (issue
#24).

Camila Rojas, a commercial engineer in Santiago, keeps her search in a Gmail account set to Spanish and exports it with
Takeout ("Enviados", "Recibidos"). Chilean employers write through Buk, Trabajando.com and Laborum, and a consulting
firm for its client, in "tú" and in Chilean turns: Buk's "recibimos tu postulación al cargo de Ingeniera Comercial en
Falabella", Laborum's "Tu postulación a Analista Comercial en Cencosud fue enviada", the consultant's "Te presentamos
a nuestro cliente, Banco de Chile, para el cargo de Ejecutiva de Negocios", Falabella's "quedaste seleccionada para la
siguiente etapa: entrevista psicolaboral", Cencosud's "lamentablemente no seguirás en el proceso", "Banco de Chile
quiere conocerte: entrevista con la gerente de área", Falabella's "entrevista final con el gerente comercial en
nuestras oficinas de Las Condes", its "nos complace ofrecerte el cargo", her "Muchas gracias por la entrevista" to the
consultant, her "Acepto la oferta" and her withdrawal from Banco de Chile. Negatives: Laborum's alert, a newsletter, a
headhunter's cold mail, Falabella's store promotion (a company she applied to), her bank's transfer notice and her
brother. Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILA = "camila.rojas.ic@gmail.com"
ME = f"Camila Rojas <{CAMILA}>"
BUK = "Falabella <notificaciones@buk.example>"
LABORUM = "Laborum <postulaciones@laborum.example>"
CENCO = "Cencosud <seleccion@cencosud.example>"
PAULA = "Paula Soto <paula.soto@adecco.example>"
JAVIERA = "Javiera Muñoz <jmunoz@falabella.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Falabella",
        "applied",
        "2025-03-10",
        BUK,
        "Recibimos tu postulación",
        "Hola Camila,\n\nRecibimos tu postulación al cargo de Ingeniera Comercial en Falabella. Revisaremos tus "
        "antecedentes y te contactaremos si avanzas en el proceso.\n\nEquipo de Selección Falabella",
        "t-fal",
    ),
    (
        "Cencosud",
        "applied",
        "2025-03-11",
        LABORUM,
        "Tu postulación fue enviada",
        "Hola Camila,\n\nTu postulación a Analista Comercial en Cencosud fue enviada con éxito.\n\nEquipo Laborum",
        "t-cen",
    ),
    (
        "Banco de Chile",
        "applied",
        "2025-03-12",
        PAULA,
        "Ejecutiva de Negocios - Banco de Chile",
        "Hola Camila,\n\nGracias por tu tiempo en la llamada. Te presentamos a nuestro cliente, Banco de Chile, para el "
        "cargo de Ejecutiva de Negocios. Te aviso apenas tenga novedades.\n\nSaludos,\nPaula Soto\nConsultora, Adecco "
        "Professional",
        "t-bch",
    ),
    (
        "Falabella",
        "interview",
        "2025-03-17",
        BUK,
        "Siguiente etapa de tu proceso",
        "Hola Camila,\n\n¡Felicitaciones! Quedaste seleccionada para la siguiente etapa: entrevista psicolaboral, el "
        "jueves 20 de marzo a las 10:00 por Teams.\n\nEquipo de Selección Falabella",
        "t-fal2",
    ),
    (
        "Cencosud",
        "rejected",
        "2025-03-18",
        CENCO,
        "Resultado de tu postulación",
        "Hola Camila,\n\nAgradecemos tu interés en Cencosud. Lamentablemente no seguirás en el proceso para el cargo de "
        "Analista Comercial.\n\nEquipo de Selección Cencosud",
        "t-cen2",
    ),
    (
        "Banco de Chile",
        "interview",
        "2025-03-19",
        PAULA,
        "RE: Ejecutiva de Negocios - Banco de Chile",
        "Hola Camila,\n\n¡Buenas noticias! Banco de Chile quiere conocerte: entrevista con la gerente de área el lunes "
        "24 a las 16:00.\n\nSaludos,\nPaula",
        "t-bch",
    ),
    (
        "Banco de Chile",
        "thank_you",
        "2025-03-24",
        ME,
        "RE: Ejecutiva de Negocios - Banco de Chile",
        "Hola Paula,\n\nMuchas gracias por la entrevista de hoy; la gerente fue muy amable. Quedo atenta.\n\nSaludos,\n"
        "Camila",
        "t-bch",
    ),
    (
        "Falabella",
        "onsite",
        "2025-03-25",
        JAVIERA,
        "Entrevista final - Ingeniera Comercial",
        "Hola Camila,\n\nTe invitamos a la entrevista final con el gerente comercial en nuestras oficinas de Las Condes "
        "el miércoles 2 de abril a las 11:00.\n\nSaludos,\nJaviera Muñoz\nSelección, Falabella",
        "t-fal3",
    ),
    (
        "Falabella",
        "offer",
        "2025-04-07",
        JAVIERA,
        "RE: Entrevista final - Ingeniera Comercial",
        "Hola Camila,\n\nNos complace ofrecerte el cargo de Ingeniera Comercial. Te envío la carta oferta con el "
        "detalle de la renta.\n\nSaludos,\nJaviera",
        "t-fal3",
    ),
    (
        "Falabella",
        "accepted",
        "2025-04-08",
        ME,
        "RE: Entrevista final - Ingeniera Comercial",
        "Hola Javiera,\n\nAcepto la oferta, ¡muchas gracias! Estoy muy contenta.\n\nSaludos,\nCamila",
        "t-fal3",
    ),
    (
        "Banco de Chile",
        "withdrew",
        "2025-04-08",
        ME,
        "RE: Ejecutiva de Negocios - Banco de Chile",
        "Hola Paula,\n\nTe cuento que acepté otra oferta, así que prefiero retirarme del proceso con Banco de Chile. "
        "¡Gracias por todo!\n\nCamila",
        "t-bch",
    ),
]

_NEGATIVES = [
    (
        "Laborum <alertas@laborum.example>",
        "Nuevos empleos para ti",
        "alert",
        "Analista Comercial - Santiago. Ingeniero Comercial - Providencia. Ver empleos.",
    ),
    (
        "Diario Financiero <newsletter@df.example>",
        "DF: lo más leído",
        "newsletter",
        "Las noticias del día. Desuscribirse.",
    ),
    (
        "Rodrigo Pérez <rperez@headhunterchile.example>",
        "Oportunidad: Jefe Comercial",
        "outreach",
        "Hola Camila, tengo una búsqueda de Jefe Comercial en una empresa de retail. ¿Te interesa conversar?",
    ),
    (
        "Falabella <ofertas@falabella.example>",
        "¡CyberDay! Hasta 50% dcto.",
        "shop",
        "Aprovecha las ofertas. Desuscribirse.",
    ),
    (
        "BancoEstado <notificaciones@bancoestado.example>",
        "Comprobante de transferencia",
        "other",
        "Transferencia realizada por $45.000.",
    ),
    (
        "Diego Rojas <diego.rojas@gmail.example>",
        "asado",
        "personal",
        "¿Vienes al asado el domingo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CAMILA,
        own_to={"Falabella": JAVIERA, "Banco de Chile": PAULA},
        offset="-0300",
        clock="11:30:00",
        neg_start="2025-03-09",
        neg_step=5,
        neg_clock="21:00:00",
        tag="fivehundredfiftynine",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=CAMILA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
