"""A three-hundred-and-seventy-ninth mailbox, written as a held-out check after the three-hundred-and-seventy-eighth
(issue #24).

Diego, a financial analyst in Mexico City, reads his mail in Outlook and saves it as .eml files, in Spanish.  Mexican
hiring as it arrives: OCC's "Tu postulación a Analista Financiero Sr en Grupo Nopal fue enviada", the company's own
"Gracias por tu interés en formar parte de Grupo Nopal", "Nos gustaría agendar una llamada telefónica", "te invitamos a
una entrevista presencial con el Gerente de Finanzas", a psychometric test from an employer ("pruebas psicométricas",
an interview round), "nos complace ofrecerte la posición", his "Con gusto acepto la oferta"; a headhunter's "Te
comento que ya envié tu CV a mi cliente, una empresa de consumo masivo en Santa Fe" (the client unnamed), then "el
cliente es Alimentos Tepeyac y quieren entrevistarte el jueves", then "decidieron avanzar con otro candidato";
Computrabajo's receipt for a bank and its "no continuarás en el proceso".  Negatives: an OCC alert, a Bumeran "tu CV fue
visto", a bank statement, Liverpool, Uber Eats, a friend.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DIEGO = "diego.ramirez.fin@outlook.com"
ME = f"Diego Ramírez <{DIEGO}>"
NOPAL = "Fernanda Ortiz <fernanda.ortiz@gruponopal.com.mx>"
HUNTER = "Ricardo Salinas <rsalinas@talentohumanomx.com>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Grupo Nopal",
        "applied",
        "2025-02-03",
        "OCC <notificaciones@occ.com.mx>",
        "Tu postulación a Analista Financiero Sr fue enviada",
        "Hola Diego,\n\nTu postulación a Analista Financiero Sr en Grupo Nopal fue enviada con éxito. La empresa podrá "
        "ver tu CV y contactarte.\n\nMucho éxito,\nEl equipo de OCC",
        None,
    ),
    (
        "Alimentos Tepeyac",
        "applied",
        "2025-02-04",
        HUNTER,
        "Gerente de Planeación Financiera - consumo masivo",
        "Hola Diego,\n\nGracias por tu tiempo en la llamada de hoy. Te comento que ya envié tu CV a mi cliente, una "
        "empresa de consumo masivo en Santa Fe, para la posición de Gerente de Planeación Financiera. En cuanto tenga "
        "retroalimentación te aviso.\n\nSaludos,\nRicardo Salinas\nConsultor Senior | Talento Humano MX",
        None,
    ),
    (
        "Banco del Bajío Norte",
        "applied",
        "2025-02-05",
        "Computrabajo <no-reply@computrabajo.com.mx>",
        "Has aplicado a la oferta Analista de Riesgos",
        "Hola Diego,\n\nHas aplicado correctamente a la oferta Analista de Riesgos en Banco del Bajío Norte. Te "
        "avisaremos cuando la empresa revise tu hoja de vida.\n\nComputrabajo",
        None,
    ),
    (
        "Grupo Nopal",
        "screen",
        "2025-02-07",
        NOPAL,
        "Proceso Analista Financiero Sr - Grupo Nopal",
        "Hola Diego,\n\nGracias por tu interés en formar parte de Grupo Nopal. Revisamos tu perfil y nos gustaría agendar "
        "una llamada telefónica de 20 minutos para conocerte. ¿Tienes disponibilidad el lunes a las 11:00?\n\n"
        "Saludos,\nFernanda Ortiz\nAtracción de Talento, Grupo Nopal",
        None,
    ),
    (
        "Alimentos Tepeyac",
        "interview",
        "2025-02-10",
        HUNTER,
        "RE: Gerente de Planeación Financiera - consumo masivo",
        "Diego, buenas noticias: el cliente es Alimentos Tepeyac y quieren entrevistarte el jueves a las 17:00 en sus "
        "oficinas de Santa Fe con la Directora de Finanzas. ¿Te queda bien?\n\nRicardo",
        None,
    ),
    (
        "Grupo Nopal",
        "interview",
        "2025-02-12",
        NOPAL,
        "RE: Proceso Analista Financiero Sr - Grupo Nopal",
        "Hola Diego,\n\nComo siguiente paso te pedimos contestar unas pruebas psicométricas en línea (aprox. 45 minutos) "
        "antes del viernes. Te llegará el enlace de nuestra plataforma.\n\nSaludos,\nFernanda",
        None,
    ),
    (
        "Grupo Nopal",
        "interview",
        "2025-02-17",
        NOPAL,
        "Entrevista - Analista Financiero Sr",
        "Hola Diego,\n\nTe invitamos a una entrevista presencial con el Gerente de Finanzas, el Lic. Arturo Méndez, el "
        "miércoles 19 de febrero a las 10:00 en nuestras oficinas de Polanco (Av. Ejército Nacional 843, piso 6).\n\n"
        "Saludos,\nFernanda",
        None,
    ),
    (
        "Alimentos Tepeyac",
        "rejected",
        "2025-02-21",
        HUNTER,
        "RE: Gerente de Planeación Financiera - consumo masivo",
        "Hola Diego,\n\nTe escribo para comentarte que Tepeyac decidió avanzar con otro candidato que tiene más "
        "experiencia en la industria. Agradezco mucho tu tiempo y te tendré en cuenta para otras posiciones.\n\n"
        "Ricardo",
        None,
    ),
    (
        "Banco del Bajío Norte",
        "rejected",
        "2025-02-24",
        "Computrabajo <no-reply@computrabajo.com.mx>",
        "Actualización de tu postulación",
        "Hola Diego,\n\nBanco del Bajío Norte revisó tu hoja de vida para la oferta Analista de Riesgos y no continuarás "
        "en el proceso de selección. ¡Sigue postulándote!\n\nComputrabajo",
        None,
    ),
    (
        "Grupo Nopal",
        "offer",
        "2025-02-26",
        NOPAL,
        "Propuesta económica - Analista Financiero Sr",
        "Hola Diego,\n\nNos complace ofrecerte la posición de Analista Financiero Sr. Te comparto la propuesta económica: "
        "sueldo mensual bruto de $48,000 MXN, aguinaldo de 30 días, vales de despensa y seguro de gastos médicos "
        "mayores. Quedamos atentos a tu respuesta.\n\nSaludos,\nFernanda Ortiz",
        None,
    ),
    (
        "Grupo Nopal",
        "accepted",
        "2025-02-27",
        ME,
        "RE: Propuesta económica - Analista Financiero Sr",
        "Hola Fernanda,\n\nMuchas gracias. Con gusto acepto la oferta; quedo atento a los siguientes pasos para la "
        "contratación.\n\nSaludos,\nDiego Ramírez",
        NOPAL,
    ),
]

_NEGATIVES = [
    (
        "OCC <alertas@occ.com.mx>",
        "Nuevas vacantes de Analista Financiero para ti",
        "alert",
        "Analista Financiero - Ciudad de México - $35,000. Analista de Costos - Naucalpan - $30,000. Ver vacantes.",
    ),
    (
        "Bumeran <notificaciones@bumeran.com.mx>",
        "¡Tu CV fue visto!",
        "not an application",
        "Una empresa vio tu CV esta semana. Completa tu perfil para destacar.",
    ),
    (
        "BBVA México <avisos@bbva.example>",
        "Tu estado de cuenta está disponible",
        "other",
        "Tu estado de cuenta de enero ya está disponible en la app.",
    ),
    (
        "Liverpool <promociones@liverpool.example>",
        "Venta nocturna: hasta 18 MSI",
        "shop",
        "Aprovecha la venta nocturna este fin de semana.",
    ),
    (
        "Uber Eats <uber@uber.example>",
        "Tu pedido del domingo",
        "other",
        "Gracias por tu pedido. Total: $312.00 MXN.",
    ),
    (
        "Andrés Vega <andres.vega@gmail.example>",
        "fut el sábado",
        "personal",
        "¿Te lanzas al fut el sábado a las 9?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0600",
        clock="12:05:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="21:50:00",
        tag="threehundredseventynine",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), DIEGO)
