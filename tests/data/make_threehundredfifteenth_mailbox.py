"""A three-hundred-and-fifteenth mailbox, written as a held-out check after the three-hundred-and-fourteenth (issue
#24).

Aroha, a policy advisor in Wellington, exports Gmail with Takeout.  New Zealand's public service and its neighbours
as they write: a ministry's "Kia ora Aroha, thank you for your application for Policy Advisor" from its Snaphire
portal, a council's "Your application has been received" from its own careers site, SEEK's "Your application was
successfully submitted" for a Crown entity, "We'd love to invite you to an interview" with a panel, "a short written
exercise" before it, "Unfortunately, on this occasion you have not been successful", a verbal offer confirmed in an
"offer of employment" letter, and her own "I am delighted to accept".  Negatives: SEEK's alert, Trade Me's watchlist,
the Wellington City Library, a Z Energy promotion, a Kiwibank notice, her koro's email.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AROHA = "aroha.walker.policy@gmail.com"
ME = f"Aroha Walker <{AROHA}>"

_OWN_TO = {
    "Ministry for Coastal Affairs": "Sione Taufa <sione.taufa@coastal.govt.nz>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Ministry for Coastal Affairs",
        "applied",
        "2025-02-10",
        "Ministry for Coastal Affairs <noreply@snaphire.com>",
        "Thank you for your application",
        "Kia ora Aroha,\n\nThank you for your application for Policy Advisor (Fixed Term) at the Ministry for Coastal "
        "Affairs. We'll be in touch once applications have closed and shortlisting is complete.\n\nNgā mihi,\nPeople "
        "and Capability",
        "m1",
    ),
    (
        "Porirua District Council",
        "applied",
        "2025-02-11",
        "Porirua District Council <careers@poriruadc.example>",
        "Your application has been received",
        "Kia ora Aroha,\n\nYour application for Senior Policy Advisor - Community has been received. Applications close "
        "on 23 February.\n\nNgā mihi,\nThe Recruitment Team\nPorirua District Council",
        "p1",
    ),
    (
        "Heritage Aotearoa",
        "applied",
        "2025-02-12",
        "SEEK <noreply@s.seek.co.nz>",
        "Your application was successfully submitted",
        "Your application was successfully submitted\n\nPolicy Analyst\nHeritage Aotearoa\nWellington Central, "
        "Wellington\n\nGood luck!",
        "h1",
    ),
    (
        "Ministry for Coastal Affairs",
        "interview",
        "2025-02-24",
        "Sione Taufa <sione.taufa@coastal.govt.nz>",
        "Policy Advisor - next steps",
        "Kia ora Aroha,\n\nThank you for your application. Before interviews we ask shortlisted candidates to complete "
        "a short written exercise (a two-page briefing note) - I'll send it through on Wednesday and it's due back "
        "Friday.\n\nNgā mihi,\nSione Taufa\nPrincipal Advisor",
        "m2",
    ),
    (
        "Porirua District Council",
        "rejected",
        "2025-03-03",
        "Porirua District Council <careers@poriruadc.example>",
        "Senior Policy Advisor - Community",
        "Kia ora Aroha,\n\nThank you for your interest in this role. Unfortunately, on this occasion you have not been "
        "successful in progressing to the interview stage.\n\nNgā mihi,\nThe Recruitment Team",
        "p1",
    ),
    (
        "Ministry for Coastal Affairs",
        "interview",
        "2025-03-04",
        "Sione Taufa <sione.taufa@coastal.govt.nz>",
        "RE: Policy Advisor - next steps",
        "Kia ora Aroha,\n\nThanks for your briefing note, the panel enjoyed it. We'd love to invite you to an interview "
        "with the panel (me, the Manager Policy and a Māori Crown relations advisor) on Tuesday 11 March at 1pm at our "
        "office on Lambton Quay.\n\nNgā mihi,\nSione",
        "m2",
    ),
    (
        "Heritage Aotearoa",
        "rejected",
        "2025-03-07",
        "Heritage Aotearoa <recruitment@heritageaotearoa.example>",
        "Policy Analyst - outcome",
        "Kia ora Aroha,\n\nThank you for applying for the Policy Analyst role. We received a high number of strong "
        "applications and, unfortunately, we won't be progressing your application further.\n\nNgā mihi nui,\n"
        "Heritage Aotearoa",
        "h2",
    ),
    (
        "Ministry for Coastal Affairs",
        "offer",
        "2025-03-18",
        "Ministry for Coastal Affairs <noreply@snaphire.com>",
        "Offer of employment - Policy Advisor",
        "Kia ora Aroha,\n\nFurther to your conversation with Sione, we are pleased to confirm our offer of employment "
        "for the position of Policy Advisor (Fixed Term, 18 months) at $98,500 per annum. Please review and sign the "
        "letter of offer in the portal.\n\nNgā mihi,\nPeople and Capability",
        "m1",
    ),
    (
        "Ministry for Coastal Affairs",
        "accepted",
        "2025-03-19",
        ME,
        "RE: Policy Advisor - next steps",
        "Kia ora Sione,\n\nI am delighted to accept the offer - I've signed the letter in the portal this morning. "
        "Looking forward to starting on 7 April.\n\nNgā mihi,\nAroha",
        "m2",
    ),
]

_NEGATIVES = [
    (
        "SEEK <noreply@s.seek.co.nz>",
        "New jobs for Policy Advisor in Wellington",
        "alert",
        "Policy Advisor - Wellington Central. Senior Analyst - Thorndon. View all jobs.",
    ),
    (
        "Trade Me <noreply@trademe.example>",
        "An item on your Watchlist is closing soon",
        "shop",
        "The bike rack on your Watchlist closes in 2 hours.",
    ),
    (
        "Wellington City Libraries <library@wcc.example>",
        "Your items are due soon",
        "other",
        "Two items are due back on Friday. Renew online.",
    ),
    (
        "Z Energy <offers@z.example>",
        "6c off per litre this weekend",
        "shop",
        "Save 6c per litre with your Pay by plate this weekend.",
    ),
    (
        "Kiwibank <notices@kiwibank.example>",
        "Your eStatement is ready",
        "other",
        "Your eStatement for your Everyday account is ready to view.",
    ),
    (
        "Koro <hemi.walker@xtra.example>",
        "whānau day",
        "personal",
        "Don't forget whānau day at the marae on Saturday. Bring a plate.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AROHA,
        own_to=_OWN_TO,
        offset="+1300",
        clock="09:55:00",
        neg_start="2025-02-09",
        neg_step=6,
        neg_clock="20:25:00",
        tag="threehundredfifteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
