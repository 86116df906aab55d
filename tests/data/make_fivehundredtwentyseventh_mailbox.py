"""A five-hundred-and-twenty-seventh mailbox, written as a held-out check after the five-hundred-and-twenty-sixth
(issue #24).

Miriam Schulte, an intensive-care nurse in Hamburg, keeps her mail in Thunderbird and exports it as one mbox.  German
hospitals write "Sie" and hire in their own steps: "Vielen Dank für Ihre Bewerbung als Gesundheits- und
Krankenpflegerin (m/w/d) für unsere Intensivstation", "Wir möchten Sie gerne zu einem Vorstellungsgespräch mit der
Stationsleitung einladen", "Gerne bieten wir Ihnen im Anschluss eine Hospitation auf der Station an" (a day on the
ward, the last round), "Wir freuen uns, Ihnen mitteilen zu können, dass wir Sie gerne einstellen möchten", "nach
sorgfältiger Prüfung haben wir uns für eine andere Bewerberin entschieden"; a nursing agency's "Ich habe Ihr Profil
dem UKE vorgestellt"; her thanks and her "Ich nehme die Stelle gerne an".  Negatives: a nursing job board's alert, the
Pflegekammer's newsletter, a second agency's cold mail, the hospital group's own patient magazine (an employer she
applied to), the HVV and her brother.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MIRIAM = "miriam.schulte@web.example"
ME = f"Miriam Schulte <{MIRIAM}>"
ASK = "Asklepios Klinik Altona <bewerbung@asklepios.example>"
PETRA = "Petra Hansen <p.hansen@asklepios.example>"
AGENCY = "Tobias Krause <t.krause@pflegepersonal-nord.example>"
ALBERTINEN = "Albertinen Krankenhaus <karriere@albertinen.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Asklepios Klinik Altona",
        "applied",
        "2025-02-03",
        ASK,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Schulte,\n\nvielen Dank für Ihre Bewerbung als Gesundheits- und Krankenpflegerin (m/w/d) für "
        "unsere Intensivstation. Wir melden uns zeitnah bei Ihnen.\n\nIhr Recruiting-Team der Asklepios Klinik Altona",
        None,
    ),
    (
        "UKE",
        "applied",
        "2025-02-04",
        AGENCY,
        "Ihr Profil - Intensivpflege",
        "Hallo Frau Schulte,\n\nwie besprochen habe ich Ihr Profil heute dem UKE vorgestellt (Intensivpflege, Vollzeit). "
        "Ich melde mich, sobald ich Rückmeldung habe.\n\nViele Grüße\nTobias Krause\nPflegepersonal Nord",
        None,
    ),
    (
        "Albertinen Krankenhaus",
        "applied",
        "2025-02-05",
        ALBERTINEN,
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Schulte,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Pflegefachkraft Intensivstation. "
        "Wir prüfen Ihre Unterlagen.\n\nIhr Albertinen Krankenhaus",
        None,
    ),
    (
        "Asklepios Klinik Altona",
        "interview",
        "2025-02-10",
        PETRA,
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Schulte,\n\nwir möchten Sie gerne zu einem Vorstellungsgespräch mit der Stationsleitung am "
        "17. Februar um 13 Uhr einladen.\n\nMit freundlichen Grüßen\nPetra Hansen\nPflegedirektion",
        None,
    ),
    (
        "UKE",
        "rejected",
        "2025-02-12",
        AGENCY,
        "AW: Ihr Profil - Intensivpflege",
        "Hallo Frau Schulte,\n\nleider hat das UKE die Stelle bereits intern besetzt. Ich halte Ausschau nach weiteren "
        "Möglichkeiten.\n\nViele Grüße\nTobias Krause",
        1,
    ),
    (
        "Asklepios Klinik Altona",
        "thank_you",
        "2025-02-17",
        ME,
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Hansen,\n\nvielen Dank für das angenehme Gespräch heute.\n\nMit freundlichen Grüßen\nMiriam "
        "Schulte",
        3,
        PETRA,
    ),
    (
        "Asklepios Klinik Altona",
        "onsite",
        "2025-02-19",
        PETRA,
        "Hospitation",
        "Sehr geehrte Frau Schulte,\n\nvielen Dank für das gute Gespräch. Gerne bieten wir Ihnen im Anschluss eine "
        "Hospitation auf der Station an, am 26. Februar ab 7 Uhr.\n\nMit freundlichen Grüßen\nPetra Hansen",
        None,
    ),
    (
        "Albertinen Krankenhaus",
        "rejected",
        "2025-02-21",
        ALBERTINEN,
        "Ihre Bewerbung als Pflegefachkraft Intensivstation",
        "Sehr geehrte Frau Schulte,\n\nnach sorgfältiger Prüfung haben wir uns für eine andere Bewerberin entschieden. "
        "Wir wünschen Ihnen alles Gute.\n\nIhr Albertinen Krankenhaus",
        2,
    ),
    (
        "Asklepios Klinik Altona",
        "offer",
        "2025-03-03",
        PETRA,
        "Ihre Einstellung",
        "Sehr geehrte Frau Schulte,\n\nwir freuen uns, Ihnen mitteilen zu können, dass wir Sie gerne einstellen möchten. "
        "Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen zu.\n\nMit freundlichen Grüßen\nPetra Hansen",
        None,
    ),
    (
        "Asklepios Klinik Altona",
        "accepted",
        "2025-03-04",
        ME,
        "AW: Ihre Einstellung",
        "Sehr geehrte Frau Hansen,\n\nherzlichen Dank! Ich nehme die Stelle gerne an.\n\nMit freundlichen Grüßen\n"
        "Miriam Schulte",
        8,
        PETRA,
    ),
]

_NEGATIVES = [
    (
        "medi-jobs <jobalert@medi-jobs.example>",
        "Neue Stellen: Intensivpflege in Hamburg",
        "alert",
        "Pflegefachkraft Intensiv - Eppendorf. Fachkrankenpflegerin - Barmbek. Jetzt ansehen.",
    ),
    (
        "Pflegekammer Hamburg <news@pflegekammer.example>",
        "Newsletter März",
        "newsletter",
        "Neuigkeiten aus der Pflege. Abmelden.",
    ),
    (
        "Sarah Lindner <s.lindner@careteam-personal.example>",
        "Neue Stelle in der Intensivpflege",
        "outreach",
        "Hallo Frau Schulte, ich hätte eine spannende Stelle in der Intensivpflege für Sie. Hätten Sie Interesse?",
    ),
    (
        "Asklepios Magazin <magazin@asklepios.example>",
        "Das neue Patientenmagazin ist da",
        "newsletter",
        "Lesen Sie die neue Ausgabe. Abmelden.",
    ),
    (
        "HVV <noreply@hvv.example>",
        "Ihr Deutschlandticket",
        "other",
        "Ihr Ticket für März ist verfügbar.",
    ),
    (
        "Jonas Schulte <jonas.schulte@gmx.example>",
        "Wochenende",
        "personal",
        "Grillen am Samstag?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MIRIAM,
        offset=lambda d: "+0100",
        clock="15:25:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="20:55:00",
        tag="fivehundredtwentyseven",
        host="web.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
