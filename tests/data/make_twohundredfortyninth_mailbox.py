"""A two-hundred-and-forty-ninth mailbox, written as a held-out check after the two-hundred-and-forty-eighth
(issue #24).

Jonas, a frontend developer, works in English for Berlin start-ups and exported Gmail with Takeout.  Their mail is
English with a German company's legal imprint under it ("Sitz der Gesellschaft: Berlin, Registergericht:
Amtsgericht Charlottenburg, HRB 123456 B, Geschäftsführer: ..."), Personio and JOIN in English, a "culture fit
interview", a "trial day" as the last round, "unfortunately we decided for another candidate", and a contract sent
through DocuSign.  Negatives: Berlin Startup Jobs' newsletter, a Bürgeramt appointment, the BVG, Zalando, a
flatmate.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JONAS = "jonas.weber.fe@gmail.com"
ME = f"Jonas Weber <{JONAS}>"

_IMPRINT = (
    "\n\n--\n{name} GmbH\nTorstraße 115, 10119 Berlin\nSitz der Gesellschaft: Berlin, Registergericht: Amtsgericht "
    "Charlottenburg, HRB {hrb} B\nGeschäftsführer: {ceo}"
)

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Spreeloop",
        "applied",
        "2025-04-07",
        "Spreeloop <noreply@spreeloop.jobs.personio.de>",
        "Thank you for your application",
        "Hi Jonas,\n\nThank you for applying for the position of Frontend Engineer (React). We will review your "
        "documents and get back to you as soon as possible.\n\nBest regards,\nYour Spreeloop Team"
        + _IMPRINT.format(name="Spreeloop", hrb="201733", ceo="Anna Schulz, David Klein"),
        "s1",
    ),
    (
        "Kiezkasse",
        "applied",
        "2025-04-08",
        "Kiezkasse <noreply@join.com>",
        "Your application at Kiezkasse",
        "Hi Jonas,\n\nThanks for your application as Senior Frontend Developer at Kiezkasse! The team will look at it "
        "shortly.\n\nJOIN, on behalf of Kiezkasse",
        "k1",
    ),
    (
        "Spreeloop",
        "screen",
        "2025-04-10",
        "Marie Hoffmann <marie.hoffmann@spreeloop.de>",
        "Intro call - Frontend Engineer",
        "Hi Jonas,\n\nThanks for your application! I'd love to get to know you in a 30-minute intro call. Could you "
        "pick a slot via the link below?\n\nBest,\nMarie Hoffmann\nTalent Acquisition"
        + _IMPRINT.format(name="Spreeloop", hrb="201733", ceo="Anna Schulz, David Klein"),
        "s2",
    ),
    (
        "Kiezkasse",
        "rejected",
        "2025-04-15",
        "Kiezkasse <noreply@join.com>",
        "Update on your application at Kiezkasse",
        "Hi Jonas,\n\nthank you for your interest in Kiezkasse. Unfortunately we decided for another candidate whose "
        "profile fits our current needs better. We wish you all the best!\n\nJOIN, on behalf of Kiezkasse",
        "k1",
    ),
    (
        "Spreeloop",
        "interview",
        "2025-04-16",
        "Marie Hoffmann <marie.hoffmann@spreeloop.de>",
        "Re: Intro call - Frontend Engineer",
        "Hi Jonas,\n\nGreat talking to you! Next would be a technical interview with two of our engineers and then a "
        "culture fit interview with our CTO. Does Tuesday 22 April at 11:00 work for the first?\n\nBest,\nMarie"
        + _IMPRINT.format(name="Spreeloop", hrb="201733", ceo="Anna Schulz, David Klein"),
        "s2",
    ),
    (
        "Fernsehturm Labs",
        "applied",
        "2025-04-17",
        ME,
        "Frontend Developer application - Jonas Weber",
        "Hi Fernsehturm Labs team,\n\nI'd like to apply for the Frontend Developer role posted on your careers page. "
        "My CV and portfolio are attached.\n\nBest,\nJonas Weber",
        "t1",
    ),
    (
        "Spreeloop",
        "onsite",
        "2025-04-25",
        "Marie Hoffmann <marie.hoffmann@spreeloop.de>",
        "Re: Intro call - Frontend Engineer",
        "Hi Jonas,\n\nThe team really enjoyed both interviews. As a last step we'd like to invite you to a trial day "
        "in our office on Friday 2 May - you'd pair with the team on a real ticket.\n\nBest,\nMarie"
        + _IMPRINT.format(name="Spreeloop", hrb="201733", ceo="Anna Schulz, David Klein"),
        "s2",
    ),
    (
        "Fernsehturm Labs",
        "rejected",
        "2025-04-28",
        "Lukas Brandt <lukas@fernsehturmlabs.com>",
        "Re: Frontend Developer application - Jonas Weber",
        "Hi Jonas,\n\nthanks for reaching out and for your interest. We've already filled the role, so we won't be "
        "able to move forward - but we'll keep your CV for the future.\n\nCheers,\nLukas"
        + _IMPRINT.format(name="Fernsehturm Labs", hrb="198220", ceo="Lukas Brandt"),
        "t1",
    ),
    (
        "Spreeloop",
        "offer",
        "2025-05-06",
        "Marie Hoffmann via DocuSign <dse@docusign.net>",
        "Please DocuSign: Spreeloop Employment Contract - Jonas Weber",
        "Marie Hoffmann sent you a document to review and sign.\n\nHi Jonas, we're thrilled to offer you the Frontend "
        "Engineer position! Please review and sign your employment contract.\n\nREVIEW DOCUMENT",
        "s3",
    ),
    (
        "Spreeloop",
        "accepted",
        "2025-05-07",
        ME,
        "Re: Intro call - Frontend Engineer",
        "Hi Marie,\n\nI've signed the contract - I'm very happy to accept and looking forward to starting on 1 "
        "June!\n\nBest,\nJonas",
        "s2",
    ),
]

_OWN_TO = {
    "Fernsehturm Labs": "Fernsehturm Labs <jobs@fernsehturmlabs.com>",
    "Spreeloop": "Marie Hoffmann <marie.hoffmann@spreeloop.de>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Berlin Startup Jobs <newsletter@berlinstartupjobs.example>",
        "This week's frontend jobs in Berlin",
        "newsletter",
        "React Developer at a fintech; Vue Engineer at a climate start-up; Design Engineer at a mobility company.",
    ),
    (
        "Bürgeramt Mitte <noreply@service.berlin.example>",
        "Terminbestätigung Anmeldung einer Wohnung",
        "other",
        "Ihr Termin zur Anmeldung einer Wohnung ist am 14.04.2025 um 09:20 Uhr.",
    ),
    (
        "BVG <noreply@bvg.example>",
        "Your Deutschlandticket",
        "other",
        "Your Deutschlandticket for May is ready in the app.",
    ),
    (
        "Zalando <info@zalando.example>",
        "Your order is on its way",
        "shop",
        "Your parcel will arrive tomorrow.",
    ),
    (
        "Lena Fischer <lena.fischer@posteo.example>",
        "WG-Putzplan",
        "personal",
        "Hey Jonas, du bist diese Woche mit Bad dran :) LG Lena",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JONAS,
        own_to=_OWN_TO,
        offset="+0200",
        clock="10:10:00",
        neg_start="2025-04-06",
        neg_step=6,
        neg_clock="21:05:00",
        tag="twohundredfortynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
