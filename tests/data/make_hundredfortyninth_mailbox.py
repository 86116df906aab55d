"""A hundred-and-forty-ninth mailbox, written as a held-out check after the hundred-and-forty-eighth (issue #24).

Jens, a logistics planner in Antwerp, exports Gmail with Takeout in Dutch ("Verzonden", "Postvak IN").  He applies
in Flemish Dutch through Jobat, Workday and an employer's own site: "bedankt voor uw kandidatuur", a
"selectiegesprek", a "tweede gesprek met de directeur", an "aanbod", "we hebben beslist om niet verder te gaan met
uw kandidatuur".  His negatives: VDAB (the employment service), De Lijn, a Jobat alert, Bol, a bank, an agency's
pitch.  Written the day Dutch was added to the rules (from an Amsterdam mailbox's Dutch); its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JENS = "jens.peeters.log@gmail.com"
_ME = f"Jens Peeters <{JENS}>"
_AN = "An Claes <an.claes@scheldelogistics.be>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Schelde Logistics",
        "applied",
        "2025-09-01",
        "Jobat <noreply@jobat.be>",
        "Uw sollicitatie werd verstuurd",
        "Beste Jens,\n\nUw sollicitatie voor de functie Transportplanner bij Schelde Logistics werd succesvol "
        "verstuurd. Veel succes!\n\nHet Jobat-team",
        "sl1",
    ),
    (
        "Schelde Logistics",
        "interview",
        "2025-09-08",
        _AN,
        "Uitnodiging selectiegesprek - Transportplanner",
        "Beste Jens,\n\nBedankt voor uw kandidatuur. Graag nodigen wij u uit voor een selectiegesprek op donderdag 11 "
        "september om 14 uur op onze zetel in Antwerpen-Noord.\n\nMet vriendelijke groeten,\nAn Claes\nHR-verantwoordelijke",
        "sl2",
    ),
    (
        "Schelde Logistics",
        "onsite",
        "2025-09-15",
        _AN,
        "Re: Uitnodiging selectiegesprek - Transportplanner",
        "Beste Jens,\n\nHet eerste gesprek was positief. Wij nodigen u graag uit voor een tweede gesprek met onze "
        "directeur operaties op 19 september.\n\nMet vriendelijke groeten,\nAn Claes",
        "sl2",
    ),
    (
        "Schelde Logistics",
        "offer",
        "2025-09-24",
        _AN,
        "Aanbod - Transportplanner",
        "Beste Jens,\n\nWij zijn verheugd u een aanbod te doen voor de functie van transportplanner. In bijlage vindt u "
        "ons voorstel met een bruto maandloon van 3.450 euro, maaltijdcheques en een bedrijfswagen.\n\nAn Claes",
        "sl3",
    ),
    (
        "Schelde Logistics",
        "accepted",
        "2025-09-26",
        _ME,
        "Re: Aanbod - Transportplanner",
        "Beste An,\n\nHartelijk dank! Ik neem het aanbod graag aan. Het getekende contract stuur ik u morgen.\n\n"
        "Met vriendelijke groeten,\nJens",
        "sl3",
    ),
    (
        "Kempen Distributie",
        "applied",
        "2025-09-02",
        "Kempen Distributie <kempendistributie@myworkday.com>",
        "Bedankt voor uw kandidatuur",
        "Beste Jens,\n\nBedankt voor uw kandidatuur voor de functie Supply Chain Planner "
        "(R-3321) bij Kempen Distributie. Wij bekijken uw profiel zo snel mogelijk.",
        "kd1",
    ),
    (
        "Kempen Distributie",
        "rejected",
        "2025-09-17",
        "Kempen Distributie <kempendistributie@myworkday.com>",
        "Uw kandidatuur bij Kempen Distributie",
        "Beste Jens,\n\nNa zorgvuldige overweging hebben we beslist om niet "
        "verder te gaan met uw kandidatuur. We wensen u veel succes in uw verdere zoektocht.",
        "kd2",
    ),
    (
        "Havenbedrijf Antwerpen",
        "applied",
        "2025-09-03",
        _ME,
        "Sollicitatie Planner Haventerminal",
        "Geachte heer, mevrouw,\n\nHierbij solliciteer ik naar de functie van planner haventerminal. Mijn cv vindt u in "
        "bijlage.\n\nMet vriendelijke groeten,\nJens Peeters",
        "ha1",
    ),
    (
        "Havenbedrijf Antwerpen",
        "reply",
        "2025-09-12",
        "Havenbedrijf Antwerpen HR <jobs@havenbedrijf-antwerpen.be>",
        "Re: Sollicitatie Planner Haventerminal",
        "Beste Jens,\n\nBedankt voor uw sollicitatie. De selectieprocedure "
        "loopt nog; u hoort uiterlijk eind september van ons.\n\nHR",
        "ha1",
    ),
    (
        "Havenbedrijf Antwerpen",
        "withdrew",
        "2025-09-27",
        _ME,
        "Re: Sollicitatie Planner Haventerminal",
        "Beste,\n\nIk trek mijn sollicitatie in, omdat ik een andere functie heb aangenomen. Bedankt voor uw tijd.\n\n"
        "Jens Peeters",
        "ha1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "VDAB <noreply@vdab.be>",
        "Nieuwe vacatures in Mijn Loopbaan",
        "alert",
        "Er zijn 8 nieuwe vacatures die passen bij uw profiel. Bekijk ze in Mijn Loopbaan.",
    ),
    (
        "De Lijn <info@delijn.be>",
        "Uw abonnement vervalt binnenkort",
        "other",
        "Uw Buzzy Pazz vervalt op 30 september. Verleng het in de app.",
    ),
    (
        "Jobat <jobmail@jobat.be>",
        "12 nieuwe jobs voor u",
        "alert",
        "Transportplanner - DHL - Mechelen. Logistiek planner - Katoen Natie - Antwerpen. Bekijk alle jobs.",
    ),
    ("bol <noreply@bol.com>", "Uw bestelling is verzonden", "shop", "Uw bestelling wordt morgen geleverd."),
    ("KBC <noreply@kbc.be>", "Uw rekeninguittreksel", "other", "Uw rekeninguittreksel van augustus staat klaar."),
    (
        "Tom Wouters <tom@logistiek-rekrutering.be>",
        "Vacature Senior Planner - interessant?",
        "outreach",
        "Dag Jens, ik zag uw profiel op LinkedIn. Ik heb een mooie vacature als senior planner bij een klant in Gent. "
        "Staat u open voor een gesprek?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Verzonden"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JENS,
        own_to={
            "Schelde Logistics": _AN,
            "Havenbedrijf Antwerpen": "Havenbedrijf Antwerpen HR <jobs@havenbedrijf-antwerpen.be>",
        },
        offset="+0200",
        clock="10:20:00",
        neg_start="2025-09-01",
        neg_step=4,
        neg_clock="07:35:00",
        tag="hundredfortynine",
    )
    return localized_labels(msgs, sent="Verzonden", inbox="Postvak IN", owner=JENS)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Alle e-mail inclusief spam en prullenbak.mbox", msgs or messages())
