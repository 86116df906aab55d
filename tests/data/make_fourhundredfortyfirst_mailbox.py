"""A four-hundred-and-forty-first mailbox, written as a held-out check after the four-hundred-and-fortieth (issue
#24).

Chiara, a UX writer from Turin working in Barcelona, keeps her search in Gmail and exports it with Takeout.
Barcelona's companies write English, Spanish and Catalan: a Workable receipt in English, a start-up's Spanish "Nos
encantaría conocerte en una videollamada", a design agency's Catalan "Gràcies per la teva candidatura" and "Ens
agradaria fer-te una entrevista", a bank's "Lamentamos comunicarte que no continuarás en el proceso", "We'd like to
offer you the role of Senior UX Writer", her "¡Acepto encantada!" and a decline in English.  Negatives: InfoJobs' and
LinkedIn's alerts, a design meetup, a Renfe ticket, a gym and her brother.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CHIARA = "chiara.rossi.ux@gmail.com"
ME = f"Chiara Rossi <{CHIARA}>"
PAU = "Pau Serra <pau@estudiguix.example>"
IRENE = "Irene Vidal <irene.vidal@tramuntanalabs.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Tramuntana Labs",
        "applied",
        "2025-05-05",
        "Tramuntana Labs <noreply@workablemail.com>",
        "Thanks for applying to Tramuntana Labs",
        "Hi Chiara,\n\nThanks for applying for the Senior UX Writer position at Tramuntana Labs. We'll review your "
        "application and get back to you.\n\nTramuntana Labs",
        "t-tl",
    ),
    (
        "Estudi Guix",
        "applied",
        "2025-05-06",
        "Estudi Guix <hola@estudiguix.example>",
        "Candidatura - UX Writer",
        "Hola Chiara,\n\nGràcies per la teva candidatura per a la posició de UX Writer. La revisarem aviat.\n\nL'equip "
        "d'Estudi Guix",
        "t-eg",
    ),
    (
        "Banc Mediterrani",
        "applied",
        "2025-05-06",
        "Banc Mediterrani <bancmediterrani@myworkday.com>",
        "Hemos recibido tu candidatura",
        "Hola Chiara:\n\nGracias por tu interés en Banc Mediterrani. Hemos recibido tu candidatura para Content Designer "
        "(R-5521).\n\nEquipo de Talento",
        "t-bm",
    ),
    (
        "Tramuntana Labs",
        "interview",
        "2025-05-09",
        IRENE,
        "Tramuntana Labs - UX Writer",
        "Hola Chiara,\n\n¡Gracias por tu candidatura! Nos encantaría conocerte en una videollamada de 45 minutos con "
        "nuestra Head of Design. ¿Te va bien el martes a las 16h?\n\nIrene Vidal\nPeople, Tramuntana Labs",
        "t-tl2",
    ),
    (
        "Estudi Guix",
        "interview",
        "2025-05-12",
        PAU,
        "RE: Candidatura - UX Writer",
        "Hola Chiara,\n\nEns agradaria fer-te una entrevista a l'estudi, dijous a les 11h, amb la directora creativa.\n\n"
        "Pau Serra",
        "t-eg",
    ),
    (
        "Banc Mediterrani",
        "rejected",
        "2025-05-14",
        "Banc Mediterrani <bancmediterrani@myworkday.com>",
        "Actualización de tu candidatura",
        "Hola Chiara:\n\nLamentamos comunicarte que no continuarás en el proceso de selección para Content Designer.\n\n"
        "Equipo de Talento",
        "t-bm2",
    ),
    (
        "Tramuntana Labs",
        "offer",
        "2025-05-21",
        IRENE,
        "Offer - Senior UX Writer",
        "Hi Chiara,\n\nWe'd like to offer you the role of Senior UX Writer! EUR 52,000, hybrid, starting June 16. The "
        "contract will follow.\n\nIrene",
        "t-tl3",
    ),
    (
        "Tramuntana Labs",
        "accepted",
        "2025-05-22",
        ME,
        "RE: Offer - Senior UX Writer",
        "¡Hola Irene! ¡Acepto encantada! Muchas gracias a todo el equipo.\n\nChiara",
        "t-tl3",
    ),
    (
        "Estudi Guix",
        "withdrew",
        "2025-05-22",
        ME,
        "RE: Candidatura - UX Writer",
        "Hi Pau,\n\nThank you so much for the interview. I've accepted another offer, so I'd like to withdraw my "
        "application.\n\nChiara",
        "t-eg",
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas: UX Writer",
        "alert",
        "UX Writer - Barcelona. Content Designer - Madrid.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"ux writer": 9 new jobs in Barcelona',
        "alert",
        "UX Writer - Glovo. Content Designer - Typeform.",
    ),
    (
        "Barcelona Design Meetup <hola@meetup.example>",
        "Next meetup: writing for voice interfaces",
        "newsletter",
        "Join us on May 28. RSVP.",
    ),
    (
        "Renfe <venta@renfe.example>",
        "Tu billete",
        "other",
        "Barcelona Sants - Madrid, 30/05.",
    ),
    (
        "DiR Gym <socios@dir.example>",
        "Tu cuota de mayo",
        "other",
        "Tu cuota de mayo ha sido cargada.",
    ),
    (
        "Luca Rossi <luca.rossi@gmail.example>",
        "mamma",
        "personal",
        "Chiama la mamma domenica!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CHIARA,
        own_to={"Tramuntana Labs": IRENE, "Estudi Guix": PAU},
        offset="+0200",
        clock="11:05:00",
        neg_start="2025-05-04",
        neg_step=4,
        neg_clock="20:45:00",
        tag="fourhundredfortyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
