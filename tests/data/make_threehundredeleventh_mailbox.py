"""A three-hundred-and-eleventh mailbox, written as a held-out check after the three-hundred-and-tenth (issue #24).

Lotte, an HR generalist in Antwerp, saves her Outlook mail as .eml files.  Belgian hiring in Dutch and French: a
Flemish port company's Recruitee receipt "Bedankt voor je sollicitatie", a Brussels federal body's Selor-style
"Uw kandidatuur werd goed ontvangen", an interim office's "ik heb je cv doorgestuurd naar onze klant Scheldt Chemicals",
"We nodigen je graag uit voor een eerste gesprek", a "tweede gesprek" with the HR director, a Walloon company's
"Nous avons le plaisir de vous inviter à un entretien", "Helaas moeten we je laten weten dat we niet verder gaan met
je kandidatuur", "nous sommes au regret de vous informer", an offer ("We bieden je graag de functie aan") and her
own "Ik aanvaard het aanbod graag".  Negatives: VDAB's vacature alert, Jobat's newsletter, a Bol.com order, a De
Lijn notice, a KBC notice, her brother.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LOTTE = "lotte.janssens.hr@telenet.example"
ME = f"Lotte Janssens <{LOTTE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Havenbedrijf Noord",
        "applied",
        "2025-04-07",
        "Havenbedrijf Noord <noreply@recruitee.com>",
        "Bedankt voor je sollicitatie bij Havenbedrijf Noord",
        "Dag Lotte,\n\nBedankt voor je sollicitatie voor de functie van HR Business Partner bij Havenbedrijf Noord. We "
        "bekijken je kandidatuur zorgvuldig en laten je binnen twee weken iets weten.\n\nMet vriendelijke groeten,\n"
        "Team HR Havenbedrijf Noord",
        None,
    ),
    (
        "Scheldt Chemicals",
        "applied",
        "2025-04-08",
        "Sofie Peeters <sofie.peeters@interimplus.example>",
        "Je kandidatuur - HR Generalist",
        "Dag Lotte,\n\nBedankt voor het fijne gesprek van daarnet. Zoals afgesproken heb ik je cv doorgestuurd naar "
        "onze klant Scheldt Chemicals voor de functie van HR Generalist in Zwijndrecht. Ik hou je op de hoogte!\n\n"
        "Groetjes,\nSofie Peeters\nConsultant | Interim Plus",
        None,
    ),
    (
        "Ardennes Logistique",
        "applied",
        "2025-04-09",
        "Ardennes Logistique <recrutement@ardenneslogistique.example>",
        "Votre candidature - Gestionnaire RH",
        "Madame Janssens,\n\nNous accusons bonne réception de votre candidature au poste de Gestionnaire RH "
        "(Namur) et vous en remercions.\n\nLe service du personnel\nArdennes Logistique SA",
        None,
    ),
    (
        "Havenbedrijf Noord",
        "interview",
        "2025-04-14",
        "Karen De Smet <karen.desmet@havenbedrijfnoord.example>",
        "Uitnodiging eerste gesprek",
        "Dag Lotte,\n\nWe nodigen je graag uit voor een eerste gesprek op donderdag 17 april om 14u in ons kantoor aan "
        "de Kattendijkdok. Je spreekt met mij en met Pieter, teamleider HR.\n\nMet vriendelijke groeten,\nKaren De "
        "Smet\nRecruiter | Havenbedrijf Noord",
        None,
    ),
    (
        "Ardennes Logistique",
        "interview",
        "2025-04-15",
        "Ardennes Logistique <recrutement@ardenneslogistique.example>",
        "Invitation à un entretien",
        "Madame Janssens,\n\nNous avons le plaisir de vous inviter à un entretien le mardi 22 avril à 10h dans nos "
        "bureaux de Namur.\n\nLe service du personnel\nArdennes Logistique SA",
        None,
    ),
    (
        "Scheldt Chemicals",
        "rejected",
        "2025-04-18",
        "Sofie Peeters <sofie.peeters@interimplus.example>",
        "RE: Je kandidatuur - HR Generalist",
        "Dag Lotte,\n\nIk kreeg net feedback van de klant: helaas moeten we je laten weten dat ze niet verder gaan met "
        "je kandidatuur. Ze kozen voor iemand met meer ervaring in de chemie.\n\nGroetjes,\nSofie",
        None,
    ),
    (
        "Havenbedrijf Noord",
        "interview",
        "2025-04-22",
        "Karen De Smet <karen.desmet@havenbedrijfnoord.example>",
        "Tweede gesprek",
        "Dag Lotte,\n\nBedankt voor het fijne gesprek! We willen je graag uitnodigen voor een tweede gesprek met onze "
        "HR-directeur op maandag 28 april om 10u.\n\nMet vriendelijke groeten,\nKaren",
        None,
    ),
    (
        "Ardennes Logistique",
        "rejected",
        "2025-04-28",
        "Ardennes Logistique <recrutement@ardenneslogistique.example>",
        "Votre candidature - Gestionnaire RH",
        "Madame Janssens,\n\nNous vous remercions pour l'entretien. Nous sommes au regret de vous informer que nous "
        "avons retenu une autre candidature.\n\nLe service du personnel\nArdennes Logistique SA",
        None,
    ),
    (
        "Havenbedrijf Noord",
        "offer",
        "2025-05-05",
        "Karen De Smet <karen.desmet@havenbedrijfnoord.example>",
        "Aanbod HR Business Partner",
        "Dag Lotte,\n\nGoed nieuws: we bieden je graag de functie van HR Business Partner aan, met een bruto "
        "maandloon van 4.650 euro, maaltijdcheques en een bedrijfswagen. Het contract vind je in bijlage.\n\nMet "
        "vriendelijke groeten,\nKaren",
        None,
    ),
    (
        "Havenbedrijf Noord",
        "accepted",
        "2025-05-06",
        ME,
        "RE: Aanbod HR Business Partner",
        "Dag Karen,\n\nHartelijk dank! Ik aanvaard het aanbod graag en bezorg je het ondertekende contract deze "
        "week.\n\nGroeten,\nLotte",
        "Karen De Smet <karen.desmet@havenbedrijfnoord.example>",
    ),
]

_NEGATIVES = [
    (
        "VDAB <vacatures@vdab.example>",
        "Nieuwe vacatures voor HR Business Partner",
        "alert",
        "HR Business Partner - Antwerpen. HR Generalist - Mechelen. Solliciteer nu.",
    ),
    (
        "Jobat <nieuwsbrief@jobat.example>",
        "Jobat nieuwsbrief: loon en voordelen",
        "newsletter",
        "Deze week: hoeveel verdient een HR-professional? En tips voor je sollicitatiegesprek.",
    ),
    (
        "bol <klantenservice@bol.example>",
        "Je bestelling is verzonden",
        "shop",
        "Je bestelling 4021-88 is verzonden en wordt morgen geleverd.",
    ),
    (
        "De Lijn <info@delijn.example>",
        "Omleiding lijn 24",
        "other",
        "Door werken rijdt lijn 24 vanaf maandag een omleiding.",
    ),
    (
        "KBC <berichten@kbc.example>",
        "Nieuw bericht in KBC Touch",
        "other",
        "U hebt een nieuw bericht in KBC Touch.",
    ),
    (
        "Wout Janssens <wout.janssens@gmail.example>",
        "verjaardag mama",
        "personal",
        "zondag taart bij mama, kom je om 3u?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0200",
        clock="11:15:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="19:25:00",
        tag="threehundredeleven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), LOTTE)
