"""A five-hundred-and-fifty-first mailbox, written as a held-out check after the five-hundred-and-fiftieth
(issue #24).

Pablo Navarro, a backend engineer in Madrid, reads his mail in Thunderbird and exports the inbox as one mbox; his
employers write in Spanish, in "tú", through LinkedIn, Factorial and Teamtailor: LinkedIn's "Tu solicitud se ha enviado
a Cabify", Factorial's "Hemos recibido tu candidatura para Backend Developer en Wallapop", Teamtailor's "¡Gracias por
tu candidatura!" from Glovo, Wallapop's "Te enviamos la prueba técnica: tienes una semana", "nos gustaría hacerte una
entrevista final con nuestro CTO en la oficina", Cabify's recruiter's "¿Tienes 20 minutos para una llamada esta
semana?", Glovo's "hemos decidido seguir adelante con otros candidatos", Wallapop's "propuesta de incorporación", his
"Acepto la propuesta" and his message to Cabify withdrawing. Negatives: InfoJobs' alert, Tecnoempleo's newsletter, a
consultora's cold mail, Cabify's ride receipt (a company he applied to), his gym and his sister. Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PABLO = "pablo.navarro.dev@proton.example"
ME = f"Pablo Navarro <{PABLO}>"
WALLA = "Wallapop <noreply@wallapop.factorialhr.example>"
IRENE = "Irene Castro <irene.castro@wallapop.example>"
LUIS = "Luis Moreno <luis.moreno@cabify.example>"
GLOVO = "Glovo <noreply@glovo.teamtailor-mail.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Cabify",
        "applied",
        "2025-02-03",
        "LinkedIn <jobs-noreply@linkedin.example>",
        "Pablo, tu solicitud se ha enviado a Cabify",
        "Tu solicitud se ha enviado a Cabify\n\nBackend Engineer (Go)\nCabify · Madrid (Híbrido)\n\nSolicitado el 3 de "
        "febrero de 2025",
        None,
    ),
    (
        "Wallapop",
        "applied",
        "2025-02-04",
        WALLA,
        "Hemos recibido tu candidatura",
        "Hola Pablo,\n\nHemos recibido tu candidatura para Backend Developer en Wallapop. Nuestro equipo la revisará y "
        "te diremos algo pronto.\n\nEquipo de Talento de Wallapop",
        None,
    ),
    (
        "Glovo",
        "applied",
        "2025-02-05",
        GLOVO,
        "¡Gracias por tu candidatura!",
        "Hola Pablo,\n\n¡Gracias por tu candidatura a Senior Backend Engineer en Glovo! Revisaremos tu perfil con "
        "atención.\n\nGlovo Talent Team",
        None,
    ),
    (
        "Wallapop",
        "interview",
        "2025-02-10",
        IRENE,
        "Prueba técnica - Backend Developer",
        "Hola Pablo,\n\nTu perfil nos encaja. Te enviamos la prueba técnica: tienes una semana para hacerla y luego la "
        "revisamos juntos.\n\nUn saludo,\nIrene Castro\nTalent Acquisition, Wallapop",
        None,
    ),
    (
        "Cabify",
        "screen",
        "2025-02-11",
        LUIS,
        "Backend Engineer (Go) en Cabify",
        "Hola Pablo,\n\nSoy Luis, del equipo de Talent de Cabify. He visto tu solicitud y me gustaría conocerte mejor. "
        "¿Tienes 20 minutos para una llamada esta semana?\n\nLuis",
        None,
    ),
    (
        "Glovo",
        "rejected",
        "2025-02-14",
        GLOVO,
        "Tu candidatura en Glovo",
        "Hola Pablo,\n\nGracias por tu interés en Glovo. Tras revisar tu perfil, hemos decidido seguir adelante con "
        "otros candidatos cuyo perfil se ajusta más a lo que buscamos.\n\nGlovo Talent Team",
        None,
    ),
    (
        "Wallapop",
        "onsite",
        "2025-02-20",
        IRENE,
        "Re: Prueba técnica - Backend Developer",
        "Hola Pablo,\n\n¡Muy buen trabajo con la prueba! Nos gustaría hacerte una entrevista final con nuestro CTO en la "
        "oficina de Barcelona el jueves 27.\n\nUn saludo,\nIrene",
        3,
    ),
    (
        "Wallapop",
        "offer",
        "2025-03-04",
        IRENE,
        "Propuesta de incorporación - Wallapop",
        "Hola Pablo,\n\n¡Enhorabuena! Nos encantaría que te unieras al equipo. Te adjunto nuestra propuesta de "
        "incorporación: 58.000 € brutos anuales más stock options.\n\nUn saludo,\nIrene",
        None,
    ),
    (
        "Wallapop",
        "accepted",
        "2025-03-05",
        ME,
        "Re: Propuesta de incorporación - Wallapop",
        "Hola Irene,\n\nAcepto la propuesta, ¡muchas gracias! Tengo muchas ganas de empezar.\n\nPablo",
        7,
        IRENE,
    ),
    (
        "Cabify",
        "withdrew",
        "2025-03-05",
        ME,
        "Re: Backend Engineer (Go) en Cabify",
        "Hola Luis,\n\nMuchas gracias por tu tiempo. He aceptado otra oferta, así que retiro mi candidatura al proceso."
        "\n\nUn saludo,\nPablo",
        4,
        LUIS,
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.example>",
        "Nuevas ofertas: Backend Developer en Madrid",
        "alert",
        "Backend Developer - Madrid. Desarrollador Go - Remoto. Ver ofertas.",
    ),
    (
        "Tecnoempleo <boletin@tecnoempleo.example>",
        "Boletín semanal de empleo TIC",
        "newsletter",
        "Las ofertas de la semana. Darse de baja.",
    ),
    (
        "Andrea Ruiz <andrea.ruiz@consultora-it.example>",
        "Proyecto Backend Go - remoto",
        "outreach",
        "Hola Pablo, estoy buscando un perfil Backend Go para un proyecto en remoto con un cliente del sector "
        "seguros. ¿Te interesaría?",
    ),
    (
        "Cabify <recibos@cabify.example>",
        "Tu viaje con Cabify",
        "other",
        "Gracias por viajar con Cabify. Total: 12,40 €.",
    ),
    (
        "Basic-Fit <info@basic-fit.example>",
        "Tu cuota mensual",
        "other",
        "Tu cuota de febrero se ha cobrado.",
    ),
    (
        "Lucía Navarro <lucia.navarro@gmail.example>",
        "cumpleaños",
        "personal",
        "¿Vienes a la cena del sábado?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=PABLO,
        offset=lambda d: "+0100",
        clock="10:35:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="21:05:00",
        tag="fivehundredfiftyone",
        host="proton.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
