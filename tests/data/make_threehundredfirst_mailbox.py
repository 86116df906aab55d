"""A three-hundred-and-first mailbox, written as a held-out check after the three-hundredth (issue #24).

Lukas, a product manager in Berlin, exports Gmail with Takeout.  Berlin's start-ups write in English and German,
often mixed: JOIN's "Deine Bewerbung bei Kiezkraft ist eingegangen", a Personio receipt in English, a
SmartRecruiters receipt for a mobility company, a recruiter's "Lass uns gern kurz telefonieren" (a screen), an
"Zweitgespräch" with the Head of Product, a product case study, a "Final Interview mit unseren Gründern", a German
refusal ("wir haben uns für andere Kandidat:innen entschieden"), "Leider müssen wir dir mitteilen", an offer ("Wir
freuen uns, dir ein Angebot zu machen") and his own "Ich nehme das Angebot sehr gerne an".  Negatives: XING's
"Neue Jobs für dich", StepStone's alert, the BVG's ticket, a Zalando order, a newsletter from Berlin's product
community, his flatmate.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUKAS = "lukas.brandt.pm@gmail.com"
ME = f"Lukas Brandt <{LUKAS}>"

_OWN_TO = {
    "Kiezkraft": "Mira Okonkwo <mira@kiezkraft.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Kiezkraft",
        "applied",
        "2025-03-03",
        "Kiezkraft via JOIN <noreply@join.com>",
        "Deine Bewerbung bei Kiezkraft ist eingegangen",
        "Hallo Lukas,\n\nvielen Dank für deine Bewerbung als Senior Product Manager (m/w/d) bei Kiezkraft! Wir "
        "schauen uns deine Unterlagen in Ruhe an und melden uns so schnell wie möglich bei dir.\n\nViele Grüße\n"
        "Dein Kiezkraft Team",
        "k1",
    ),
    (
        "Spreewerk Mobility",
        "applied",
        "2025-03-04",
        "Spreewerk Mobility <noreply@smartrecruiters.com>",
        "Thank you for your application to Spreewerk Mobility",
        "Dear Lukas,\n\nThank you for applying for Product Manager - Fleet Platform at Spreewerk Mobility. We're "
        "reviewing your profile and will get back to you soon.\n\nBest regards,\nSpreewerk Mobility Talent Team",
        "s1",
    ),
    (
        "Tempelhof Health",
        "applied",
        "2025-03-05",
        "Tempelhof Health <noreply@personio.de>",
        "Your application as Product Lead",
        "Hi Lukas,\n\nthanks for your application as Product Lead at Tempelhof Health. We have received your documents "
        "and will get back to you as soon as possible.\n\nBest,\nYour Tempelhof Health People Team",
        "t1",
    ),
    (
        "Kiezkraft",
        "screen",
        "2025-03-07",
        "Mira Okonkwo <mira@kiezkraft.example>",
        "Kurzes Kennenlernen?",
        "Hi Lukas,\n\ndanke für deine Bewerbung! Ich bin Mira und kümmere mich bei Kiezkraft ums Recruiting. Lass uns "
        "gern kurz telefonieren - hast du Dienstag oder Mittwoch 20 Minuten Zeit?\n\nViele Grüße\nMira\n"
        "Talent Acquisition | Kiezkraft",
        "k2",
    ),
    (
        "Spreewerk Mobility",
        "rejected",
        "2025-03-11",
        "Spreewerk Mobility <noreply@smartrecruiters.com>",
        "Ihre Bewerbung bei Spreewerk Mobility",
        "Hallo Lukas,\n\nvielen Dank für dein Interesse an Spreewerk Mobility. Leider müssen wir dir mitteilen, dass "
        "wir uns für andere Kandidat:innen entschieden haben, deren Profil noch besser zur Position passt.\n\nWir "
        "wünschen dir alles Gute!\nSpreewerk Mobility Talent Team",
        "s1",
    ),
    (
        "Kiezkraft",
        "interview",
        "2025-03-13",
        "Mira Okonkwo <mira@kiezkraft.example>",
        "Zweitgespräch mit Jonas (Head of Product)",
        "Hi Lukas,\n\nschön, dass es dir im ersten Gespräch gefallen hat - uns auch! Als nächsten Schritt möchten wir "
        "dich zu einem Zweitgespräch mit Jonas, unserem Head of Product, einladen. Passt dir Montag, 17.03., um 14 "
        "Uhr per Google Meet?\n\nViele Grüße\nMira",
        "k3",
    ),
    (
        "Tempelhof Health",
        "rejected",
        "2025-03-17",
        "Tempelhof Health <noreply@personio.de>",
        "Update zu deiner Bewerbung",
        "Hallo Lukas,\n\nvielen Dank für deine Zeit und dein Interesse an Tempelhof Health. Nach sorgfältiger Prüfung "
        "haben wir uns entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen.\n\nAlles Gute für deine "
        "weitere Suche!\nDein Tempelhof Health People Team",
        "t1",
    ),
    (
        "Kiezkraft",
        "interview",
        "2025-03-19",
        "Mira Okonkwo <mira@kiezkraft.example>",
        "Case Study für Kiezkraft",
        "Hi Lukas,\n\nJonas war begeistert! Der nächste Schritt ist eine kleine Case Study: Du bekommst ein Briefing zu "
        "unserem Händler-Onboarding und präsentierst deine Ideen in 45 Minuten vor dem Product-Team. Termin: "
        "Dienstag, 25.03.\n\nViele Grüße\nMira",
        "k4",
    ),
    (
        "Kiezkraft",
        "onsite",
        "2025-03-26",
        "Mira Okonkwo <mira@kiezkraft.example>",
        "Final Interview mit unseren Gründern",
        "Hi Lukas,\n\ndeine Präsentation kam super an! Zum Abschluss möchten wir dich zu einem Final Interview mit "
        "unseren beiden Gründern in unser Büro in Kreuzberg einladen, am Freitag, 28.03. um 11 Uhr.\n\nViele Grüße\n"
        "Mira",
        "k5",
    ),
    (
        "Kiezkraft",
        "offer",
        "2025-04-01",
        "Mira Okonkwo <mira@kiezkraft.example>",
        "Dein Angebot von Kiezkraft",
        "Hi Lukas,\n\nwir freuen uns sehr, dir ein Angebot für die Position als Senior Product Manager zu machen: "
        "82.000 EUR brutto im Jahr plus VSOP, Start am 1. Mai. Den Vertrag findest du im Anhang.\n\nViele Grüße\nMira",
        "k6",
    ),
    (
        "Kiezkraft",
        "accepted",
        "2025-04-02",
        ME,
        "Re: Dein Angebot von Kiezkraft",
        "Hi Mira,\n\nvielen Dank! Ich nehme das Angebot sehr gerne an und freue mich riesig auf den Start am 1. Mai. "
        "Den unterschriebenen Vertrag schicke ich dir heute noch zurück.\n\nViele Grüße\nLukas",
        "k6",
    ),
]

_NEGATIVES = [
    (
        "XING <jobs@xing.example>",
        "Neue Jobs für dich: Product Manager in Berlin",
        "alert",
        "Senior Product Manager - Berlin. Product Owner (m/w/d) - Potsdam. Jetzt bewerben.",
    ),
    (
        "StepStone Jobagent <jobagent@stepstone.de>",
        '12 neue Jobs für "Product Manager"',
        "alert",
        "Product Manager Payments (m/w/d) - Berlin. Head of Product - Hamburg.",
    ),
    (
        "BVG <abo@bvg.example>",
        "Dein Deutschlandticket für April",
        "other",
        "Dein Deutschlandticket für April ist jetzt in der App verfügbar.",
    ),
    (
        "Zalando <info@zalando.example>",
        "Deine Bestellung ist unterwegs",
        "shop",
        "Deine Bestellung 10293847 ist unterwegs und kommt voraussichtlich am Donnerstag.",
    ),
    (
        "Product Berlin <hello@productberlin.example>",
        "Product Berlin Newsletter #42",
        "newsletter",
        "This month: a talk on discovery at scale, and our next meetup in Friedrichshain.",
    ),
    (
        "Felix Hartmann <felix.hartmann@posteo.example>",
        "Miete",
        "personal",
        "hey, kannst du mir die miete diesen monat bis freitag überweisen? danke!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LUKAS,
        own_to=_OWN_TO,
        offset="+0100",
        clock="09:50:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="21:00:00",
        tag="threehundredone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
