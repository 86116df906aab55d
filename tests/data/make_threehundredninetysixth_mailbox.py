"""A three-hundred-and-ninety-sixth mailbox, written as a held-out check after the three-hundred-and-ninety-fifth
(issue #24).

Mateo, a supply-chain analyst from Chile living in Rotterdam, reads his mail in Outlook and saves it as .eml files;
Dutch recruitment bureaus write to him in English.  "Thank you for the pleasant call. With your permission I have
introduced you to our client, a leading port logistics company, for the Supply Chain Analyst position" (the client
unnamed), "Our client turns out to be very interested: Maasvlakte Terminals would like to invite you for a first
interview on Thursday", "They would like to see you again for a second interview with the operations director"
(the final round), "Maasvlakte Terminals has decided to make you an offer", his "Great, I accept!"; a second bureau's
"I have sent your CV to Delta Fresh Logistics today" and "they have chosen another candidate"; a multinational's
SmartRecruiters receipt and "we will not proceed with your application".  Negatives: a Nationale Vacaturebank alert, a
bureau's "Are you open to new opportunities?", the IND's residence permit letter, a Bol.com order, NS, a friend.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MATEO = "mateo.silva.scm@outlook.com"
ME = f"Mateo Silva <{MATEO}>"
B1 = "Femke de Vries <femke.devries@havenwerving.example>"
B2 = "Joost Bakker <joost@logistiektalent.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Maasvlakte Terminals",
        "applied",
        "2025-09-01",
        B1,
        "Supply Chain Analyst - port logistics",
        "Dear Mateo,\n\nThank you for the pleasant call. With your permission I have introduced you to our client, a "
        "leading port logistics company, for the Supply Chain Analyst position. I will let you know as soon as I hear "
        "from them.\n\nKind regards,\nFemke de Vries\nHaven Werving & Selectie",
        None,
    ),
    (
        "Delta Fresh Logistics",
        "applied",
        "2025-09-02",
        B2,
        "Planner / Analyst - Delta Fresh Logistics",
        "Hi Mateo,\n\nI have sent your CV to Delta Fresh Logistics today for the Planner / Analyst role in Barendrecht. "
        "Fingers crossed!\n\nJoost Bakker\nLogistiek Talent",
        None,
    ),
    (
        "Nordhaven Chemicals",
        "applied",
        "2025-09-03",
        "Nordhaven Chemicals <noreply@smartrecruiters.com>",
        "Your application for Supply Chain Data Analyst",
        "Dear Mateo,\n\nThank you for your application for the position of Supply Chain Data Analyst at Nordhaven "
        "Chemicals. We have received your application and will review it carefully.\n\nNordhaven Chemicals Recruitment",
        None,
    ),
    (
        "Maasvlakte Terminals",
        "interview",
        "2025-09-05",
        B1,
        "RE: Supply Chain Analyst - port logistics",
        "Dear Mateo,\n\nOur client turns out to be very interested: Maasvlakte Terminals would like to invite you for a "
        "first interview on Thursday 11 September at 14:00 at their office in the port.\n\nKind regards,\nFemke",
        None,
    ),
    (
        "Delta Fresh Logistics",
        "rejected",
        "2025-09-09",
        B2,
        "RE: Planner / Analyst - Delta Fresh Logistics",
        "Hi Mateo,\n\nUnfortunately they have chosen another candidate who speaks Dutch fluently. I will keep looking "
        "for you.\n\nJoost",
        None,
    ),
    (
        "Maasvlakte Terminals",
        "onsite",
        "2025-09-12",
        B1,
        "RE: Supply Chain Analyst - port logistics",
        "Dear Mateo,\n\nThe interview went very well! They would like to see you again for a second interview with the "
        "operations director next Wednesday.\n\nKind regards,\nFemke",
        None,
    ),
    (
        "Nordhaven Chemicals",
        "rejected",
        "2025-09-16",
        "Nordhaven Chemicals <noreply@smartrecruiters.com>",
        "Your application for Supply Chain Data Analyst",
        "Dear Mateo,\n\nThank you for your interest in Nordhaven Chemicals. After careful consideration we will not "
        "proceed with your application.\n\nNordhaven Chemicals Recruitment",
        None,
    ),
    (
        "Maasvlakte Terminals",
        "offer",
        "2025-09-22",
        B1,
        "RE: Supply Chain Analyst - port logistics",
        "Dear Mateo,\n\nWonderful news: Maasvlakte Terminals has decided to make you an offer! Gross salary EUR 4,600 per "
        "month plus holiday allowance, permanent contract after one year.\n\nKind regards,\nFemke",
        None,
    ),
    (
        "Maasvlakte Terminals",
        "accepted",
        "2025-09-23",
        ME,
        "RE: Supply Chain Analyst - port logistics",
        "Hi Femke,\n\nGreat, I accept! Thank you for everything.\n\nMateo",
        B1,
    ),
]

_NEGATIVES = [
    (
        "Nationale Vacaturebank <alerts@nationalevacaturebank.example>",
        "Nieuwe vacatures: Supply Chain Analyst",
        "alert",
        "Supply Chain Analyst - Rotterdam. Logistiek Planner - Barendrecht. Bekijk alle vacatures.",
    ),
    (
        "Sanne Jansen <sanne@werkpartners.example>",
        "Are you open to new opportunities?",
        "outreach",
        "Hi Mateo, I came across your profile and have an interesting logistics role in Venlo. Are you open to a call?",
    ),
    (
        "IND <noreply@ind.example>",
        "Decision on your residence permit application",
        "other",
        "Your application for a residence permit (highly skilled migrant) has been approved.",
    ),
    (
        "Bol.com <klantenservice@bol.example>",
        "Je bestelling is onderweg",
        "shop",
        "Je bestelling wordt morgen bezorgd.",
    ),
    (
        "NS <noreply@ns.example>",
        "Your journey to Utrecht",
        "other",
        "Your train to Utrecht Centraal departs at 08:12 from platform 3.",
    ),
    (
        "Diego Rojas <diego.rojas@gmail.example>",
        "asado",
        "personal",
        "Asado on Saturday at our place?",
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
        clock="09:35:00",
        neg_start="2025-08-31",
        neg_step=4,
        neg_clock="20:25:00",
        tag="threehundredninetysix",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), MATEO)
