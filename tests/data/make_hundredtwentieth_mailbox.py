"""A hundred-and-twentieth mailbox, written as a held-out check after the hundred-and-nineteenth (issue #24).

Arjun, a data engineer in Stockholm, exports Gmail with Takeout and applies in English to Nordic employers.  Their
tracking systems (Teamtailor, Varbi, ReachMee) and people write Nordic English: "Hi Arjun! Thanks for your
application", "a case interview", "we are now in the reference check stage", "we would like to offer you
employment", "we have decided to proceed with other candidates whose profiles better match"; a Swedish greeting
("Hej") opens some mail.  His negatives: the employment service's mail, a job site's alert, a transport card's
receipt, a meetup group, a recruitment firm's pitch.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ARJUN = "arjun.nair.de@gmail.com"
_ME = f"Arjun Nair <{ARJUN}>"
_SARA = "Sara Lindqvist <sara.lindqvist@norrsken-energi.se>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Norrsken Energi (Teamtailor; a first interview, a case interview, references, an offer, yes)
    (
        "Norrsken Energi",
        "applied",
        "2025-08-18",
        "Norrsken Energi <no-reply@teamtailor.com>",
        "Thanks for your application!",
        "Hi Arjun!\n\nThanks for your application for the Data Engineer role at Norrsken Energi. We will go through "
        "all applications after the last application date and get back to you.\n\nBest regards,\nNorrsken Energi",
        "ne1",
    ),
    (
        "Norrsken Energi",
        "interview",
        "2025-09-01",
        _SARA,
        "Data Engineer - first interview",
        "Hej Arjun,\n\nWe would like to meet you for a first interview with me and Erik, the team lead for our data "
        "platform, on Thursday 4 September at 13:00 on Teams.\n\nBest regards,\nSara Lindqvist\nTalent Acquisition",
        "ne2",
    ),
    (
        "Norrsken Energi",
        "interview",
        "2025-09-08",
        _SARA,
        "Re: Data Engineer - first interview",
        "Hej Arjun,\n\nThank you for a good conversation! The next step is a case interview, where you walk two of our "
        "engineers through a data pipeline design. Does Tuesday 16 September at 10:00 work?\n\nBest regards,\nSara",
        "ne2",
    ),
    (
        "Norrsken Energi",
        "offer",
        "2025-09-29",
        _SARA,
        "Offer of employment - Data Engineer",
        "Hej Arjun,\n\nWe are now done with the reference checks and we would like to offer you employment as Data "
        "Engineer at Norrsken Energi. Please find the offer attached.\n\nBest regards,\nSara",
        "ne3",
    ),
    (
        "Norrsken Energi",
        "accepted",
        "2025-10-01",
        _ME,
        "Re: Offer of employment - Data Engineer",
        "Hej Sara,\n\nThank you! I'm very glad to accept the offer and have signed the agreement.\n\nBest regards,\n"
        "Arjun",
        "ne3",
    ),
    # Stockholms Vattenverk (Varbi, a public employer: a no)
    (
        "Stockholms Vattenverk",
        "applied",
        "2025-08-19",
        "Stockholms Vattenverk <noreply@varbi.com>",
        "Confirmation of your application",
        "Hello Arjun Nair,\n\nWe confirm that we have received your application for the position Data Engineer at "
        "Stockholms Vattenverk. Ref: 2025/1184.",
        "sv1",
    ),
    (
        "Stockholms Vattenverk",
        "rejected",
        "2025-09-12",
        "Stockholms Vattenverk <noreply@varbi.com>",
        "Regarding your application - Data Engineer",
        "Hello Arjun Nair,\n\nThank you for your interest in working with us. We have now completed the selection "
        "and have decided to proceed with other candidates whose profiles better match the requirements.\n\nKind "
        "regards,\nStockholms Vattenverk",
        "sv1",
    ),
    # Kvarn Analytics (ReachMee: a phone interview, then his withdrawal)
    (
        "Kvarn Analytics",
        "applied",
        "2025-08-20",
        "Kvarn Analytics <noreply@reachmee.com>",
        "Your application has been received",
        "Dear Arjun,\n\nThank you for applying for the Analytics Engineer position at Kvarn Analytics. We have "
        "received your application.",
        "ka1",
    ),
    (
        "Kvarn Analytics",
        "screen",
        "2025-08-27",
        "Johan Berg <johan.berg@kvarn.se>",
        "Analytics Engineer - short call",
        "Hej Arjun,\n\nI'm the recruiter at Kvarn. Do you have time for a short phone interview (20 min) on Friday?\n\n"
        "Johan Berg",
        "ka2",
    ),
    (
        "Kvarn Analytics",
        "withdrew",
        "2025-10-01",
        _ME,
        "Re: Analytics Engineer - short call",
        "Hej Johan,\n\nThank you for your time. I have accepted another offer and would like to withdraw my "
        "application.\n\nBest regards,\nArjun",
        "ka2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Arbetsförmedlingen <noreply@arbetsformedlingen.se>",
        "Din aktivitetsrapport",
        "not applied",
        "Hej Arjun! Det är dags att lämna din aktivitetsrapport för augusti. Logga in på Mina sidor.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Data Engineer jobs in Stockholm",
        "alert",
        "Data Engineer - Norrsken Energi - Stockholm. Analytics Engineer - Kvarn Analytics - Stockholm. See all jobs.",
    ),
    (
        "SL <kvitto@sl.example>",
        "Kvitto för ditt köp",
        "shop",
        "Tack för ditt köp av 30-dagarsbiljett. Belopp: 1 060 kr.",
    ),
    (
        "Stockholm Data Meetup <meetup@sthlmdata.example>",
        "Next meetup: streaming at scale",
        "newsletter",
        "Join us on 11 September for talks on streaming at scale. RSVP on Meetup. Unsubscribe",
    ),
    (
        "Emma Holm <emma.holm@nordicsearch.example>",
        "Senior Data Engineer - fintech client",
        "outreach",
        "Hi Arjun, I'm recruiting a Senior Data Engineer for a fintech client in Stockholm. Would you be open to a "
        "chat?\n\nEmma Holm\nNordic Search",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ARJUN,
        own_to={"Norrsken Energi": _SARA, "Kvarn Analytics": "Johan Berg <johan.berg@kvarn.se>"},
        offset="+0200",
        clock="09:40:00",
        neg_start="2025-08-19",
        neg_step=6,
        neg_clock="07:30:00",
        tag="hundredtwenty",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
