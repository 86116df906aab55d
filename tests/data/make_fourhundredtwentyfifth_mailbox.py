"""A four-hundred-and-twenty-fifth mailbox, written as a held-out check after the four-hundred-and-twenty-fourth
(issue #24).

Daniela, a logistics analyst in Medellín, keeps her search in Gmail and exports it with Takeout (her own mail under
"Enviados").  Colombian headhunters in their own Spanish: "tu hoja de vida ya está en manos del cliente, una empresa
de cementos", "El cliente es Cementos Andinos y te quieren entrevistar el martes", "quedaste en la terna final",
"el cliente decidió continuar el proceso con otra persona", "¡te van a hacer la oferta!", a second firm's "te
presenté a Transportes del Valle para el cargo de Analista de Operaciones"; Computrabajo's "Tu hoja de vida fue
enviada", a company's own "Citación a entrevista" and "prueba psicotécnica", and her "¡Acepto con mucho gusto!".
Negatives: Computrabajo's alert, elempleo's newsletter, a headhunter's unnamed approach, Bancolombia, Rappi and her
mother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANI = "daniela.restrepo.log@gmail.com"
ME = f"Daniela Restrepo <{DANI}>"
CAMILO = "Camilo Ortiz <cortiz@talentoandino.example>"
LAURA = "Laura Gómez <lgomez@seleccionpaisa.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Cementos Andinos",
        "applied",
        "2025-08-04",
        CAMILO,
        "Proceso Analista de Logística",
        "Hola Daniela, ¿cómo vas?\n\nTe cuento que tu hoja de vida ya está en manos del cliente, una empresa de "
        "cementos en Itagüí, para el cargo de Analista de Logística. Te aviso apenas tenga noticias.\n\nCamilo Ortiz\n"
        "Talento Andino - Headhunting",
        "t-ca",
    ),
    (
        "Transportes del Valle",
        "applied",
        "2025-08-05",
        LAURA,
        "Analista de Operaciones - Transportes del Valle",
        "Hola Daniela,\n\nComo hablamos, te presenté a Transportes del Valle para el cargo de Analista de Operaciones. "
        "Quedo atenta.\n\nLaura Gómez\nSelección Paisa",
        "t-tv",
    ),
    (
        "Distribuidora Antioquia",
        "applied",
        "2025-08-05",
        "Computrabajo <noreply@computrabajo.com.co>",
        "Tu hoja de vida fue enviada",
        "Hola Daniela,\n\nTu hoja de vida fue enviada a la oferta Coordinadora de Inventarios de Distribuidora "
        "Antioquia S.A.S.\n\nComputrabajo",
        "t-da",
    ),
    (
        "Distribuidora Antioquia",
        "interview",
        "2025-08-08",
        "Gestión Humana Distribuidora Antioquia <gestionhumana@distriantioquia.example>",
        "Citación a entrevista - Coordinadora de Inventarios",
        "Buen día Daniela,\n\nDe manera atenta te citamos a entrevista el lunes 11 de agosto a las 9:00 a.m. en nuestra "
        "sede de Guayabal, y a la prueba psicotécnica el mismo día.\n\nGestión Humana",
        "t-da2",
    ),
    (
        "Cementos Andinos",
        "interview",
        "2025-08-11",
        CAMILO,
        "RE: Proceso Analista de Logística",
        "Daniela,\n\nEl cliente es Cementos Andinos y te quieren entrevistar el martes a las 2 p.m. con el jefe de "
        "logística, en la planta de Itagüí.\n\nCamilo",
        "t-ca",
    ),
    (
        "Transportes del Valle",
        "rejected",
        "2025-08-13",
        LAURA,
        "RE: Analista de Operaciones - Transportes del Valle",
        "Hola Daniela,\n\nTe cuento que el cliente decidió continuar el proceso con otra persona que tiene más "
        "experiencia en transporte de carga. Seguimos en contacto.\n\nLaura",
        "t-tv",
    ),
    (
        "Distribuidora Antioquia",
        "rejected",
        "2025-08-15",
        "Gestión Humana Distribuidora Antioquia <gestionhumana@distriantioquia.example>",
        "Resultado del proceso",
        "Daniela,\n\nTe agradecemos tu participación. En esta ocasión tu perfil no fue seleccionado para continuar.\n\n"
        "Gestión Humana",
        "t-da3",
    ),
    (
        "Cementos Andinos",
        "onsite",
        "2025-08-15",
        CAMILO,
        "RE: Proceso Analista de Logística",
        "¡Daniela! Quedaste en la terna final. El cliente te quiere ver el jueves con el gerente de operaciones para la "
        "última entrevista.\n\nCamilo",
        "t-ca",
    ),
    (
        "Cementos Andinos",
        "offer",
        "2025-08-22",
        CAMILO,
        "¡Buenas noticias!",
        "Daniela, ¡te van a hacer la oferta! Salario de 5.800.000 COP más prestaciones, ingreso el 1 de septiembre. "
        "Llámame.\n\nCamilo",
        "t-ca-off",
    ),
    (
        "Cementos Andinos",
        "accepted",
        "2025-08-22",
        ME,
        "RE: ¡Buenas noticias!",
        "¡Camilo, qué alegría! Acepto con mucho gusto. Quedo atenta a los documentos.\n\nDaniela",
        "t-ca-off",
    ),
]

_NEGATIVES = [
    (
        "Computrabajo <alertas@computrabajo.com.co>",
        "Nuevas ofertas de Analista de Logística",
        "alert",
        "Analista de Logística - Envigado. Auxiliar de Bodega - Sabaneta. Ver todas.",
    ),
    (
        "elempleo <boletin@elempleo.example>",
        "Boletín: cómo negociar tu salario",
        "newsletter",
        "Consejos para tu próxima entrevista y tu negociación salarial.",
    ),
    (
        "Andrés Mejía <amejia@headhunterscol.example>",
        "Oportunidad - Jefe de Logística",
        "outreach",
        "Hola Daniela, estoy buscando un Jefe de Logística para una multinacional de consumo masivo. ¿Te interesa "
        "conversar?\n\nAndrés",
    ),
    (
        "Bancolombia <alertas@bancolombia.example>",
        "Transacción realizada",
        "other",
        "Compra por $85.000 en Éxito.",
    ),
    (
        "Rappi <noreply@rappi.example>",
        "Tu pedido llegó",
        "shop",
        "Gracias por pedir con Rappi.",
    ),
    (
        "Mamá <gloria.restrepo@hotmail.example>",
        "almuerzo",
        "personal",
        "Mija, ¿vienes a almorzar el domingo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=DANI,
        own_to={"Cementos Andinos": CAMILO},
        offset="-0500",
        clock="10:50:00",
        neg_start="2025-08-03",
        neg_step=3,
        neg_clock="20:35:00",
        tag="fourhundredtwentyfive",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=DANI)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
