"""A three-hundred-and-sixty-fourth mailbox, written as a held-out check after the three-hundred-and-sixty-third
(issue #24).

Javier, a backend engineer in Madrid, exports Gmail with Takeout from an account set to Spanish ("Enviados",
"Recibidos").  Madrid's tech scene in two languages: a scale-up's Greenhouse mail in English ("Thanks for applying to
Lumbre"), its "technical interview with two engineers" and "we've decided not to move forward", a bank's Spanish
SuccessFactors receipt ("Hemos recibido tu candidatura") and "prueba técnica", a start-up's Teamtailor in Spanish
("¡Gracias por tu candidatura!"), its founder's "¿Te vendrías a la oficina el jueves a conocer al equipo? Sería la
última entrevista", "¡Queremos que te unas al equipo! Te adjunto la propuesta", his "¡Acepto!", his own thank-you to the
bank's interviewer and the bank's refusal.  Negatives: an InfoJobs alert, a Welcome to the Jungle newsletter, a
Cabify receipt, an Iberdrola bill, an El Corte Inglés promotion, his friend.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JAVIER = "javier.moreno.dev@gmail.com"
ME = f"Javier Moreno <{JAVIER}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lumbre",
        "applied",
        "2025-09-15",
        "Lumbre <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Lumbre",
        "Hi Javier,\n\nThanks for applying to the Senior Backend Engineer (Go) role at Lumbre. Our team will review your "
        "application and get back to you soon.\n\nThe Lumbre Talent Team",
        "j1",
    ),
    (
        "Banco Castellana",
        "applied",
        "2025-09-16",
        "Banco Castellana <noreply@successfactors.eu>",
        "Hemos recibido tu candidatura",
        "Hola Javier:\n\nHemos recibido tu candidatura para la posición de Ingeniero/a Backend Java en Banco Castellana. "
        "Revisaremos tu perfil y nos pondremos en contacto contigo.\n\nEquipo de Talento",
        "j2",
    ),
    (
        "Trazo",
        "applied",
        "2025-09-17",
        "Trazo <no-reply@teamtailor.com>",
        "¡Gracias por tu candidatura!",
        "¡Hola Javier!\n\nGracias por tu candidatura a Backend Developer en Trazo. La revisaremos con cariño y te diremos "
        "algo pronto.\n\nEl equipo de Trazo",
        "j3",
    ),
    (
        "Lumbre",
        "interview",
        "2025-09-22",
        "Marta Ibáñez <marta.ibanez@lumbre.io>",
        "Lumbre - technical interview",
        "Hi Javier,\n\nThanks for the chat last week! Next step is a 90-minute technical interview with two engineers "
        "from the payments team. Could you share your availability for next week?\n\nMarta\nTalent Partner",
        "j1",
    ),
    (
        "Banco Castellana",
        "interview",
        "2025-09-23",
        "Banco Castellana <noreply@successfactors.eu>",
        "Prueba técnica - Ingeniero/a Backend Java",
        "Hola Javier:\n\nQueremos avanzar contigo en el proceso. El siguiente paso es una prueba técnica online de 60 "
        "minutos que podrás realizar hasta el viernes.\n\nEquipo de Talento",
        "j2",
    ),
    (
        "Trazo",
        "onsite",
        "2025-09-25",
        "Pablo Serrano <pablo@trazo.app>",
        "Re: ¡Gracias por tu candidatura!",
        "¡Hola Javier!\n\nNos gustó mucho la charla del martes. ¿Te vendrías a la oficina el jueves a conocer al equipo? "
        "Sería la última entrevista.\n\nPablo\nCEO & cofundador",
        "j3",
    ),
    (
        "Banco Castellana",
        "thank_you",
        "2025-10-01",
        ME,
        "Gracias por la entrevista",
        "Hola Elena:\n\nMuchas gracias por la entrevista de hoy, me ha encantado conocer al equipo de pagos.\n\nUn "
        "saludo,\nJavier",
        "j4",
    ),
    (
        "Lumbre",
        "rejected",
        "2025-10-02",
        "Marta Ibáñez <marta.ibanez@lumbre.io>",
        "Re: Lumbre - technical interview",
        "Hi Javier,\n\nThank you for your time with the team. After a lot of discussion we've decided not to move "
        "forward for this role. We really appreciated getting to know you.\n\nMarta",
        "j1",
    ),
    (
        "Trazo",
        "offer",
        "2025-10-03",
        "Pablo Serrano <pablo@trazo.app>",
        "¡Bienvenido a Trazo!",
        "¡Hola Javier!\n\n¡Queremos que te unas al equipo! Te adjunto la propuesta: 55.000 € brutos anuales más stock "
        "options.\n\nPablo",
        "j5",
    ),
    (
        "Trazo",
        "accepted",
        "2025-10-04",
        ME,
        "Re: ¡Bienvenido a Trazo!",
        "¡Pablo! ¡Acepto! Muchísimas gracias, tengo muchas ganas de empezar.\n\nJavier",
        "j5",
    ),
    (
        "Banco Castellana",
        "rejected",
        "2025-10-08",
        "Banco Castellana <noreply@successfactors.eu>",
        "Actualización sobre tu candidatura",
        "Hola Javier:\n\nGracias por tu interés en Banco Castellana. En esta ocasión hemos decidido continuar con otros "
        "perfiles que se ajustan más a la posición.\n\nEquipo de Talento",
        "j2",
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas de Backend en Madrid",
        "alert",
        "Backend Developer Go - Madrid. Ingeniero Java - Madrid. Ver ofertas.",
    ),
    (
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Las empresas que están contratando esta semana",
        "newsletter",
        "Descubre las startups que más contratan en Madrid.",
    ),
    (
        "Cabify <receipts@cabify.example>",
        "Tu recibo de Cabify",
        "other",
        "Gracias por viajar con Cabify. Total: 14,20 €.",
    ),
    (
        "Iberdrola <facturas@iberdrola.example>",
        "Tu factura de luz",
        "other",
        "Ya tienes disponible tu factura de septiembre.",
    ),
    (
        "El Corte Inglés <info@elcorteingles.example>",
        "Ofertas de otoño",
        "shop",
        "Descuentos en moda y tecnología.",
    ),
    (
        "Dani Ruiz <dani.ruiz@gmail.example>",
        "pádel",
        "personal",
        "¿Pádel el domingo a las 11?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, labelled as a Spanish account writes them."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JAVIER,
        own_to={
            "Banco Castellana": "Elena Ruiz <elena.ruiz@bancocastellana.es>",
            "Trazo": "Pablo Serrano <pablo@trazo.app>",
        },
        offset="+0200",
        clock="11:20:00",
        neg_start="2025-09-14",
        neg_step=4,
        neg_clock="21:00:00",
        tag="threehundredsixtyfour",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=JAVIER)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
