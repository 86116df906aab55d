"""A four-hundred-and-thirty-ninth mailbox, written as a held-out check after the four-hundred-and-thirty-eighth
(issue #24).

Sophie, a project manager in Brussels, keeps her search in Gmail and exports it with Takeout.  Belgium's employers and
recruiters write French and English: a bureau de recrutement's "J'ai le plaisir de vous informer que votre candidature
a été présentée à notre client, une société pharmaceutique du Brabant wallon", "Notre client, Vesalis Pharma,
souhaiterait vous rencontrer", "Malheureusement, Vesalis a opté pour un autre profil", an EU agency's EPSO-style
"Your application has been registered", "You have been invited to the assessment centre", "You have not been placed
on the reserve list", a Jobat relay ("Ta candidature a été envoyée à Brasserie Delvaux"), an English-speaking
scale-up's "We'd love to have you join us", and her "Avec grand plaisir, j'accepte".  Negatives: StepStone BE's alert,
a recruiter's newsletter, a cold approach, the STIB, a bpost notice and her mother.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SOPHIE = "sophie.lambert.pm@gmail.com"
ME = f"Sophie Lambert <{SOPHIE}>"
MARC = "Marc Dubois <m.dubois@talentsbelgique.example>"
TEAM = "Ella Martens <ella@quaystack.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Vesalis Pharma",
        "applied",
        "2025-09-01",
        MARC,
        "Chef de projet - société pharmaceutique",
        "Bonjour Sophie,\n\nJ'ai le plaisir de vous informer que votre candidature a été présentée à notre client, une "
        "société pharmaceutique du Brabant wallon, pour le poste de Chef de projet.\n\nBien à vous,\nMarc Dubois\n"
        "Talents Belgique",
        "t-vp",
    ),
    (
        "European Maritime Agency",
        "applied",
        "2025-09-02",
        "EU Careers <noreply@eucareers.example>",
        "Your application has been registered - EMA/AD/2025/041",
        "Dear Sophie Lambert,\n\nYour application for the selection procedure EMA/AD/2025/041 (Project Officer) at the "
        "European Maritime Agency has been registered.\n\nEU Careers",
        "t-ema",
    ),
    (
        "Brasserie Delvaux",
        "applied",
        "2025-09-03",
        "Jobat <noreply@jobat.be>",
        "Ta candidature a été envoyée",
        "Bonjour Sophie,\n\nTa candidature pour Project Manager Supply Chain a été envoyée à Brasserie Delvaux. Bonne "
        "chance !\n\nL'équipe Jobat",
        "t-bd",
    ),
    (
        "Quaystack",
        "applied",
        "2025-09-03",
        "Quaystack <no-reply@ashbyhq.com>",
        "Thanks for applying to Quaystack",
        "Hi Sophie,\n\nThanks for applying to the Delivery Manager role at Quaystack. We'll get back to you soon.\n\n"
        "Quaystack",
        "t-qs",
    ),
    (
        "Vesalis Pharma",
        "interview",
        "2025-09-08",
        MARC,
        "RE: Chef de projet - société pharmaceutique",
        "Bonjour Sophie,\n\nNotre client, Vesalis Pharma, souhaiterait vous rencontrer le jeudi 11 septembre à 10h à "
        "Wavre, avec la directrice des opérations.\n\nMarc",
        "t-vp",
    ),
    (
        "Quaystack",
        "interview",
        "2025-09-09",
        TEAM,
        "Quaystack - next step",
        "Hi Sophie,\n\nThanks for applying! I'd like to set up a 45-minute interview with our VP Engineering next week "
        "to talk about how you run delivery.\n\nElla Martens\nPeople Partner, Quaystack",
        "t-qs2",
    ),
    (
        "European Maritime Agency",
        "onsite",
        "2025-09-15",
        "EU Careers <noreply@eucareers.example>",
        "Invitation to the assessment centre - EMA/AD/2025/041",
        "Dear Sophie Lambert,\n\nYou have been invited to the assessment centre for selection procedure EMA/AD/2025/041 "
        "on 1 October 2025 (remote).\n\nEU Careers",
        "t-ema2",
    ),
    (
        "Vesalis Pharma",
        "rejected",
        "2025-09-17",
        MARC,
        "RE: Chef de projet - société pharmaceutique",
        "Bonjour Sophie,\n\nMalheureusement, Vesalis a opté pour un autre profil, plus expérimenté en GMP. Je reviens "
        "vers vous dès que j'ai une autre opportunité.\n\nMarc",
        "t-vp",
    ),
    (
        "Brasserie Delvaux",
        "rejected",
        "2025-09-19",
        "Brasserie Delvaux <rh@brasseriedelvaux.example>",
        "Votre candidature",
        "Bonjour Sophie,\n\nNous vous remercions pour votre candidature. Nous avons décidé de poursuivre avec d'autres "
        "candidats.\n\nRessources Humaines",
        "t-bd2",
    ),
    (
        "Quaystack",
        "offer",
        "2025-09-24",
        TEAM,
        "RE: Quaystack - next step",
        "Hi Sophie,\n\nThe team loved you - we'd love to have you join us as Delivery Manager! I'll send the offer "
        "details this afternoon: EUR 72,000 plus meal vouchers.\n\nElla",
        "t-qs2",
    ),
    (
        "Quaystack",
        "accepted",
        "2025-09-25",
        ME,
        "RE: Quaystack - next step",
        "Hi Ella,\n\nAvec grand plaisir, j'accepte ! Thank you so much.\n\nSophie",
        "t-qs2",
    ),
    (
        "European Maritime Agency",
        "rejected",
        "2025-10-20",
        "EU Careers <noreply@eucareers.example>",
        "Result - EMA/AD/2025/041",
        "Dear Sophie Lambert,\n\nWe regret to inform you that you have not been placed on the reserve list for selection "
        "procedure EMA/AD/2025/041.\n\nEU Careers",
        "t-ema3",
    ),
]

_NEGATIVES = [
    (
        "StepStone <jobagent@stepstone.be>",
        "Nouvelles offres : Chef de projet",
        "alert",
        "Chef de projet - Bruxelles. Project Manager - Louvain-la-Neuve.",
    ),
    (
        "Talents Belgique <news@talentsbelgique.example>",
        "Nos offres du mois",
        "newsletter",
        "Chef de projet IT, Responsable logistique, Contrôleur de gestion.",
    ),
    (
        "Pieter Claes <pieter@claesexecutive.example>",
        "Opportunity - PMO Lead",
        "outreach",
        "Hi Sophie, I'm working on a PMO Lead role with a Brussels-based insurer. Open to a chat?\n\nPieter",
    ),
    (
        "STIB <noreply@stib.example>",
        "Votre abonnement MOBIB",
        "other",
        "Votre abonnement a été renouvelé.",
    ),
    (
        "bpost <noreply@bpost.example>",
        "Votre colis arrive",
        "other",
        "Votre colis sera livré demain.",
    ),
    (
        "Maman <claire.lambert@skynet.example>",
        "dimanche",
        "personal",
        "Tu viens dîner dimanche ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=SOPHIE,
        own_to={"Quaystack": TEAM},
        offset="+0200",
        clock="10:15:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="20:25:00",
        tag="fourhundredthirtynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
