"""A seventy-ninth mailbox, written as a held-out check after the seventy-eighth's fixes (issue #24).

Nikos, a Greek data engineer living in Berlin, exports Gmail with Takeout (German labels) and applies across Europe
in three languages: LinkedIn Easy Apply in German ("Ihre Bewerbung wurde an ... gesendet"), an Amsterdam scale-up
in English on Recruitee, a Barcelona company in Spanish, a Lyon company in French, a Munich one in German; a
refusal in each language, an offer in English, his acceptance in English and his withdrawal in Spanish.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NIKOS = "nikos.papadakis.data@gmail.com"
_ME = f"Nikos Papadakis <{NIKOS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Grachtenlab (Amsterdam, English, Recruitee: screen, technical, final, offer, accepted)
    (
        "Grachtenlab",
        "applied",
        "2025-09-01",
        "Grachtenlab <no-reply@recruitee.com>",
        "We've received your application - Grachtenlab",
        "Hi Nikos,\n\nThank you for applying for the Senior Data Engineer position at Grachtenlab. We'll get back to "
        "you within two weeks.\n\nKind regards,\nGrachtenlab Talent Team",
        "gl1",
    ),
    (
        "Grachtenlab",
        "screen",
        "2025-09-04",
        "Femke de Vries <femke@grachtenlab.nl>",
        "Grachtenlab - Senior Data Engineer",
        "Hi Nikos,\n\nI'm Femke, talent partner at Grachtenlab. Thanks for your application! Would you have 30 "
        "minutes this week for an introductory call about the role and your relocation plans?\n\nBest,\nFemke",
        "gl2",
    ),
    (
        "Grachtenlab",
        "interview",
        "2025-09-10",
        "Femke de Vries <femke@grachtenlab.nl>",
        "Re: Grachtenlab - Senior Data Engineer",
        "Hi Nikos,\n\nGreat talking to you. Next up is a 90-minute technical interview with two of our data engineers "
        "(pipeline design and some live SQL). Here's my calendar to pick a slot.\n\nFemke",
        "gl2",
    ),
    (
        "Grachtenlab",
        "onsite",
        "2025-09-19",
        "Femke de Vries <femke@grachtenlab.nl>",
        "Final round - Grachtenlab",
        "Hi Nikos,\n\nThe team was impressed! We'd like to invite you to our final round in Amsterdam on 29 September - "
        "we'll cover your travel. You'll meet our VP Data and the team.\n\nFemke",
        "gl3",
    ),
    (
        "Grachtenlab",
        "offer",
        "2025-10-03",
        "Femke de Vries <femke@grachtenlab.nl>",
        "Your offer from Grachtenlab",
        "Hi Nikos,\n\nI'm delighted to share that we'd like to offer you the Senior Data Engineer role: EUR 92,000 "
        "plus relocation support and the 30% ruling. The offer letter is attached.\n\nFemke",
        "gl4",
    ),
    (
        "Grachtenlab",
        "accepted",
        "2025-10-06",
        _ME,
        "Re: Your offer from Grachtenlab",
        "Hi Femke,\n\nThank you! I'm very happy to accept the offer - signed letter attached. See you in Amsterdam!\n\n"
        "Nikos",
        "gl4",
    ),
    # Lindenhof Analytics (Munich, German, LinkedIn Easy Apply in German; a refusal)
    (
        "Lindenhof Analytics",
        "applied",
        "2025-09-02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Nikos, Ihre Bewerbung wurde an Lindenhof Analytics gesendet",
        "Ihre Bewerbung wurde an Lindenhof Analytics gesendet\n\nData Engineer (m/w/d)\nLindenhof Analytics · "
        "München, Bayern, Deutschland\n\nGesendet am 2. September 2025",
        "lh1",
    ),
    (
        "Lindenhof Analytics",
        "rejected",
        "2025-09-23",
        "Lindenhof Analytics GmbH <jobs@lindenhof-analytics.de>",
        "Ihre Bewerbung als Data Engineer (m/w/d)",
        "Hallo Nikos,\n\nvielen Dank für dein Interesse an Lindenhof Analytics. Nach sorgfältiger Prüfung müssen wir "
        "dir leider mitteilen, dass wir uns für andere Kandidat:innen entschieden haben.\n\nViele Grüße\nDein "
        "Lindenhof-Team",
        "lh2",
    ),
    # Onda Barcelona (Spanish: an interview; he withdraws in Spanish)
    (
        "Onda Barcelona",
        "applied",
        "2025-09-03",
        "Onda Barcelona <empleo@ondabarcelona.es>",
        "Hemos recibido tu candidatura",
        "Hola Nikos:\n\nGracias por tu candidatura para Data Engineer en Onda Barcelona. Nuestro equipo la revisará y "
        "te contestaremos pronto.\n\nEquipo de Personas",
        "ob1",
    ),
    (
        "Onda Barcelona",
        "interview",
        "2025-09-15",
        "Marc Puig <marc.puig@ondabarcelona.es>",
        "Entrevista - Data Engineer",
        "Hola Nikos:\n\nNos gustaría hacerte una entrevista técnica por videollamada con el equipo de datos. ¿Te va "
        "bien el jueves 18 a las 11:00? Podemos hacerla en inglés.\n\nSaludos,\nMarc",
        "ob2",
    ),
    (
        "Onda Barcelona",
        "withdrew",
        "2025-10-06",
        _ME,
        "Re: Entrevista - Data Engineer",
        "Hola Marc:\n\nMuchas gracias por la oportunidad. He aceptado otra oferta en Ámsterdam, así que prefiero "
        "retirar mi candidatura.\n\nUn saludo,\nNikos",
        "ob2",
    ),
    # Soie Data (Lyon, French: a refusal)
    (
        "Soie Data",
        "applied",
        "2025-09-05",
        "Soie Data <recrutement@soiedata.fr>",
        "Votre candidature chez Soie Data",
        "Bonjour Nikos,\n\nNous avons bien reçu votre candidature pour le poste de Data Engineer et nous vous en "
        "remercions.\n\nL'équipe Soie Data",
        "sd1",
    ),
    (
        "Soie Data",
        "rejected",
        "2025-09-26",
        "Soie Data <recrutement@soiedata.fr>",
        "Votre candidature chez Soie Data",
        "Bonjour Nikos,\n\nNous vous remercions de l'intérêt porté à Soie Data. Malheureusement, le poste requiert un "
        "niveau de français courant et nous ne pourrons pas donner suite à votre candidature.\n\nL'équipe Soie Data",
        "sd2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Neue Jobs für „Data Engineer“ in Europa",
        "alert",
        "Data Engineer - Grachtenlab - Amsterdam\nData Engineer - Onda Barcelona - Barcelona\nAlle Jobs anzeigen",
    ),
    (
        "Relocate.me <hello@relocate.me>",
        "Tech jobs with relocation this week",
        "newsletter",
        "20 companies hiring engineers with relocation packages. Unsubscribe",
    ),
    (
        "Lukas Brenner <lukas.brenner@techtalents-berlin.de>",
        "Senior Data Engineer - Berlin - Fintech",
        "outreach",
        "Hi Nikos, ich habe Ihr Profil auf LinkedIn gesehen und hätte eine spannende Position als Senior Data "
        "Engineer bei einem Fintech in Berlin. Hätten Sie Interesse an einem kurzen Austausch?",
    ),
    (
        "Grachtenlab <no-reply@recruitee.com>",
        "How was your interview experience?",
        "survey",
        "Hi Nikos, we'd love to hear about your candidate experience at Grachtenlab. Take our 2-minute survey.",
    ),
    (
        "Eleni Papadaki <eleni.papadaki@yahoo.gr>",
        "Τι νέα;",
        "personal",
        "Nikos mou, pos pane oi synenteuxeis? Fili apo Athina!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (his own under "Gesendet"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=NIKOS,
        own_to={
            "Grachtenlab": "Femke de Vries <femke@grachtenlab.nl>",
            "Onda Barcelona": "Marc Puig <marc.puig@ondabarcelona.es>",
        },
        offset="+0200",
        clock="10:55:00",
        neg_start="2025-09-06",
        neg_step=7,
        neg_clock="07:05:00",
        tag="seventynine",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=NIKOS)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
